"""The main window only assembles: the unlock screen (a workspace folder) or the server's login screen, the
workspace screens, menus that show only what the account may do, and locking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QVBoxLayout, QWidget

from app.permissions import Permission
from app.policy import Policy, effective
from app.settings import RecentWorkspace, Settings, save_settings
from app.workspace.layout import is_workspace, keyfile_path
from ui import dialogs
from ui.demo_banner import DemoBanner
from ui.help.menu import HelpMenu
from ui.lock_guard import LockGuard
from ui.lock_reason import LockReason, describe
from ui.lock_warning import LockWarningBar
from ui.main_toolbar import build_toolbar, decorate_menus
from ui.operations import Operations
from ui.session_events import platform_session_events
from ui.widgets.bsn import clear_copied_bsn
from ui.workspace.file_menu import WorkspaceMenu, recent_entry
from ui.workspace.first_run import FirstRunChoice, os_login
from ui.workspace.server_login import ServerLoginScreen
from ui.workspace.unlock_screen import UnlockScreen

if TYPE_CHECKING:
    # The screens of an open workspace, and what opens one (SQLAlchemy, SQLCipher, cryptography, the keyring), load
    # when they are first used: the first window (unlock or first run) comes up without them.
    from app.workspace.folder import EmbeddedWorkspace
    from app.workspace.session import OpenWorkspace
    from ui.context import WorkspaceContext
    from ui.workspace.machine_policy import Created
    from ui.workspace_view import WorkspaceView

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
ViewCommand = Callable[["WorkspaceView"], None]


class MainWindow(QMainWindow):
    """`settings` are the user's own (saved as they are); the `policy` read at start locks some of them, and every
    screen gets `effective_settings`."""

    def __init__(self, settings: Settings, config_folder: Path, policy: Policy | None = None) -> None:
        super().__init__()
        self.settings, self.config_folder = settings, config_folder
        self.policy = policy if policy is not None else Policy()
        self.operations = Operations(self)
        self.workspace: OpenWorkspace | None = None
        self.view: WorkspaceView | None = None
        self.folder: Path | None = None
        self.unlock_screen = UnlockScreen(self.operations)
        self.server_login = ServerLoginScreen(self.operations)
        self.stack = QStackedWidget()
        for screen in (self.unlock_screen, self.server_login):
            screen.opened.connect(self.open_workspace)
            self.stack.addWidget(screen)
        self.unlock_screen.other_workspace.connect(lambda: self.workspaces.open_folder())
        app = QApplication.instance()
        assert app is not None
        self.lock_guard = LockGuard(app, self.effective_settings.auto_lock_minutes, platform_session_events(self),
                                    self)
        self.lock_guard.lock_now.connect(lambda reason: self.lock(ask=False, reason=reason))
        self.lock_warning = LockWarningBar(self.lock_guard)
        self.demo_banner = DemoBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.lock_warning)
        column.addWidget(self.demo_banner)
        column.addWidget(self.stack)
        self.setCentralWidget(central)
        self._build_menus()
        decorate_menus(self)
        self.toolbar = build_toolbar(self)
        self._set_unlocked_actions()
        self._update_title()
        self.resize(QSize(1280, 720).boundedTo(self.screen().availableSize()))  # a small screen at 200%

    def _action(self, menu: QMenu, text: str, shortcut: Shortcut, slot: Callable[[], object]) -> QAction:
        created = QAction(text, self)
        if shortcut is not None:
            created.setShortcut(QKeySequence(shortcut))
        created.triggered.connect(slot)
        menu.addAction(created)
        return created

    def _view_action(self, menu: QMenu, text: str, shortcut: Shortcut, command: ViewCommand) -> QAction:
        """An action that asks the open workspace's screens to do `command`."""
        return self._action(menu, text, shortcut, lambda: self._in_view(command))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_case_action = self._view_action(file_menu, self.tr("&New client and case"),
                                                 QKeySequence.StandardKey.New, lambda view: view.new_case())
        self.find_action = self._view_action(file_menu, self.tr("&Find in register"), QKeySequence.StandardKey.Find,
                                             lambda view: view.go_to_search())
        # No Ctrl+P here: the case file's Ctrl+P previews its plan.
        self.print_plan_action = self._view_action(file_menu, self.tr("&Print plan…"), None,
                                                   lambda view: view.print_plan())
        file_menu.addSeparator()
        self.workspaces = WorkspaceMenu(self, file_menu)
        self.lock_action = self._action(file_menu, self.tr("&Lock"), "Ctrl+L", lambda: self.lock(ask=True))
        self.quit_action = self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._build_view_menu(self.view_menu)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.settings_action = self._action(settings_menu, self.tr("&Settings…"),
                                            QKeySequence.StandardKey.Preferences, self.edit_settings)
        self.help_menu = HelpMenu(self)  # F1: the guide at the current screen's section

    def _build_view_menu(self, menu: QMenu) -> None:
        self.register_action = self._view_action(menu, self.tr("&Register"), "Ctrl+1",
                                                 lambda view: view.go_to_search())
        self.audit_action = self._view_action(menu, self.tr("&Audit log"), "Ctrl+2", lambda view: view.show_audit())
        self.sync_action = self._view_action(menu, self.tr("&Synchronisation"), "Ctrl+3",
                                             lambda view: view.show_sync())
        self.notifications_action = self._view_action(menu, self.tr("&Notifications"), "Ctrl+4",
                                                      lambda view: view.show_notifications())
        self.monitor_action = self._view_action(menu, self.tr("&Monitor"), "Ctrl+5", lambda view: view.show_monitor())
        self.accounts_action = self._view_action(menu, self.tr("Acco&unts…"), "Ctrl+6",
                                                 lambda view: view.show_accounts())
        menu.addSeparator()
        self.purge_action = self._view_action(menu, self.tr("&Clean up this laptop…"), None,
                                              lambda view: view.open_purge())
        self.retention_action = self._view_action(menu, self.tr("Retention &period…"), None,
                                                  lambda view: view.open_retention())

    def _in_view(self, command: ViewCommand) -> None:
        if self.view is not None:
            command(self.view)

    def _permitted_actions(self) -> list[tuple[QAction, frozenset[Permission]]]:
        """The actions an account sees only with one of their permissions. Purging is a laptop's (its coordinator
        alone may), notifications and the monitor a back office's, retention and erasure start at the back office."""
        p = Permission
        return [(self.new_case_action, frozenset({p.EDIT_CASES})), (self.find_action, frozenset({p.READ_CASES})),
                (self.register_action, frozenset({p.READ_CASES})), (self.audit_action, frozenset({p.AUDIT})),
                (self.print_plan_action, frozenset({p.PRINT_DOCUMENTS})),
                (self.sync_action, frozenset({p.EXCHANGE_BUNDLES, p.DEVICES})),
                (self.notifications_action, frozenset({p.NOTIFICATIONS})),
                (self.monitor_action, frozenset({p.MONITOR})), (self.accounts_action, frozenset({p.ACCOUNTS})),
                (self.purge_action, frozenset({p.PURGE})), (self.retention_action, frozenset({p.ERASURE}))]

    def _set_unlocked_actions(self) -> None:
        """The one place that decides which menu actions show: those of the open workspace that its account may
        use (the services refuse the rest anyway); while locked, only Quit."""
        workspace = self.workspace
        for each in (self.lock_action, self.settings_action):
            each.setEnabled(workspace is not None)
        for each, permissions in self._permitted_actions():
            allowed = workspace is not None and any(workspace.may(permission) for permission in permissions)
            each.setVisible(allowed)
            each.setEnabled(allowed)
        self.view_menu.menuAction().setVisible(workspace is not None)
        self.toolbar.setVisible(workspace is not None)
        self.demo_banner.setVisible(workspace is not None and workspace.summary.demo)

    # --- opening and creating -------------------------------------------------------------------------------

    def show_unlock(self, folder: Path, login: str | None = None) -> None:
        """Show the unlock screen for the workspace in `folder`, `login` (or else the system's user name) chosen
        when its key file has several accounts."""
        from app.workspace import quick_unlock
        from app.workspace.keyfile import load_keyfile

        self.folder = folder
        keyfile = load_keyfile(keyfile_path(folder))
        accounts = len(keyfile.logins)
        wanted = keyfile.workspace_id in self.effective_settings.quick_unlock_workspaces
        # The keyring is asked only when its answer matters (it is slow to load and to ask).
        reason = quick_unlock.unavailable_reason(accounts) if wanted or accounts > 1 else None
        quick = wanted and reason is None
        if reason is quick_unlock.Unavailable.SEVERAL_ACCOUNTS:
            quick_unlock.forget(keyfile.workspace_id)  # a second account came: the key leaves the keyring
        self.unlock_screen.prepare(folder, keyfile.workspace_id, quick, self.tr("Unlock your workspace"),
                                   keyfile.logins, login or os_login())
        self.unlock_screen.place.setText(self.workspaces.place_text(folder, keyfile.kind))
        self.unlock_screen.setEnabled(True)
        self.stack.setCurrentWidget(self.unlock_screen)
        self._remember(recent_entry(folder, keyfile.kind))

    def show_busy(self, folder: Path, heading: str) -> None:
        """The unlock screen of `folder`, disabled, while a workspace is made or opened on the worker."""
        self.folder = folder
        self.unlock_screen.prepare(folder, "", False, heading)
        self.unlock_screen.setEnabled(False)
        self.stack.setCurrentWidget(self.unlock_screen)

    def show_previous(self, previous: Path | None) -> None:
        """Back to the screen shown before a workspace failed to be made or opened; with none, the app ends (the
        first-run wizard's choice failed)."""
        if previous is not None and is_workspace(previous):
            self.show_unlock(previous)
        elif self.settings.server_url:
            self.show_server_login()
        else:
            QCoreApplication.exit(1)

    def show_server_login(self) -> None:
        """Show the login screen of the server the user chose in the first-run wizard."""
        settings = self.settings
        office_key = Path(settings.office_key_file) if settings.office_key_file else None
        self.server_login.prepare(settings.server_url, settings.server_login or os_login(), office_key,
                                  self.tr("Log in to the municipality's server"))
        self.stack.setCurrentWidget(self.server_login)

    def use_server(self, choice: FirstRunChoice) -> None:
        """Remember the server the first-run wizard chose (its address, the login, the office key file; never a
        password) and show its login screen."""
        self._save_settings(replace(self.settings, server_url=choice.server_url, server_login=choice.user_name,
                                    office_key_file=choice.office_key_file))
        self.show_server_login()

    def create_from(self, choice: FirstRunChoice) -> None:
        """Create the workspace the first-run wizard asked for (the KDF tuning runs on the worker)."""
        from app.workspace.folder import create_workspace
        from ui.workspace.machine_policy import enrol_policy_back_office

        previous = self.folder
        self.show_busy(choice.folder, self.tr("Creating your workspace…"))
        policy = self.policy

        def work(_progress: object) -> Created:
            created = create_workspace(choice.folder, kind=choice.kind, municipality=choice.municipality,
                                       user_name=choice.user_name, passphrase=choice.passphrase)
            return enrol_policy_back_office(created, policy)

        def done(created: Created) -> None:
            self.open_workspace(created.workspace)
            if created.enrol_problem is not None:
                dialogs.show_error(self, created.enrol_problem)

        def failed(error: Exception) -> None:
            dialogs.show_error(self, error)
            self.show_previous(previous)

        self.operations.read(self, work).success(done).failure(failed).run()

    def open_workspace(self, workspace: OpenWorkspace) -> None:
        """Show the screens of the opened workspace, starting with the first the account may see."""
        from app.workspace.folder import EmbeddedWorkspace  # loaded already: a workspace was opened

        self.workspace = workspace
        if isinstance(workspace, EmbeddedWorkspace):
            self._opened_folder(workspace)
        elif workspace.account.login != self.settings.server_login:
            self._save_settings(replace(self.settings, server_login=workspace.account.login))
        from ui.workspace_view import WorkspaceView

        self.view = WorkspaceView(self._context(workspace))
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view.show_first()
        self._set_unlocked_actions()
        self._update_title()
        self.lock_guard.arm()

    def _opened_folder(self, workspace: EmbeddedWorkspace) -> None:
        from app.workspace import quick_unlock

        self.unlock_screen.setEnabled(True)
        self.folder = workspace.folder
        summary = workspace.summary
        self._remember(recent_entry(workspace.folder, summary.kind.value, summary.municipality, summary.demo))
        workspace_id = summary.workspace_id
        if not self.policy.quick_unlock_allowed and workspace_id in self.settings.quick_unlock_workspaces:
            quick_unlock.forget(workspace_id)  # IT forbids quick unlock: the key leaves the keyring
            self._save_settings(self.settings.with_quick_unlock(workspace_id, False))

    # --- locking --------------------------------------------------------------------------------------------

    def lock(self, ask: bool, reason: LockReason = LockReason.ASKED) -> None:
        """Lock now. Asked by the user, unsaved edits get the usual question; automatic locks discard them. The
        screen that opens the workspace again says `reason`."""
        from app.workspace.folder import EmbeddedWorkspace  # loaded already: a workspace was opened

        if self.workspace is None or self.view is None:
            return
        if ask and not self.view.leave_current():
            return
        self.lock_guard.disarm()
        self.view.stop_batches()
        self.view.flush_pending()  # an edit waiting for its autosave is written before the worker drains
        self.operations.forget_pending_results()
        clear_copied_bsn()
        view, self.view = self.view, None
        view.clear()
        self.stack.removeWidget(view)
        view.deleteLater()
        workspace, self.workspace = self.workspace, None
        workspace.lock()
        self._set_unlocked_actions()
        self._update_title()
        self._show_login(workspace)
        login_screen = self.unlock_screen if isinstance(workspace, EmbeddedWorkspace) else self.server_login
        login_screen.show_lock_reason(describe(reason, self.lock_guard.idle_minutes))

    def _show_login(self, workspace: OpenWorkspace) -> None:
        """The screen that opens `workspace` again, for the same account."""
        from app.workspace.folder import EmbeddedWorkspace  # loaded already: a workspace was opened

        if isinstance(workspace, EmbeddedWorkspace):
            self.show_unlock(workspace.folder, workspace.account.login)
        else:
            self.show_server_login()

    # --- settings ------------------------------------------------------------------------------------------

    def edit_settings(self) -> None:
        from app.workspace.folder import EmbeddedWorkspace  # loaded already: a workspace was opened
        from ui.workspace.settings_dialog import SettingsDialog

        if self.workspace is None:
            return
        dialog = SettingsDialog(self._context(self.workspace), self, stored=self.settings)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if isinstance(self.workspace, EmbeddedWorkspace):  # quick unlock keeps a folder's data key
            chosen = self._quick_unlock_as_chosen(self.workspace, chosen)
        self._save_settings(chosen)
        self.lock_guard.set_idle_minutes(self.effective_settings.auto_lock_minutes)

    def _quick_unlock_as_chosen(self, workspace: EmbeddedWorkspace, chosen: Settings) -> Settings:
        """The key into the keyring or out of it as `chosen` says; `chosen` without quick unlock when the keyring
        refused the key."""
        from app.workspace import quick_unlock

        workspace_id = workspace.summary.workspace_id
        wants_quick = workspace_id in effective(chosen, self.policy).quick_unlock_workspaces
        if wants_quick and workspace_id not in self.settings.quick_unlock_workspaces \
                and not quick_unlock.store(workspace_id, workspace.data_key):
            chosen = chosen.with_quick_unlock(workspace_id, False)
            dialogs.show_info(self, self.tr("The system keyring refused to store the key. Quick unlock stays off."))
        if not wants_quick:
            quick_unlock.forget(workspace_id)
        return chosen

    @property
    def effective_settings(self) -> Settings:
        """The settings in effect: the user's, with every value the machine policy locks put in its place."""
        return effective(self.settings, self.policy)

    def _context(self, workspace: OpenWorkspace) -> WorkspaceContext:
        from ui.context import WorkspaceContext

        return WorkspaceContext(workspace, self.operations, self.effective_settings, self.config_folder, self.policy)

    def _remember(self, opened: RecentWorkspace) -> None:
        """`opened` first in the recent workspaces, and the one a plain start opens."""
        remembered = self.settings.with_recent(opened)
        if remembered != self.settings:
            self._save_settings(remembered)

    def _save_settings(self, settings: Settings) -> None:
        self.settings = settings
        save_settings(self.config_folder, settings)

    # --- window ----------------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        parts = ["Terugkeer"]
        if self.workspace is not None:
            summary = self.workspace.summary
            parts += [summary.municipality, self.workspace.account.display_name]
            if summary.demo:
                parts.append(self.tr("DEMO — fictional people"))
        else:
            parts.append(self.tr("locked"))
        self.setWindowTitle(" — ".join(parts))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.view is not None:
            if not self.view.leave_current():
                event.ignore()
                return
            self.view.stop_batches()
            self.view.flush_pending()
        self.operations.wait_until_idle()
        if self.workspace is not None:
            self.lock(ask=False)
        event.accept()

"""The main window only assembles: the unlock screen, the workspace screens, menus and locking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget

from app.domain import WorkspaceKind
from app.policy import Policy, effective
from app.settings import Settings, save_settings
from app.workspace import quick_unlock
from app.workspace.folder import EmbeddedWorkspace, create_workspace, keyfile_path
from app.workspace.keyfile import load_keyfile
from ui import dialogs
from ui.context import WorkspaceContext
from ui.lock_guard import LockGuard
from ui.operations import Operations
from ui.widgets.bsn import clear_copied_bsn
from ui.workspace.first_run import FirstRunChoice, Start
from ui.workspace.machine_policy import Created, enrol_policy_back_office
from ui.workspace.settings_dialog import SettingsDialog
from ui.workspace.unlock_screen import UnlockScreen

if TYPE_CHECKING:
    # The screens of an open workspace load when one is opened: the first window (unlock or first run) comes
    # up sooner.
    from ui.workspace_view import WorkspaceView

DEMO_CASES = 250


class MainWindow(QMainWindow):
    """`settings` are the user's own (saved as they are); the `policy` read at start locks some of them, and every
    screen gets `effective_settings`."""

    def __init__(self, settings: Settings, config_folder: Path, policy: Policy | None = None) -> None:
        super().__init__()
        self.settings, self.config_folder = settings, config_folder
        self.policy = policy if policy is not None else Policy()
        self.operations = Operations(self)
        self.workspace: EmbeddedWorkspace | None = None
        self.view: WorkspaceView | None = None
        self.folder: Path | None = None
        self.unlock_screen = UnlockScreen(self.operations)
        self.unlock_screen.unlocked.connect(self.open_workspace)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        app = QApplication.instance()
        assert app is not None
        self.lock_guard = LockGuard(app, self.effective_settings.auto_lock_minutes, self)
        self.lock_guard.lock_now.connect(lambda: self.lock(ask=False))
        self._build_menus()
        self._update_title()
        self.resize(1280, 720)

    def _build_menus(self) -> None:
        def action(menu: QMenu, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                   slot: Callable[[], object]) -> QAction:
            created = QAction(text, self)
            if shortcut is not None:
                created.setShortcut(QKeySequence(shortcut))
            created.triggered.connect(slot)
            menu.addAction(created)
            return created

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_case_action = action(file_menu, self.tr("&New client and case"), QKeySequence.StandardKey.New,
                                      lambda: self._in_view(lambda view: view.new_case()))
        self.find_action = action(file_menu, self.tr("&Find in register"), QKeySequence.StandardKey.Find,
                                  lambda: self._in_view(lambda view: view.go_to_search()))
        file_menu.addSeparator()
        self.lock_action = action(file_menu, self.tr("&Lock"), "Ctrl+L", lambda: self.lock(ask=True))
        action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.register_action = action(view_menu, self.tr("&Register"), "Ctrl+1",
                                      lambda: self._in_view(lambda view: view.go_to_search()))
        self.audit_action = action(view_menu, self.tr("&Audit log"), "Ctrl+2",
                                   lambda: self._in_view(lambda view: view.show_audit()))
        self.sync_action = action(view_menu, self.tr("&Synchronisation"), "Ctrl+3",
                                  lambda: self._in_view(lambda view: view.show_sync()))
        self.notifications_action = action(view_menu, self.tr("&Notifications"), "Ctrl+4",
                                           lambda: self._in_view(lambda view: view.show_notifications()))
        self.monitor_action = action(view_menu, self.tr("&Monitor"), "Ctrl+5",
                                     lambda: self._in_view(lambda view: view.show_monitor()))
        view_menu.addSeparator()
        self.purge_action = action(view_menu, self.tr("&Clean up this laptop…"), None,
                                   lambda: self._in_view(lambda view: view.open_purge()))
        self.retention_action = action(view_menu, self.tr("Retention &period…"), None,
                                       lambda: self._in_view(lambda view: view.open_retention()))
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.settings_action = action(settings_menu, self.tr("&Settings…"), QKeySequence.StandardKey.Preferences,
                                      self.edit_settings)
        self._set_unlocked_actions(False)

    def _in_view(self, command: Callable[[WorkspaceView], None]) -> None:
        if self.view is not None:
            command(self.view)

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        for each in (self.new_case_action, self.find_action, self.lock_action, self.register_action,
                     self.audit_action, self.sync_action, self.settings_action, self.purge_action,
                     self.retention_action, self.notifications_action, self.monitor_action):
            each.setEnabled(unlocked)
        kind = self.workspace.summary.kind if self.workspace is not None else None
        self.purge_action.setVisible(kind is WorkspaceKind.COORDINATOR)  # a laptop sheds what the office has
        self.retention_action.setVisible(kind is WorkspaceKind.BACKOFFICE)  # erasure starts at the back office
        self.notifications_action.setVisible(kind is WorkspaceKind.BACKOFFICE)  # notifications arrive there
        self.monitor_action.setVisible(kind is WorkspaceKind.BACKOFFICE)  # it holds every coordinator's cases

    # --- opening and creating -------------------------------------------------------------------------------

    def show_unlock(self, folder: Path) -> None:
        """Show the unlock screen for the workspace in `folder`."""
        self.folder = folder
        workspace_id = load_keyfile(keyfile_path(folder)).workspace_id
        quick = workspace_id in self.effective_settings.quick_unlock_workspaces \
            and quick_unlock.unavailable_reason() is None
        self.unlock_screen.prepare(folder, workspace_id, quick, self.tr("Unlock your workspace"))
        self.stack.setCurrentWidget(self.unlock_screen)
        self._remember_folder(folder)

    def create_from(self, choice: FirstRunChoice) -> None:
        """Create the workspace the first-run wizard asked for (the KDF tuning runs on the worker)."""
        self.folder = choice.folder
        self.unlock_screen.prepare(choice.folder, "", False, self.tr("Creating your workspace…"))
        self.unlock_screen.setEnabled(False)

        policy = self.policy

        def work(_progress: object) -> Created:
            if choice.start is Start.DEMO:
                from app.demo.workspace import create_demo_workspace  # demo data: only when asked for

                return Created(create_demo_workspace(choice.folder, choice.passphrase, DEMO_CASES))
            created = create_workspace(choice.folder, kind=choice.kind, municipality=choice.municipality,
                                       user_name=choice.user_name, passphrase=choice.passphrase)
            return enrol_policy_back_office(created, policy)

        def done(created: Created) -> None:
            self.open_workspace(created.workspace)
            if created.enrol_problem is not None:
                dialogs.show_error(self, created.enrol_problem)

        def failed(error: Exception) -> None:
            dialogs.show_error(self, error)
            QCoreApplication.exit(1)

        self.operations.read(self, work).success(done).failure(failed).run()

    def open_workspace(self, workspace: EmbeddedWorkspace) -> None:
        self.unlock_screen.setEnabled(True)
        self.workspace = workspace
        self.folder = workspace.folder
        self._remember_folder(workspace.folder)
        workspace_id = workspace.summary.workspace_id
        if not self.policy.quick_unlock_allowed and workspace_id in self.settings.quick_unlock_workspaces:
            quick_unlock.forget(workspace_id)  # IT forbids quick unlock: the key leaves the keyring
            self._save_settings(self.settings.with_quick_unlock(workspace_id, False))
        from ui.workspace_view import WorkspaceView

        self.view = WorkspaceView(self._context(workspace))
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view.show_register()
        self._set_unlocked_actions(True)
        self._update_title()
        self.lock_guard.arm()

    # --- locking --------------------------------------------------------------------------------------------

    def lock(self, ask: bool) -> None:
        """Lock now. Asked by the user, unsaved edits get the usual question; automatic locks discard them."""
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
        self._set_unlocked_actions(False)
        self._update_title()
        self.show_unlock(workspace.folder)

    # --- settings ------------------------------------------------------------------------------------------

    def edit_settings(self) -> None:
        if self.workspace is None:
            return
        dialog = SettingsDialog(self._context(self.workspace), self, stored=self.settings)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        workspace_id = self.workspace.summary.workspace_id
        wants_quick = workspace_id in effective(chosen, self.policy).quick_unlock_workspaces
        if wants_quick and workspace_id not in self.settings.quick_unlock_workspaces \
                and not quick_unlock.store(workspace_id, self.workspace.data_key):
            chosen = chosen.with_quick_unlock(workspace_id, False)
            dialogs.show_info(self, self.tr("The system keyring refused to store the key. Quick unlock stays off."))
        if not wants_quick:
            quick_unlock.forget(workspace_id)
        self._save_settings(chosen)
        self.lock_guard.set_idle_minutes(self.effective_settings.auto_lock_minutes)

    @property
    def effective_settings(self) -> Settings:
        """The settings in effect: the user's, with every value the machine policy locks put in its place."""
        return effective(self.settings, self.policy)

    def _context(self, workspace: EmbeddedWorkspace) -> WorkspaceContext:
        return WorkspaceContext(workspace, self.operations, self.effective_settings, self.config_folder, self.policy)

    def _remember_folder(self, folder: Path) -> None:
        if self.settings.last_workspace != str(folder):
            self._save_settings(replace(self.settings, last_workspace=str(folder)))

    def _save_settings(self, settings: Settings) -> None:
        self.settings = settings
        save_settings(self.config_folder, settings)

    # --- window ----------------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        parts = ["Terugkeer"]
        if self.workspace is not None:
            summary = self.workspace.summary
            parts += [summary.municipality, summary.user_name]
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

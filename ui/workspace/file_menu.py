"""File's part for switching workspaces: open another workspace folder, the recent ones, a new one through the
first-run wizard, and the demo (coordinator or back office, opened without a passphrase to type).

Every switch first locks the open workspace as File → Lock does (unsaved changes are asked about); a choice that
cannot be opened changes nothing. The recent list lives in the settings and holds no personal data (see
`RecentWorkspace`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from app.domain import WorkspaceKind
from app.errors import TerugkeerError, WrongPassphraseError
from app.settings import RecentWorkspace
from app.workspace.layout import is_workspace
from ui import dialogs
from ui.paths import default_workspace_folder, demo_workspace_folder
from ui.workspace.first_run import FirstRunChoice, FirstRunWizard, Start
from ui.workspace.unlock_screen import wrappable_path

if TYPE_CHECKING:
    from app.workspace.folder import EmbeddedWorkspace
    from ui.main_window import MainWindow

DEMO_CASES = 250


def ask_workspace_folder(parent: QWidget | None, start: Path) -> Path | None:
    """The folder the user chooses to open as a workspace; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("WorkspaceMenu", "Open a workspace folder"), str(start))
    return Path(chosen) if chosen else None


def recent_entry(folder: Path, kind: str = "", municipality: str = "", demo: bool = False) -> RecentWorkspace:
    """How a folder is remembered: by its absolute path."""
    return RecentWorkspace(str(folder.absolute()), kind, municipality, demo)


class WorkspaceMenu(QObject):
    """Adds its actions to `menu` (File) and carries them out on `window`."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.open_action = self._add(menu, self.tr("&Open workspace…"), self.open_folder)
        self.open_action.setObjectName("openWorkspaceAction")
        self.recent_menu = menu.addMenu(self.tr("&Recent workspaces"))
        self.recent_menu.setObjectName("recentWorkspacesMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.new_action = self._add(menu, self.tr("Ne&w workspace…"), self.new_workspace)
        self.demo_menu = menu.addMenu(self.tr("Try the &demo"))
        self.demo_menu.setObjectName("demoMenu")
        self.demo_actions = {
            WorkspaceKind.COORDINATOR: self._add(self.demo_menu, self.tr("As a &coordinator (laptop)"),
                                                 lambda: self.try_demo(WorkspaceKind.COORDINATOR)),
            WorkspaceKind.BACKOFFICE: self._add(self.demo_menu, self.tr("As the &back office"),
                                                lambda: self.try_demo(WorkspaceKind.BACKOFFICE)),
        }
        menu.addSeparator()
        self.fill_recent()

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- the recent list ------------------------------------------------------------------------------------

    def fill_recent(self) -> None:
        """The recent workspaces, the most recent first; a folder that is gone shows, disabled, as not found."""
        self.recent_menu.clear()
        entries = self._window.settings.recent_workspaces
        for number, entry in enumerate(entries, start=1):
            found = is_workspace(Path(entry.folder))
            text = f"&{number}  " + self.describe(entry).replace("&", "&&")  # a path's "&" is no shortcut
            if not found:
                text = self.tr("{workspace} (not found)").format(workspace=text)
            action = self.recent_menu.addAction(text)
            action.setEnabled(found)
            action.setData(entry.folder)
            action.triggered.connect(lambda _checked=False, chosen=entry: self.open_recent(chosen))
        if not entries:
            self.recent_menu.addAction(self.tr("No recent workspaces")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear list"))
        clear.setObjectName("clearRecentAction")
        clear.triggered.connect(self.clear_recent)

    def describe(self, entry: RecentWorkspace) -> str:
        """The folder, and what kind of workspace of which municipality it is where that is known."""
        known = [self.tr("demo") if entry.demo else entry.municipality, self.kind_text(entry.kind)]
        details = ", ".join(part for part in known if part)
        return f"{entry.folder} — {details}" if details else entry.folder

    def kind_text(self, kind: str) -> str:
        return {WorkspaceKind.COORDINATOR.value: self.tr("coordinator"),
                WorkspaceKind.BACKOFFICE.value: self.tr("back office")}.get(kind, "")

    def clear_recent(self) -> None:
        window = self._window
        window._save_settings(replace(window.settings, recent_workspaces=()))
        self.fill_recent()

    def place_text(self, folder: Path, kind: str) -> str:
        """What the unlock screen says of the workspace it opens: its folder, municipality and kind (from the
        recent list and the key file: nothing is decrypted for it); of a demo, its passphrase."""
        remembered = self._window.settings.recent(str(folder.absolute()))
        entry = (remembered or recent_entry(folder)).merged(recent_entry(folder, kind))
        if entry.demo:
            from app.demo.workspace import DEMO_PASSPHRASE  # demo data: only when asked for

            return self.tr("{folder}\nDemo with fictional people, {kind}. Passphrase: {passphrase}").format(
                folder=wrappable_path(folder), kind=self.kind_text(entry.kind), passphrase=DEMO_PASSPHRASE)
        details = ", ".join(part for part in (entry.municipality, self.kind_text(entry.kind)) if part)
        return f"{wrappable_path(folder)}\n{details}" if details else wrappable_path(folder)

    # --- switching -----------------------------------------------------------------------------------------

    def _close_current(self) -> bool:
        """Lock the open workspace, if any, as File → Lock does; False when the user stays in it."""
        window = self._window
        if window.workspace is None:
            return not window.operations.busy  # a workspace being unlocked or made: that comes first
        window.lock(ask=True)
        return window.workspace is None

    def open_folder(self) -> None:
        """Ask for a workspace folder and show its unlock screen; a folder that holds none changes nothing."""
        window = self._window
        start = window.folder.parent if window.folder is not None else default_workspace_folder().parent
        folder = ask_workspace_folder(window, start)
        if folder is None:
            return
        if not is_workspace(folder):
            dialogs.show_error(window, TerugkeerError("not_a_workspace", path=str(folder)))
            return
        if self._close_current():
            window.show_unlock(folder)

    def open_recent(self, entry: RecentWorkspace) -> None:
        folder = Path(entry.folder)
        if not is_workspace(folder):
            dialogs.show_error(self._window, TerugkeerError("not_a_workspace", path=entry.folder))
            return
        if not self._close_current():
            return
        if entry.demo:
            self._open_demo(folder, WorkspaceKind(entry.kind or WorkspaceKind.COORDINATOR.value))
        else:
            self._window.show_unlock(folder)

    def new_workspace(self) -> None:
        """Back to the first-run wizard (after locking the open workspace); cancelling it changes nothing more."""
        window = self._window
        if not self._close_current():
            return
        wizard = FirstRunWizard(default_workspace_folder(), demo_workspace_folder(WorkspaceKind.COORDINATOR),
                                window.policy, window)
        if wizard.exec() == QDialog.DialogCode.Accepted:
            self.follow(wizard.result_choice())

    def follow(self, choice: FirstRunChoice) -> None:
        """Do what the first-run wizard chose."""
        window = self._window
        if choice.start is Start.OPEN:
            window.show_unlock(choice.folder)
        elif choice.start is Start.SERVER:
            window.use_server(choice)
        elif choice.start is Start.DEMO:
            self._open_demo(choice.folder, WorkspaceKind.COORDINATOR)
        else:
            window.create_from(choice)

    def try_demo(self, kind: WorkspaceKind) -> None:
        """Open the demo of `kind` (made first when there is none yet): no passphrase to choose or type."""
        if self._close_current():
            self._open_demo(demo_workspace_folder(kind), kind)

    def _open_demo(self, folder: Path, kind: WorkspaceKind) -> None:
        window = self._window
        previous = window.folder
        window.show_busy(folder, self.tr("Opening the demo…"))

        def work(_progress: object) -> EmbeddedWorkspace:
            from app.demo.workspace import open_demo_workspace  # demo data: only when asked for

            return open_demo_workspace(folder, kind, DEMO_CASES)

        def failed(error: Exception) -> None:
            if isinstance(error, WrongPassphraseError):  # a demo made earlier under a passphrase of its own
                window.show_unlock(folder)
                return
            dialogs.show_error(window, error)
            window.show_previous(previous)

        window.operations.read(window, work).success(window.open_workspace).failure(failed).run()

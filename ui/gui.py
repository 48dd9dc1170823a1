"""Start the GUI: first-run wizard when there is no workspace yet, otherwise the unlock screen (or the login screen
of the municipality's server the user chose)."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.domain import WorkspaceKind
from app.settings import load_settings
from app.workspace.layout import is_workspace
from ui.main_window import MainWindow
from ui.paths import config_folder, default_workspace_folder, demo_workspace_folder
from ui.widgets.hint import make_hints_readable
from ui.workspace.first_run import FirstRunWizard
from ui.workspace.machine_policy import read_machine_policy
from ui.workspace.preload import after_first_paint, load_workspace_modules


def starting_folder(explicit: Path | None, last_workspace: str) -> Path:
    """--workspace wins, then the last workspace used, then the default data folder."""
    if explicit is not None:
        return explicit
    if last_workspace and is_workspace(Path(last_workspace)):
        return Path(last_workspace)
    return default_workspace_folder()


def build_main_window(app: QCoreApplication, workspace: Path | None, passphrase: str | None) -> MainWindow | None:
    """The main window in its first state, or None when the user closed the first-run wizard."""
    settings = load_settings(config_folder())
    policy = read_machine_policy()  # once, at start; a malformed policy is said here and locks down
    window = MainWindow(settings, config_folder(), policy)
    if workspace is None and settings.server_url:  # the user works on the municipality's server
        window.show_server_login()
        return window
    folder = starting_folder(workspace, settings.last_workspace)
    if is_workspace(folder):
        window.show_unlock(folder)
        if passphrase is not None:
            window.unlock_screen.passphrase.setText(passphrase)
            QTimer.singleShot(0, window.unlock_screen.try_unlock)
        else:  # while the user types the passphrase
            after_first_paint(window, lambda: window.operations.prepare(load_workspace_modules))
        return window
    wizard = FirstRunWizard(folder, demo_workspace_folder(WorkspaceKind.COORDINATOR), policy)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    window.workspaces.follow(wizard.result_choice())
    return window


# For `make bench` (cold start of the packaged app): with this variable set to 1 the app prints
# "first window shown at <seconds since the epoch>" when its first window has painted, then closes that window.
EXIT_AFTER_FIRST_WINDOW = "TERUGKEER_EXIT_AFTER_FIRST_WINDOW"


class _FirstWindowProbe(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            print(f"first window shown at {time.time():.6f}", flush=True)
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, _close_everything)
        return False


def _close_everything() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()  # ends the first-run wizard's exec()
    QCoreApplication.quit()


def run_gui(app: QCoreApplication, workspace: Path | None, passphrase: str | None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if os.environ.get(EXIT_AFTER_FIRST_WINDOW) == "1":
        app.installEventFilter(_FirstWindowProbe(app))
    if isinstance(app, QGuiApplication):
        make_hints_readable(app)  # before the first window: every hint reads at 4.5:1 or more
    window = build_main_window(app, workspace, passphrase)
    if window is None:
        return 0
    show_fitting(window)
    return app.exec()


def show_fitting(window: MainWindow) -> None:
    """Maximised on a small laptop screen (1366×768 is common in the field), a comfortable size elsewhere."""
    screen = window.screen().availableGeometry()
    if screen.width() <= 1600 or screen.height() <= 900:
        window.showMaximized()
    else:
        window.show()

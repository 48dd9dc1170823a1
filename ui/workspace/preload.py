"""What the first unlock needs, loaded on the worker while the user types the passphrase.

The unlock screen comes up without the database layer (README, Performance); without this the first unlock would
then pay for loading it, about a second of imports before the register appears. Loading starts once the unlock
screen has painted, on the database worker, so it never delays the first window and an unlock typed quickly simply
waits for it there, as it would have loaded the same modules itself. Only modules without Qt load off the GUI
thread; the screens' own modules are light once these are loaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# What opening a workspace and showing its screens loads: SQLAlchemy, SQLCipher, the models and cryptography; the
# register's rows and the working days (holidays); the monitor's charts (reportlab) and the server's change
# listener (psycopg), which the workspace's screens import; the checklist's validator (jsonschema).
WORKSPACE_MODULES = ("app.workspace.folder", "app.casework.register", "app.working_days", "app.monitor.charts",
                     "app.workspace.server", "jsonschema")


def load_workspace_modules() -> None:
    for name in WORKSPACE_MODULES:
        importlib.import_module(name)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the whole window has painted
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once `window` has first painted."""
    _FirstPaint(window, then)

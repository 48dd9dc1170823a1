"""Keeps the screens of an open workspace up to date with what others change: another person at the same back
office, another process on the same workspace folder, a bundle read in elsewhere.

It asks the register what changed since the number it saw last (app.casework.register.changes_since), now and then
on a workspace folder and at once on the server, which announces every commit (LISTEN/NOTIFY), and passes the cases
on as the operations' `changed` signal, which the register and the inbox already follow. A form being edited is
not reloaded under the user's hands: the case screen keeps its input, and a save of a case changed meanwhile says
who changed it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from app.casework.cases import Changes
from app.casework.register import changes_since
from app.permissions import Permission
from app.workspace.server import ChangeListener, ServerWorkspace
from ui.context import WorkspaceContext

POLL_MS = 15_000  # a workspace folder has no one to tell it; the server tells at once, this is its safety net


class ChangeWatcher(QObject):
    def __init__(self, context: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._seen: int | None = None  # the first answer sets where to start from
        self._asking = False
        self._listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Watch from now on (for an account that may read the register)."""
        workspace = self._context.workspace
        if not workspace.may(Permission.READ_CASES):
            return
        if isinstance(workspace, ServerWorkspace):
            self._listener = workspace.listen_for_changes()
            self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._announced)
        self._timer.start()
        self.check()

    def stop(self) -> None:
        """Before the workspace locks: no more questions, the listening connection closed."""
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def check(self) -> None:
        if self._asking or self._context.workspace.is_locked:
            return
        self._asking = True
        workspace, seen = self._context.workspace, self._seen or 0
        self._context.operations.read(None, lambda _progress: changes_since(workspace, seen)).success(
            self._arrived).failure(lambda _error: self._done_asking()).run()

    def _announced(self) -> None:
        assert self._listener is not None
        while self._listener.heard():  # all that arrived at once: one question covers it
            pass
        self.check()

    def _arrived(self, answer: tuple[int, Changes]) -> None:
        seq, changes = answer
        first = self._seen is None
        self._seen = seq
        self._done_asking()
        if not first and changes.case_ids:
            self._context.operations.changed.emit(changes, self)

    def _done_asking(self) -> None:
        self._asking = False

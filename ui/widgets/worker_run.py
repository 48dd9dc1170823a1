"""One shape for every long run with a progress window whose Cancel works: making and reading bundles, printing and
saving plans in a batch.

A run is one operation on the worker that reports its steps and looks at Cancel between them, or one operation per
item, the next started from the GUI thread when the previous one answered (`next_item`), so that Cancel stops after
the item being done now and the report lists exactly what was done. A lock (`stop()`) ends a run without a report.
A screen keeps its one run in a `RunSlot`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from ui.context import WorkspaceContext
from ui.operations import Progress
from ui.widgets.progress_dialog import run_progress_dialog

R = TypeVar("R", bound="WorkerRun")


class WorkerRun(QObject):
    """The progress window, Cancel, stop on lock and the one `finished(report)` of a run. Subclasses start their
    work in `begin()` and end it with `finish(report)`."""

    finished = Signal(object)

    def __init__(self, context: WorkspaceContext, parent: QWidget, title: str, steps: int, object_name: str,
                 width_chars: int) -> None:
        super().__init__(parent)
        self.context = context
        self.running = False
        self.cancel_requested = False
        self.worker_progress: Progress | None = None  # of an operation that looks at Cancel itself
        self.progress_dialog = run_progress_dialog(parent, title, steps, object_name, width_chars)
        self.progress_dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.running = True
        self.progress_dialog.show()
        self.begin()

    def begin(self) -> None:
        raise NotImplementedError

    def stopping_text(self) -> str:
        """Shown after Cancel until the worker has stopped; empty: the window stays as it is."""
        return ""

    def cancel(self) -> None:
        self.cancel_requested = True
        if self.worker_progress is not None:
            self.worker_progress.cancel()
        if self.running and (text := self.stopping_text()):
            _show_stopping(self.progress_dialog, text)

    def stop(self) -> None:
        """The workspace locks: stop the worker's operation (before the lock waits for it) and report nothing."""
        self.cancel_requested = True
        if self.worker_progress is not None:
            self.worker_progress.cancel()
        if self.running:
            self.running = False
            self.close_window()

    def show_step(self, text: str, done: int) -> None:
        if self.running:
            self.progress_dialog.setLabelText(text)
            self.progress_dialog.setValue(done)

    def finish(self, report: object) -> None:
        if not self.running:
            return
        self.running = False
        self.close_window()
        self.finished.emit(report)

    def close_window(self) -> None:
        self.progress_dialog.close()
        self.progress_dialog.deleteLater()


def _show_stopping(dialog: QProgressDialog, text: str) -> None:
    """QProgressDialog hides itself on Cancel; show it again, without the button, until the worker has stopped."""
    dialog.setLabelText(text)
    button = dialog.findChild(QPushButton)
    if button is not None:
        button.setEnabled(False)
    dialog.show()


class RunSlot(Generic[R]):
    """The one run a screen has going at a time: started here, stopped on lock, announced when it ends."""

    def __init__(self, changed: Callable[[], None]) -> None:
        self._changed = changed  # the screen enables or disables its buttons
        self.run: R | None = None

    def start(self, run: R, finished: Callable[[R, object], None]) -> None:
        """Start `run`; when it ends, `finished(run, report)` after the slot is free again."""
        self.run = run
        run.finished.connect(lambda report: self._finished(run, report, finished))
        self._changed()
        run.start()

    def stop(self) -> None:
        """Before the workspace locks: the run stops and reports nothing more."""
        run, self.run = self.run, None
        if run is not None:
            run.stop()
            run.deleteLater()
        self._changed()

    def _finished(self, run: R, report: object, finished: Callable[[R, object], None]) -> None:
        if self.run is not run:
            return  # stopped on lock before its report arrived
        self.run = None
        self._changed()
        finished(run, report)
        run.deleteLater()

"""Long work off the UI thread: read and write operations on one database worker.

One worker thread runs every operation in order, so writes are serialised and the UI never waits on the
encrypted database. Results and errors come back on the GUI thread through queued signals; no widget is touched
inside an operation. After a write succeeds, `Operations.changed` announces what it changed (the services'
`Changes`) so screens refresh only that — as Anki's `operation_did_execute`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from ui import dialogs

T = TypeVar("T")


class Progress:
    """Handed to the work function: report progress, look whether the user cancelled."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def update(self, done: int, total: int) -> None:
        self._report(done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay, progress: Progress) -> None:
        super().__init__()
        self.work, self.relay, self.progress = work, relay, progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            self.relay.failed.emit(error)
        else:
            self.relay.finished.emit(result)


class _Preparation(QRunnable):
    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        try:
            self.work()
        except Exception:  # the operation that needs what failed to load meets the error again, and shows it
            logging.getLogger(__name__).debug("preparing failed", exc_info=True)


class Operations(QObject):
    """The single database worker and the change notifications of the open workspace."""

    changed = Signal(object, object)  # (Changes, initiator or None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()
        self.epoch = 0  # raised by `forget_pending_results`; results of an older epoch are dropped

    def read(self, parent: QWidget | None, work: Callable[[Progress], T]) -> Operation[T]:
        return Operation(self, parent, work, is_write=False)

    def write(self, parent: QWidget | None, work: Callable[[Progress], T]) -> Operation[T]:
        return Operation(self, parent, work, is_write=True)

    def prepare(self, work: Callable[[], object]) -> None:
        """Run `work` on the worker ahead of the operations that follow, with no result and not counted as `busy`:
        loading what the next operation will need while the user is still typing (ui/workspace/preload.py)."""
        self._pool.start(_Preparation(work))

    def wait_until_idle(self) -> None:
        """Block until queued work is done (before locking: no operation may outlive the engine)."""
        self._pool.waitForDone()

    def forget_pending_results(self) -> None:
        """Finish the queued work and drop the results not yet delivered: after a lock, no result may reach a
        screen (it would show personal data again, or start new work on a closed database)."""
        self.wait_until_idle()
        self.epoch += 1
        self._pending.clear()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _submit(self, job: _Job, relay: _Relay) -> None:
        self._pending.add(relay)
        self._pool.start(job)

    def _done(self, relay: _Relay) -> None:
        self._pending.discard(relay)


class Operation(Generic[T]):
    """Configure with `.success()`, `.failure()`, `.progress()`, then `.run()`."""

    def __init__(self, operations: Operations, parent: QWidget | None, work: Callable[[Progress], T],
                 *, is_write: bool) -> None:
        self._operations, self._parent, self._work, self._is_write = operations, parent, work, is_write
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._initiator: object | None = None

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Operation[T]:
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[int, int], None]) -> Operation[T]:
        self._on_progress = callback
        return self

    def initiator(self, initiator: object) -> Operation[T]:
        """The screen that asked, so it can skip refreshing what it already shows."""
        self._initiator = initiator
        return self

    def run(self) -> Progress:
        epoch = self._operations.epoch
        relay = _Relay()
        progress = Progress(relay.progressed.emit)
        if self._on_progress is not None:
            relay.progressed.connect(self._on_progress)
        relay.finished.connect(lambda result: self._deliver(epoch, self._finished, relay, result))
        relay.failed.connect(lambda error: self._deliver(epoch, self._failed, relay, error))
        self._operations._submit(_Job(self._work, relay, progress), relay)
        return progress

    def _deliver(self, epoch: int, handler: Callable[[_Relay, Any], None], relay: _Relay, value: object) -> None:
        if epoch == self._operations.epoch:  # else: the workspace locked since this operation started
            handler(relay, value)

    @Slot(object)
    def _finished(self, relay: _Relay, result: T) -> None:
        self._operations._done(relay)
        self._on_success(result)
        if self._is_write:
            self._operations.changed.emit(result, self._initiator)

    @Slot(object)
    def _failed(self, relay: _Relay, error: Exception) -> None:
        self._operations._done(relay)
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            dialogs.show_error(self._parent, error)



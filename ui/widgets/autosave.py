"""Autosave: every field change is written to the database within a second, without a save key.

Each field has a key, a `capture` that reads the widget's value on the GUI thread and a `write` that stores a
value on the database worker. An edit (re)starts the field's single-shot debounce timer; when it fires, when the
field loses the focus, on Enter or Ctrl+Enter, or on `flush_all()` (step change, leaving, locking), the value of
that moment is captured and one write operation is queued. The single worker runs writes in order, so a later
value always lands after an earlier one.

A refused value never touches the widget: it stays as typed, the field is marked (its `FieldMessage` shows why),
and the next flush tries again; `first_failed()` lets a screen keep the user on it. Widgets are never refilled
after a save, so Qt's own undo (Ctrl+Z) keeps working.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from app.errors import TerugkeerError, ValidationError
from ui import dialogs
from ui.operations import Operations, Progress
from ui.texts.messages import error_text
from ui.widgets.field_marks import FieldMessage

DEBOUNCE_MS = 400
_SAVE_NOW_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SaveState(Enum):
    SAVED = "saved"
    SAVING = "saving"  # an edit waits for its timer, or a write is queued
    FAILED = "failed"  # a field could not be stored; it is marked and tried again on the next flush


@dataclass
class _Field:
    capture: Callable[[], Any]
    write: Callable[[Any], object]
    check: Callable[[], None] | None
    widgets: tuple[QWidget, ...]
    message: FieldMessage | None
    timer: QTimer
    edited: bool = False  # since the last flush
    sequence: int = 0  # of the last flush: only the newest write's outcome marks the field
    failed: bool = False


class Autosaver(QObject):
    """Debounced, serialised autosave of the fields of one screen; `state_changed` drives a "Saved" indicator."""

    state_changed = Signal()

    def __init__(self, operations: Operations, parent: QWidget, delay_ms: int = DEBOUNCE_MS) -> None:
        # No QObject parent: the operations still under way keep the saver alive until their results arrive.
        super().__init__()
        self._operations = operations
        self._parent = parent
        self._delay_ms = delay_ms
        self._fields: dict[str, _Field] = {}
        self._keys_of_widget: dict[QObject, str] = {}
        self._in_flight = 0
        self._state = SaveState.SAVED

    def add(self, key: str, capture: Callable[[], Any], write: Callable[[Any], object], *,
            edited: SignalInstance | Sequence[SignalInstance], widgets: Iterable[QWidget],
            finished: SignalInstance | None = None, check: Callable[[], None] | None = None,
            message: FieldMessage | None = None) -> None:
        """Autosave a field: `edited` (one signal or several) starts the timer; `finished` (e.g. Enter), Ctrl+Enter
        and leaving any of `widgets` write at once. `write` runs on the database worker with the captured value;
        `check` may refuse the input before that, by raising a ValidationError (e.g. an amount half typed)."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(self._delay_ms)
        timer.timeout.connect(lambda: self._paused(key))
        watched = tuple(widgets)
        self._fields[key] = _Field(capture, write, check, watched, message, timer)
        for signal in edited if isinstance(edited, Sequence) else (edited,):
            signal.connect(lambda *_args: self.touch(key))
        if finished is not None:
            finished.connect(lambda *_args: self.flush(key))
        for widget in watched:
            self._keys_of_widget[widget] = key
            widget.installEventFilter(self)

    def remove(self, key: str) -> None:
        """Stop autosaving a field whose widgets are going away (its pending edit is dropped)."""
        field = self._fields.pop(key, None)
        if field is None:
            return
        field.timer.stop()
        field.timer.deleteLater()
        for widget in field.widgets:
            widget.removeEventFilter(self)
            self._keys_of_widget.pop(widget, None)
        self._update_state()

    def discard(self) -> None:
        """Forget every field and its unstored edit (the screen is cleared after a flush, or locked)."""
        for key in list(self._fields):
            self.remove(key)

    def touch(self, key: str) -> None:
        """The field was edited: write it when the user pauses."""
        field = self._fields.get(key)
        if field is not None:
            field.edited = True
            field.timer.start()
            self._update_state()

    def _paused(self, key: str) -> None:
        """The user paused: write, unless the input is still incomplete (refused only once the field is left)."""
        field = self._fields.get(key)
        if field is not None and field.check is not None:
            try:
                field.check()
            except ValidationError:
                return
        self.flush(key)

    def flush(self, key: str) -> None:
        """Write the field now if it has an edit (or a refused value) that is not stored yet."""
        field = self._fields.get(key)
        if field is None or not (field.edited or field.failed):
            return
        field.timer.stop()
        field.edited = False
        field.sequence += 1
        if field.check is not None:
            try:
                field.check()
            except ValidationError as error:
                self._show_outcome(field, error)
                self._update_state()
                return
        sequence, value, write = field.sequence, field.capture(), field.write
        self._in_flight += 1

        def work(_progress: Progress) -> object:
            return write(value)

        self._operations.write(self._parent, work).initiator(self._parent).success(
            lambda _changes: self._finished(key, sequence, None)).failure(
            lambda error: self._finished(key, sequence, error)).run()
        self._update_state()

    def flush_all(self) -> None:
        """Queue a write for every field with an unstored edit (before a step change, leaving or locking)."""
        for key in list(self._fields):
            self.flush(key)

    def first_failed(self) -> QWidget | None:
        """The input of the first field whose value could not be stored (it is marked), if any."""
        return next((field.widgets[0] for field in self._fields.values() if field.failed and field.widgets), None)

    @property
    def state(self) -> SaveState:
        return self._state

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = self._keys_of_widget.get(watched)
        if key is not None:
            if event.type() == QEvent.Type.FocusOut:
                self.flush(key)
            elif event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if event.key() in _SAVE_NOW_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.flush(key)
                    return True
        return super().eventFilter(watched, event)

    def _finished(self, key: str, sequence: int, error: Exception | None) -> None:
        self._in_flight -= 1
        field = self._fields.get(key)
        if field is None:
            if error is not None:  # the field is gone (the screen was left): still say it was not stored
                dialogs.show_error(self._parent, error)
        elif sequence == field.sequence:
            self._show_outcome(field, error)
        self._update_state()

    def _show_outcome(self, field: _Field, error: Exception | None) -> None:
        field.failed = error is not None
        if field.message is not None:
            if error is None:
                field.message.clear()
            else:
                field.message.show_message(self._reason(error))
        if error is not None and not (isinstance(error, ValidationError) and field.message is not None):
            dialogs.show_error(self._parent, error)

    def _reason(self, error: Exception) -> str:
        if isinstance(error, TerugkeerError):
            return error_text(error)
        return self.tr("Not saved yet; it is tried again when you move on.")

    def _update_state(self) -> None:
        if any(field.failed for field in self._fields.values()):
            state = SaveState.FAILED
        elif self._in_flight or any(field.edited for field in self._fields.values()):
            state = SaveState.SAVING
        else:
            state = SaveState.SAVED
        if state is not self._state:
            self._state = state
            self.state_changed.emit()

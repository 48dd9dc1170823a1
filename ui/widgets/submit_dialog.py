"""A confirmation dialog whose main button asks the screen to write, and that stays open until the write answered.

Used where a person decides something that cannot be taken back lightly (adding or revoking a device, erasing a
case, correcting a client's data): the dialog only collects; the button emits `submitted`, the screen runs the write
on the worker and calls `finish()` when it succeeded or `show_error()` when it was refused, so nothing typed is lost.
`WriteDialog` is that behaviour alone, for dialogs with buttons of their own (the consent screen's small forms).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from ui import dialogs
from ui.widgets.field_marks import INVALID_COLOUR

WARNING_STYLE = f"QLabel {{ background: #fde8e8; border: 1px solid {INVALID_COLOUR}; border-radius: 3px; padding: 6px; }}"


class WriteDialog(QDialog):
    """Accepting asks the screen to write (`submitted` with `value()`) instead of closing; the screen answers with
    `finish()` or `show_error()`."""

    submitted = Signal(object)

    def value(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        self.setEnabled(False)  # until the write answered; no second click meanwhile
        self.submitted.emit(self.value())

    def finish(self) -> None:
        """The write succeeded."""
        self.setEnabled(True)
        self.done(QDialog.DialogCode.Accepted)

    def show_error(self, error: Exception) -> None:
        """The write was refused: say why and let the user decide again."""
        self.setEnabled(True)
        dialogs.show_error(self, error)


class SubmitDialog(WriteDialog):
    """A confirmation whose main button asks the screen to write (`submitted`) instead of closing."""

    def __init__(self, title: str, confirm_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm_button = QPushButton(confirm_text, self)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setAutoDefault(False)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter does not confirm unread
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.content = QVBoxLayout(self)

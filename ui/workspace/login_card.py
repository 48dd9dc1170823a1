"""What the unlock screen and the server's login screen share: a card in the middle of the window with a heading,
where the data are (a workspace folder or the server's address), the screen's own fields and a message. Opening
runs on the worker, so the window stays responsive while a key is derived or the server answers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.errors import TerugkeerError
from app.workspace.session import OpenWorkspace
from ui.operations import Operations, Progress
from ui.texts.messages import error_text

ERROR_STYLE = "color: #b00020"


class LoginCard(QWidget):
    """Emits `opened(OpenWorkspace)`. A subclass adds its rows to `form` between the place and the message
    (`finish_form` adds the message last), names the inputs to disable while busy, and may react to a refusal."""

    opened = Signal(object)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self.heading = QLabel()
        self.heading.setObjectName("unlockHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.place = QLabel()
        self.place.setWordWrap(True)
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        self.place.setStyleSheet("color: palette(mid)")
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(520)  # wrapped texts (a hint, an error) get the height they need at a known width
        self.form = QFormLayout(card)
        self.form.addRow(self.heading)
        self.form.addRow(self.place)
        # Centred between stretches, not by alignment: a vertical box would measure the card's wrapped texts for
        # the whole window's width, and cut off what wraps.
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def finish_form(self) -> None:
        self.form.addRow(self.message)

    def inputs(self) -> list[QWidget]:
        """What is disabled while the opening runs."""
        raise NotImplementedError

    def start(self, work: Callable[[Progress], OpenWorkspace], busy_text: str) -> None:
        self.set_busy(True)
        self.message.setStyleSheet("color: palette(text)")
        self.message.setText(busy_text)
        self._operations.read(self, work).success(self._succeeded).failure(self._failed).run()

    def _succeeded(self, workspace: OpenWorkspace) -> None:
        self.message.clear()
        self.set_busy(False)
        self.opened.emit(workspace)

    def _failed(self, error: Exception) -> None:
        self.set_busy(False)
        self.message.setStyleSheet(ERROR_STYLE)
        if not isinstance(error, TerugkeerError):
            raise error
        self.message.setText(error_text(error))
        self.refused(error)

    def refused(self, error: TerugkeerError) -> None:
        """After the message about `error` is shown."""

    def set_busy(self, busy: bool) -> None:
        for widget in self.inputs():
            widget.setEnabled(not busy)

"""What the unlock screen and the server's login screen share: a card in the middle of the window with a heading,
why the app locked (after a lock), where the data are (a workspace folder or the server's address), the screen's own
fields and a message. Opening runs on the worker, so the window stays responsive while a key is derived or the
server answers.

The card fits its texts in any window: it is as wide as about 30 lines of text are high, narrower when the window
is, every text wraps, and a window too low for the card (a small screen at 200%) scrolls instead of cutting off."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import TerugkeerError
from ui.operations import Operations, Progress
from ui.texts.messages import error_text
from ui.widgets.hint import HINT_STYLE
from ui.widgets.scroll_area import scroll_area

if TYPE_CHECKING:
    from app.workspace.session import OpenWorkspace

ERROR_STYLE = "color: #b00020"
CARD_WIDTH_IN_LINES = 30  # about 520 pixels at the default font; grows with the font


def wrapped_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class LoginCard(QWidget):
    """Emits `opened(OpenWorkspace)`. A subclass adds its rows to `form` between the place and the message
    (`finish_form` adds the message last), names the inputs to disable while busy, and may react to a refusal."""

    opened = Signal(object)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self.heading = wrapped_label("unlockHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.lock_reason = wrapped_label("lockReason")
        self.place = wrapped_label("unlockPlace")
        self.place.setStyleSheet(HINT_STYLE)
        self.message = wrapped_label("unlockMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.card = QFrame()
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.form = QFormLayout(self.card)
        self.form.addRow(self.heading)
        self.form.addRow(self.lock_reason)
        self.form.setRowVisible(self.lock_reason, False)
        self.form.addRow(self.place)
        # Centred between stretches, at a width set in resizeEvent: wrapped texts get the height they need there.
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.card)
        row.addStretch()
        content = QWidget()
        self._centred = QVBoxLayout(content)
        self._centred.addStretch()
        self._centred.addLayout(row)
        self._centred.addStretch()
        self.scroll_area = scroll_area(content, None)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def finish_form(self) -> None:
        self.form.addRow(self.message)

    def show_card(self, heading: str, place: str) -> None:
        """A fresh card: `heading` and `place`, no lock reason, no message."""
        self.heading.setText(heading)
        self.place.setText(place)
        self.show_lock_reason("")
        self.message.clear()

    def show_lock_reason(self, reason: str) -> None:
        """Why the app locked; an empty `reason` hides the line."""
        self.lock_reason.setText(reason)
        self.form.setRowVisible(self.lock_reason, bool(reason))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self._centred.contentsMargins()
        # The vertical scroll bar's room is always kept, so that its coming does not narrow the card again.
        room = (self.width() - margins.left() - margins.right()
                - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        preferred = self.fontMetrics().height() * CARD_WIDTH_IN_LINES
        self.card.setFixedWidth(max(self.card.minimumSizeHint().width(), min(preferred, room)))

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

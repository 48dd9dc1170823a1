"""The consent's matrix on screen: one row per recipient, one column per kind of data, a check box in every cell, so
"housing to the housing corporation, care to the GGZ provider" is one consent.

Keyboard: Tab walks the boxes in reading order (row by row), Space ticks, the arrow keys move to the neighbouring
box. Every box is named for a screen reader by its row and column ("Housing corporation: Housing"), as a sighted
user reads it from the row and column headings.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.casework.consent_terms import Grants

HEADING_HEIGHT = 150  # a kind of data's heading stands upright, as on the paper form; a longer one is shortened
RECIPIENT_WIDTH = 170  # a long recipient's name wraps
_MOVES = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


class ConsentMatrix(QGroupBox):
    """`set_terms` the recipients and kinds of data, `set_grants` / `grants()` the ticked cells; `options` (inside
    the frame) is the widget to mark when the choice is refused."""

    toggled = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("consentMatrix")
        self.options = QWidget(self)
        self.options.setObjectName("consentMatrixOptions")
        self._grid = QGridLayout(self.options)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.addWidget(self.options)
        self._recipients: list[str] = []
        self._categories: list[str] = []
        self._boxes: dict[tuple[str, str], QCheckBox] = {}
        self._labels: list[QWidget] = []

    def set_terms(self, recipients: Sequence[tuple[str, str]], categories: Sequence[tuple[str, str]]) -> None:
        """Replace the grid (all unticked): `recipients` and `categories` as (id, label), in reading order."""
        for widget in [*self._boxes.values(), *self._labels]:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._boxes, self._labels = {}, []
        self._recipients = [recipient for recipient, _ in recipients]
        self._categories = [category for category, _ in categories]
        for column, (_category, words) in enumerate(categories, start=1):
            heading = UprightHeading(words, self.options)
            self._labels.append(heading)
            heading.show()
            self._grid.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        for row, (recipient, name) in enumerate(recipients, start=1):
            recipient_label = self._label(name, wrap=True)
            recipient_label.setFixedWidth(RECIPIENT_WIDTH)
            self._grid.addWidget(recipient_label, row, 0)
            for column, (category, words) in enumerate(categories, start=1):
                box = QCheckBox(self.options)
                box.setObjectName(f"grant_{recipient}_{category}")
                box.setAccessibleName(self.tr("{recipient}: {kind}").format(recipient=name, kind=words))
                box.setToolTip(box.accessibleName())
                box.toggled.connect(self.toggled)
                box.installEventFilter(self)
                self._grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignHCenter)
                box.show()  # now, not when the layout gets round to it: the screen may put the cursor in it
                self._boxes[(recipient, category)] = box
        for column in range(self._grid.columnCount()):  # an earlier grid may have had its stretch elsewhere
            self._grid.setColumnStretch(column, 0)
        self._grid.setColumnStretch(len(categories) + 1, 1)

    def _label(self, text: str, wrap: bool) -> QLabel:
        label = QLabel(text, self.options)
        label.setWordWrap(wrap)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        label.setToolTip(text)
        self._labels.append(label)
        label.show()
        return label

    def box(self, recipient: str, category: str) -> QCheckBox:
        return self._boxes[(recipient, category)]

    def boxes(self) -> list[QCheckBox]:
        """Every box in reading order: row by row."""
        return list(self._boxes.values())

    def grants(self) -> Grants:
        """Per recipient (in row order) the ticked kinds of data (in column order); recipients with none left out."""
        grants = ((recipient, tuple(category for category in self._categories
                                    if self._boxes[(recipient, category)].isChecked()))
                  for recipient in self._recipients)
        return tuple((recipient, categories) for recipient, categories in grants if categories)

    def set_grants(self, grants: Grants) -> None:
        wanted = {(recipient, category) for recipient, categories in grants for category in categories}
        for cell, box in self._boxes.items():
            box.setChecked(cell in wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The arrow keys move to the neighbouring box (a check box itself ignores them)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _MOVES:
            cell = next((cell for cell, box in self._boxes.items() if box is watched), None)
            if cell is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                row, column = self._recipients.index(cell[0]), self._categories.index(cell[1])
                down, right = _MOVES[Qt.Key(event.key())]
                row = min(max(row + down, 0), len(self._recipients) - 1)
                column = min(max(column + right, 0), len(self._categories) - 1)
                self._boxes[(self._recipients[row], self._categories[column])].setFocus(
                    Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)


class UprightHeading(QWidget):
    """A column heading read from bottom to top, so many narrow columns fit side by side; the whole text is its
    tooltip and accessible name when it had to be shortened."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.height() + 6, min(metrics.horizontalAdvance(self.text), HEADING_HEIGHT) + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.translate(0, self.height())
        painter.rotate(-90)
        text = self.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight, self.height() - 4)
        painter.drawText(2, 0, self.height() - 4, self.width(), Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()

"""A titled group of check boxes, one per (id, label), in columns; `checked()` gives the ids in the given order.
`options` (inside the frame) is the widget to mark when the choice is refused."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QVBoxLayout, QWidget


class CheckList(QGroupBox):
    toggled = Signal()

    def __init__(self, title: str, object_name: str, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self._columns = columns
        self._boxes: dict[str, QCheckBox] = {}
        self.options = QWidget(self)
        self.options.setObjectName(f"{object_name}Options")
        self._grid = QGridLayout(self.options)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.addWidget(self.options)

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        """Replace the boxes (all unchecked); filled column by column so the reading order runs down."""
        for box in self._boxes.values():
            self._grid.removeWidget(box)
            box.deleteLater()
        self._boxes = {}
        rows = max(1, -(-len(options) // self._columns))
        for position, (option_id, label) in enumerate(options):
            box = QCheckBox(label, self.options)
            box.setObjectName(f"{self.objectName()}_{option_id}")
            box.setAccessibleName(label)
            box.toggled.connect(self.toggled)
            self._grid.addWidget(box, position % rows, position // rows)
            box.show()  # now, not when the layout gets round to it: the screen may put the cursor in it
            self._boxes[option_id] = box
        for column in range(self._columns):
            self._grid.setColumnStretch(column, 1)

    def box(self, option_id: str) -> QCheckBox:
        return self._boxes[option_id]

    def boxes(self) -> list[QCheckBox]:
        return list(self._boxes.values())

    def checked(self) -> tuple[str, ...]:
        return tuple(option_id for option_id, box in self._boxes.items() if box.isChecked())

    def set_checked(self, option_ids: Iterable[str]) -> None:
        wanted = set(option_ids)
        for option_id, box in self._boxes.items():
            box.setChecked(option_id in wanted)

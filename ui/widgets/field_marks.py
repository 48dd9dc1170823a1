"""An input with its validation message below it: red border and text while invalid, nothing otherwise."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

INVALID_COLOUR = "#c62828"


class FieldMessage(QWidget):
    """Wraps `input` (placed inside) and marks `marked` (the input itself, or the line edit within it).

    The message is also the marked widget's accessible description, so a screen reader reads it with the field.
    """

    def __init__(self, input: QWidget, marked: QWidget, field: str) -> None:
        super().__init__()
        self.input = input
        self._marked = marked
        self.label = QLabel(self)
        self.label.setObjectName(f"{field}Message")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {INVALID_COLOUR};")
        self.label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(input)
        layout.addWidget(self.label)
        self.setFocusProxy(input)

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.label.show()
        self._marked.setAccessibleDescription(text)
        name = self._marked.objectName()
        self._marked.setStyleSheet(f"#{name} {{ border: 2px solid {INVALID_COLOUR}; border-radius: 3px; }}")

    def clear(self) -> None:
        self.label.clear()
        self.label.hide()
        self._marked.setAccessibleDescription("")
        self._marked.setStyleSheet("")

    @property
    def message(self) -> str:
        return self.label.text()

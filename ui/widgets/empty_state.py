"""A text in the middle of an empty list that says what to do ("No cases yet — Ctrl+N for a new one"): part of the
view, not a dialog. It shows while the view's model has no rows and it has a text, and follows the model's rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from ui.widgets.hint import HINT_STYLE


class EmptyState(QLabel):
    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(text, view.viewport())
        self._view = view
        self.setObjectName(f"{view.objectName() or 'list'}EmptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(f"QLabel {{ {HINT_STYLE} font-size: 11pt; padding: 24px; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # double-clicks still reach the view
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._follow)
        self._follow()

    def set_text(self, text: str) -> None:
        """Say `text` while the list is empty ("" says nothing)."""
        self.setText(text)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False

    def _follow(self, *_args: object) -> None:
        empty = self._view.model().rowCount() == 0
        self.setVisible(empty and bool(self.text()))
        if self.isVisible():
            self.setGeometry(self._view.viewport().rect())

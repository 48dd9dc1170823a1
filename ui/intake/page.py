"""The frame of every intake step: a title over a form that scrolls, so each step fits 1366×768."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class IntakePage(QScrollArea):
    """Add the step's content to `content`; `progress_changed` tells the screen to recount the done marks."""

    progress_changed = Signal()

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        body = QWidget(self)
        self.title = QLabel(title, body)
        self.title.setObjectName(f"{object_name}_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = body
        self.content = QVBoxLayout(body)
        self.content.addWidget(self.title)
        self.setWidget(body)

    def finish(self) -> None:
        """Call after adding the content: extra height goes below it, not between the fields."""
        self.content.addStretch(1)

    def is_done(self) -> bool | None:
        """Whether the step is done (a ✓ in the list); None for steps without a done mark."""
        return None

    def focus_first_input(self) -> None:
        """Put the cursor in the step's first input (after moving to the step by keyboard)."""
        body = self.body
        candidate = body.nextInFocusChain()
        while candidate is not None and candidate is not body:
            if body.isAncestorOf(candidate) and candidate.isVisibleTo(body) and candidate.isEnabled() \
                    and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                self.ensureWidgetVisible(candidate)
                return
            candidate = candidate.nextInFocusChain()

    def make_read_only(self) -> None:
        """For who may read the intake but not change it: texts stay readable and selectable, choices and dates
        cannot be changed, the buttons and shortcuts that add or remove follow-up actions are gone."""
        body = self.body
        for edit in body.findChildren(QLineEdit):
            edit.setReadOnly(True)
        for text in body.findChildren(QPlainTextEdit):
            text.setReadOnly(True)
        for kind in (QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton):
            for choice in body.findChildren(kind):
                choice.setEnabled(False)
        for button in body.findChildren(QPushButton):
            button.hide()
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(False)

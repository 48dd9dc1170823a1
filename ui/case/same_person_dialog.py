"""A new case's BSN belongs to a known client whose name or date of birth is not what was typed. Nothing is saved
until the person says which it is: a typing error in the BSN (back to the field), or the same person, with per
detail the value that is right (the known client's details change only where the typed one is chosen, each change
kept in the correction history).

The dialog only collects: `submitted` carries the details that take the typed value; the case screen saves and
calls `finish()` or `show_error()`. `typing_error` asks the screen to go back to the BSN field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from app.casework.cases import OtherPersonError
from app.casework.identity import IdentityField
from app.domain import mask_bsn
from ui.case.identity_comparison import IdentityComparison
from ui.widgets.submit_dialog import WARNING_STYLE, SubmitDialog


class SamePersonDialog(SubmitDialog):
    typing_error = Signal()

    def __init__(self, error: OtherPersonError, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This BSN belongs to another client"), self.tr("&Same person: save"), parent)
        self.setObjectName("samePersonDialog")
        self.error = error
        heading = QLabel(self.tr("BSN {bsn} is known, with another name or date of birth").format(
            bsn=mask_bsn(error.known.bsn)), self)
        heading.setObjectName("samePersonHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet(WARNING_STYLE)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(self.tr(
            "One BSN belongs to one person. Is this the client who is already known, or is there a typing error in "
            "the BSN? Nothing has been saved yet.\n"
            "Same person: choose per detail which value is right. A detail of the known client changes only where "
            "you choose the typed value; the old value is kept in the correction history."), self)
        explanation.setWordWrap(True)
        self.comparison = IdentityComparison(error.known, error.typed, self.tr("Typed now"), self)
        self.typing_error_button = QPushButton(self.tr("&Typing error in the BSN"), self)
        self.typing_error_button.setObjectName("typingErrorButton")
        self.typing_error_button.setAutoDefault(False)
        self.buttons.addButton(self.typing_error_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.typing_error_button.clicked.connect(self._typing_error)
        self.content.addWidget(heading)
        self.content.addWidget(explanation)
        self.content.addWidget(self.comparison)
        self.content.addStretch(1)
        self.content.addWidget(self.buttons)
        self.resize(820, self.sizeHint().height() + 20)
        first = self.comparison.first_choice()
        (first or self.typing_error_button).setFocus()

    def value(self) -> frozenset[IdentityField]:
        return self.comparison.value()

    def _typing_error(self) -> None:
        self.reject()  # first closed, then the screen goes back to the BSN field
        self.typing_error.emit()

"""A notification whose BSN is a known client's, with another name or date of birth: the known client beside the
person as notified, to decide whether they are the same person. Accepting adds the detention to the known client,
with per detail the value chosen (by default the known ones); refusing drops the notification. Nothing is applied
until one of the two is chosen.

The dialog only collects: `submitted` carries the details that take the notified value, `refused` asks to drop it;
the screen writes and calls `finish()` or `show_error()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from app.backoffice.identity_review import ReviewItem
from app.casework.identity import IdentityField
from ui.case.identity_comparison import IdentityComparison
from ui.texts.formatting import format_date
from ui.widgets.submit_dialog import WARNING_STYLE, SubmitDialog


class ReviewDialog(SubmitDialog):
    refused = Signal()

    def __init__(self, item: ReviewItem, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check a notification"), self.tr("&Same person: add the detention"), parent)
        self.setObjectName("reviewDialog")
        self.item = item
        heading = QLabel(self.tr("Line {line} of {file}: the BSN belongs to a known client with another name or date "
                                 "of birth").format(line=item.line, file=item.source), self)
        heading.setObjectName("reviewHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setStyleSheet(WARNING_STYLE)
        detention = QLabel(self.tr("Notified detention: {prison}, from {start}").format(
            prison=item.detention.prison, start=format_date(item.detention.start_date)), self)
        detention.setObjectName("reviewDetention")
        explanation = QLabel(self.tr(
            "Same person: the detention is added to the known client. Choose per detail which value is right; a "
            "detail changes only where you choose the notified value, and the old value is kept in the correction "
            "history. Another person: refuse the notification and have the list corrected at its source."), self)
        explanation.setWordWrap(True)
        self.comparison = IdentityComparison(item.known, item.notified, self.tr("In the notification"), self)
        self.refuse_button = QPushButton(self.tr("Another person: &refuse"), self)
        self.refuse_button.setObjectName("refuseButton")
        self.refuse_button.setAutoDefault(False)
        self.buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.refuse_button.clicked.connect(self._refuse)
        for widget in (heading, detention, explanation, self.comparison):
            self.content.addWidget(widget)
        self.content.addStretch(1)
        self.content.addWidget(self.buttons)
        self.resize(820, self.sizeHint().height() + 20)

    def value(self) -> frozenset[IdentityField]:
        return self.comparison.value()

    def _refuse(self) -> None:
        self.setEnabled(False)  # until the write answered
        self.refused.emit()

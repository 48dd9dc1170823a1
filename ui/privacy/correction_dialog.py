"""A correction request (AVG art. 16): one field of the client's data gets a corrected value, with a reason.

Unlike an ordinary edit, the old value, the reason and who corrected it are kept in the correction history for
audits. The dialog collects (field, new value as stored JSON, reason); `submitted` carries them and the dialog stays
open until the write succeeded, so a refusal (a BSN that fails the check) keeps what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QStackedWidget, QWidget

from app.casework.cases import ClientData
from app.domain import normalise_bsn
from ui.texts.sync import field_label, value_text
from ui.widgets.date_edit import DateEdit
from ui.widgets.submit_dialog import SubmitDialog

CLIENT_TABLE = "client"
# The client's fields a person can ask to correct, in the order of the case screen.
CLIENT_FIELDS = ("given_names", "surname_prefix", "surname", "date_of_birth", "bsn", "municipality_of_registration",
                 "address", "phone")
_REQUIRED = frozenset({"given_names", "surname", "date_of_birth"})
_MAX_LENGTHS = {"surname_prefix": 40, "phone": 40}
REASON_MAX_LENGTH = 500


@dataclass(frozen=True)
class Correction:
    """What the dialog submits: the field, its new value as stored (JSON), and why."""

    field: str
    new_value: Any
    reason: str


def stored_value(client: ClientData, field: str) -> Any:
    """The value of `field` as the record stores it (JSON: a date as ISO text, no BSN as null)."""
    value = getattr(client, field)
    if field == "date_of_birth":
        return value.isoformat()
    if field == "bsn":
        return value or None
    return value


class CorrectionDialog(SubmitDialog):
    """Choose a field of `client`, give the corrected value and the reason; submits a Correction."""

    def __init__(self, client: ClientData, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct client data"), self.tr("&Correct"), parent)
        self.setObjectName("correctionDialog")
        self._client = client
        intro = QLabel(self.tr(
            "Use this when the client asks for wrong data to be corrected. The corrected value is used everywhere; "
            "the old value, the reason and your name are kept in the correction history for audits."), self)
        intro.setWordWrap(True)
        self.field = QComboBox(self)
        self.field.setObjectName("correctionField")
        self.field.setAccessibleName(self.tr("Field"))
        for name in CLIENT_FIELDS:
            self.field.addItem(field_label(name), name)
        self.current = QLabel(self)
        self.current.setObjectName("correctionCurrent")
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_value = QLineEdit(self)
        self.text_value.setObjectName("correctionText")
        self.text_value.setAccessibleName(self.tr("New value"))
        self.date_value = DateEdit(self, allow_empty=True)
        self.date_value.setObjectName("correctionDate")
        self.date_value.setAccessibleName(self.tr("New date"))
        self.new_value = QStackedWidget(self)
        self.new_value.addWidget(self.text_value)
        self.new_value.addWidget(self.date_value)
        self.new_value.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("correctionReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("for example: surname misspelt; client showed ID on 3 March"))
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("&Field:"), self.field)
        form.addRow(self.tr("Current value:"), self.current)
        form.addRow(self.tr("&New value:"), self.new_value)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        for field, buddy in ((self.field, self.field), (self.new_value, self.text_value), (self.reason, self.reason)):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(buddy)
        self._new_value_label = form.labelForField(self.new_value)
        self.content.addWidget(intro)
        self.content.addLayout(form)
        self.content.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.text_value.textChanged.connect(self._update_button)
        self.date_value.dateChanged.connect(self._update_button)
        self.reason.textChanged.connect(self._update_button)
        self._field_changed()
        self.field.setFocus()

    @property
    def chosen_field(self) -> str:
        return str(self.field.currentData())

    def choose_field(self, field: str) -> None:
        self.field.setCurrentIndex(self.field.findData(field))

    def _field_changed(self) -> None:
        field = self.chosen_field
        is_date = field == "date_of_birth"
        self.current.setText(value_text(CLIENT_TABLE, field, stored_value(self._client, field)))
        self.new_value.setCurrentWidget(self.date_value if is_date else self.text_value)
        if isinstance(self._new_value_label, QLabel):
            self._new_value_label.setBuddy(self.date_value if is_date else self.text_value)
        self.text_value.setMaxLength(_MAX_LENGTHS.get(field, 200))
        self.text_value.setText(str(getattr(self._client, field)) if not is_date else "")
        self.date_value.set_value(self._client.date_of_birth if is_date else None)
        self._update_button()

    def _new_value(self) -> Any:
        field = self.chosen_field
        if field == "date_of_birth":
            chosen = self.date_value.value()
            return chosen.isoformat() if chosen is not None else None
        text = self.text_value.text().strip()
        if field == "bsn":
            return normalise_bsn(text) or None
        return text

    def _update_button(self) -> None:
        field, value = self.chosen_field, self._new_value()
        filled = bool(value) or field not in _REQUIRED
        changed = value != stored_value(self._client, field)
        self.confirm_button.setEnabled(filled and changed and bool(self.reason.toPlainText().strip()))

    def value(self) -> Correction:
        return Correction(self.chosen_field, self._new_value(), self.reason.toPlainText().strip())

"""Small dialogs of the consent screen: add or end a legal basis, revoke (part of) a consent.

They only collect: OK emits `submitted` with the values and the dialog stays open until the screen's write
succeeded (`finish()`); a refusal is marked on its field (`show_error`), so nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.casework.consent import ConsentData, GroundData
from app.casework.consent_terms import Ground, RevocationScope, cell_value
from app.errors import ValidationError
from ui.texts.consent import ConsentVocabulary
from ui.texts.formatting import format_date
from ui.texts.labels import label
from ui.texts.messages import error_text
from ui.widgets.date_edit import DateEdit
from ui.widgets.field_marks import FieldMessage
from ui.widgets.submit_dialog import WriteDialog

NOTE_MAX_LENGTH = 500


@dataclass(frozen=True)
class NewGround:
    ground: Ground
    noted_on: date
    note: str


@dataclass(frozen=True)
class Revocation:
    consent_id: str
    scope: RevocationScope
    scope_value: str
    revoked_on: date
    reason: str


class _ValueDialog(WriteDialog):
    """A form with OK and Cancel whose OK asks the screen to write (`submitted`) instead of closing; a refusal is
    marked on its field."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self._messages: dict[str, FieldMessage] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("dialogButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _row(self, label: str, field: str, widget: QWidget) -> None:
        message = FieldMessage(widget, widget, field)
        self._messages[field] = message
        self.form.addRow(label, message)
        label_widget = self.form.labelForField(message)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)

    def accept(self) -> None:
        for message in self._messages.values():
            message.clear()
        super().accept()

    def show_error(self, error: Exception) -> None:
        """The write was refused: mark the field (or say why), and let the user correct it."""
        if isinstance(error, ValidationError) and error.field in self._messages:
            self.setEnabled(True)
            message = self._messages[error.field]
            message.show_message(error_text(error))
            message.input.setFocus()
        else:
            super().show_error(error)

    def message(self, field: str) -> str:
        return self._messages[field].message


class AddGroundDialog(_ValueDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add legal basis"), parent)
        self.setObjectName("addGroundDialog")
        self.ground = QComboBox(self)
        self.ground.setObjectName("groundCombo")
        self.ground.setAccessibleName(self.tr("Legal basis"))
        for ground in Ground:
            if ground is not Ground.CONSENT:  # consent is proven by a consent record, not noted as a ground
                self.ground.addItem(label(ground), ground.value)
        self.noted_on = DateEdit(self)
        self.noted_on.setObjectName("notedOnEdit")
        self.noted_on.setAccessibleName(self.tr("Noted on"))
        self.noted_on.set_value(date.today())
        self.note = QLineEdit(self)
        self.note.setObjectName("groundNoteEdit")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(NOTE_MAX_LENGTH)
        self.note.setMinimumWidth(360)
        self._row(self.tr("&Legal basis"), "ground", self.ground)
        self._row(self.tr("&Noted on"), "noted_on", self.noted_on)
        self._row(self.tr("N&ote"), "note", self.note)
        explanation = QLabel(self.tr("Consent is not added here: record it as a consent, with what it covers."), self)
        explanation.setWordWrap(True)
        self.form.addRow(explanation)

    def value(self) -> NewGround:
        noted_on = self.noted_on.value()
        assert noted_on is not None
        return NewGround(Ground(self.ground.currentData()), noted_on, self.note.text())


class EndGroundDialog(_ValueDialog):
    def __init__(self, ground: GroundData, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End legal basis"), parent)
        self.setObjectName("endGroundDialog")
        self.ground_id = ground.id
        self.ended_on = DateEdit(self)
        self.ended_on.setObjectName("endedOnEdit")
        self.ended_on.setAccessibleName(self.tr("Ended on"))
        self.ended_on.set_value(date.today())
        summary = QLabel(self.tr("{ground}, noted on {date}").format(
            ground=label(ground.ground), date=format_date(ground.noted_on)), self)
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self._row(self.tr("&Ended on"), "ended_on", self.ended_on)
        hint = QLabel(self.tr("From this day on, the legal basis no longer applies."), self)
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def value(self) -> date:
        ended_on = self.ended_on.value()
        assert ended_on is not None
        return ended_on


class RevokeDialog(_ValueDialog):
    """Revoke the whole consent, one of its recipients, one of its kinds of data, or one kind of data for one
    recipient (a cell of its matrix), from a date, with a reason."""

    def __init__(self, consent: ConsentData, vocabulary: ConsentVocabulary, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Revoke consent"), parent)
        self.setObjectName("revokeDialog")
        self.consent_id = consent.id
        revoked = {(revocation.scope, revocation.scope_value) for revocation in consent.revocations}
        self._choices = {
            RevocationScope.RECIPIENT: [(item, vocabulary.recipient(item)) for item in consent.recipients
                                        if (RevocationScope.RECIPIENT, item) not in revoked],
            RevocationScope.CATEGORY: [(item, vocabulary.category(item)) for item in consent.categories
                                       if (RevocationScope.CATEGORY, item) not in revoked],
            RevocationScope.CELL: [
                (cell_value(recipient, category), self.tr("{recipient}: {kind}").format(
                    recipient=vocabulary.recipient(recipient), kind=vocabulary.category(category)))
                for recipient, categories in consent.grants for category in categories
                if not {(RevocationScope.RECIPIENT, recipient), (RevocationScope.CATEGORY, category),
                        (RevocationScope.CELL, cell_value(recipient, category))} & revoked],
        }
        title = QLabel(heading, self)
        title.setWordWrap(True)
        self.form.addRow(title)
        self.scope_box = QGroupBox(self.tr("&What is revoked?"), self)
        self.scope_box.setObjectName("scopeBox")
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[RevocationScope, QRadioButton] = {}
        scope_layout = QVBoxLayout(self.scope_box)
        for scope in RevocationScope:
            button = QRadioButton(label(scope), self.scope_box)
            button.setObjectName(f"scope_{scope.value}")
            button.setAccessibleName(label(scope))
            button.setEnabled(scope is RevocationScope.WHOLE or bool(self._choices[scope]))
            self.scope_group.addButton(button)
            self.scope_buttons[scope] = button
            scope_layout.addWidget(button)
        self.which = QComboBox(self)
        self.which.setObjectName("scopeValueCombo")
        self.which.setAccessibleName(self.tr("Which recipient or kind of data"))
        self.revoked_on = DateEdit(self)
        self.revoked_on.setObjectName("revokedOnEdit")
        self.revoked_on.setAccessibleName(self.tr("Revoked from"))
        self.revoked_on.set_value(date.today())
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(NOTE_MAX_LENGTH)
        self.reason.setMinimumWidth(360)
        self.form.addRow(self.scope_box)
        self._row(self.tr("W&hich"), "scope_value", self.which)
        self._row(self.tr("Revoked &from"), "revoked_on", self.revoked_on)
        self._row(self.tr("Rea&son"), "reason", self.reason)
        hint = QLabel(self.tr("From this day on, the data no longer go on this consent. What rests on a law (such as the Wet straffen en beschermen) is not affected."), self)
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.scope_group.buttonToggled.connect(self._scope_changed)
        self.scope_buttons[RevocationScope.WHOLE].setChecked(True)

    def choose(self, scope: RevocationScope, value: str = "") -> None:
        """Select a scope and, for a recipient or kind of data, which one (as the user would)."""
        self.scope_buttons[scope].setChecked(True)
        if value:
            self.which.setCurrentIndex(self.which.findData(value))

    def scope(self) -> RevocationScope:
        return next(scope for scope, button in self.scope_buttons.items() if button.isChecked())

    def _scope_changed(self) -> None:
        if self.scope_group.checkedButton() is None:
            return
        scope = self.scope()
        self.which.clear()
        for value, words in self._choices.get(scope, []):
            self.which.addItem(words, value)
        self.which.setEnabled(scope is not RevocationScope.WHOLE)

    def value(self) -> Revocation:
        revoked_on = self.revoked_on.value()
        assert revoked_on is not None
        scope = self.scope()
        value = "" if scope is RevocationScope.WHOLE else str(self.which.currentData() or "")
        return Revocation(self.consent_id, scope, value, revoked_on, self.reason.text())

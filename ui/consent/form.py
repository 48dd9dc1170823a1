"""The form that records a consent, or a new version of one: purposes, the matrix of which kinds of data go to which
recipient, when and how it was given, until when, and the signature drawn on screen. It only collects and checks; the
consent screen writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.casework.consent import ConsentData
from app.casework.consent_terms import HowGiven
from app.errors import ValidationError
from ui.consent.matrix import ConsentMatrix
from ui.consent.signature_pad import SignaturePad
from ui.intake.checklist_widgets import DateField
from ui.texts.consent import ConsentVocabulary
from ui.texts.labels import label
from ui.texts.messages import error_text
from ui.widgets.check_list import CheckList
from ui.widgets.date_edit import DateEdit
from ui.widgets.field_marks import FieldMessage
from ui.widgets.hint import HINT_STYLE

SIGNATURE_REQUIRED = "signature_required"  # a form rule: "signed on screen" needs the drawing
GRANTS_REQUIRED = "grants_required"  # a form rule: at least one kind of data ticked for a recipient
# The service names a refused matrix by its categories or recipients; on this form both are the matrix.
_MATRIX_FIELDS = ("grants", "categories", "recipients")


@dataclass(frozen=True)
class ConsentInput:
    """The form's values, as app.casework.consent.record_consent / replace_consent take them."""

    purposes: tuple[str, ...]
    grants: dict[str, tuple[str, ...]]  # per recipient the kinds of data that may go to it
    given_on: date
    how_given: HowGiven
    witness: str
    valid_until: date | None
    signature_png: bytes | None


class ConsentForm(QWidget):
    """`start_new()` for a new consent, `start_new_version(consent, heading)` to change one (prefilled); the
    screen reads `value()` after `input_errors()` found nothing, and marks what the service refused with
    `show_errors`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replacing: str | None = None  # the consent id a new version replaces
        self._baseline: tuple[object, ...] = ()
        self.heading = QLabel(self)
        self.heading.setObjectName("consentFormHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.purposes = CheckList(self.tr("&Purposes"), "purposes", 1, self)
        self.matrix = ConsentMatrix(self.tr("Which kinds of &data may go to which recipient?"), self)
        self._build_inputs()
        self._messages: dict[str, FieldMessage] = {}
        self._build_layout()
        self._connect()
        self.how_buttons[HowGiven.SIGNED_ON_PAPER].setChecked(True)
        self._how_changed()

    def _build_inputs(self) -> None:
        """When and how the consent was given, the witness, until when, and the signature pad."""
        self.given_on = DateEdit(self)
        self.given_on.setObjectName("givenOnEdit")
        self.given_on.setAccessibleName(self.tr("Given on"))
        self.how_box = QGroupBox(self.tr("&How was consent given?"), self)
        self.how_box.setObjectName("howGivenBox")
        self.how_group = QButtonGroup(self)
        self.how_buttons: dict[HowGiven, QRadioButton] = {}
        self.how_options = QWidget(self.how_box)
        self.how_options.setObjectName("howGivenOptions")
        how_layout = QHBoxLayout(self.how_options)
        how_layout.setContentsMargins(4, 4, 4, 4)
        QVBoxLayout(self.how_box).addWidget(self.how_options)
        for how in HowGiven:
            button = QRadioButton(label(how), self.how_options)
            button.setObjectName(f"howGiven_{how.value}")
            button.setAccessibleName(label(how))
            self.how_group.addButton(button)
            self.how_buttons[how] = button
            how_layout.addWidget(button)
        how_layout.addStretch(1)
        self.witness = QLineEdit(self)
        self.witness.setObjectName("witnessEdit")
        self.witness.setAccessibleName(self.tr("Name of the witness"))
        self.witness.setMaxLength(200)
        self.valid_until = DateField(None, "validUntilEdit", self.tr("Valid until (optional)"), self)
        self.signature = SignaturePad(self)
        self.signature.setObjectName("signaturePad")

    def _build_layout(self) -> None:
        """The choices, each with room for its message below it, then the details as a form."""
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(details, self.tr("&Given on"), "given_on", self.given_on)
        self._row(details, self.tr("&Witness"), "witness", self.witness)
        self._row(details, self.tr("Valid &until"), "valid_until", self.valid_until)
        self._row(details, self.tr("Signature"), "signature_png", self.signature, self.signature.canvas)
        valid_hint = QLabel(self.tr("Empty: no end date."), self)
        valid_hint.setObjectName("validUntilHint")
        valid_hint.setStyleSheet(HINT_STYLE)
        details.insertRow(3, "", valid_hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        for field, widget, marked in (("purposes", self.purposes, self.purposes.options),
                                      ("grants", self.matrix, self.matrix.options),
                                      ("how_given", self.how_box, self.how_options)):
            message = FieldMessage(widget, marked, field)
            self._messages[field] = message
            layout.addWidget(message)
        for alias in _MATRIX_FIELDS[1:]:
            self._messages[alias] = self._messages["grants"]
        layout.addLayout(details)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.how_group.buttonToggled.connect(self._how_changed)
        for signal in (self.purposes.toggled, self.matrix.toggled,
                       self.given_on.dateChanged, self.witness.textChanged, self.valid_until.dateChanged,
                       self.signature.changed, self.how_group.buttonToggled):
            signal.connect(self.changed)

    def _row(self, form: QFormLayout, label: str, field: str, widget: QWidget, marked: QWidget | None = None) -> None:
        message = FieldMessage(widget, marked or widget, field)
        self._messages[field] = message
        form.addRow(label, message)
        label_widget = form.labelForField(message)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)

    # --- filling ---------------------------------------------------------------------------------------------

    def set_terms(self, vocabulary: ConsentVocabulary, categories: tuple[str, ...]) -> None:
        """The options: the configured purposes, and the matrix of the configured recipients and the case's kinds
        of data."""
        self.purposes.set_options([(term.id, vocabulary.purpose(term.id)) for term in vocabulary.purposes])
        self.matrix.set_terms([(term.id, vocabulary.recipient(term.id)) for term in vocabulary.recipients],
                              [(category, vocabulary.category(category)) for category in categories])

    def start_new(self) -> None:
        self.replacing = None
        self.heading.setText(self.tr("Record consent"))
        self._fill(None)

    def start_new_version(self, consent: ConsentData, heading: str) -> None:
        """Prefilled with what `consent` covers; given on today, and a new signature to draw."""
        self.replacing = consent.id
        self.heading.setText(heading)
        self._fill(consent)

    def _fill(self, consent: ConsentData | None) -> None:
        self.clear_messages()
        self.purposes.set_checked(consent.purposes if consent else ())
        self.matrix.set_grants(consent.grants if consent else ())
        self.given_on.set_value(date.today())
        self.how_buttons[consent.how_given if consent else HowGiven.SIGNED_ON_PAPER].setChecked(True)
        self.witness.setText(consent.witness if consent else "")
        self.valid_until.set_value(consent.valid_until if consent else None)
        self.signature.clear()
        self._baseline = self._state()

    def clear(self) -> None:
        """Forget every value (the workspace locks, or another case opens)."""
        self.replacing = None
        self.heading.clear()
        self.purposes.set_options([])
        self.matrix.set_terms([], [])
        self.witness.clear()
        self.signature.clear()
        self.clear_messages()
        self._baseline = self._state()

    # --- reading ---------------------------------------------------------------------------------------------

    def how_given(self) -> HowGiven:
        return next(how for how, button in self.how_buttons.items() if button.isChecked())

    def value(self) -> ConsentInput:
        how = self.how_given()
        given_on = self.given_on.value()
        assert given_on is not None  # a DateEdit without allow_empty always holds a date
        return ConsentInput(
            purposes=self.purposes.checked(), grants=dict(self.matrix.grants()), given_on=given_on, how_given=how,
            witness=self.witness.text().strip() if how is HowGiven.VERBAL_WITH_WITNESS else "",
            valid_until=self.valid_until.value(),
            signature_png=self.signature.png_bytes() if how is HowGiven.SIGNED_ON_SCREEN else None)

    def input_errors(self, today: date) -> list[ValidationError]:
        """Every input error at once, by the service's own codes (the service stays the authority)."""
        errors = [] if self.purposes.checked() else [ValidationError("purposes", "consent_purpose_required")]
        if not self.matrix.grants():
            errors.append(ValidationError("grants", GRANTS_REQUIRED))
        how, given_on, valid_until = self.how_given(), self.given_on.value(), self.valid_until.value()
        assert given_on is not None
        if given_on > today:
            errors.append(ValidationError("given_on", "consent_given_in_future"))
        if how is HowGiven.VERBAL_WITH_WITNESS and not self.witness.text().strip():
            errors.append(ValidationError("witness", "consent_witness_required"))
        if valid_until is not None and valid_until <= given_on:
            errors.append(ValidationError("valid_until", "consent_valid_until_not_after_given"))
        if how is HowGiven.SIGNED_ON_SCREEN and self.signature.is_empty:
            errors.append(ValidationError("signature_png", SIGNATURE_REQUIRED))
        return errors

    def has_changes(self) -> bool:
        return self._state() != self._baseline

    def _state(self) -> tuple[object, ...]:
        checked = next((how for how, button in self.how_buttons.items() if button.isChecked()), None)
        return (self.purposes.checked(), self.matrix.grants(),
                self.given_on.value(), checked, self.witness.text(), self.valid_until.value(),
                self.signature.is_empty)

    # --- messages --------------------------------------------------------------------------------------------

    def show_errors(self, *errors: ValidationError) -> list[ValidationError]:
        """Mark the field of each error and focus the first; returns the errors of no field on this form."""
        placed = [error for error in errors if error.field in self._messages]
        for error in reversed(placed):
            message = self._messages[error.field]
            message.show_message(self._text(error))
            self._focus_target(error.field).setFocus()
        return [error for error in errors if error.field not in self._messages]

    def message(self, field: str) -> str:
        return self._messages[field].message

    def clear_messages(self) -> None:
        for message in set(self._messages.values()):
            message.clear()

    def _text(self, error: ValidationError) -> str:
        if error.code == SIGNATURE_REQUIRED:
            return self.tr("Draw the signature, or choose another way the consent was given.")
        if error.code == GRANTS_REQUIRED:
            return self.tr("Tick at least one kind of data for a recipient.")
        return error_text(error)

    def _focus_target(self, field: str) -> QWidget:
        targets: dict[str, QWidget] = {
            "purposes": self.purposes, **{field: self.matrix for field in _MATRIX_FIELDS},
            "how_given": self.how_buttons[self.how_given()], "signature_png": self.signature.canvas,
        }
        target = targets.get(field) or self._messages[field].input
        if isinstance(target, CheckList | ConsentMatrix) and target.boxes():
            return target.boxes()[0]
        return target

    # --- behaviour -------------------------------------------------------------------------------------------

    def _how_changed(self) -> None:
        """The witness only for a verbal consent; the signature pad only for one signed on screen."""
        how = self.how_given() if self.how_group.checkedButton() is not None else None
        verbal, on_screen = how is HowGiven.VERBAL_WITH_WITNESS, how is HowGiven.SIGNED_ON_SCREEN
        self.witness.setEnabled(verbal)
        self.signature.setEnabled(on_screen)
        if not verbal:
            self._messages["witness"].clear()
        if not on_screen:
            self._messages["signature_png"].clear()

    def focus_chain(self) -> list[QWidget]:
        """The inputs in reading order, for the screen's Tab order."""
        return [*self.purposes.boxes(), *self.matrix.boxes(),
                *self.how_buttons.values(), self.given_on, self.witness, self.valid_until, self.signature.clear_button]

    def focus_first(self) -> None:
        boxes = self.purposes.boxes()
        (boxes[0] if boxes else self.given_on).setFocus(Qt.FocusReason.OtherFocusReason)

"""Inputs for the intake: one widget per checklist item type, and the choice and date fields the pages share.

Choices are combo boxes with an empty first entry (unanswered), fastest by keyboard: Tab, a first letter, Tab.
Neither a combo box nor a date changes when the page scrolls over it with the mouse wheel (only when it has the
focus): with autosave, a scroll would otherwise silently store another value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, SignalInstance
from PySide6.QtGui import QRegularExpressionValidator, QWheelEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from app.casework.checklist import ItemTemplate
from app.casework.intake import YES_NO_UNKNOWN, AnswerValue
from app.errors import ValidationError
from ui.texts.formatting import format_amount
from ui.texts.labels import answer_label
from ui.widgets.date_edit import DateEdit
from ui.widgets.field_marks import FieldMessage

TEXT_MAX_LENGTH = 500
# What may be typed into an amount, as the service reads it (app.casework.intake.parse_amount): "12,50", "12.50", "1200",
# "1.500" and "1.500,50". Partial input is let through while typing; the service has the last word.
_AMOUNT = QRegularExpression(r"(\d{1,3}(\.\d{3})+|\d{1,9})([,.]\d{1,2})?")


class ChoiceBox(QComboBox):
    """A combo box of (label, value) options; `value()` is the chosen option's value (None for the empty one)."""

    def __init__(self, options: Sequence[tuple[str, object]], value: object, object_name: str,
                 accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        for label, option in options:
            self.addItem(label, option)
        self.set_value(value)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: object) -> None:
        """Choose the option with `value` (the first option when there is none)."""
        index = next((index for index in range(self.count()) if self.itemData(index) == value), 0)
        self.setCurrentIndex(index)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area scrolls instead


class DateField(DateEdit):
    """An optional date (DateEdit with `allow_empty`: the clear button or Delete empties it); the mouse wheel
    changes it only when it has the focus, so scrolling the form does not change dates on the way."""

    def __init__(self, value: date | None, object_name: str, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, allow_empty=True)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_value(value)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def line_edit(text: str, object_name: str, accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setMaxLength(TEXT_MAX_LENGTH)
    edit.setText(text)
    return edit


def text_box(text: str, object_name: str, accessible_name: str, lines: int,
             parent: QWidget | None = None) -> QPlainTextEdit:
    """A multi-line text `lines` lines high (longer text scrolls inside); Tab leaves it, as everywhere in the form."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)
    edit.setPlainText(text)
    margins = edit.contentsMargins()
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
                        + 2 * round(edit.document().documentMargin()))
    return edit


def _format_amount(amount: Decimal | None, language: str) -> str:
    return "" if amount is None else format_amount(amount, language)


@dataclass(frozen=True)
class ItemInput:
    """The input of one checklist item: `field` goes into the form (the input with its message below)."""

    field: FieldMessage
    input: QWidget
    value: Callable[[], AnswerValue]
    edited: SignalInstance
    finished: SignalInstance | None
    check: Callable[[], None] | None = None  # refuses input that cannot be stored (raises ValidationError)


def item_input(item: ItemTemplate, value: AnswerValue, language: str, parent: QWidget) -> ItemInput:
    """The widget for `item`'s type, showing `value`; its accessible name is the item's label."""
    name, label = f"item_{item.id}", item.label.in_language(language)
    if item.type in ("yes_no_unknown", "choice"):
        options: list[tuple[str, object]] = [("", None)]
        if item.type == "yes_no_unknown":
            options += [(answer_label(answer), answer) for answer in YES_NO_UNKNOWN]
        else:
            options += [(choice.label.in_language(language), choice.id) for choice in item.choices]
        box = ChoiceBox(options, value, name, label, parent)
        return ItemInput(FieldMessage(box, box, item.id), box, lambda: _str_or_none(box.value()),
                         box.currentIndexChanged, None)
    if item.type == "date":
        field = DateField(value if isinstance(value, date) else None, name, label, parent)
        return ItemInput(FieldMessage(field, field, item.id), field, field.value, field.dateChanged,
                         field.editingFinished)
    if item.type == "amount":
        edit = line_edit(_format_amount(value if isinstance(value, Decimal) else None, language), name, label,
                         parent)
        edit.setValidator(QRegularExpressionValidator(_AMOUNT, edit))
        edit.setPlaceholderText("0,00" if language == "nl" else "0.00")
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 16)
        return ItemInput(FieldMessage(edit, edit, item.id), edit, edit.text, edit.textChanged, edit.returnPressed,
                         partial(_check_amount, edit, item.id))
    edit = line_edit(value if isinstance(value, str) else "", name, label, parent)
    return ItemInput(FieldMessage(edit, edit, item.id), edit, edit.text, edit.textChanged, edit.returnPressed)


def _check_amount(edit: QLineEdit, item_id: str) -> None:
    """An amount typed halfway ("12,") is refused at once, before it reaches the database."""
    if edit.text() and not edit.hasAcceptableInput():
        raise ValidationError(item_id, "amount_invalid")


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None

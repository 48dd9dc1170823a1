"""Two versions of who a person is, side by side: the client the workspace knows by a BSN and the person typed or
notified with that BSN. Per detail that differs a choice of which is right; the known value is chosen to start with.
Shared by the case screen's question (a new case) and the back office's review of a notification.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from app.casework.cases import ClientData, identity_of
from app.casework.identity import IdentityField, differing_fields
from app.domain import mask_bsn
from ui.texts.formatting import format_date
from ui.texts.sync import field_label

_KNOWN, _OTHER = 0, 1


class IdentityComparison(QWidget):
    """A row per detail (name parts, date of birth) with both values; where they differ, a choice. `value()` is the
    set of details that take the other (typed or notified) value."""

    def __init__(self, known: ClientData, other: ClientData, other_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityComparison")
        self.choices: dict[IdentityField, QButtonGroup] = {}
        differing = differing_fields(identity_of(known), identity_of(other))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        for column, text in enumerate((self.tr("Detail"), self.tr("Known client"), other_title)):
            grid.addWidget(self._bold(text), 0, column)
        grid.addWidget(QLabel(self.tr("BSN"), self), 1, 0)
        for column in (1, 2):
            grid.addWidget(self._value(mask_bsn(known.bsn), "bsn"), 1, column)
        for row, field in enumerate(IdentityField, start=2):
            grid.addWidget(QLabel(field_label(field.value), self), row, 0, Qt.AlignmentFlag.AlignTop)
            known_text, other_text = _shown(getattr(known, field.value)), _shown(getattr(other, field.value))
            if field not in differing:
                grid.addWidget(self._value(known_text, f"known_{field.value}"), row, 1)
                grid.addWidget(self._value(other_text, f"other_{field.value}"), row, 2)
                continue
            group = QButtonGroup(self)
            for choice, text, prefix in ((_KNOWN, known_text, "known"), (_OTHER, other_text, "other")):
                button = QRadioButton(text, self)
                button.setObjectName(f"{prefix}_{field.value}")
                button.setAccessibleName(f"{field_label(field.value)}: {text}")
                font = button.font()
                font.setBold(True)  # what differs stands out
                button.setFont(font)
                group.addButton(button, choice)
                grid.addWidget(button, row, choice + 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            group.button(_KNOWN).setChecked(True)
            self.choices[field] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def value(self) -> frozenset[IdentityField]:
        return frozenset(field for field, group in self.choices.items() if group.checkedId() == _OTHER)

    def choose_other(self, field: IdentityField) -> None:
        self.choices[field].button(_OTHER).setChecked(True)

    def first_choice(self) -> QRadioButton | None:
        """The first detail's chosen button: where the keyboard starts."""
        for group in self.choices.values():
            checked = group.checkedButton()
            if isinstance(checked, QRadioButton):
                return checked
        return None

    def _bold(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


def _shown(value: object) -> str:
    if isinstance(value, date):
        return format_date(value)
    text = str(value).strip()
    return text or QCoreApplication.translate("IdentityComparison", "(empty)")

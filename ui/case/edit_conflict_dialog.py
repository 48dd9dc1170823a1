"""Someone else saved the case file first: who and when, and per field that differs their value beside yours, with
a choice per field. It starts with their value where you left the field alone and yours where you changed it.

The dialog only collects the choice; `submitted` carries the fields that take your value, the case screen saves the
merged file and calls `finish()`, or `show_error()` when the save was refused (the dialog stays open).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QScrollArea, QVBoxLayout, QWidget

from app.casework.edit_conflict import CaseField, EditConflict, FieldDifference
from app.domain import TargetGroup, mask_bsn
from ui.texts.formatting import format_date
from ui.texts.labels import label
from ui.texts.sync import field_label
from ui.widgets.scroll_area import scroll_area
from ui.widgets.submit_dialog import SubmitDialog

_THEIRS, _MINE = 0, 1


class EditConflictDialog(SubmitDialog):
    """Choose per field: keep theirs or use mine; `value()` is the set of fields that take mine."""

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Changed by someone else"), self.tr("&Save these values"), parent)
        self.setObjectName("editConflictDialog")
        self.conflict = conflict
        self.heading = QLabel(self._heading_text(), self)
        self.heading.setObjectName("conflictHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        explanation = QLabel(self.tr(
            "They saved the case after you opened it. Choose per field which value is saved: theirs, or yours. "
            "Fields that only they changed start with their value, fields you changed with yours. "
            "Cancel keeps your input in the form, unsaved."), self)
        explanation.setWordWrap(True)
        self.choices: dict[CaseField, QButtonGroup] = {}
        self.content.addWidget(self.heading)
        self.content.addWidget(explanation)
        self.content.addWidget(self._build_rows(), 1)
        self.content.addWidget(self.buttons)
        self.resize(900, min(self.sizeHint().height() + 40, 640))

    def _heading_text(self) -> str:
        """"Changed by Jan de Vries at 10:42" (today), or with the date on another day."""
        who, when = self.conflict.changed_by, self.conflict.changed_at
        if not who or not when:
            return self.tr("Changed by someone else since you opened the case")
        moment = datetime.fromisoformat(when)
        local = (moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)).astimezone()
        if local.date() == date.today():
            return self.tr("Changed by {name} at {time}").format(name=who, time=local.strftime("%H:%M"))
        return self.tr("Changed by {name} on {date} at {time}").format(
            name=who, date=format_date(local.date()), time=local.strftime("%H:%M"))

    def _build_rows(self) -> QScrollArea:
        """A row per differing field: its name, their value, your value, each with its choice."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        theirs_title = self.tr("Saved by {name}").format(name=self.conflict.changed_by) \
            if self.conflict.changed_by else self.tr("Saved by the other person")
        for column, text in enumerate((self.tr("Field"), theirs_title, self.tr("Yours"))):
            title = QLabel(text, self)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            grid.addWidget(title, 0, column)
        mine_by_default = self.conflict.default_mine()
        for row, difference in enumerate(self.conflict.differences, start=1):
            name = field_label(difference.field.value)
            grid.addWidget(QLabel(name, self), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            for column, (choice, value, text) in enumerate(
                    ((_THEIRS, difference.theirs, self.tr("Keep theirs")),
                     (_MINE, difference.mine, self.tr("Use mine"))), start=1):
                button = QRadioButton(text, self)
                button.setObjectName(f"{'mine' if choice == _MINE else 'theirs'}_{difference.field.value}")
                button.setAccessibleName(f"{text}: {name}")
                group.addButton(button, choice)
                grid.addWidget(self._cell(button, _shown(difference, value)), row, column,
                               Qt.AlignmentFlag.AlignTop)
            group.button(_MINE if difference.field in mine_by_default else _THEIRS).setChecked(True)
            self.choices[difference.field] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.conflict.differences) + 1, 1)
        rows = QWidget(self)
        rows.setLayout(grid)
        return scroll_area(rows, self)

    def _cell(self, button: QRadioButton, text: str) -> QWidget:
        """The choice over the value it chooses; the value wraps and can be selected to copy."""
        cell = QWidget(self)
        value = QLabel(text, cell)
        value.setObjectName(f"{button.objectName()}_value")
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setContentsMargins(button.iconSize().width() + 8, 0, 0, 0)  # under the button's text
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)  # its text's width: a radio button ignores clicks beside its text
        layout.addWidget(value)
        return cell

    def value(self) -> frozenset[CaseField]:
        return frozenset(field for field, group in self.choices.items() if group.checkedId() == _MINE)


def _shown(difference: FieldDifference, value: object) -> str:
    """A value as the case screen shows it; the BSN masked, as there until shown."""
    if value is None or value == "" or value == frozenset():
        return QCoreApplication.translate("EditConflictDialog", "(empty)")
    if difference.field is CaseField.BSN:
        return mask_bsn(str(value))
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, frozenset):
        return ", ".join(label(group) for group in TargetGroup if group in value)
    if isinstance(value, StrEnum):  # a status or a case direction
        return label(value)
    return str(value)

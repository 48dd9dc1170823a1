"""Resolving a sync conflict: per field changed on both sides, the value here and there side by side, and a value to
save that starts as the one here and can be edited.

The conflict gives JSON values (ISO dates, codes of closed lists, booleans); each field gets the editor that fits its
values, and what it yields goes back in the same form for app.sync.conflicts to check. A value the service refuses
is marked in the dialog, which stays open.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import TerugkeerError
from app.sync.conflicts import Conflict, Resolution
from ui import dialogs
from ui.texts.formatting import format_date
from ui.texts.labels import label
from ui.texts.sync import ENUM_FIELDS, field_label, local_date, short_id, table_label, value_text
from ui.widgets.date_edit import DateEdit
from ui.widgets.field_marks import INVALID_COLOUR
from ui.widgets.scroll_area import scroll_area

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT_RANGE = (-(2**31), 2**31 - 1)

Editor = tuple[QWidget, Callable[[], Any]]  # the widget, and what it holds as a JSON value


def _is_date(value: Any) -> bool:
    return isinstance(value, str) and bool(_ISO_DATE.match(value))


def _iso(chosen: date | None) -> str | None:
    return chosen.isoformat() if chosen is not None else None


# No functions nested in module-level functions here: pyside6-lupdate then loses the class of the `self.tr` below.
def make_editor(table: str, field: str, mine: Any, theirs: Any, parent: QWidget) -> Editor:
    """The editor for one conflicting field, holding `mine` to start with."""
    values = [value for value in (mine, theirs) if value is not None]
    nullable = len(values) < 2
    vocabulary = ENUM_FIELDS.get((table, field))
    if vocabulary is not None and all(isinstance(value, str) for value in values):
        combo = QComboBox(parent)
        if nullable:
            combo.addItem(value_text(table, field, None), None)
        for member in vocabulary:
            combo.addItem(label(member), member.value)
        combo.setCurrentIndex(max(combo.findData(mine), 0))
        return combo, combo.currentData
    if values and all(isinstance(value, bool) for value in values):
        check = QCheckBox(parent)
        check.setChecked(bool(mine))
        return check, check.isChecked
    if values and all(_is_date(value) for value in values):
        edit = DateEdit(parent, allow_empty=True)
        edit.set_value(date.fromisoformat(mine) if mine else None)
        return edit, lambda: _iso(edit.value())
    if values and all(type(value) is int for value in values):
        spin = QSpinBox(parent)
        spin.setRange(*_INT_RANGE)
        spin.setValue(mine if isinstance(mine, int) else 0)
        return spin, spin.value
    if all(isinstance(value, str) for value in values) and field != "signature_png":
        line = QLineEdit("" if mine is None else str(mine), parent)
        line.setMinimumWidth(220)
        return line, lambda: None if not line.text() and nullable else line.text()
    fixed = QLabel(value_text(table, field, mine), parent)  # lists, pictures: keep or take, not edited here
    fixed.setWordWrap(True)
    fixed.setToolTip(QCoreApplication.translate("ConflictDialog", "This value cannot be edited here; keep yours or take theirs."))
    return fixed, lambda: mine


class ConflictDialog(QDialog):
    """Keep mine, take theirs, or save the edited values; `submitted` carries (Resolution, edited or None)."""

    submitted = Signal(object)

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Resolve conflict"))
        self.conflict = conflict
        heading = QLabel(self.tr("{kind} of case {case} was changed both here and on {device} (read in on {date}). Choose which version stays; your choice goes to the other device with the next bundle.").format(
            kind=table_label(conflict.table), case=short_id(conflict.case_id) if conflict.case_id else "—",
            device=conflict.peer, date=format_date(local_date(conflict.created_at))), self)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, text in enumerate((self.tr("Field"), self.tr("Here"), self.tr("There"), self.tr("Value to save"))):
            title = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(title, 0, column)
        self.editors: dict[str, Editor] = {}
        for row, name in enumerate(conflict.fields, start=1):
            mine, theirs = conflict.mine.get(name), conflict.theirs.get(name)
            grid.addWidget(QLabel(field_label(name), self), row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self._value(conflict.table, name, mine, f"mine_{name}"), row, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self._value(conflict.table, name, theirs, f"theirs_{name}"), row, 2, Qt.AlignmentFlag.AlignVCenter)
            editor = make_editor(conflict.table, name, mine, theirs, self)
            editor[0].setObjectName(f"edit_{name}")
            editor[0].setAccessibleName(self.tr("Value to save: {field}").format(field=field_label(name)))
            grid.addWidget(editor[0], row, 3, Qt.AlignmentFlag.AlignVCenter)
            self.editors[name] = editor
        grid.setRowStretch(len(conflict.fields) + 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        fields = QWidget(self)
        fields.setLayout(grid)
        scroll = scroll_area(fields, self)

        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {INVALID_COLOUR};")
        self.message.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.mine_button = self._button(self.tr("Keep &my version"), "keepMineButton", Resolution.MINE)
        self.theirs_button = self._button(self.tr("Take &their version"), "takeTheirsButton", Resolution.THEIRS)
        self.edited_button = self._button(self.tr("Save &edited value"), "saveEditedButton", Resolution.EDITED)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(860, min(self.sizeHint().height() + 24, 640))

    def _value(self, table: str, name: str, value: Any, object_name: str) -> QLabel:
        label = QLabel(value_text(table, name, value), self)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, text: str, name: str, choice: Resolution) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.choose(choice))
        return button

    def edited_values(self) -> dict[str, Any]:
        return {name: read() for name, (_widget, read) in self.editors.items()}

    def choose(self, choice: Resolution) -> None:
        self.message.hide()
        for widget, _read in self.editors.values():
            widget.setStyleSheet("")
        self.setEnabled(False)  # until the write answered
        self.submitted.emit((choice, self.edited_values() if choice is Resolution.EDITED else None))

    def finish(self) -> None:
        """The write succeeded."""
        self.setEnabled(True)
        self.done(QDialog.DialogCode.Accepted)

    def show_error(self, error: Exception) -> None:
        """A refused edited value is marked on its field; anything else is said in a message box."""
        self.setEnabled(True)
        field = str(error.params.get("field", "")) if isinstance(error, TerugkeerError) else ""
        if isinstance(error, TerugkeerError) and error.code == "bundle_invalid_record" and field in self.editors:
            widget = self.editors[field][0]
            widget.setStyleSheet(f"border: 2px solid {INVALID_COLOUR}; border-radius: 3px;")
            widget.setFocus()
            self.message.setText(self.tr("The value to save for “{field}” does not fit this field. Change it, or keep one of the two versions.").format(
                field=field_label(field)))
            self.message.show()
        else:
            dialogs.show_error(self, error)

"""The date of a list that has no column with the date of notification: asked at import (suggested: the day the
file was saved), because the terms count from it and today would make every old notification late."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.widgets.date_edit import DateEdit


def ask_list_date(parent: QWidget | None, file_name: str, suggested: date) -> date | None:
    """The date the prison system made the list `file_name`; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setObjectName("listDateDialog")
    dialog.setWindowTitle(QCoreApplication.translate("ListDate", "Date of the list"))
    text = QLabel(QCoreApplication.translate(
        "ListDate", "{file} has no column with the date of notification. On which date did the prison system "
                    "send this list? The terms of 2 and 5 working days count from it.").format(file=file_name), dialog)
    text.setWordWrap(True)
    edit = DateEdit(dialog)
    edit.setObjectName("listDate")
    edit.setAccessibleName(QCoreApplication.translate("ListDate", "Date of the list"))
    edit.set_value(suggested)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    try:
        return edit.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

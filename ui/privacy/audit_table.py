"""A read-only table of audit lines, shared by the supervisor's audit screen and a client's access history."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.audit import AuditAction, AuditLine, Outcome, Purpose
from ui.texts.formatting import format_date_time
from ui.texts.labels import device_label, record_type_label, roles_label, stored_label
from ui.texts.sync import short_id
from ui.widgets.simple_table import SelectionMode, SimpleTable, table_item


class AuditColumn(Enum):
    SEQ = "seq"
    WHEN = "when"
    ACTION = "action"
    OUTCOME = "outcome"
    RECORD = "record"
    USER = "user"
    ROLE = "role"
    PURPOSE = "purpose"
    CASE = "case"
    DEVICE = "device"


def _heading(column: AuditColumn) -> str:
    return {
        AuditColumn.SEQ: QCoreApplication.translate("AuditTable", "No."),
        AuditColumn.WHEN: QCoreApplication.translate("AuditTable", "Date and time"),
        AuditColumn.ACTION: QCoreApplication.translate("AuditTable", "Action"),
        AuditColumn.OUTCOME: QCoreApplication.translate("AuditTable", "Outcome"),
        AuditColumn.RECORD: QCoreApplication.translate("AuditTable", "Record"),
        AuditColumn.USER: QCoreApplication.translate("AuditTable", "User"),
        AuditColumn.ROLE: QCoreApplication.translate("AuditTable", "Role"),
        AuditColumn.PURPOSE: QCoreApplication.translate("AuditTable", "Purpose"),
        AuditColumn.CASE: QCoreApplication.translate("AuditTable", "Case"),
        AuditColumn.DEVICE: QCoreApplication.translate("AuditTable", "Device"),
    }[column]


_CELL: dict[AuditColumn, Callable[[AuditLine], str]] = {
    AuditColumn.SEQ: lambda line: str(line.seq),
    AuditColumn.WHEN: lambda line: format_date_time(line.occurred_at),
    AuditColumn.ACTION: lambda line: stored_label(AuditAction, line.action),
    AuditColumn.OUTCOME: lambda line: stored_label(Outcome, line.outcome),
    AuditColumn.RECORD: lambda line: record_type_label(line.record_type),
    AuditColumn.USER: lambda line: line.user_name,
    AuditColumn.ROLE: lambda line: roles_label(line.user_role),
    AuditColumn.PURPOSE: lambda line: stored_label(Purpose, line.purpose),
    AuditColumn.CASE: lambda line: short_id(line.case_id) if line.case_id else "—",
    AuditColumn.DEVICE: lambda line: device_label(line.device),
}


class AuditTable(SimpleTable):
    """The read-only table with the audit lines' `columns`; the last column takes the width that is left."""

    def __init__(self, columns: tuple[AuditColumn, ...], accessible_name: str, parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        super().__init__([_heading(column) for column in columns], len(columns) - 1, accessible_name, parent,
                         selection=SelectionMode.ExtendedSelection)
        self._columns = columns
        if compact:  # one line of text a row, little padding: a supervisor reads many rows at once
            rows = self.verticalHeader()
            rows.setMinimumSectionSize(1)
            rows.setDefaultSectionSize(self.fontMetrics().height() + 4)

    def show_lines(self, lines: list[AuditLine]) -> None:
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, kind in enumerate(self._columns):
                self.setItem(row, column, table_item(_CELL[kind](line)))


def audit_csv(lines: list[AuditLine]) -> bytes:
    """The lines with every column, as the table shows them, under its headings; `;` and a UTF-8 BOM, as Excel in
    Dutch expects."""
    columns = tuple(AuditColumn)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_heading(column) for column in columns])
    writer.writerows([_CELL[column](line) for column in columns] for line in lines)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")

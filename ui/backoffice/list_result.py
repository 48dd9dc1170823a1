"""The parts both result dialogs of an imported list are made of (notifications, releases and transfers): plain
sentences, and tables of rows named by their line and record number, as tall as their rows up to a limit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.backoffice.column_mapping import STANDARD, STANDARD_RELEASES, ColumnMapping
from app.backoffice.notifications import RowProblem
from ui.texts.notifications import column_header, row_reason
from ui.widgets.simple_table import SelectionMode, SimpleTable, table_item


def plain_label(parent: QWidget, text: str, object_name: str = "") -> QLabel:
    """`text` as it is (never rich text: a list's cells are no markup), wrapped."""
    label = QLabel(text, parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def source_line(file_name: str, mapping_name: str) -> str:
    """"From meldingen.csv, read with the column mapping Injus begin detentie:": which mapping was chosen matters
    when it was chosen without asking; the built-in Dutch headers go without saying."""
    if mapping_name in ("", STANDARD.name, STANDARD_RELEASES.name):
        return QCoreApplication.translate("ListResult", "From {file}:").format(file=file_name)
    return QCoreApplication.translate("ListResult", "From {file}, read with the column mapping {mapping}:").format(
        file=file_name, mapping=mapping_name)


def line_table(parent: QWidget, headers: list[str], name: str, object_name: str, rows: Sequence[Sequence[str]],
               rows_without_scrolling: int) -> SimpleTable:
    """A table whose first two columns are line and record numbers, tall enough for its rows up to
    `rows_without_scrolling`; hidden when there are none."""
    table = SimpleTable(headers, len(headers) - 1, name, parent, selection=SelectionMode.ExtendedSelection)
    table.setObjectName(object_name)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, table_item(value, number=column < 2))
    row_height = parent.fontMetrics().height() + 8
    table.verticalHeader().setDefaultSectionSize(row_height)
    shown = min(len(rows), rows_without_scrolling)
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + shown * row_height + 4)
    table.setVisible(bool(rows))
    return table


def refused_rows(problems: Sequence[RowProblem], mapping: ColumnMapping | None) -> list[tuple[str, str, str, str]]:
    """Line, record, the column's header in the file and the reason, per refused row."""
    return [(str(problem.line), str(problem.record), column_header(problem.field, mapping), row_reason(problem.code))
            for problem in problems]

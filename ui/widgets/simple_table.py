"""The one read-only table: the lists of the privacy dialogs (purge, retention, versions, corrections, audit lines),
of the back office (inbox, workloads, laptops, refused rows, the monitor's tables and cases) and of the
Synchronisation screen (devices, conflicts). Whole rows are selected; Tab leaves the table, as everywhere else.

`make_read_only` is the setup every such table shares, also a QTableView over a model of its own; `SimpleTable`
is the QTableWidget with rows of texts and a key per row; `table_item` makes one cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem, QWidget

SelectionMode = QAbstractItemView.SelectionMode


def make_read_only(view: QTableView, stretch: int, selection: SelectionMode = SelectionMode.SingleSelection) -> None:
    """Read-only, whole rows selected as `selection` allows, alternating colours, no row numbers, no wrapping,
    Tab leaves the table; every column as wide as its contents except column `stretch`, which takes the width that
    is left. Call it once the view has its columns."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def table_item(text: str, *, number: bool = False, tip: str | None = None) -> QTableWidgetItem:
    """A cell showing `text`; a number is aligned right; `tip` (when given) is its tooltip."""
    item = QTableWidgetItem(text)
    if tip is not None:
        item.setToolTip(tip)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class SimpleTable(QTableWidget):
    """Columns `headers`; column `stretch` takes the width that is left. `show_rows` fills it, `selected_key`
    tells which row's key is selected."""

    def __init__(self, headers: Sequence[str], stretch: int, accessible_name: str = "",
                 parent: QWidget | None = None, *, selection: SelectionMode = SelectionMode.SingleSelection) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        if accessible_name:
            self.setAccessibleName(accessible_name)
        make_read_only(self, stretch, selection)

    def show_rows(self, rows: Sequence[tuple[Sequence[str], object]], select_first: bool = True) -> None:
        """Replace the rows: each is (the texts of its cells, its key). A list to choose from selects its first
        row; a list only to read (`select_first` False) selects nothing."""
        self.clearContents()
        self.setRowCount(len(rows))
        for row, (texts, key) in enumerate(rows):
            for column, text in enumerate(texts):
                item = table_item(text, tip=text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.setItem(row, column, item)
        if rows and select_first:
            self.selectRow(0)

    def selected_key(self) -> object:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.key(rows[0].row())

    def key(self, row: int) -> object:
        """The key of `row` (None for a row without one)."""
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def texts(self, row: int) -> list[str]:
        """The cells of `row` as shown."""
        return [item.text() if (item := self.item(row, column)) is not None else ""
                for column in range(self.columnCount())]

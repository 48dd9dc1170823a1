"""A read-only list of rows with a key per row: the lists of the privacy dialogs (purge, retention, versions,
corrections) and of the Synchronisation screen (devices, conflicts). Whole rows are selected; Tab leaves the table, as everywhere else."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class SimpleTable(QTableWidget):
    """Columns `headers`; column `stretch` takes the width that is left. `show_rows` fills it, `selected_key`
    tells which row's key is selected."""

    def __init__(self, headers: Sequence[str], stretch: int, accessible_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def show_rows(self, rows: Sequence[tuple[Sequence[str], object]], select_first: bool = True) -> None:
        """Replace the rows: each is (the texts of its cells, its key). A list to choose from selects its first
        row; a list only to read (`select_first` False) selects nothing."""
        self.clearContents()
        self.setRowCount(len(rows))
        for row, (texts, key) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(text)
                self.setItem(row, column, item)
        if rows and select_first:
            self.selectRow(0)

    def selected_key(self) -> object:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def texts(self, row: int) -> list[str]:
        """The cells of `row` as shown."""
        return [item.text() if (item := self.item(row, column)) is not None else ""
                for column in range(self.columnCount())]

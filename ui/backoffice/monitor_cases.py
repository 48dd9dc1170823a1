"""The cases behind one number of the monitor, from the register already loaded (name, PI, status): the back
office checks a figure before it reports it. A case that was erased counts in the figures but has no name left."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.casework.register import RegisterRow
from ui.texts.labels import label
from ui.widgets.simple_table import SimpleTable


class MonitorCasesDialog(QDialog):
    """A list of the cases behind a figure; double-click (or Enter) opens one (`open_case_requested`)."""

    open_case_requested = Signal(str)

    def __init__(self, title: str, case_ids: tuple[str, ...], rows: Mapping[str, RegisterRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitorCases")
        self.setWindowTitle(title)
        shown = sorted((rows[case_id] for case_id in case_ids if case_id in rows), key=lambda row: row.name.casefold())
        self.case_ids = [row.case_id for row in shown]
        intro = QLabel(self.tr("{title}: %n cases", "", len(case_ids)).format(title=title), self)
        intro.setObjectName("monitorCasesCount")
        self.table = SimpleTable([self.tr("Name"), self.tr("PI"), self.tr("Status")], 0, title, self)
        self.table.setObjectName("monitorCasesTable")
        self.table.show_rows([([row.name, row.prison, label(row.status)], row.case_id) for row in shown],
                             select_first=False)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        missing = len(case_ids) - len(shown)
        if missing:
            erased = QLabel(self.tr("%n of these cases were erased: they still count, without a name.", "", missing), self)
            erased.setObjectName("erasedCount")
            erased.setWordWrap(True)
            layout.addWidget(erased)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 28)

    def names(self) -> list[str]:
        return [self.table.texts(row)[0] for row in range(self.table.rowCount())]

    def _open(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.case_ids):
            self.open_case_requested.emit(self.case_ids[index.row()])
            self.accept()

"""Who viewed or changed a client's file, and when: the overview a client may ask for (AVG right of access)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditLine, access_history
from ui.context import WorkspaceContext
from ui.formatting import format_date_time
from ui.labels import audit_action_label, audit_purpose_label, record_type_label, role_label
from ui.operations import Progress


class AccessHistoryDialog(QDialog):
    """Lists the client's audit entries oldest first; reads them itself when created (`loaded` follows)."""

    loaded = Signal()

    def __init__(self, context: WorkspaceContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._client_id = client_id
        self.setWindowTitle(self.tr("Access history"))
        self.resize(900, 480)

        explanation = QLabel(self.tr(
            "Everyone who viewed or changed this client's file, oldest first. The client has the right to "
            "receive this overview (AVG right of access)."), self)
        explanation.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("accessHistoryTable")
        self.table.setAccessibleName(self.tr("Access history"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Date and time"), self.tr("Action"), self.tr("Record"), self.tr("User"), self.tr("Role"),
            self.tr("Purpose"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setObjectName("accessHistoryStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        workspace, client_id = self._context.workspace, self._client_id

        def work(_progress: Progress) -> list[AuditLine]:
            with workspace.unit_of_work() as uow:
                return access_history(uow, client_id)

        self._context.operations.read(self, work).success(self._show).run()

    def _show(self, events: list[AuditLine]) -> None:
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = (
                format_date_time(event.occurred_at), audit_action_label(event.action),
                record_type_label(event.record_type), event.user_name, role_label(event.user_role),
                audit_purpose_label(event.purpose),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.status.setText(self.tr("{count} entries").format(count=len(events)))
        self.table.setFocus()
        self.loaded.emit()

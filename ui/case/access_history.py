"""Who viewed or changed a client's file, and when: the overview a client may ask for (AVG right of access)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from app.audit import AuditLine
from app.privacy.audit_log import access_history
from ui.context import WorkspaceContext
from ui.privacy.audit_table import AuditColumn, AuditTable
from ui.widgets.list_dialog import ListDialog


class AccessHistoryDialog(ListDialog):
    """Lists the client's audit entries oldest first; reads them itself when created (`loaded` follows)."""

    def __init__(self, context: WorkspaceContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Access history"), parent)
        self.table = AuditTable((AuditColumn.WHEN, AuditColumn.ACTION, AuditColumn.RECORD, AuditColumn.USER,
                                 AuditColumn.ROLE, AuditColumn.DEVICE, AuditColumn.PURPOSE),
                                 self.tr("Access history"), self)
        self.table.setObjectName("accessHistoryTable")
        self.lay_out(self.tr(
            "Everyone who viewed or changed this client's file, here and on the coordinators' laptops, oldest "
            "first. The client has the right to receive this overview (AVG right of access)."), self.table,
            "accessHistoryStatus", self.tr("Loading…"), QSize(1200, 480))
        workspace = context.workspace
        self.read_rows(lambda: access_history(workspace, client_id), self._show)

    def _show(self, events: list[AuditLine]) -> str:
        self.table.show_lines(events)
        self.table.setFocus()
        return self.tr("%n entries", "", len(events))

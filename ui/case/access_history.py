"""Who viewed or changed a client's file, and when: the overview a client may ask for (AVG right of access)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditLine
from app.privacy.audit_log import access_history
from ui.context import WorkspaceContext
from ui.widgets.audit_table import AuditColumn, AuditTable


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
        self.table = AuditTable((AuditColumn.WHEN, AuditColumn.ACTION, AuditColumn.RECORD, AuditColumn.USER,
                                 AuditColumn.ROLE, AuditColumn.PURPOSE), self.tr("Access history"), self)
        self.table.setObjectName("accessHistoryTable")
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
        self._context.operations.read(self, lambda _progress: access_history(workspace, client_id)) \
            .success(self._show).run()

    def _show(self, events: list[AuditLine]) -> None:
        self.table.show_lines(events)
        self.status.setText(self.tr("{count} entries").format(count=len(events)))
        self.table.setFocus()
        self.loaded.emit()

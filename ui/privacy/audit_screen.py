"""For supervisors: does the audit chain hold, and what happened lately (NEN 7513 audit log)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditLine, ChainReport
from app.privacy.audit_log import recent_entries, verify_audit_chain
from ui import dialogs
from ui.context import WorkspaceContext
from ui.privacy.audit_table import AuditColumn, AuditTable
from ui.widgets.buttons import push_button
from ui.widgets.field_marks import INVALID_COLOUR

RECENT_ENTRIES = 500


class AuditScreen(QWidget):
    """A "Verify audit chain" button with its verdict, and the latest audit entries (newest first)."""

    verified = Signal(object)  # ChainReport, or None when the log could not be read
    loaded = Signal()

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.verify_button = push_button(self, self.tr("Verify audit &chain"), "verifyChainButton", self.verify)
        self.refresh_button = push_button(self, self.tr("&Refresh"), "refreshAuditButton", self.load)
        self.result = QLabel(self)
        self.result.setObjectName("chainResult")
        self.result.setWordWrap(True)
        self.table = AuditTable((AuditColumn.SEQ, AuditColumn.WHEN, AuditColumn.ACTION, AuditColumn.OUTCOME,
                                 AuditColumn.USER, AuditColumn.ROLE, AuditColumn.RECORD, AuditColumn.DEVICE),
                                self.tr("Latest audit entries"), self)
        self.table.setObjectName("auditTable")
        heading = QLabel(self.tr("Latest %n audit entries, newest first", "", RECENT_ENTRIES), self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        """Read the latest entries; `loaded` follows."""
        workspace = self._context.workspace
        self._context.operations.read(self, lambda _progress: recent_entries(workspace, RECENT_ENTRIES)) \
            .success(self._show_entries).run()

    def verify(self) -> None:
        """Recompute the whole hash chain from the database file; `verified` follows."""
        workspace = self._context.workspace
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Verifying…"))
        self._context.operations.read(self, lambda _progress: verify_audit_chain(workspace)) \
            .success(self._show_report).failure(self._verify_failed).run()

    def _show_entries(self, lines: list[AuditLine]) -> None:
        self.table.show_lines(lines)
        self.loaded.emit()

    def _show_report(self, report: ChainReport | None) -> None:
        self.verify_button.setEnabled(True)
        if report is not None and report.intact:
            self.result.setStyleSheet("")
            self.result.setText(self.tr("Audit chain intact: %n entries", "", report.entries_checked))
        else:
            self.result.setStyleSheet(f"color: {INVALID_COLOUR}; font-weight: bold;")
            if report is None:
                self.result.setText(self.tr("The audit log cannot be read — report this to the privacy officer"))
            else:
                self.result.setText(self.tr("Audit chain BROKEN at entry {seq} — report this to the privacy officer")
                                    .format(seq=report.first_broken_seq))
        self.verified.emit(report)

    def _verify_failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.result.clear()
        dialogs.show_error(self, error)

"""For supervisors: does the audit chain hold, and what happened (NEN 7513 audit log), narrowed by client, user,
action and period, and saved as CSV (an export that is itself logged)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditAction, AuditLine, ChainReport
from app.privacy.audit_log import AuditFilter, audit_users, export_entries, filtered_entries, verify_audit_chain
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents.export import last_folder, remember_folder
from ui.icons import Icon, decorate
from ui.privacy.audit_table import AuditColumn, AuditTable, audit_csv
from ui.texts.labels import label
from ui.widgets.buttons import push_button
from ui.widgets.date_edit import DateEdit
from ui.widgets.empty_state import EmptyState
from ui.widgets.field_marks import INVALID_COLOUR

RECENT_ENTRIES = 500


class AuditScreen(QWidget):
    """A "Verify audit chain" button with its verdict; filters; the latest entries that pass them (newest first)."""

    verified = Signal(object)  # ChainReport, or None when the log could not be read
    loaded = Signal()
    exported = Signal(object)  # the path written

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._serial = 0  # the latest load asked for; an older one's answer comes too late to show
        self.verify_button = push_button(self, self.tr("Verify audit &chain"), "verifyChainButton", self.verify)
        self.refresh_button = push_button(self, self.tr("&Refresh"), "refreshAuditButton", self.load)
        decorate(self.verify_button, Icon.VERIFY)
        decorate(self.refresh_button, Icon.REFRESH)
        self.result = QLabel(self)
        self.result.setObjectName("chainResult")
        self.result.setWordWrap(True)

        self.client_filter = QLineEdit(self)
        self.client_filter.setObjectName("auditClientFilter")
        self.client_filter.setPlaceholderText(self.tr("Name or BSN"))
        self.client_filter.setClearButtonEnabled(True)
        self.user_filter = QComboBox(self)
        self.user_filter.setObjectName("auditUserFilter")
        self.user_filter.addItem(self.tr("All users"), None)
        self.action_filter = QComboBox(self)
        self.action_filter.setObjectName("auditActionFilter")
        self.action_filter.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            self.action_filter.addItem(label(action), action.value)
        self.start_filter = DateEdit(self, allow_empty=True)
        self.start_filter.setObjectName("auditStartFilter")
        self.end_filter = DateEdit(self, allow_empty=True)
        self.end_filter.setObjectName("auditEndFilter")
        self.clear_button = push_button(self, self.tr("C&lear filters"), "clearAuditFilters", self.clear_filters)
        self.export_button = push_button(self, self.tr("E&xport…"), "exportAuditButton", self.export,
                                         self.tr("Save the entries that pass the filters as CSV; the export is "
                                                 "itself recorded in the audit log."))

        self.heading = QLabel(self)
        self.heading.setObjectName("auditHeading")
        self.table = AuditTable((AuditColumn.SEQ, AuditColumn.WHEN, AuditColumn.ACTION, AuditColumn.OUTCOME,
                                 AuditColumn.USER, AuditColumn.ROLE, AuditColumn.CASE, AuditColumn.RECORD,
                                 AuditColumn.DEVICE),
                                self.tr("Audit entries"), self, compact=True)
        self.table.setObjectName("auditTable")
        self.empty_state = EmptyState(self.table)  # its text once the entries were read

        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        for text, field, stretch in ((self.tr("Cli&ent:"), self.client_filter, 2),
                                     (self.tr("&User:"), self.user_filter, 1),
                                     (self.tr("&Action:"), self.action_filter, 1),
                                     (self.tr("&From:"), self.start_filter, 0),
                                     (self.tr("&To:"), self.end_filter, 0)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            filters.addWidget(caption)
            filters.addWidget(field, stretch)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

        self.client_filter.textChanged.connect(self.load)
        self.user_filter.currentIndexChanged.connect(self.load)
        self.action_filter.currentIndexChanged.connect(self.load)
        self.start_filter.dateChanged.connect(self.load)
        self.end_filter.dateChanged.connect(self.load)

    def current_filter(self) -> AuditFilter:
        action = self.action_filter.currentData()
        return AuditFilter(client=self.client_filter.text().strip(), user=self.user_filter.currentData(),
                           action=AuditAction(action) if action else None, start=self.start_filter.value(),
                           end=self.end_filter.value())

    def load(self) -> None:
        """Read the latest entries that pass the filters, and the users to choose from; `loaded` follows."""
        workspace = self._context.workspace
        what = self.current_filter()
        self._serial += 1
        serial = self._serial
        self._context.operations.read(
            self, lambda _progress: (filtered_entries(workspace, what, RECENT_ENTRIES), audit_users(workspace))) \
            .success(lambda found: self._show_entries(serial, *found)).run()

    def clear_filters(self) -> None:
        for field in (self.client_filter, self.user_filter, self.action_filter, self.start_filter, self.end_filter):
            field.blockSignals(True)
        self.client_filter.clear()
        self.user_filter.setCurrentIndex(0)
        self.action_filter.setCurrentIndex(0)
        self.start_filter.set_value(None)
        self.end_filter.set_value(None)
        for field in (self.client_filter, self.user_filter, self.action_filter, self.start_filter, self.end_filter):
            field.blockSignals(False)
        self.load()

    def export(self) -> None:
        """Save every entry that passes the filters (not only the latest shown) as CSV; `exported` follows."""
        path = dialogs.ask_save_csv(self, self.tr("Export the audit log"), last_folder() / "auditlog.csv")
        if path is None:
            return
        remember_folder(path.parent)
        workspace, what = self._context.workspace, self.current_filter()
        self.export_button.setEnabled(False)
        self._context.operations.write(self, lambda _progress: export_entries(workspace, what, path, audit_csv)) \
            .success(lambda count: self._exported(path, count)).failure(self._export_failed).run()

    def verify(self) -> None:
        """Recompute the whole hash chain from the database file; `verified` follows."""
        workspace = self._context.workspace
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Verifying…"))
        self._context.operations.read(self, lambda _progress: verify_audit_chain(workspace)) \
            .success(self._show_report).failure(self._verify_failed).run()

    def _show_entries(self, serial: int, lines: list[AuditLine], users: list[str]) -> None:
        if serial != self._serial:
            return
        self._show_users(users)
        self.table.show_lines(lines)
        self.empty_state.set_text(self.tr("No audit entries to show.") if self.current_filter() == AuditFilter()
                                  else self.tr("No audit entries pass the filters."))
        self.heading.setText(
            self.tr("Latest {count} audit entries that pass the filters, newest first").format(count=RECENT_ENTRIES)
            if len(lines) >= RECENT_ENTRIES else
            self.tr("Audit entries that pass the filters: {count}, newest first").format(count=len(lines)))
        self.loaded.emit()

    def _show_users(self, users: list[str]) -> None:
        known = [self.user_filter.itemData(index) for index in range(1, self.user_filter.count())]
        if known == users:
            return
        chosen = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        while self.user_filter.count() > 1:
            self.user_filter.removeItem(1)
        for user in users:
            self.user_filter.addItem(user, user)
        self.user_filter.setCurrentIndex(max(0, self.user_filter.findData(chosen)) if chosen else 0)
        self.user_filter.blockSignals(False)

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        dialogs.show_info(self, self.tr("{count} audit entries saved in {path}. The export is recorded in the "
                                        "audit log.").format(count=count, path=path))
        self.exported.emit(path)
        self.load()

    def _export_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        dialogs.show_error(self, error)

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

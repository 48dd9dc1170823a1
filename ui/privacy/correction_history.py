"""The corrections of one client's data with their old values, for audits: who corrected what, when and why.

Ordinary views never show an old value; this list does, so opening it is logged (for accountability) by the
service.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from app.privacy.correction_records import CorrectionReason
from app.privacy.corrections import CorrectionLine, correction_history
from ui.context import WorkspaceContext
from ui.texts.formatting import format_date_time
from ui.texts.sync import field_label, value_text
from ui.widgets.list_dialog import ListDialog
from ui.widgets.simple_table import SimpleTable


class CorrectionHistoryDialog(ListDialog):
    """Lists the client's corrections oldest first; reads them itself when made (`loaded` follows)."""

    def __init__(self, context: WorkspaceContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Correction history"), parent)
        self.setObjectName("correctionHistoryDialog")
        self.table = SimpleTable([self.tr("When"), self.tr("By"), self.tr("Field"), self.tr("Old value"),
                                  self.tr("New value"), self.tr("Reason")], 5, self.tr("Corrections"), self)
        self.table.setObjectName("correctionHistoryTable")
        self.lay_out(self.tr(
            "Every correction of this client's data, oldest first, with the value it replaced. This list is for "
            "audits: opening it is recorded in the audit log."), self.table, "correctionHistoryStatus",
            self.tr("Loading…"), QSize(900, 420))
        workspace = context.workspace
        self.read_rows(lambda: correction_history(workspace, client_id), self._show)

    def _show(self, lines: list[CorrectionLine]) -> str:
        self.table.show_rows([([format_date_time(line.corrected_at), line.corrected_by, field_label(line.field),
                                value_text(line.table, line.field, line.old_value),
                                value_text(line.table, line.field, line.new_value), self._reason(line.reason)], index)
                              for index, line in enumerate(lines)], select_first=False)
        count = len(lines)
        return self.tr("No corrections.") if not count else self.tr("%n corrections", "", count)

    def _reason(self, reason: str) -> str:
        """A reason the app recorded itself in words; a typed reason as typed."""
        words: dict[str, str] = {
            CorrectionReason.EDITED_IN_CASE_FILE: self.tr("Changed in the case file"),
            CorrectionReason.SAME_PERSON_NEW_CASE: self.tr("New case with a known BSN: same person, details chosen"),
            CorrectionReason.SAME_PERSON_NOTIFICATION: self.tr(
                "Notification with a known BSN: same person, details chosen"),
        }
        return words.get(reason, reason)

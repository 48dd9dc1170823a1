"""The corrections of one client's data with their old values, for audits: who corrected what, when and why.

Ordinary views never show an old value; this list does, so opening it is logged (for accountability) by the
service.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.privacy.corrections import CorrectionLine, correction_history
from ui.context import WorkspaceContext
from ui.texts.formatting import format_date_time
from ui.texts.sync import field_label, value_text
from ui.widgets.simple_table import SimpleTable


class CorrectionHistoryDialog(QDialog):
    """Lists the client's corrections oldest first; reads them itself when made (`loaded` follows)."""

    loaded = Signal()

    def __init__(self, context: WorkspaceContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionHistoryDialog")
        self.setWindowTitle(self.tr("Correction history"))
        self._context = context
        self._client_id = client_id
        explanation = QLabel(self.tr(
            "Every correction of this client's data, oldest first, with the value it replaced. This list is for "
            "audits: opening it is recorded in the audit log."), self)
        explanation.setWordWrap(True)
        self.table = SimpleTable([self.tr("When"), self.tr("By"), self.tr("Field"), self.tr("Old value"),
                                  self.tr("New value"), self.tr("Reason")], 5, self.tr("Corrections"), self)
        self.table.setObjectName("correctionHistoryTable")
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setObjectName("correctionHistoryStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self._load()

    def _load(self) -> None:
        workspace, client_id = self._context.workspace, self._client_id
        self._context.operations.read(self, lambda _progress: correction_history(workspace, client_id)) \
            .success(self._show).run()

    def _show(self, lines: list[CorrectionLine]) -> None:
        self.table.show_rows([([format_date_time(line.corrected_at), line.corrected_by, field_label(line.field),
                                value_text(line.table, line.field, line.old_value),
                                value_text(line.table, line.field, line.new_value), line.reason], index)
                              for index, line in enumerate(lines)], select_first=False)
        count = len(lines)
        self.status.setText(self.tr("No corrections.") if not count else self.tr("1 correction") if count == 1 else
                            self.tr("{count} corrections").format(count=count))
        self.loaded.emit()

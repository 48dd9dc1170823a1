"""For the back office: the closed cases kept longer than the retention period, and erasing them one by one.

The list names cases by their short id and dates only. Erasing asks for a reason and the case code again
(ui.privacy.erasure_dialog); it runs on the worker as a write whose Changes let the register drop the case.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.casework.cases import Changes
from app.casework.consent_terms import consent_terms
from app.privacy.erasure import DueCase, due_for_erasure, erase_case
from ui.context import WorkspaceContext
from ui.operations import Progress
from ui.privacy.erasure_dialog import ErasureDialog
from ui.texts.formatting import format_date
from ui.texts.sync import short_id
from ui.widgets.simple_table import SimpleTable


class RetentionDialog(QDialog):
    """Lists the cases due for erasure (longest overdue first); "Erase…" opens the confirmation. Reads itself when
    made; `loaded` follows every read, `erased(case id)` every erasure."""

    loaded = Signal()
    erased = Signal(str)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention period"))
        self._context = context
        self._due: dict[str, DueCase] = {}
        self.erasure_dialog: ErasureDialog | None = None
        self._erased_text = ""
        intro = QLabel(self.tr(
            "A closed case is kept for {years} years after it was closed, as the consent form tells the client. "
            "After that it is due for erasure: its personal data is removed here and, with the next bundle, from "
            "the laptops.").format(years=consent_terms().retention_years), self)
        intro.setWordWrap(True)
        self.table = SimpleTable([self.tr("Case"), self.tr("Closed on"), self.tr("Due for erasure since")], 2,
                                 self.tr("Cases past their retention period"), self)
        self.table.setObjectName("retentionTable")
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(lambda _index: self.erase_selected())
        self.message = QLabel(self.tr("Loading…"), self)
        self.message.setObjectName("retentionMessage")
        self.message.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("&Erase…"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self._update_button()
        self.load()

    def load(self) -> None:
        workspace = self._context.workspace
        self._context.operations.read(self, lambda _progress: due_for_erasure(workspace)).success(self._show).run()

    def _show(self, due: list[DueCase]) -> None:
        self._due = {case.case_id: case for case in due}
        self.table.show_rows([([short_id(case.case_id), format_date(case.closed_on), format_date(case.due_since)],
                               case.case_id) for case in due])
        count_text = (self.tr("No case is past its retention period.") if not due else
                      self.tr("Cases past their retention period: {count}.").format(count=len(due)))
        self.message.setText(f"{self._erased_text} {count_text}".strip())
        self._update_button()
        self.loaded.emit()

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.table.selected_key() in self._due)

    def erase_selected(self) -> None:
        case = self._due.get(str(self.table.selected_key()))
        if case is None:
            return
        if self.erasure_dialog is not None:
            self.erasure_dialog.deleteLater()
        dialog = ErasureDialog(case, self)
        self.erasure_dialog = dialog
        workspace = self._context.workspace

        def submitted(value: tuple[str, str]) -> None:
            reason, typed = value

            def work(_progress: Progress) -> Changes:
                return erase_case(workspace, case.case_id, reason=reason, confirmation=typed)

            def done(_changes: Changes) -> None:
                dialog.finish()
                self._erased_text = self.tr("Case {code} was erased.").format(code=short_id(case.case_id))
                self.erased.emit(case.case_id)
                self.load()

            self._context.operations.write(self, work).initiator(self).success(done).failure(
                dialog.show_error).run()

        dialog.submitted.connect(submitted)
        dialog.open()

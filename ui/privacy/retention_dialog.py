"""For the back office: the closed cases kept longer than the retention period, and erasing them one by one.

The list names cases by their short id and dates only. Erasing asks for a reason and the case code again
(ui.privacy.erasure_dialog); it runs on the worker as a write whose Changes let the register drop the case.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.casework.cases import Changes
from app.casework.consent_terms import consent_terms
from app.privacy.erasure import DueCase, due_for_erasure, erase_case
from ui.context import WorkspaceContext
from ui.operations import Progress
from ui.privacy.erasure_dialog import ErasureDialog
from ui.texts.formatting import format_date
from ui.texts.sync import short_id
from ui.widgets.buttons import push_button
from ui.widgets.list_dialog import ListDialog
from ui.widgets.simple_table import SimpleTable


class RetentionDialog(ListDialog):
    """Lists the cases due for erasure (longest overdue first); "Erase…" opens the confirmation. Reads itself when
    made; `loaded` follows every read, `erased(case id)` every erasure."""

    erased = Signal(str)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Retention period"), parent)
        self.setObjectName("retentionDialog")
        self._due: dict[str, DueCase] = {}
        self.erasure_dialog: ErasureDialog | None = None
        self._erased_text = ""
        self.table = SimpleTable([self.tr("Case"), self.tr("Closed on"), self.tr("Due for erasure since")], 2,
                                 self.tr("Cases past their retention period"), self)
        self.table.setObjectName("retentionTable")
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.doubleClicked.connect(lambda _index: self.erase_selected())
        self.erase_button = push_button(self, self.tr("&Erase…"), "eraseButton", self.erase_selected)
        self.lay_out(self.tr(
            "A closed case is kept for {years} years after it was closed, as the consent form tells the client. "
            "After that it is due for erasure: its personal data is removed here and, with the next bundle, from "
            "the laptops.").format(years=consent_terms().retention_years), self.table, "retentionMessage",
            self.tr("Loading…"), QSize(640, 480), self.erase_button)
        self._update_button()
        self.load()

    @property
    def message(self) -> QLabel:
        """The status line: how many cases are due, after what the last erasure did."""
        return self.status

    def load(self) -> None:
        workspace = self._context.workspace
        self.read_rows(lambda: due_for_erasure(workspace), self._show)

    def _show(self, due: list[DueCase]) -> str:
        self._due = {case.case_id: case for case in due}
        self.table.show_rows([([short_id(case.case_id), format_date(case.closed_on), format_date(case.due_since)],
                               case.case_id) for case in due])
        count_text = (self.tr("No case is past its retention period.") if not due else
                      self.tr("Cases past their retention period: {count}.").format(count=len(due)))
        self._update_button()
        return f"{self._erased_text} {count_text}".strip()

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

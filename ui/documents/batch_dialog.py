"""Before the plans of several cases are printed or saved: which of the selected cases have a plan (and whose have
none), a look at the plans first if wanted (ui.documents.batch_preview), then the printer or the folder.

The dialog reads the selection itself when it opens (app.casework.plan_batch, not logged). "Print…" asks for the
printer, "Save…" warns that the files are not encrypted and asks for the folder; either is accepted with
`printer` or `folder` set, and the register starts the batch (ui.documents.batch) with `cases` (those with a plan)
and `report` (which already names the cases skipped). Cancelling the printer or folder question keeps the dialog
open and says that nothing was printed or saved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.casework.plan_batch import PlanOwner, plan_owners
from app.errors import TerugkeerError
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents.batch import BatchCase, BatchReport, names_text
from ui.documents.batch_preview import BatchPreviewDialog
from ui.documents.export import last_folder, plan_file_name, remember_folder
from ui.texts.messages import error_text
from ui.widgets.buttons import push_button


def check_text(total: int, with_plan: int, no_plan: list[str], gone: list[str]) -> str:
    """"6 of the 8 selected cases have a plan." and the names of those without one, line by line."""
    translate = QCoreApplication.translate
    if with_plan == total:
        lines = [translate("PlanBatchCheck", "The selected case has a plan.") if total == 1 else
                 translate("PlanBatchCheck", "All {total} selected cases have a plan.").format(total=total)]
    elif with_plan == 0:
        lines = [translate("PlanBatchCheck", "The selected case has no plan yet.") if total == 1 else
                 translate("PlanBatchCheck", "None of the {total} selected cases has a plan yet.").format(total=total)]
    else:
        lines = [(translate("PlanBatchCheck", "1 of the {total} selected cases has a plan.") if with_plan == 1 else
                  translate("PlanBatchCheck", "{count} of the {total} selected cases have a plan.")).format(
            count=with_plan, total=total)]
    if no_plan and with_plan:
        lines.append((translate("PlanBatchCheck", "1 has no plan yet and is skipped: {names}") if len(no_plan) == 1
                      else translate("PlanBatchCheck", "{count} have no plan yet and are skipped: {names}")).format(
            count=len(no_plan), names=names_text(no_plan)))
    elif no_plan and total > 1:
        lines.append(translate("PlanBatchCheck", "No plan yet: {names}").format(names=names_text(no_plan)))
    if gone:
        lines.append(translate("PlanBatchCheck", "No longer in this workspace: {names}").format(names=names_text(gone)))
    return "\n".join(lines)


class BatchPlanDialog(QDialog):
    """For the selected `cases` (in register order): the summary, the preview, then the printer (`saved` False)
    or the folder (`saved` True)."""

    def __init__(self, context: WorkspaceContext, cases: list[BatchCase], saved: bool,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._context, self._selected, self.saved = context, cases, saved
        self._today = today or date.today()
        self.cases: list[BatchCase] = []  # those with a plan, to print or save
        self.report = BatchReport(len(cases))
        self.printer: QPrinter | None = None
        self.folder: Path | None = None
        self.preview: BatchPreviewDialog | None = None
        self.ready = False  # the summary (or why there is none) is on screen
        self.setObjectName("batchPlanDialog")
        self.setWindowTitle(self.tr("Save plans") if saved else self.tr("Print plans"))
        self._build()
        self._check()

    def _build(self) -> None:
        self.summary = QLabel(self.tr("Looking up which of the selected cases have a plan…"), self)
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setObjectName("batchNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.status = QLabel(self)
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.preview_button = push_button(self, self.tr("&View the plans…"), "batchPreviewButton",
                                          self.show_preview, self.tr("The plans one after the other, as printed"))
        self.go_button = push_button(self, self.tr("&Save…") if self.saved else self.tr("&Print…"),
                                     "batchGoButton", self.go)
        self.close_button = push_button(self, self.tr("&Close"), "batchCloseButton", self.reject)
        for button in (self.preview_button, self.go_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    # --- the check ------------------------------------------------------------------------------------------------

    def _check(self) -> None:
        workspace, case_ids = self._context.workspace, [case.case_id for case in self._selected]
        self._context.operations.read(self, lambda _progress: plan_owners(workspace, case_ids)).success(
            self._show).failure(self._failed).run()

    def _show(self, owners: list[PlanOwner]) -> None:
        for case, owner in zip(self._selected, owners, strict=True):
            if owner.has_plan:
                self.cases.append(BatchCase(case.case_id, case.name, plan_file_name(owner, self._today)))
            else:
                self.report.skipped.append((case, "intake_not_started" if owner.exists else "case_not_found"))
        no_plan = [case.name for case, code in self.report.skipped if code == "intake_not_started"]
        gone = [case.name for case, code in self.report.skipped if code == "case_not_found"]
        self.summary.setText(check_text(len(self._selected), len(self.cases), no_plan, gone))
        if self.cases:
            self._show_note()
        self.preview_button.setEnabled(bool(self.cases))
        self.go_button.setEnabled(bool(self.cases))
        count = len(self.cases)
        if self.saved:
            self.go_button.setText(self.tr("&Save 1 plan…") if count == 1 else
                                   self.tr("&Save {count} plans…").format(count=count))
        else:
            self.go_button.setText(self.tr("&Print 1 plan…") if count == 1 else
                                   self.tr("&Print {count} plans…").format(count=count))
        (self.go_button if self.cases else self.close_button).setDefault(True)
        (self.go_button if self.cases else self.close_button).setFocus()
        self.ready = True

    def _show_note(self) -> None:
        if self.saved:
            self.note.setText(self.tr(
                "Each plan is saved as its own file, named after the person, the case and today, such as \"{name}\". "
                "The files are not encrypted.").format(name=self.cases[0].file_name))
        else:
            self.note.setText(self.tr("The plans are printed in one print job, in the order of the register, each "
                                      "for the client and the own file, with the BSN masked."))
        self.note.show()

    def _failed(self, error: Exception) -> None:
        self.summary.setText(error_text(error) if isinstance(error, TerugkeerError) else
                             self.tr("The selected cases could not be looked up."))
        self.ready = True
        dialogs.show_error(self, error)

    # --- looking and going -----------------------------------------------------------------------------------------

    def show_preview(self) -> None:
        """The plans one after the other; its Print/Save button goes on from here."""
        if not self.cases or not self._usable():
            return
        self._close_preview()
        self.preview = BatchPreviewDialog(self._context, self.cases, self.saved, self)
        self.preview.go_requested.connect(self._go_from_preview)
        self.preview.open()

    def _go_from_preview(self) -> None:
        self._close_preview()
        self.go()

    def go(self) -> None:
        """Ask for the printer, or warn and ask for the folder; accepted when chosen."""
        if not self.cases or not self._usable():
            return
        self.status.hide()
        if self.saved:
            self._ask_folder()
        else:
            self._ask_printer()

    def _ask_printer(self) -> None:
        printer = dialogs.ask_printer(self)
        if not self._usable():
            return
        if printer is None:
            self._say(self.tr("Cancelled: nothing was printed."))
            return
        self.printer = printer
        self.accept()

    def _ask_folder(self) -> None:
        if not dialogs.confirm_unencrypted_export(self) or not self._usable():
            return
        folder = dialogs.ask_folder(self, last_folder())
        if not self._usable():
            return
        if folder is None:
            self._say(self.tr("Cancelled: nothing was saved."))
            return
        remember_folder(folder)
        self.folder = folder
        self.accept()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _usable(self) -> bool:
        return self.isVisible() and not self._context.workspace.is_locked

    def _close_preview(self) -> None:
        preview, self.preview = self.preview, None
        if preview is not None:
            preview.close()
            preview.deleteLater()

    def done(self, result: int) -> None:
        self._close_preview()
        super().done(result)

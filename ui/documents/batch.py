"""Printing or saving the plans of approach of several cases at once, from the register.

The register first asks ui.documents.batch_dialog which of the selected cases have a plan; only those go to the
printer or the folder, the others are in the report from the start (`BatchReport.skipped`).

Printing is one print job: each case's plan is made on the worker (logged as a print) and painted on the GUI thread
as it arrives, one case after the other, so Cancel stops after the current case and what was printed is exactly what
was logged. Saving runs app.casework.plan_batch.save_plans as one operation on the worker (each plan logged as an
export and written atomically under its case's `file_name`), reporting progress and looking at Cancel between cases.

A case whose plan cannot be made is named in the report with the reason, and the others go on; a printer that
cannot print or a folder that cannot take the files stops the batch.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from app.audit import AuditAction
from app.casework import documents
from app.casework.documents import DocumentKind, DocumentRequest
from app.casework.plan_batch import SKIP_CODES, BatchCase, BatchReport, save_plans
from app.errors import TerugkeerError
from ui.context import WorkspaceContext
from ui.documents.export import file_name
from ui.documents.options import document_options
from ui.documents.printing import PrintJob
from ui.operations import Progress
from ui.texts.messages import error_text
from ui.widgets.worker_run import WorkerRun

MAX_NAMES = 15  # in the summary; the rest are counted


def _step_text(done: int, total: int) -> str:
    return QCoreApplication.translate("PlanBatch", "Plan {number} of {total}").format(
        number=min(done + 1, total), total=total)


class BatchPrint(WorkerRun):
    """Prints the plans of `cases` in their order on `printer`, one read operation per case; `finished` carries
    the BatchReport."""

    case_printed = Signal(int, int)  # (printed so far, total); Cancel pressed now stops before the next case

    def __init__(self, context: WorkspaceContext, cases: list[BatchCase], printer: QPrinter,
                 parent: QWidget, report: BatchReport | None = None) -> None:
        super().__init__(context, parent, self.tr("Printing plans"), len(cases), "batchProgress", 50)
        self._cases, self._options = cases, document_options(context)
        self._job = PrintJob(printer)
        self._report = report or BatchReport(len(cases))
        self._index = 0

    def begin(self) -> None:
        self._next()

    def stop(self) -> None:
        """The workspace locks: end the job now with what was printed (results on their way are dropped)."""
        if self.running:
            self.cancel_requested = self._report.cancelled = True
            self.finish(self._report)

    def finish(self, report: object) -> None:
        self._job.finish()
        super().finish(report)

    def _next(self) -> None:
        self._report.cancelled = self.cancel_requested
        if self._report.cancelled or self._index >= len(self._cases):
            self.finish(self._report)
            return
        case = self._cases[self._index]
        self.show_step(_step_text(self._index, len(self._cases)), self._index)
        workspace, options = self.context.workspace, self._options
        request = DocumentRequest(DocumentKind.PLAN, case.case_id)
        self.context.operations.read(self.progress_dialog, lambda _progress: documents.make_document(
            workspace, request, AuditAction.PRINT, options).data).success(
            lambda data: self._print(case, data)).failure(lambda error: self._failed(case, error)).run()

    def _print(self, case: BatchCase, data: bytes) -> None:
        if not self.running:
            return
        try:
            self._job.add(data)
        except TerugkeerError as error:
            self._report.error = error
            self.finish(self._report)
            return
        self._report.done.append(case)
        self._index += 1
        self.case_printed.emit(len(self._report.done), len(self._cases))
        self._next()

    def _failed(self, case: BatchCase, error: Exception) -> None:
        if not self.running:
            return
        if not isinstance(error, TerugkeerError):
            self._report.error = error
            self.finish(self._report)
            return
        if error.code in SKIP_CODES:
            self._report.skipped.append((case, error.code))
        else:
            self._report.failed.append((case, error))
        self._index += 1
        self._next()


class BatchSave(WorkerRun):
    """Saves the plans of `cases` into `folder`, one file per case, in one read operation that looks at Cancel
    between cases; `finished` carries the BatchReport."""

    def __init__(self, context: WorkspaceContext, cases: list[BatchCase], folder: Path, parent: QWidget,
                 report: BatchReport | None = None) -> None:
        super().__init__(context, parent, self.tr("Saving plans"), len(cases), "batchProgress", 50)
        self._cases, self._folder, self._options = cases, folder, document_options(context)
        self._report = report or BatchReport(len(cases))

    def begin(self) -> None:
        cases = [replace(case, file_name=case.file_name or file_name(DocumentKind.PLAN, case.case_id))
                 for case in self._cases]
        folder, options, workspace, report = self._folder, self._options, self.context.workspace, self._report

        def work(progress: Progress) -> BatchReport:
            return save_plans(workspace, cases, folder, options, progress, report)

        self.show_step(_step_text(0, len(cases)), 0)
        self.worker_progress = self.context.operations.read(self.progress_dialog, work).progress(
            lambda done, total: self.show_step(_step_text(done, total), done)).success(self.finish).failure(
            lambda error: self._stopped(report, error)).run()

    def _stopped(self, report: BatchReport, error: Exception) -> None:
        report.error = error
        self.finish(report)


def summary(report: BatchReport, saved: bool) -> str:
    """What happened, line by line: "8 of 10 plans saved.", the cases skipped and those that failed by name (with
    the reason), what stopped the batch, if anything; "Cancelled" only when the user pressed Cancel."""
    no_plan = [case.name for case, code in report.skipped if code == "intake_not_started"]
    gone = [case.name for case, code in report.skipped if code != "intake_not_started"]
    done = len(report.done)
    if saved:
        lines = [QCoreApplication.translate("PlanBatch", "{done} of {total} plans saved.").format(
            done=done, total=report.total)]
    else:
        lines = [QCoreApplication.translate("PlanBatch", "{done} of {total} plans printed.").format(
            done=done, total=report.total)]
    if no_plan:
        lines.append(QCoreApplication.translate("PlanBatch", "{count} skipped: no plan yet: {names}").format(
            count=len(no_plan), names=names_text(no_plan)))
    if gone:
        lines.append(QCoreApplication.translate("PlanBatch", "{count} skipped: the case no longer exists: {names}").format(
            count=len(gone), names=names_text(gone)))
    if report.failed:
        lines.append(QCoreApplication.translate("PlanBatch", "{count} failed: {names}").format(
            count=len(report.failed), names=names_text([
                QCoreApplication.translate("PlanBatch", "{name} ({reason})").format(
                    name=case.name, reason=error_text(error).rstrip(".")) for case, error in report.failed])))
    if report.error is not None:
        lines.append(error_text(report.error) if isinstance(report.error, TerugkeerError) else
                     QCoreApplication.translate("PlanBatch", "Something unexpected went wrong; the rest was not done. If it happens again, contact IT."))
    elif report.cancelled and saved:
        lines.append(QCoreApplication.translate("PlanBatch", "Cancelled: the remaining plans were not saved."))
    elif report.cancelled:
        lines.append(QCoreApplication.translate("PlanBatch", "Cancelled: the remaining plans were not printed."))
    if saved and done:
        lines.append(QCoreApplication.translate("PlanBatch", "The files are not encrypted: keep them safe and delete them when they are no longer needed."))
    return "\n".join(lines)


def names_text(names: list[str]) -> str:
    """At most MAX_NAMES names, and how many more there are."""
    shown = "; ".join(names[:MAX_NAMES])
    if len(names) > MAX_NAMES:
        shown += QCoreApplication.translate("PlanBatch", " and {count} more").format(count=len(names) - MAX_NAMES)
    return shown

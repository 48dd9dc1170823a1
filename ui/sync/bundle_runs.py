"""Making and reading bundles on the worker, with a progress dialog whose Cancel works.

A bundle is made in one write operation; Cancel makes app.sync.export stop at its next step, and then no file is left
behind. Bundles are read one write operation per file, each in its own transaction, started from the GUI thread
after the previous one answered: Cancel stops after the bundle being read now, so what the report lists as read is
exactly what was committed. A lock (`stop()`) ends either run without a report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from app.errors import TerugkeerError
from app.sync.device import Peer
from app.sync.export import ExportSummary, export_bundle
from ui.context import WorkspaceContext
from ui.operations import Progress
from ui.sync.bundle_io import ImportOutcome, import_one, new_bundle_path
from ui.widgets.progress_dialog import run_progress_dialog


@dataclass
class ExportReport:
    peer: Peer
    summary: ExportSummary | None = None
    cancelled: bool = False
    error: Exception | None = None


@dataclass
class ImportReport:
    paths: list[Path]
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False
    error: Exception | None = None  # what stopped the run early (not a refused bundle: that is an outcome)

    @property
    def not_read(self) -> list[Path]:
        """The files left when the run was cancelled or stopped by an error."""
        return self.paths[len(self.outcomes):]


def _show_stopping(dialog: QProgressDialog, text: str) -> None:
    """QProgressDialog hides itself on Cancel; show it again, without the button, until the worker has stopped."""
    dialog.setLabelText(text)
    button = dialog.findChild(QPushButton)
    if button is not None:
        button.setEnabled(False)
    dialog.show()


class BundleExport(QObject):
    """Writes the bundle for `peer` into `folder`; `finished` carries the ExportReport."""

    finished = Signal(object)

    def __init__(self, context: WorkspaceContext, peer: Peer, folder: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._context, self._peer, self._folder = context, peer, folder
        self._progress: Progress | None = None
        self._running = False
        # Busy (0 steps) until the first step is known.
        self.progress_dialog = run_progress_dialog(parent, self.tr("Making bundle"), 0, "syncProgress", 55)
        self.progress_dialog.setLabelText(self.tr("Making the bundle for {label}…").format(label=peer.label))
        self.progress_dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        workspace, peer_id, folder = self._context.workspace, self._peer.device_id, self._folder

        def work(progress: Progress) -> ExportSummary:
            path = new_bundle_path(folder, workspace.actor.device_id)

            def step(done: int, total: int) -> bool:
                progress.update(done, total)
                return not progress.cancelled

            with workspace.unit_of_work() as uow:
                return export_bundle(uow, workspace.actor, peer_id, path, progress=step)

        self._running = True
        self.progress_dialog.show()
        self._progress = self._context.operations.write(self.progress_dialog, work).progress(
            self._progressed).success(self._succeeded).failure(self._failed).run()

    def cancel(self) -> None:
        """Stop at the next step; no bundle is left behind."""
        if self._progress is not None:
            self._progress.cancel()
        if self._running:
            _show_stopping(self.progress_dialog, self.tr("Stopping…"))

    def stop(self) -> None:
        """The workspace locks: stop the worker's export (before the lock waits for it), report nothing."""
        if self._progress is not None:
            self._progress.cancel()
        if self._running:
            self._running = False
            self._close()

    def _progressed(self, done: int, total: int) -> None:
        if self._running and not (self._progress is not None and self._progress.cancelled):
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, total))

    def _succeeded(self, summary: ExportSummary) -> None:
        self._finish(ExportReport(self._peer, summary=summary))

    def _failed(self, error: Exception) -> None:
        cancelled = isinstance(error, TerugkeerError) and error.code == "cancelled"
        self._finish(ExportReport(self._peer, cancelled=cancelled, error=None if cancelled else error))

    def _finish(self, report: ExportReport) -> None:
        if not self._running:
            return
        self._running = False
        self._close()
        self.finished.emit(report)

    def _close(self) -> None:
        self.progress_dialog.close()
        self.progress_dialog.deleteLater()


class BundleImport(QObject):
    """Reads `paths` one after the other; `finished` carries the ImportReport."""

    bundle_read = Signal(int, int)  # (read so far, total); Cancel pressed now stops before the next bundle
    finished = Signal(object)

    def __init__(self, context: WorkspaceContext, paths: list[Path], parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._report = ImportReport(list(paths))
        self._running = False
        self.progress_dialog = run_progress_dialog(parent, self.tr("Reading bundles"), len(paths), "syncProgress",
                                                   55)
        self.progress_dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self._running = True
        self.progress_dialog.show()
        self._next()

    def cancel(self) -> None:
        """Stop after the bundle being read now."""
        self._report.cancelled = True
        if self._running:
            _show_stopping(self.progress_dialog, self.tr("Stopping after the bundle being read now…"))

    def stop(self) -> None:
        """The workspace locks: read no further bundle and report nothing (the one being read is committed or not,
        as a whole)."""
        if self._running:
            self._report.cancelled = True
            self._running = False
            self._close()

    def _next(self) -> None:
        report = self._report
        if report.cancelled or len(report.outcomes) >= len(report.paths):
            self._finish()
            return
        index, total = len(report.outcomes), len(report.paths)
        self.progress_dialog.setLabelText(step_text(index, total))
        self.progress_dialog.setValue(index)
        workspace, path = self._context.workspace, report.paths[index]
        self._context.operations.write(self.progress_dialog, lambda _progress: import_one(workspace, path)).success(
            self._read).failure(self._failed).run()

    def _read(self, outcome: ImportOutcome) -> None:
        if not self._running:
            return
        self._report.outcomes.append(outcome)
        self.bundle_read.emit(len(self._report.outcomes), len(self._report.paths))
        self._next()

    def _failed(self, error: Exception) -> None:
        if not self._running:
            return
        self._report.error = error
        self._finish()

    def _finish(self) -> None:
        if not self._running:
            return
        self._running = False
        self._close()
        self.finished.emit(self._report)

    def _close(self) -> None:
        self.progress_dialog.close()
        self.progress_dialog.deleteLater()


def step_text(index: int, total: int) -> str:
    """"Bundle 3 of 12" for the bundle at `index` (counting from 0)."""
    return QCoreApplication.translate("BundleRuns", "Bundle {number} of {total}").format(
        number=min(index + 1, total), total=total)

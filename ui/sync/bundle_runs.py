"""Making and reading bundles on the worker, with a progress dialog whose Cancel works.

A bundle is made in one write operation; Cancel makes app.sync.export stop at its next step, and then no file is left
behind. Bundles are read one write operation per file, each in its own transaction, started from the GUI thread
after the previous one answered: Cancel stops after the bundle being read now, so what the report lists as read is
exactly what was committed. A lock (`stop()`) ends either run without a report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.errors import TerugkeerError
from app.sync.bundle_paths import new_bundle_path
from app.sync.device import Peer
from app.sync.export import ExportSummary, export_bundle
from app.sync.importer import ImportOutcome, import_one
from ui.context import WorkspaceContext
from ui.operations import Progress
from ui.widgets.worker_run import WorkerRun


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


class BundleExport(WorkerRun):
    """Writes the bundle for `peer` into `folder` in one write operation; `finished` carries the ExportReport."""

    def __init__(self, context: WorkspaceContext, peer: Peer, folder: Path, parent: QWidget) -> None:
        # Busy (0 steps) until the first step is known.
        super().__init__(context, parent, self.tr("Making bundle"), 0, "syncProgress", 55)
        self._peer, self._folder = peer, folder
        self.progress_dialog.setLabelText(self.tr("Making the bundle for {label}…").format(label=peer.label))

    def begin(self) -> None:
        workspace, peer_id, folder = self.context.workspace, self._peer.device_id, self._folder

        def work(progress: Progress) -> ExportSummary:
            return export_bundle(workspace, peer_id, new_bundle_path(folder, workspace.actor.device_id),
                                 progress=progress)

        self.worker_progress = self.context.operations.write(self.progress_dialog, work).progress(
            self._progressed).success(lambda summary: self.finish(ExportReport(self._peer, summary=summary))).failure(
            self._failed).run()

    def stopping_text(self) -> str:
        return self.tr("Stopping…")

    def _progressed(self, done: int, total: int) -> None:
        if self.running and not self.cancel_requested:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, total))

    def _failed(self, error: Exception) -> None:
        cancelled = isinstance(error, TerugkeerError) and error.code == "cancelled"
        self.finish(ExportReport(self._peer, cancelled=cancelled, error=None if cancelled else error))


class BundleImport(WorkerRun):
    """Reads `paths` one after the other, one write operation each; `finished` carries the ImportReport."""

    bundle_read = Signal(int, int)  # (read so far, total); Cancel pressed now stops before the next bundle

    def __init__(self, context: WorkspaceContext, paths: list[Path], parent: QWidget) -> None:
        super().__init__(context, parent, self.tr("Reading bundles"), len(paths), "syncProgress", 55)
        self._report = ImportReport(list(paths))

    def begin(self) -> None:
        self._next()

    def stopping_text(self) -> str:
        return self.tr("Stopping after the bundle being read now…")

    def _next(self) -> None:
        report = self._report
        report.cancelled = self.cancel_requested
        if report.cancelled or len(report.outcomes) >= len(report.paths):
            self.finish(report)
            return
        index = len(report.outcomes)
        self.show_step(step_text(index, len(report.paths)), index)
        workspace, path = self.context.workspace, report.paths[index]
        self.context.operations.write(self.progress_dialog, lambda _progress: import_one(workspace, path)).success(
            self._read).failure(self._failed).run()

    def _read(self, outcome: ImportOutcome) -> None:
        if not self.running:
            return
        self._report.outcomes.append(outcome)
        self.bundle_read.emit(len(self._report.outcomes), len(self._report.paths))
        self._next()

    def _failed(self, error: Exception) -> None:
        self._report.error = error
        self.finish(self._report)


def step_text(index: int, total: int) -> str:
    """"Bundle 3 of 12" for the bundle at `index` (counting from 0)."""
    return QCoreApplication.translate("BundleRuns", "Bundle {number} of {total}").format(
        number=min(index + 1, total), total=total)

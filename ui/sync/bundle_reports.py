"""What a bundle run did, shown after it: the bundle made (and the cases it left on this device, with the reason),
or the result of every bundle read in. Case ids are shown short; no client's name appears here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import TerugkeerError
from app.sync.importer import ImportOutcome, ImportResult
from ui.sync.bundle_runs import ExportReport, ImportReport
from ui.texts.messages import error_text
from ui.texts.sharing import held_back_reason_text
from ui.texts.sync import device_kind_label, mismatch_text, short_id, size_text
from ui.widgets.field_marks import INVALID_COLOUR
from ui.widgets.simple_table import SimpleTable


def _table(parent: QWidget, headers: list[str], name: str) -> SimpleTable:
    """The read-only table of a report; its last column wraps (reasons can be long)."""
    table = SimpleTable(headers, stretch=len(headers) - 1, parent=parent)
    table.setObjectName(name)
    table.setWordWrap(True)
    # Rows follow the wrapped text of the last column whenever the columns change width.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, *, number: bool = False, problem: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if problem:
        item.setForeground(QBrush(QColor(INVALID_COLOUR)))
    return item


def _by_name(error: TerugkeerError) -> TerugkeerError:
    """The error with the bundle named by its file name only: the row already says which file, and a whole path
    would crowd out the reason."""
    if "path" not in error.params:
        return error
    return TerugkeerError(error.code, **{**error.params, "path": Path(str(error.params["path"])).name})


class _ReportDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

    def _text(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(label)
        return label


class ExportSummaryDialog(_ReportDialog):
    """The bundle made: its file, what it holds, and every case held back with the reason."""

    def __init__(self, report: ExportReport, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bundle made"), parent)
        self.setObjectName("exportSummaryDialog")
        summary, peer = report.summary, report.peer
        assert summary is not None
        self._text(self.tr("The bundle for {label} ({kind}) is ready. It is encrypted: only that device can open it.").format(
            label=peer.label, kind=device_kind_label(peer.kind)))
        form = QFormLayout()
        for label, value, name in (
                (self.tr("File:"), summary.path.name, "bundleFileName"),
                (self.tr("Folder:"), str(summary.path.parent), "bundleFolder"),
                (self.tr("Number:"), str(summary.sequence), "bundleSequence"),
                (self.tr("Records:"), str(summary.records), "bundleRecords"),
                (self.tr("Cases:"), str(summary.cases), "bundleCases"),
                (self.tr("Audit entries:"), str(summary.audit_entries), "bundleAuditEntries"),
                (self.tr("Size:"), size_text(summary.size), "bundleSize")):
            value_label = QLabel(value, self)
            value_label.setObjectName(name)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value_label)
        self.layout_.addLayout(form)
        self.held_back_table: QTableWidget | None = None
        if summary.held_back:
            self._text(self.tr("Not sent, these cases stay on this device ({count}):").format(
                count=len(summary.held_back)), "heldBackHeading")
            table = _table(self, [self.tr("Case"), self.tr("Why not")], "heldBackTable")
            table.setAccessibleName(self.tr("Cases not sent"))
            for case in summary.held_back:
                row = table.rowCount()
                table.insertRow(row)
                table.setItem(row, 0, _item(short_id(case.case_id)))
                table.setItem(row, 1, _item(held_back_reason_text(case.reason_code)))
            self.layout_.addWidget(table, 1)
            self.held_back_table = table
        self.layout_.addWidget(self.buttons)
        self.resize(640, 480 if summary.held_back else 300)


class ImportResultsDialog(_ReportDialog):
    """One row per bundle: from whom, its number and what reading it did (or why it was refused)."""

    COLUMNS = 8
    RESULT_COLUMN = 7

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bundles read in"), parent)
        self.setObjectName("importResultsDialog")
        self.summary = self._text(self.summary_text(report), "importSummary")
        self.table = _table(self, [
            self.tr("File"), self.tr("From"), self.tr("Number"), self.tr("New"), self.tr("Updated"),
            self.tr("Unchanged"), self.tr("Conflicts"), self.tr("Result")], "importResultsTable")
        self.table.setAccessibleName(self.tr("Results per bundle"))
        for outcome in report.outcomes:
            self._add_outcome(outcome)
        for path in report.not_read:
            self._add_row([path.name, "", "", "", "", "", "", self.tr("Not read in: cancelled")])
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.buttons)
        self.resize(1180, 460)

    def summary_text(self, report: ImportReport) -> str:
        results = [outcome.result for outcome in report.outcomes if outcome.result is not None]
        lines = [self.tr("Read in: {read}. Already read in before: {again}. Refused: {refused}.").format(
            read=sum(not result.already_imported for result in results),
            again=sum(result.already_imported for result in results),
            refused=sum(outcome.refused for outcome in report.outcomes))]
        if report.not_read:
            lines.append(self.tr("Cancelled. Not read in: {count}; read them in later.").format(
                count=len(report.not_read)))
        conflicts = sum(result.conflicts for result in results)
        if conflicts:
            lines.append(self.tr("Conflicts: {count}. Records were changed both here and on the other device; resolve them under Conflicts.").format(
                count=conflicts))
        mismatches = sum(result.mismatches for result in results)
        if mismatches:
            lines.append(mismatch_text(mismatches))
        if any(outcome.refused for outcome in report.outcomes):
            lines.append(self.tr("A refused bundle changed nothing; its reason says what to do."))
        return "\n".join(lines)

    def _add_outcome(self, outcome: ImportOutcome) -> None:
        result = outcome.result
        if outcome.error is not None:
            self._add_row([outcome.path.name, "", "", "", "", "", "",
                           self.tr("Refused: {reason}").format(reason=error_text(_by_name(outcome.error)))],
                          problem=True)
        elif result is not None and result.already_imported:
            self._add_row([outcome.path.name, result.sender, str(result.sequence), "", "", "", "",
                           self.tr("Already read in before")])
        elif result is not None and result.older:
            self._add_row([outcome.path.name, result.sender, str(result.sequence), "", "", "", "",
                           self.tr("Older than what was read in already; nothing changed")])
        elif result is not None:
            self._add_row([outcome.path.name, result.sender, str(result.sequence), str(result.new),
                           str(result.updated), str(result.unchanged), str(result.conflicts),
                           self._read_in_text(result)], problem=bool(result.mismatches))

    def _read_in_text(self, result: ImportResult) -> str:
        if result.mismatches:
            return self.tr("Read in; differences: {count}, sent again with the next bundle").format(
                count=result.mismatches)
        return self.tr("Read in") if not result.conflicts else self.tr("Read in, with conflicts")

    def _add_row(self, texts: list[str], problem: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(texts):
            self.table.setItem(row, column, _item(text, number=2 <= column <= 6,
                                                  problem=problem and column == self.RESULT_COLUMN))

    def result_text(self, row: int) -> str:
        item = self.table.item(row, self.RESULT_COLUMN)
        return item.text() if item is not None else ""

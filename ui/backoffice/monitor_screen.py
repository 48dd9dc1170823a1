"""The monitor, at the back office: the figures of a period, optionally per PI, target group or coordinator, as the
municipality reports them; and exporting them (CSV, Excel, the PDF evaluation report).

Every period or grouping is counted by the database on the worker (app.monitor.counted: aggregates, not every
case), with the tables and charts exactly as the export makes them (small cells hidden at the policy's threshold).
The key figures are exact and each lists its cases: their ids and names are read when the number is pressed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.casework.register import RegisterRow, rows_of
from app.domain import TargetGroup
from app.errors import TerugkeerError
from app.monitor.charts import domains_in_order, svg_bytes, throughput_chart, yearly_outflow_chart
from app.monitor.counted import figure_cases, monitor_figures
from app.monitor.export import export_report
from app.monitor.figures import Figure, Grouping, MonitorReport, Period
from app.monitor.tables import Table, monitor_tables
from app.pdf.output import usable_logo
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.backoffice.monitor_cases import MonitorCasesDialog
from ui.backoffice.monitor_figures import AggregateTable, Chart, KeyFigures
from ui.backoffice.monitor_period import PeriodChooser
from ui.context import WorkspaceContext
from ui.documents.export import last_folder, remember_folder
from ui.operations import Progress
from ui.texts.formatting import format_date
from ui.texts.labels import label
from ui.texts.messages import error_text
from ui.widgets.buttons import push_button
from ui.widgets.scroll_area import scroll_area

TABLE_COLUMNS = 2


@dataclass(frozen=True)
class Computed:
    report: MonitorReport
    tables: list[Table]
    charts: tuple[bytes, bytes, bytes]  # SVG: domains in order, days to intake, yearly outflow


def compute(workspace: OpenWorkspace, period: Period, threshold: int, grouping: Grouping | None,
            grouping_title: str) -> Computed:
    """The report, its tables (with the grouping's table, its groups named as the user reads them) and charts."""
    figures = monitor_figures(workspace, period, () if grouping is None else (grouping,))
    report, outflow = figures.report, figures.outflow
    per_group = None
    if grouping is not None:
        reports = figures.per_group[grouping]
        if grouping is Grouping.TARGET_GROUP:
            reports = {_target_group_name(name): group for name, group in reports.items()}
        per_group = {grouping_title: reports}
    tables = monitor_tables(report, outflow, threshold, per_group)
    charts = (svg_bytes(domains_in_order(report, threshold)), svg_bytes(throughput_chart(report, threshold)),
              svg_bytes(yearly_outflow_chart(outflow, threshold)))
    return Computed(report, tables, charts)


def _target_group_name(value: str) -> str:
    try:
        return label(TargetGroup(value))
    except ValueError:
        return value


class MonitorScreen(QWidget):
    loaded = Signal()  # the facts were read and the first figures shown
    computed = Signal()  # new figures are shown
    exported = Signal(object)  # the path written
    open_case_requested = Signal(str)
    cases_shown = Signal()  # the list of the cases behind a number is open

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loaded = False  # load() was called since the workspace opened
        self._generation = 0  # only the newest computation is shown
        self._exporting = False
        self._announce_loaded = False
        self.computed_: Computed | None = None
        self.dialog: MonitorCasesDialog | None = None
        self.export_progress: QProgressDialog | None = None
        self.threshold = context.policy.small_cell_threshold

        self.period_chooser = PeriodChooser(self)
        self.period_chooser.changed.connect(self.recompute)
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("monitorGrouping")
        self.grouping.addItem(self.tr("None"), None)
        for grouping, text in ((Grouping.PRISON, self.tr("PI")), (Grouping.TARGET_GROUP, self.tr("Target group")),
                               (Grouping.COORDINATOR, self.tr("Aftercare coordinator"))):
            self.grouping.addItem(text, grouping.value)
        self.grouping.currentIndexChanged.connect(self.recompute)
        grouping_label = QLabel(self.tr("&Group by:"), self)
        grouping_label.setBuddy(self.grouping)
        self.export_button = push_button(self, self.tr("E&xport…"), "exportMonitorButton", self.export, self.tr("Save the figures of this period as CSV, Excel or PDF. The file holds no personal data: only totals, small numbers hidden."))
        self.status = QLabel(self)
        self.status.setObjectName("monitorStatus")
        self.status.setWordWrap(True)

        self.key_figures = KeyFigures(self)
        self.key_figures.figure_clicked.connect(self.show_cases)
        self.charts = (Chart("domainsChart", self), Chart("throughputChart", self), Chart("outflowChart", self))
        self.tables: list[AggregateTable] = []
        self._tables_area = QWidget(self)
        self._tables_grid = QGridLayout(self._tables_area)
        self._tables_grid.setContentsMargins(0, 0, 0, 0)
        self._tables_grid.setHorizontalSpacing(16)
        self._tables_grid.setVerticalSpacing(12)
        self._layout(grouping_label)
        self._update_buttons()

    def _layout(self, grouping_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(self.period_chooser)
        top.addSpacing(16)
        top.addWidget(grouping_label)
        top.addWidget(self.grouping)
        top.addStretch(1)
        top.addWidget(self.export_button)
        figures = QGridLayout()
        figures.addWidget(self.key_figures, 0, 0)
        figures.addWidget(self.charts[0], 0, 1)
        figures.addWidget(self.charts[1], 1, 0)
        figures.addWidget(self.charts[2], 1, 1)
        figures.setColumnStretch(2, 1)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(figures)
        content_layout.addWidget(self._tables_area)
        content_layout.addStretch(1)
        scroll = scroll_area(content, self, "monitorScroll", frameless=False,
                             accessible_name=self.tr("Figures and tables"))
        QWidget.setTabOrder(self.export_button, scroll)  # the area before what is in it
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    # --- reading and working out -----------------------------------------------------------------------------------

    def load(self) -> None:
        """Count the figures of the period chosen (on the worker) and show them; `loaded` follows."""
        self._loaded = self._announce_loaded = True
        self._update_buttons()
        self.status.setText(self.tr("Loading…"))
        self.recompute()

    def chosen_grouping(self) -> Grouping | None:
        value = self.grouping.currentData()
        return Grouping(value) if value is not None else None

    def recompute(self) -> None:
        """Work out the figures of the period and grouping chosen (on the worker)."""
        workspace = self._context.workspace
        if not self._loaded or workspace.is_locked:
            return
        period = self.period_chooser.period()
        if period is None:
            self.status.setText(error_text(TerugkeerError("period_invalid")))
            return
        self._generation += 1
        generation, threshold, grouping = self._generation, self.threshold, self.chosen_grouping()
        title = self.grouping.currentText()

        def work(_progress: Progress) -> Computed:
            return compute(workspace, period, threshold, grouping, title)

        def done(computed: Computed) -> None:
            if generation == self._generation:
                self._show(computed)

        self._context.operations.read(self, work).success(done).run()

    def _show(self, computed: Computed) -> None:
        self.computed_ = computed
        period = computed.report.period
        self.status.setText(self.tr("{start} to {end}. The tables and charts hide counts below {threshold}, as the export does; the key figures are exact.").format(
            start=format_date(period.start), end=format_date(period.end), threshold=self.threshold))
        self.key_figures.show_report(computed.report)
        for chart, svg in zip(self.charts, computed.charts, strict=True):
            chart.show_svg(svg)
        self._show_tables(computed.tables)
        self._update_buttons()
        self.computed.emit()
        if self._announce_loaded:
            self._announce_loaded = False
            self.loaded.emit()

    def _show_tables(self, tables: list[Table]) -> None:
        for old in self.tables:
            self._tables_grid.removeWidget(old)
            old.deleteLater()
        self.tables = [AggregateTable(table, self._tables_area) for table in tables]
        for position, widget in enumerate(self.tables):
            self._tables_grid.addWidget(widget, position // TABLE_COLUMNS, position % TABLE_COLUMNS,
                                        Qt.AlignmentFlag.AlignTop)

    def table(self, title: str) -> AggregateTable | None:
        return next((widget for widget in self.tables if widget.table.title == title), None)

    # --- the cases behind a number ---------------------------------------------------------------------------------

    def show_cases(self, label: str, figure: Figure) -> None:
        """List the cases behind `figure`, read on the worker: their ids, and their names as the register shows them
        (which is not logged as a view of a file); `cases_shown` follows."""
        workspace, generation = self._context.workspace, self._generation
        key_domains = self._context.catalogue.active().key_domain_ids

        def work(_progress: Progress) -> tuple[tuple[str, ...], dict[str, RegisterRow]]:
            case_ids = figure_cases(workspace, figure)
            named = rows_of(workspace, case_ids, key_domains) if workspace.may(Permission.READ_CASES) else {}
            return case_ids, named

        def done(found: tuple[tuple[str, ...], dict[str, RegisterRow]]) -> None:
            if generation == self._generation:  # else the figures changed (or the workspace locked) meanwhile
                self._open_cases(label, *found)

        self._context.operations.read(self, work).success(done).run()

    def _open_cases(self, label: str, case_ids: tuple[str, ...], rows: Mapping[str, RegisterRow]) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog = MonitorCasesDialog(label, case_ids, rows, self)
        dialog.open_case_requested.connect(self.open_case_requested)
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        self.cases_shown.emit()

    def _forget_dialog(self, dialog: MonitorCasesDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # --- export ----------------------------------------------------------------------------------------------------

    def export(self) -> None:
        period = self.period_chooser.period()
        if period is None:
            dialogs.show_error(self, TerugkeerError("period_invalid"))
            return
        suggested = last_folder() / self.tr("Aftercare monitor {start} to {end}").format(
            start=format_date(period.start), end=format_date(period.end))
        path = dialogs.ask_save_report(self, suggested)
        if path is None or self._exporting or self._context.workspace.is_locked:
            return
        remember_folder(path.parent)
        self.export_to(period, path)

    def export_to(self, period: Period, out: Path) -> None:
        """Write the report of `period` to `out` on the worker, with a busy indicator; the export is logged."""
        workspace, policy = self._context.workspace, self._context.policy

        def work(_progress: Progress) -> list[Table]:
            return export_report(workspace, period, out, threshold=policy.small_cell_threshold,
                                 logo_path=usable_logo(policy.logo_path))

        def done(_tables: list[Table]) -> None:
            self._end_export()
            dialogs.show_info(self, self.tr("The monitor was saved as {path}. It holds no personal data: only totals, with counts below {threshold} hidden.").format(
                path=out, threshold=policy.small_cell_threshold))
            self.exported.emit(out)

        def failed(error: Exception) -> None:
            self._end_export()
            dialogs.show_error(self, error)

        self._exporting = True
        self._update_buttons()
        progress = QProgressDialog(self.tr("Exporting the monitor…"), "", 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle("Terugkeer")
        progress.setCancelButton(None)  # one write that cannot stop halfway
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.export_progress = progress
        self._context.operations.write(self, work).initiator(self).success(done).failure(failed).run()

    def _end_export(self) -> None:
        self._exporting = False
        progress, self.export_progress = self.export_progress, None
        if progress is not None:
            progress.close()
            progress.deleteLater()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(not self._exporting and self._loaded)

    def clear(self) -> None:
        """Forget the figures (before the workspace locks) and close the list of cases."""
        if self.dialog is not None:
            self.dialog.close()
        self._loaded = False
        self._generation += 1
        self.computed_ = None
        self.key_figures.clear()
        self._show_tables([])
        self.status.clear()

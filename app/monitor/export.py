"""Writing the monitor for a period to CSV, XLSX or the evaluation report PDF (by the file's suffix).

Only aggregate tables leave, with small cells suppressed (app.monitor.tables); the export is audit-logged. Files
are written atomically, so a full disk leaves no half report. CSV and XLSX come from app.spreadsheet, so a name
that looks like a formula never runs in a spreadsheet.
"""

from __future__ import annotations

import errno
from datetime import date
from functools import partial
from pathlib import Path

from app import audit
from app.atomic import write_atomic
from app.audit import AuditAction, Purpose
from app.errors import TerugkeerError
from app.monitor.charts import domains_in_order, throughput_chart, yearly_outflow_chart
from app.monitor.counted import load_figures
from app.monitor.figures import Grouping, Period
from app.monitor.tables import Table, monitor_tables, period_label
from app.pdf.evaluation import EvaluationContent, render_evaluation
from app.pdf.page import Letterhead
from app.permissions import Permission
from app.spreadsheet import csv_bytes, xlsx_bytes
from app.workspace.session import OpenWorkspace

REPORT_RECORD = "monitor_report"
FORMATS = (".csv", ".xlsx", ".pdf")
DEFAULT_THRESHOLD = 5
# The groupings the report has a table of, under their Dutch headings.
GROUPING_TITLES = {Grouping.PRISON: "PI", Grouping.TARGET_GROUP: "Doelgroep",
                   Grouping.COORDINATOR: "Nazorgcoördinator"}
_NO_ROOM = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def export_report(workspace: OpenWorkspace, period: Period, out: Path, *, threshold: int = DEFAULT_THRESHOLD,
                  logo_path: Path | None = None, today: date | None = None) -> list[Table]:
    """Write the monitor for `period` to `out` (.csv, .xlsx or .pdf); returns the tables written. Logged as an
    export. Raises TerugkeerError "report_format" (formats), "disk_full" (path), "output_not_writable" (path)."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise TerugkeerError("report_format", formats=", ".join(FORMATS))
    with workspace.transaction(Permission.MONITOR) as uow:
        figures = load_figures(uow, period, GROUPING_TITLES)
        report, outflow = figures.report, figures.outflow
        groups = {title: figures.per_group[grouping] for grouping, title in GROUPING_TITLES.items()}
        tables = monitor_tables(report, outflow, threshold, groups)
        if suffix == ".csv":
            data = csv_bytes(tables)
        elif suffix == ".xlsx":
            data = xlsx_bytes(tables)
        else:
            data = render_evaluation(EvaluationContent(
                Letterhead(uow.workspace.info().municipality, logo_path), today or date.today(),
                period_label(report), threshold, tuple(tables),
                (partial(domains_in_order, report, threshold), partial(throughput_chart, report, threshold),
                 partial(yearly_outflow_chart, outflow, threshold)))).data
        _write(out, data)
        audit.append(uow, workspace.actor, AuditAction.EXPORT, purpose=Purpose.ACCOUNTABILITY,
                     record_type=REPORT_RECORD, record_id=None)
        uow.commit()
        return tables


def _write(out: Path, data: bytes) -> None:
    try:
        write_atomic(out, data)
    except OSError as error:
        code = "disk_full" if error.errno in _NO_ROOM else "output_not_writable"
        raise TerugkeerError(code, path=str(out.parent if code == "disk_full" else out)) from None

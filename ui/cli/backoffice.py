"""`terugkeer notifications import` and `terugkeer report`: the back office's lists of notifications and the
monitor report, for scripts and scheduled jobs.

`notifications import` exits with 1 when any row was refused (the good rows are read in all the same; reading the
corrected list again adds only what is new); `--json` prints one JSON document on stdout and nothing else there.
`report` writes the aggregate monitor of a period (CSV, Excel or PDF by the file's suffix) with the policy's
small-cell threshold and logo; it holds no personal data.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.backoffice.column_mapping import ColumnMapping
from app.backoffice.notifications import NOTIFICATION_LIST, NotificationImport, import_notifications, read_table
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.monitor.figures import Period
from app.policy import load_policy
from ui.cli.common import EXIT_FAILED, EXIT_OK, add_workspace_options, require_target, unlocked
from ui.cli.lists import add_list_options, chosen_mapping, refused_file_document, refused_rows_document
from ui.texts.formatting import format_date
from ui.texts.notifications import (
    line_numbers,
    name_check_line,
    problem_line,
    unused_columns_line,
)

DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d")


def add_parsers(commands: Any) -> None:
    """Add `notifications` and `report` to the subcommands of `terugkeer` (`commands` from `add_subparsers`)."""
    notifications = commands.add_parser("notifications", help=QCoreApplication.translate("CliBackOffice", "read in notifications from the prison system (back office)"))
    notification_commands = notifications.add_subparsers(dest="notifications_command", required=True)
    reading = notification_commands.add_parser("import", help=QCoreApplication.translate("CliBackOffice", "read in a list of notifications (CSV or Excel) into the inbox"))
    add_workspace_options(reading)
    reading.add_argument("file", type=Path, metavar="FILE", help=QCoreApplication.translate("CliBackOffice", "the list of notifications (.csv or .xlsx)"))
    add_list_options(reading)
    reading.add_argument("--notified-on", dest="notified_on", type=_date, metavar="DD-MM-YYYY", help=QCoreApplication.translate("CliBackOffice", "the date of the list, when it has no column with the date of notification"))
    report = commands.add_parser("report", help=QCoreApplication.translate("CliBackOffice", "write the monitor of a period (no personal data) to CSV, Excel or PDF"))
    add_workspace_options(report)
    report.add_argument("--from", dest="start", type=_date, required=True, metavar="DD-MM-YYYY",
                        help=QCoreApplication.translate("CliBackOffice", "first day of the period (also YYYY-MM-DD)"))
    report.add_argument("--to", dest="end", type=_date, required=True, metavar="DD-MM-YYYY",
                        help=QCoreApplication.translate("CliBackOffice", "last day of the period, included"))
    report.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help=QCoreApplication.translate("CliBackOffice", "the file to write: .csv, .xlsx or .pdf"))


def _date(text: str) -> date:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(QCoreApplication.translate("CliBackOffice", "{text} is not a date; use DD-MM-YYYY, for example 31-12-2025").format(text=text))


# --- notifications ------------------------------------------------------------------------------------------------


def _notifications(args: argparse.Namespace) -> int:
    commands: dict[str, Callable[[argparse.Namespace], int]] = {"import": _notifications_import}
    return commands[args.notifications_command](args)


def _notifications_import(args: argparse.Namespace) -> int:
    """With --json, stdout holds one JSON document in every outcome: the result, or the reason the file was refused
    (the human message goes to stderr all the same)."""
    path: Path = args.file
    try:
        require_target(args)
        if not path.is_file():
            raise TerugkeerError("notifications_unreadable", path=str(path))
        mapping = chosen_mapping(args.mapping, path, NOTIFICATION_LIST, read_table)
        with unlocked(args) as workspace:
            if workspace.summary.kind is not WorkspaceKind.BACKOFFICE:
                raise TerugkeerError("back_office_only")
            result = import_notifications(workspace, path, mapping, notified_on=args.notified_on)
    except TerugkeerError as error:
        if args.json:
            print(json.dumps(refused_file_document(path, error), ensure_ascii=False, indent=2))
        raise
    if args.json:
        print(json.dumps(_import_document(path, result, mapping), ensure_ascii=False, indent=2))
    else:
        _print_import(path, result, mapping)
    return EXIT_FAILED if result.refused else EXIT_OK


def _print_import(path: Path, result: NotificationImport, mapping: ColumnMapping) -> None:
    print(QCoreApplication.translate("CliBackOffice", "Read in: {path} (column mapping: {mapping})").format(path=path, mapping=mapping.name))
    print("  " + QCoreApplication.translate("CliBackOffice", "New cases in the inbox: {count} (of which for people already known: {known})").format(
        count=result.to_inbox, known=result.known_clients))
    print("  " + QCoreApplication.translate("CliBackOffice", "Left out as already read in: {count} (lines: {lines})").format(
        count=len(result.duplicates), lines=line_numbers(result.duplicates)))
    if result.reviews:
        print("  " + QCoreApplication.translate("CliBackOffice", "To check in the inbox: {count} (lines: {lines}): the BSN belongs to a known client with another name or date of birth; nothing was changed").format(
            count=len(result.reviews), lines=line_numbers(result.reviews)))
    if result.history:
        print("  " + QCoreApplication.translate("CliBackOffice", "Registered as history, released before today: {count} (lines: {lines})").format(
            count=len(result.history), lines=line_numbers(result.history)))
    for check in result.name_checks:
        print("  " + name_check_line(check))
    if result.unused_columns:
        print("  " + unused_columns_line(result.unused_columns))
    print("  " + QCoreApplication.translate("CliBackOffice", "Refused: {count}").format(count=len(result.refused)))
    for problem in result.refused:
        print("    " + problem_line(problem, mapping))
    if result.refused:
        print(QCoreApplication.translate("CliBackOffice", "Correct the refused rows in the list and read it in again; rows read in already are not added twice."))


def _import_document(path: Path, result: NotificationImport, mapping: ColumnMapping) -> dict[str, Any]:
    return {
        "file": str(path), "refused_file": False, "mapping": result.mapping, "imported": result.imported,
        "known_clients": result.known_clients, "duplicates": list(result.duplicates),
        "refused": refused_rows_document(result.refused, mapping),
        "case_ids": list(result.case_ids),
        "review": list(result.reviews),
        "history": list(result.history),
        "unused_columns": list(result.unused_columns),
        "name_checks": [{"line": check.line, "written": check.written, "given_names": check.split.given_names,
                         "surname_prefix": check.split.surname_prefix, "surname": check.split.surname}
                        for check in result.name_checks],
        "rows": [{"line": row.line, "record": row.record, "status": row.status.value,
                  **({"case_id": row.case_id} if row.case_id else {}),
                  **({"review_id": row.review_id} if row.review_id else {})} for row in result.rows],
    }


# --- report -------------------------------------------------------------------------------------------------------


def _report(args: argparse.Namespace) -> int:
    from app.monitor.export import FORMATS, export_report  # reportlab and the charts: only for a report
    from app.pdf.output import usable_logo

    start: date = args.start
    end: date = args.end
    out: Path = args.out
    if end < start:
        raise TerugkeerError("period_invalid")
    if out.suffix.lower() not in FORMATS:
        raise TerugkeerError("report_format", formats=", ".join(FORMATS))
    if not out.parent.is_dir():
        raise TerugkeerError("output_folder_missing", path=str(out.parent))
    policy = load_policy()
    with unlocked(args) as workspace:
        export_report(workspace, Period(start, end), out, threshold=policy.small_cell_threshold,
                      logo_path=usable_logo(policy.logo_path))
    print(QCoreApplication.translate("CliBackOffice", "Report written: {path} ({start} to {end}).").format(
        path=out, start=format_date(start), end=format_date(end)))
    print(QCoreApplication.translate("CliBackOffice", "It holds no personal data: only totals, with counts below {threshold} hidden.").format(
        threshold=policy.small_cell_threshold))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"notifications": _notifications, "report": _report}
USAGE_CODES = frozenset({"period_invalid", "report_format"})  # wrong use of the command: exit code 2 like argparse

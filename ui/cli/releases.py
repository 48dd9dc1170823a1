"""`terugkeer releases import`: the back office's lists of ends of detention and transfers, for scripts and
scheduled jobs.

Exit codes as `notifications import`: 1 when any row was refused or waits for review (the other rows are applied all
the same; reading the corrected list again changes only what is new), 0 when every row was applied or already done.
`--json` prints one JSON document on stdout in every outcome, also when the whole file is refused.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.backoffice.column_mapping import ColumnMapping
from app.backoffice.releases import RELEASE_LIST, ReleaseImport, import_releases, release_table
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from ui.cli.common import EXIT_FAILED, EXIT_OK, add_workspace_options, require_target, unlocked
from ui.cli.lists import add_list_options, chosen_mapping, refused_file_document, refused_rows_document
from ui.texts.notifications import problem_line, unused_columns_line
from ui.texts.releases import review_line, review_reason, summary_lines


def add_parsers(commands: Any) -> None:
    """Add `releases` to the subcommands of `terugkeer` (`commands` from `add_subparsers`)."""
    releases = commands.add_parser("releases", help=QCoreApplication.translate("CliReleases", "read in ends of detention and transfers from the prison system (back office)"))
    release_commands = releases.add_subparsers(dest="releases_command", required=True)
    reading = release_commands.add_parser("import", help=QCoreApplication.translate("CliReleases", "read in a list of ends of detention and transfers (CSV or Excel)"))
    add_workspace_options(reading)
    reading.add_argument("file", type=Path, metavar="FILE", help=QCoreApplication.translate("CliReleases", "the list of ends of detention and transfers (.csv or .xlsx)"))
    add_list_options(reading)


def _releases(args: argparse.Namespace) -> int:
    commands: dict[str, Callable[[argparse.Namespace], int]] = {"import": _releases_import}
    return commands[args.releases_command](args)


def _releases_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        require_target(args)
        if not path.is_file():
            raise TerugkeerError("releases_unreadable", path=str(path))
        mapping = chosen_mapping(args.mapping, path, RELEASE_LIST, release_table)
        with unlocked(args) as workspace:
            if workspace.summary.kind is not WorkspaceKind.BACKOFFICE:
                raise TerugkeerError("back_office_only")
            result = import_releases(workspace, path, mapping)
    except TerugkeerError as error:
        if args.json:
            print(json.dumps(refused_file_document(path, error), ensure_ascii=False, indent=2))
        raise
    if args.json:
        print(json.dumps(_document(path, result, mapping), ensure_ascii=False, indent=2))
    else:
        _print(path, result, mapping)
    return EXIT_FAILED if result.refused or result.reviews else EXIT_OK


def _print(path: Path, result: ReleaseImport, mapping: ColumnMapping) -> None:
    print(QCoreApplication.translate("CliReleases", "Read in: {path} (column mapping: {mapping})").format(path=path, mapping=mapping.name))
    for line in summary_lines(result):
        print("  " + line)
    for row in result.reviews:
        print("    " + review_line(row))
    if result.unused_columns:
        print("  " + unused_columns_line(result.unused_columns))
    print("  " + QCoreApplication.translate("CliReleases", "Refused: {count}").format(count=len(result.refused)))
    for problem in result.refused:
        print("    " + problem_line(problem, mapping))


def _document(path: Path, result: ReleaseImport, mapping: ColumnMapping) -> dict[str, Any]:
    return {
        "file": str(path), "refused_file": False, "mapping": result.mapping,
        "released": list(result.released), "to_aftercare": list(result.to_aftercare),
        "transferred": list(result.transferred), "already_done": list(result.already_done),
        "review": [{"line": row.line, "record": row.record, "code": str(row.review),
                    "reason": review_reason(row.review)} for row in result.reviews],
        "refused": refused_rows_document(result.refused, mapping),
        "case_ids": list(result.case_ids),
        "unused_columns": list(result.unused_columns),
        "rows": [{"line": row.line, "record": row.record, "status": row.status.value,
                  **({"case_id": row.case_id} if row.case_id else {})} for row in result.rows],
    }


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"releases": _releases}

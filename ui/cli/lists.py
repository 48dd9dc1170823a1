"""What `notifications import` and `releases import` share on the command line: the `--json` and `--mapping`
options, the mapping a list is read with, and the JSON of a refused file and of refused rows."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.backoffice.column_mapping import ColumnMapping, MappingStore
from app.backoffice.list_kind import ListKind
from app.backoffice.notifications import RowProblem
from app.errors import TerugkeerError
from app.policy import load_policy
from ui.paths import config_folder
from ui.texts.messages import error_text
from ui.texts.notifications import column_header, row_reason


def add_list_options(reading: argparse.ArgumentParser) -> None:
    reading.add_argument("--json", action="store_true", help=QCoreApplication.translate("CliLists", "print one JSON document, also when the file is refused"))
    reading.add_argument("--mapping", metavar="NAME_OR_FILE.json", help=QCoreApplication.translate("CliLists", "the column mapping: a saved or IT's mapping by name, or a mapping file (.json); without it, one is chosen by the headers"))


def chosen_mapping(name: str | None, path: Path, kind: ListKind,
                   table_of: Callable[[Path], list[tuple[int, list[str]]]]) -> ColumnMapping:
    """--mapping NAME, else the mapping of this kind of list chosen by the list's headers (the built-in one when
    none fits: it says which columns are missing)."""
    store = MappingStore(config_folder(), load_policy().notification_mappings)
    if name:
        return store.resolve(name, kind)
    table = table_of(path)
    return store.choose(table[0][1] if table else [], kind) or kind.builtin


def refused_file_document(path: Path, error: TerugkeerError) -> dict[str, Any]:
    return {"file": str(path), "refused_file": True, "code": error.code, "reason": error_text(error)}


def refused_rows_document(refused: Sequence[RowProblem], mapping: ColumnMapping) -> list[dict[str, Any]]:
    return [{"line": problem.line, "record": problem.record, "field": problem.field,
             "column": column_header(problem.field, mapping), "code": problem.code,
             "reason": row_reason(problem.code)} for problem in refused]

"""How the first rows of a list will be read with a mapping, before anything is written: for the mapping step,
where the clerk sees per row what will be read, or why it would be refused, while choosing the columns. The list's
kind (app.backoffice.list_kind) says how a row is read: notifications and releases share this preview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.backoffice.column_mapping import ColumnMapping
from app.backoffice.list_kind import ListKind, RowRead
from app.backoffice.notifications import rows_by_mapping
from app.errors import TerugkeerError, ValidationError

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class PreviewRow:
    """One row as it will be read (`read`), or the field and reason code it would be refused for."""

    line: int
    read: RowRead | None = None
    field: str = ""
    code: str = ""


@dataclass(frozen=True)
class Preview:
    """The first rows as read, the headers left unused; `problem` when the mapping cannot read the list at all."""

    rows: tuple[PreviewRow, ...] = ()
    unused: tuple[str, ...] = ()
    problem: TerugkeerError | None = None


def preview(table: list[tuple[int, list[str]]], mapping: ColumnMapping, kind: ListKind, today: date,
            limit: int = PREVIEW_ROWS) -> Preview:
    """`table` (from notifications.read_table), a list of `kind`, read with `mapping`: the first `limit` data rows."""
    try:
        listing = rows_by_mapping(table[:limit + 1], mapping, kind)
    except TerugkeerError as error:
        return Preview(problem=error)
    rows = []
    for row in listing.rows:
        try:
            rows.append(PreviewRow(row.line, kind.read_row(row, mapping, today)))
        except ValidationError as error:
            rows.append(PreviewRow(row.line, field=error.field, code=error.code))
    return Preview(tuple(rows), listing.unused)

"""How the first rows of a list will be read with a mapping, before anything is written: for the mapping step,
where the clerk sees per row the person as read, or why it would be refused, while choosing the columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.backoffice.column_mapping import ColumnMapping
from app.backoffice.notifications import SERVICE_FIELDS, Notification, parse_row, rows_by_mapping
from app.casework.cases import CaseData, stored_form
from app.errors import TerugkeerError, ValidationError

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class PreviewRow:
    """One row as it will be read (`read`), or the field and reason code it would be refused for."""

    line: int
    read: Notification | None = None
    field: str = ""
    code: str = ""


@dataclass(frozen=True)
class Preview:
    """The first rows as read, the headers left unused; `problem` when the mapping cannot read the list at all."""

    rows: tuple[PreviewRow, ...] = ()
    unused: tuple[str, ...] = ()
    problem: TerugkeerError | None = None


def preview(table: list[tuple[int, list[str]]], mapping: ColumnMapping, today: date,
            limit: int = PREVIEW_ROWS) -> Preview:
    """`table` (from notifications.read_table) read with `mapping`, the first `limit` data rows."""
    try:
        listing = rows_by_mapping(table[:limit + 1], mapping)
    except TerugkeerError as error:
        return Preview(problem=error)
    rows = []
    for row in listing.rows:
        try:
            read = parse_row(row, mapping, None)
            stored_form(read.client, read.detention, CaseData(), today)  # the case services' own checks
        except ValidationError as error:
            rows.append(PreviewRow(row.line, field=SERVICE_FIELDS.get(error.field, error.field), code=error.code))
        else:
            rows.append(PreviewRow(row.line, read))
    return Preview(tuple(rows), listing.unused)

"""The one writer of every CSV and XLSX file the app produces.

Whatever a spreadsheet could read as a formula never runs: a text cell that begins with `=`, `+`, `-`, `@`, a tab
or a carriage return gets a leading apostrophe in CSV (OWASP's advice against CSV injection), and XLSX cells hold
such text as a string cell that Excel also keeps as text when it is edited (its "quote prefix"), never as a
formula. Numbers stay numbers. A PI or a coordinator named `=HYPERLINK(...)` thus reaches the sheet as its name.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Protocol

Cell = str | int | float | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EMPTY_XLSX_CELL = "—"  # in a sheet a dash reads as "not shown"; in CSV an empty field does
XLSX_SHEET_NAME_MAX = 31


class Sheet(Protocol):
    """A titled table: a header row and the rows under it."""

    @property
    def title(self) -> str: ...

    @property
    def header(self) -> tuple[str, ...]: ...

    @property
    def rows(self) -> tuple[tuple[Cell, ...], ...]: ...


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """`text` as a CSV field that no spreadsheet evaluates."""
    return "'" + text if is_formula_like(text) else text


def csv_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The sheets one after another, each under its title, separated by a blank line; `;`, decimal commas and a
    UTF-8 BOM, as Excel in Dutch expects."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for sheet in sheets:
        writer.writerow([csv_text(sheet.title)])
        writer.writerow([csv_text(title) for title in sheet.header])
        writer.writerows([_csv_cell(cell) for cell in row] for row in sheet.rows)
        writer.writerow([])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return csv_text(cell)
    return f"{cell:.1f}".replace(".", ",") if isinstance(cell, float) else str(cell)


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """One worksheet per sheet, its title in bold above the header (worksheet names at most 31 characters, as
    Excel allows)."""
    from openpyxl import Workbook  # only when a workbook is written
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for sheet in sheets:
        worksheet = book.create_sheet(_sheet_name(sheet.title, used))
        rows: list[Sequence[Cell]] = [[sheet.title], sheet.header, *sheet.rows]
        for row_number, row in enumerate(rows, start=1):
            for column, value in enumerate(row, start=1):
                target = worksheet.cell(row_number, column)
                if value is None:
                    target.value = EMPTY_XLSX_CELL
                elif isinstance(value, str):
                    target.value = value
                    target.data_type = "s"  # openpyxl makes any text that begins with "=" a formula
                    target.quotePrefix = is_formula_like(value)
                else:
                    target.value = value
        worksheet["A1"].font = Font(bold=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:XLSX_SHEET_NAME_MAX - 3]
    name, number = base, 2
    while name in used:
        name, number = f"{base} {number}", number + 1
    used.add(name)
    return name

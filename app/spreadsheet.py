"""The one writer of every CSV and XLSX file the app produces.

Whatever a spreadsheet could read as a formula never runs: a text cell that begins with `=`, `+`, `-`, `@`, a tab
or a carriage return gets a leading apostrophe in CSV (OWASP's advice against CSV injection), and XLSX cells hold
such text as a string cell that Excel also keeps as text when it is edited (its "quote prefix"), never as a
formula. Numbers stay numbers. A PI or a coordinator named `=HYPERLINK(...)` thus reaches the sheet as its name.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Protocol

Cell = str | int | float | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EMPTY_XLSX_CELL = "—"  # in a sheet a dash reads as "not shown"; in CSV an empty field does
XLSX_SHEET_NAME_MAX = 31


class Sheet(Protocol):
    """A titled table: a header row and the rows under it; or, with nothing to show, a sentence (`note`) that says
    so instead of an empty header."""

    @property
    def title(self) -> str: ...

    @property
    def header(self) -> tuple[str, ...]: ...

    @property
    def rows(self) -> tuple[tuple[Cell, ...], ...]: ...

    @property
    def note(self) -> str: ...


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
        writer.writerows([csv_text(text) for text in line] for line in _heading(sheet))
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
    """One worksheet per sheet, its title in bold above the header (worksheet names of whole words, at most 31
    characters, as Excel allows)."""
    from openpyxl import Workbook  # only when a workbook is written
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for sheet in sheets:
        worksheet = book.create_sheet(_sheet_name(sheet.title, used))
        rows: list[Sequence[Cell]] = [*_heading(sheet), *sheet.rows]
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


def _heading(sheet: Sheet) -> list[Sequence[str]]:
    """The lines above the rows: the title, then the header, or the sentence that stands for an empty table."""
    lines: list[Sequence[str]] = [[sheet.title]]
    if sheet.header:
        lines.append(sheet.header)
    if sheet.note:
        lines.append([sheet.note])
    return lines


def _sheet_name(title: str, used: set[str]) -> str:
    """The worksheet's name: the title in whole words within Excel's 31 characters, without the characters Excel
    refuses. A long title first loses what is in brackets and after a colon ("Resultaat bij vrijlating:
    basisvoorwaarden op orde" → "Resultaat bij vrijlating"); then words from the end. A name used already gets a
    number."""
    base = _within(_plain(title), XLSX_SHEET_NAME_MAX)
    name, number = base, 2
    while name in used:
        suffix = f" {number}"
        name, number = _within(base, XLSX_SHEET_NAME_MAX - len(suffix)) + suffix, number + 1
    used.add(name)
    return name


def _plain(title: str) -> str:
    if len(_allowed(title)) > XLSX_SHEET_NAME_MAX:
        title = re.sub(r"\s*\([^)]*\)", "", title.split(":", 1)[0])
    return _allowed(title) or "Blad"


def _allowed(text: str) -> str:
    """Without the characters Excel refuses in a sheet name (and an apostrophe at either end), blanks single."""
    return " ".join("".join(ch for ch in text if ch not in "[]:*?/\\").split()).strip("'")


def _within(text: str, limit: int) -> str:
    """`text` cut to whole words of at most `limit` characters (a first word longer than that is cut)."""
    if len(text) <= limit:
        return text
    words = text[:limit + 1].rsplit(" ", 1)[0] if " " in text[:limit + 1] else text[:limit]
    return words.rstrip(" ,;-(") or text[:limit]

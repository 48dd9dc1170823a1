"""The one CSV and XLSX writer: text that a spreadsheet would evaluate stays text, numbers stay numbers."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import pytest
from openpyxl import load_workbook

from app.spreadsheet import Cell, csv_bytes, csv_text, xlsx_bytes

DANGEROUS = ('=HYPERLINK("http://x","klik")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1+1", "\r=1+1")


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""


@pytest.mark.parametrize("text", DANGEROUS)
def test_formula_like_text_gets_a_leading_apostrophe_in_csv(text: str) -> None:
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["PI Vught", "<5", "", "Jan = Piet", "'al met apostrof", "2+3"])
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert csv_text(text) == text


def _tables(text: str) -> list[Table]:
    return [Table(text, (text, "Aantal"), ((text, 3), ("Saldo", -2), ("Bereik (%)", -12.5), ("Leeg", None)))]


@pytest.mark.parametrize("text", DANGEROUS)
def test_csv_neutralises_title_header_and_cells_and_keeps_numbers(text: str) -> None:
    rows = list(csv.reader(io.StringIO(csv_bytes(_tables(text)).decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[:3] == [["'" + text], ["'" + text, "Aantal"], ["'" + text, "3"]]
    assert ["Saldo", "-2"] in rows and ["Bereik (%)", "-12,5"] in rows and ["Leeg", ""] in rows


@pytest.mark.parametrize("text", DANGEROUS)
def test_xlsx_holds_text_as_strings_never_formulas_and_numbers_as_numbers(text: str) -> None:
    sheet = load_workbook(io.BytesIO(xlsx_bytes(_tables(text)))).worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    texts = [cell for cell in cells if cell.value in (text, text.replace("\r", "\n"))]  # XML reads CR as LF
    assert len(texts) == 3 and all(cell.data_type == "s" and cell.quotePrefix for cell in texts)
    assert sheet["B3"].value == 3 and sheet["B4"].value == -2 and sheet["B5"].value == -12.5
    assert sheet["B3"].data_type == "n" and sheet["B6"].value == "—"


def test_sheet_names_are_whole_words_within_31_characters() -> None:
    long = "Een titel zonder haakjes die veel te lang doorgaat"
    titles = ("Resultaat bij vrijlating: basisvoorwaarden op orde", "Casusregie (aangemelde trajecten)", long, long,
              "Inkomen / werk [zorg]", "Doorlooptijden vanaf aanmelding (dagen)")
    book = load_workbook(io.BytesIO(xlsx_bytes([Table(title, ("A",), ()) for title in titles])))
    assert book.sheetnames == ["Resultaat bij vrijlating", "Casusregie", "Een titel zonder haakjes die",
                               "Een titel zonder haakjes die 2", "Inkomen werk zorg",
                               "Doorlooptijden vanaf aanmelding"]
    assert all(len(name) <= 31 for name in book.sheetnames)


def test_a_table_with_nothing_to_show_is_its_sentence_without_a_header() -> None:
    empty = Table("Per doelgroep", (), (), "Geen trajecten met een doelgroep.")
    rows = list(csv.reader(io.StringIO(csv_bytes([empty]).decode("utf-8-sig")), delimiter=";"))
    assert rows == [["Per doelgroep"], ["Geen trajecten met een doelgroep."], []]
    sheet = load_workbook(io.BytesIO(xlsx_bytes([empty]))).worksheets[0]
    assert [row for row in sheet.iter_rows(values_only=True)] == [("Per doelgroep",),
                                                                  ("Geen trajecten met een doelgroep.",)]

"""The monitor leaves the workspace only as aggregate tables: CSV, XLSX and the evaluation report PDF, with small
cells suppressed, no personal data, and an audit entry."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.casework.cases import CaseData
from app.domain import CaseStatus
from app.errors import TerugkeerError
from app.monitor.export import export_report
from app.monitor.figures import Period
from app.workspace.session import OpenWorkspace

from .helpers import CANARY_BSN, CANARY_SURNAME, audit_rows, client_data, detention_data, register

PERIOD = Period.year(2024)


@pytest.fixture
def three_cases(workspace: OpenWorkspace) -> None:
    """Three notified cases in 2024: every count in the report is a small cell."""
    for number, bsn in enumerate(("123456782", "999990019", "999990032")):
        register(workspace, client_data(bsn=bsn, surname=f"{CANARY_SURNAME}{number}"), detention_data(),
                 CaseData(status=CaseStatus.NOTIFIED, status_dates={CaseStatus.NOTIFIED: date(2024, 5, 1)},
                          coordinator="Coördinator A"))



@pytest.fixture
def workspace(office: OpenWorkspace) -> OpenWorkspace:
    """These tests run at a back office: notifications and the monitor are its work."""
    return office

def _export(workspace: OpenWorkspace, out: Path, threshold: int = 5) -> None:
    export_report(workspace, PERIOD, out, threshold=threshold, today=date(2024, 12, 31))


def test_csv_suppresses_small_cells_and_shows_them_at_a_lower_threshold(workspace: OpenWorkspace, three_cases: None,
                                                                        tmp_path: Path) -> None:
    _export(workspace, tmp_path / "monitor.csv")
    raw = (tmp_path / "monitor.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert ["Aangemeld", "<5"] in rows and ["Vrijgekomen", "0"] in rows
    assert ["Nazorgcoördinator", "<5"] in rows  # the direction split of the three
    _export(workspace, tmp_path / "open.csv", threshold=3)
    opened = list(csv.reader(io.StringIO((tmp_path / "open.csv").read_text("utf-8-sig")), delimiter=";"))
    assert ["Aangemeld", "3"] in opened
    for text_file in (raw.decode("utf-8-sig"), (tmp_path / "open.csv").read_text("utf-8-sig")):
        assert CANARY_SURNAME not in text_file and CANARY_BSN not in text_file


def test_xlsx_has_a_sheet_per_table_named_in_whole_words(workspace: OpenWorkspace, three_cases: None,
                                                         tmp_path: Path) -> None:
    _export(workspace, tmp_path / "monitor.xlsx")
    book = load_workbook(tmp_path / "monitor.xlsx", read_only=True)
    assert book.sheetnames == ["Kerncijfers", "Casusregie", "Doorlooptijden vanaf aanmelding",
                               "Resultaat bij vrijlating", "Situatie per leefgebied", "Uitstroom per jaar (alle jaren)",
                               "Per PI", "Per doelgroep", "Per nazorgcoördinator"]
    for sheet in book.worksheets:
        title = str(next(sheet.iter_rows(max_row=1, values_only=True))[0])
        assert len(sheet.title) <= 31
        assert set(sheet.title.split()) <= set(title.replace(":", " ").split())  # whole words of the title
    # No case has a target group: the sheet says so in a sentence, not with an empty header.
    assert [row[0] for row in book["Per doelgroep"].iter_rows(values_only=True)] == [
        "Per doelgroep", "Geen trajecten met een doelgroep: er is niets per doelgroep te tellen."]
    assert [row[0] for row in book["Uitstroom per jaar (alle jaren)"].iter_rows(values_only=True)] == [
        "Uitstroom per jaar (alle jaren)", "Nog niemand vrijgekomen: er is geen uitstroom te tellen."]


def test_pdf_report_has_the_sections_and_no_personal_data(workspace: OpenWorkspace, three_cases: None,
                                                          tmp_path: Path) -> None:
    _export(workspace, tmp_path / "evaluatie.pdf")
    reader = PdfReader(tmp_path / "evaluatie.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for phrase in ("Evaluatie nazorg na detentie", "Periode 01-01-2024 t/m 31-12-2024", "Kerncijfers",
                   "Basisvoorwaarden op orde", "Uitstroom per jaar", "Situatie per leefgebied", "Per PI",
                   f"pagina 1 van {len(reader.pages)}", "Aangemeld <5"):
        assert phrase in text, phrase
    assert CANARY_SURNAME not in text and CANARY_BSN not in text  # clients never; staff per coordinator, yes
    assert "Coördinator A <5" in text
    assert ("export", "monitor_report") in [(e["action"], e["record_type"]) for e in audit_rows(workspace)]


def test_an_unknown_format_is_refused(workspace: OpenWorkspace, tmp_path: Path) -> None:
    with pytest.raises(TerugkeerError) as raised:
        _export(workspace, tmp_path / "monitor.docx")
    assert raised.value.code == "report_format"
    assert not (tmp_path / "monitor.docx").exists()


FORMULAS = ('=HYPERLINK("http://x","klik")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3")


def test_a_pi_or_coordinator_named_like_a_formula_never_runs_in_a_spreadsheet(workspace: OpenWorkspace,
                                                                                tmp_path: Path) -> None:
    """Every text a user typed that reaches the report (PI and coordinator names) stays text in CSV and XLSX."""
    for number, (bsn, formula) in enumerate(zip(("123456782", "999990019", "999990032", "999990044"), FORMULAS,
                                                strict=True)):
        register(workspace, client_data(bsn=bsn, surname=f"{CANARY_SURNAME}{number}"), detention_data(prison=formula),
                 CaseData(status=CaseStatus.NOTIFIED, status_dates={CaseStatus.NOTIFIED: date(2024, 5, 1)},
                          coordinator=formula))
    _export(workspace, tmp_path / "monitor.csv", threshold=1)
    rows = list(csv.reader(io.StringIO((tmp_path / "monitor.csv").read_text("utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    for formula in FORMULAS:
        assert cells.count("'" + formula) == 2, formula  # once in "Per PI", once in "Per nazorgcoördinator"
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]

    _export(workspace, tmp_path / "monitor.xlsx", threshold=1)
    book = load_workbook(tmp_path / "monitor.xlsx")
    written = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in written if cell.data_type == "f"] == []
    for formula in FORMULAS:
        named = [cell for cell in written if cell.value == formula]
        assert len(named) == 2 and all(cell.data_type == "s" and cell.quotePrefix for cell in named), formula
    per_pi = list(book["Per PI"].iter_rows(values_only=True))
    assert (FORMULAS[0], 1, 0, 0, "—") in per_pi  # the counts beside it are still numbers

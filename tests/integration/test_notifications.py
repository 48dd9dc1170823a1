"""Importing the prison system's notification lists: good rows become cases in the inbox, bad rows are listed with
their line and reason, duplicates are left out, and importing the same file again changes nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import create_engine, text

from app.backoffice.assignment import assign, cases_of, inbox, take_from_inbox, workloads
from app.backoffice.column_mapping import STANDARD, ColumnMapping
from app.backoffice.notifications import NotificationImport, RowProblem, import_notifications
from app.errors import TerugkeerError, ValidationError
from app.workspace.server import ServerWorkspace
from app.workspace.session import OpenWorkspace

from .helpers import audit_rows, client_data, plain_rows, register

SAMPLE = Path(__file__).parents[1] / "data" / "notifications" / "meldingen-cp1252.csv"
TODAY = date(2025, 6, 10)



@pytest.fixture
def workspace(office: OpenWorkspace) -> OpenWorkspace:
    """These tests run at a back office: notifications and the monitor are its work."""
    return office


def _import(workspace: OpenWorkspace, path: Path, mapping: ColumnMapping = STANDARD) -> NotificationImport:
    return import_notifications(workspace, path, mapping, notified_on=TODAY, today=TODAY)


def _cases(workspace: OpenWorkspace) -> list[tuple[object, ...]]:
    return plain_rows(workspace,
                      "SELECT c.surname, c.bsn, d.prison, d.start_date, d.expected_release_date, k.status, "
                      "k.coordinator, k.notified_on FROM case_file k JOIN client c ON c.id = k.client_id "
                      "JOIN detention d ON d.id = k.detention_id ORDER BY c.surname")


def test_good_bad_and_duplicate_rows_give_the_exact_outcome(workspace: OpenWorkspace) -> None:
    result = _import(workspace, SAMPLE)
    assert result.imported == 3 and result.known_clients == 0
    assert result.duplicates == (6,)
    assert result.refused == (
        RowProblem(3, "bsn", "bsn_invalid"),
        RowProblem(5, "date_of_birth", "date_invalid"),
        RowProblem(7, "given_names", "required"),
        RowProblem(8, "expected_release", "release_before_start"),
        RowProblem(10, "date_of_birth", "not_adult"),
    )
    assert _cases(workspace) == [
        ("Proefmans", "999990032", "PI Grave", "2025-06-04", "2025-12-12", "melding", "", "2025-06-10"),
        ("Voorbeeld", "999990019", "PI Vught", "2025-06-02", "2025-09-30", "melding", "", "2025-06-10"),
        ("Zomaarsen", "012345672", "PI Vught", "2025-06-08", "2025-08-08", "melding", "", "2025-06-10"),
    ]
    with workspace.unit_of_work() as uow:  # the cp1252 é arrived as é
        given = uow.session.execute(text("SELECT given_names FROM client WHERE surname = 'Proefmans'")).scalar()
    assert given == "René"


def test_importing_the_same_file_again_changes_nothing(workspace: OpenWorkspace) -> None:
    _import(workspace, SAMPLE)
    before, entries = _cases(workspace), len(audit_rows(workspace))
    again = _import(workspace, SAMPLE)
    assert again.imported == 0 and again.duplicates == (2, 4, 6, 11)
    assert _cases(workspace) == before and len(audit_rows(workspace)) == entries


def test_a_known_person_gets_the_new_detention_on_the_existing_client(workspace: OpenWorkspace) -> None:
    register(workspace, client_data(given_names="Jan", surname="Voorbeeld", bsn="999990019",
                                    date_of_birth=date(1980, 2, 1)))
    result = _import(workspace, SAMPLE)
    assert result.imported == 3 and result.known_clients == 1
    with workspace.unit_of_work() as uow:
        clients = uow.session.execute(text("SELECT count(*) FROM client WHERE bsn = '999990019'")).scalar()
        detentions = uow.session.execute(text(
            "SELECT count(*) FROM detention d JOIN client c ON c.id = d.client_id WHERE c.bsn = '999990019'")).scalar()
    assert (clients, detentions) == (1, 2)


def test_a_spreadsheet_with_other_headers_and_utf8_csv_with_commas(workspace: OpenWorkspace, tmp_path: Path) -> None:
    columns = ColumnMapping("Excel PI Vught", {**STANDARD.columns, "surname": "Naam", "given_names": "Voornaam",
                                               "detention_start": "Datum insluiting"})
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Naam", "Tussenvoegsel", "Voornaam", "Geboortedatum", "BSN", "PI", "Datum insluiting",
                  "Verwachte datum vrijlating"])
    sheet.append(["Ĳsselmeer", "", "Zoë", date(1990, 1, 1), 999990019, "PI Vught", date(2025, 6, 2), None])
    sheet.append(["Łukasiewicz", "", "Ana", "1991-03-04", "12345672", "PI Zwolle", "03-06-2025", "03-09-2025"])
    xlsx = tmp_path / "meldingen.xlsx"
    book.save(xlsx)
    result = _import(workspace, xlsx, columns)
    assert (result.imported, result.refused) == (2, ())
    csv_file = tmp_path / "meldingen.csv"
    csv_file.write_text(
        "\ufeffAchternaam,Tussenvoegsel,Voornamen,Geboortedatum,BSN,PI,Begin detentie,Verwachte datum vrijlating\n"
        "Çelik,,Şükrü,02-02-1982,999990032,PI Grave,04-06-2025,\n", encoding="utf-8")
    assert _import(workspace, csv_file).imported == 1
    names = [row[0] for row in _cases(workspace)]
    assert names == sorted(["Ĳsselmeer", "Łukasiewicz", "Çelik"])


def test_a_file_without_the_columns_or_unreadable_changes_nothing(workspace: OpenWorkspace, tmp_path: Path) -> None:
    wrong = tmp_path / "lijst.csv"
    wrong.write_text("Naam;Geboren\nJan;1980\n", encoding="utf-8")
    with pytest.raises(TerugkeerError) as raised:
        _import(workspace, wrong)
    assert raised.value.code == "notifications_columns_missing"
    assert "Achternaam" in str(raised.value.params["columns"]) and "BSN" in str(raised.value.params["columns"])
    broken = tmp_path / "kapot.xlsx"
    shutil.copy(SAMPLE, broken)  # a CSV with the name of a spreadsheet
    with pytest.raises(TerugkeerError) as raised:
        _import(workspace, broken)
    assert raised.value.code == "notifications_unreadable"
    assert _cases(workspace) == []


# --- inbox, workload and assignment -------------------------------------------------------------------------------


def test_inbox_shows_unassigned_notifications_with_their_terms(workspace: OpenWorkspace) -> None:
    _import(workspace, SAMPLE)
    items = inbox(workspace)
    # surname first, as every list writes names
    assert [item.name for item in items] == ["Voorbeeld, Jan", "Proefmans, René de", "Zomaarsen, Bram"]
    first = items[0]
    assert first.masked_bsn == "••••••019" and first.prison == "PI Vught"
    # detention started Monday 2 June 2025: 2 working days → Wednesday 4 June; 5 → Tuesday 10 June, as Monday
    # 9 June is Whit Monday
    assert (first.notification_due, first.information_due) == (date(2025, 6, 4), date(2025, 6, 10))
    assert first.notified_late  # notified on 10 June
    assert first.information_overdue(date(2025, 6, 11)) and not first.information_overdue(date(2025, 6, 10))


def test_assigning_empties_the_inbox_and_shows_in_the_workload(workspace: OpenWorkspace) -> None:
    result = _import(workspace, SAMPLE)
    changes = assign(workspace, result.case_ids[:2], "  Coördinator A ")
    assert set(changes.case_ids) == set(result.case_ids[:2])
    assert [item.case_id for item in inbox(workspace)] == [result.case_ids[2]]
    assert [(w.coordinator, w.open_cases, w.notifications) for w in workloads(workspace)] == [
        ("Coördinator A", 2, 2)]
    handed_over = assign(workspace, cases_of(workspace, "Coördinator A"), "Coördinator B")
    assert len(handed_over.case_ids) == 2
    assert [(w.coordinator, w.open_cases) for w in workloads(workspace)] == [("Coördinator B", 2)]
    with pytest.raises(ValidationError):
        assign(workspace, result.case_ids, " ")
    updates = [e for e in audit_rows(workspace) if e["action"] == "update" and e["record_type"] == "case"]
    assert len(updates) == 4


def test_two_clerks_never_take_the_same_notification(workspace: OpenWorkspace) -> None:
    """The second clerk's choice came after the first had taken two: only the third is theirs, and they hear it."""
    result = _import(workspace, SAMPLE)
    first = take_from_inbox(workspace, result.case_ids[:2], "Coördinator A")
    assert set(first.case_ids) == set(result.case_ids[:2]) and first.taken_by_others == ()
    second = take_from_inbox(workspace, result.case_ids, "Coördinator B")
    assert second.case_ids == (result.case_ids[2],)
    assert set(second.taken_by_others) == set(result.case_ids[:2])
    assert {row[0] for row in plain_rows(workspace, "SELECT coordinator FROM case_file")} == {
        "Coördinator A", "Coördinator B"}


@pytest.mark.server
def test_a_notification_being_taken_right_now_is_skipped_not_waited_for(office: OpenWorkspace,
                                                                      request: pytest.FixtureRequest) -> None:
    """On the server a clerk holding a notification (their assignment not yet committed) makes the other skip it."""
    if not isinstance(office, ServerWorkspace):
        pytest.skip("one writer at a time on a workspace folder: nobody holds a row while another writes")
    result = _import(office, SAMPLE)
    server = request.getfixturevalue("server")
    holder = create_engine(server.url())
    with holder.connect() as connection, connection.begin():
        connection.execute(text("SELECT id FROM case_file WHERE id = :id FOR UPDATE"), {"id": result.case_ids[0]})
        taken = take_from_inbox(office, result.case_ids, "Coördinator B")
    holder.dispose()
    assert set(taken.case_ids) == set(result.case_ids[1:])
    assert taken.taken_by_others == (result.case_ids[0],)


def test_a_line_break_tab_or_other_control_character_in_a_name_or_pi_refuses_the_row(workspace: OpenWorkspace,
                                                                                      tmp_path: Path) -> None:
    csv_file = tmp_path / "meldingen.csv"
    csv_file.write_text(
        "Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;BSN;PI;Begin detentie;Verwachte datum vrijlating\n"
        '"Voor\nbeeld";;Jan;01-02-1980;999990019;PI Vught;02-06-2025;\n'
        "Testerink;van\t;Priscilla;15-07-1992;111222333;PI Zwolle;03-06-2025;\n"
        "Proefmans;de;René;31-12-1975;999990032;PI\x07Grave;04-06-2025;\n"
        "Zomaarsen;;Bram\x1b;08-08-1988;012345672;PI Vught;08-06-2025;\n"
        "Goedhart;;Anna;01-01-1970;123456782;PI Vught;08-06-2025;\n", encoding="utf-8")
    result = _import(workspace, csv_file)
    # The quoted line break makes record 2 span lines 2 and 3: the next records start on lines 4, 5 and 6, as an
    # editor shows them, and are rows 3, 4 and 5 as a spreadsheet shows them.
    assert [(problem.line, problem.record, problem.field, problem.code) for problem in result.refused] == [
        (2, 2, "surname", "control_character"), (4, 3, "surname_prefix", "control_character"),
        (5, 4, "prison", "control_character"), (6, 5, "given_names", "control_character")]
    assert [row[0] for row in _cases(workspace)] == ["Goedhart"]
    xlsx = tmp_path / "meldingen.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Achternaam", "Voornamen", "Geboortedatum", "BSN", "PI", "Begin detentie"])
    sheet.append(["Voorbeeld", "Jan", "01-02-1980", "999990019", "PI\nVught", "02-06-2025"])
    book.save(xlsx)
    assert _import(workspace, xlsx).refused == (RowProblem(2, "prison", "control_character"),)


def test_a_coordinator_name_with_a_line_break_is_refused(workspace: OpenWorkspace) -> None:
    _import(workspace, SAMPLE)
    case_ids = [item.case_id for item in inbox(workspace)]
    for give in (assign, take_from_inbox):
        with pytest.raises(ValidationError) as raised:
            give(workspace, case_ids, "Anna\nBakker")
        assert (raised.value.field, raised.value.code) == ("coordinator", "control_character")
    assert len(inbox(workspace)) == len(case_ids)

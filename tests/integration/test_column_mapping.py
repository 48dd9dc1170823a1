"""A prison list as it really arrives: other headers, the whole name in one column, a column nobody asked for and
the date of notification in the list. A saved mapping reads it, and is chosen again for the same headers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.backoffice.assignment import inbox
from app.backoffice.column_mapping import STANDARD, ColumnMapping, MappingStore, read_mapping_file
from app.backoffice.notifications import NOTIFICATION_LIST, RowStatus, import_notifications, read_table
from app.backoffice.releases import RELEASE_LIST
from app.errors import TerugkeerError
from app.policy import load_policy
from app.workspace.session import OpenWorkspace

from .helpers import plain_rows

TODAY = date(2025, 6, 20)
INJUS = ColumnMapping("Injus begin detentie", {
    "full_name": "Naam gedetineerde", "date_of_birth": "Geb. datum", "bsn": "BSN nummer", "prison": "Inrichting",
    "detention_start": "Datum insluiting", "expected_release": "Eindedatum", "notified_on": "Datum melding"})


def injus_list(folder: Path) -> Path:
    path = folder / "injus.csv"
    path.write_text(
        "Naam gedetineerde;GEB. DATUM;BSN nummer;Inrichting;Datum insluiting;Eindedatum;Datum melding;"
        "verwachte einddatum\n"
        "\"van 't Hek-Müller, Noël François\";01-02-1980;999990019;PI Vught;02-06-2025;30-09-2025;03-06-2025;x\n"
        "Jan Peter Jansen;15-07-1992;999990056;PI Zwolle;03-06-2025;;10-06-2025;\n"
        "Bram Zomaarsen;31-02-1980;012345672;PI Vught;08-06-2025;;10-06-2025;\n"
        "Oud, Klaas;11-11-1970;999990032;PI Grave;02-01-2024;01-03-2024;03-01-2024;\n", encoding="utf-8")
    return path


@pytest.fixture
def workspace(office: OpenWorkspace) -> OpenWorkspace:
    return office


def test_foreign_headers_and_one_name_column_go_in_with_a_saved_mapping(workspace: OpenWorkspace,
                                                                         tmp_path: Path) -> None:
    listing = injus_list(tmp_path)
    store = MappingStore(tmp_path / "config")
    store.save(INJUS, NOTIFICATION_LIST)
    headers = read_table(listing)[0][1]
    assert store.choose(headers, NOTIFICATION_LIST) == INJUS  # chosen by the same headers, whatever case and blanks
    with pytest.raises(TerugkeerError) as missing:  # the built-in headers do not fit
        import_notifications(workspace, listing, STANDARD, notified_on=TODAY, today=TODAY)
    assert missing.value.code == "notifications_columns_missing"

    result = import_notifications(workspace, listing, INJUS, today=TODAY)
    assert [(row.line, row.status) for row in result.rows] == [
        (2, RowStatus.NEW), (3, RowStatus.NEW), (4, RowStatus.REFUSED), (5, RowStatus.HISTORY)]
    assert [(problem.line, problem.field, problem.code) for problem in result.refused] == [
        (4, "date_of_birth", "date_not_exist")]  # 31-02-1980: the date does not exist
    assert result.unused_columns == ("verwachte einddatum",)
    assert [(check.line, check.split.given_names, check.split.surname) for check in result.name_checks] == [
        (3, "Jan Peter", "Jansen")]
    rows = plain_rows(workspace, "SELECT c.given_names, c.surname_prefix, c.surname, k.status, k.notified_on, "
                                 "k.closed_on FROM case_file k JOIN client c ON c.id = k.client_id ORDER BY c.bsn")
    assert rows == [("Noël François", "van 't", "Hek-Müller", "melding", "2025-06-03", None),
                    ("Klaas", "", "Oud", "afgesloten", "2024-01-03", "2024-03-01"),
                    ("Jan Peter", "", "Jansen", "melding", "2025-06-10", None)]
    # The terms count from the list's date: notified on 03-06 within 2 working days of 02-06, on 10-06 late.
    late = {item.name: item.notified_late for item in inbox(workspace)}
    assert late == {"Hek-Müller, Noël François van 't": False, "Jansen, Jan Peter": True}


def test_without_a_date_column_the_date_of_the_list_is_asked_never_today(workspace: OpenWorkspace,
                                                                         tmp_path: Path) -> None:
    listing = injus_list(tmp_path)
    without_date = ColumnMapping("Zonder datum", {k: v for k, v in INJUS.columns.items() if k != "notified_on"})
    with pytest.raises(TerugkeerError) as raised:
        import_notifications(workspace, listing, without_date, today=TODAY)
    assert raised.value.code == "notifications_date_missing"
    import_notifications(workspace, listing, without_date, notified_on=date(2025, 6, 4), today=TODAY)
    assert {row[0] for row in plain_rows(workspace, "SELECT notified_on FROM case_file")} == {"2025-06-04"}


def test_a_mapping_file_as_the_readme_shows_it_and_the_policys_mappings(tmp_path: Path) -> None:
    file = tmp_path / "injus.json"
    file.write_text(json.dumps({"version": 1, "name": "Injus begin detentie", "columns": dict(INJUS.columns),
                                "date_format": "dd-mm-jjjj", "delimiter": ";"}), encoding="utf-8")
    mapping = read_mapping_file(file)
    assert (mapping.columns, mapping.strptime_patterns(), mapping.delimiter) == (INJUS.columns, ("%d-%m-%Y",), ";")
    assert MappingStore(tmp_path).resolve(str(file), NOTIFICATION_LIST) == mapping
    file.write_text('{"version": 1, "name": "x", "columns": {"naam": "Naam"}}', encoding="utf-8")
    with pytest.raises(TerugkeerError) as raised:
        read_mapping_file(file)
    assert raised.value.code == "mapping_invalid" and "naam" in str(raised.value.params["reason"])

    policy_file = tmp_path / "policy.json"
    policy_file.write_text(json.dumps({"version": 1, "notification_mappings": [
        {"name": "Excel PI Vught", "columns": {"full_name": "Naam", "bsn": "BSN", "date_of_birth": "Geboren",
                                               "prison": "PI", "detention_start": "Binnen"}}]}), encoding="utf-8")
    policy = load_policy(policy_file)
    assert policy.problem is None
    store = MappingStore(tmp_path / "config", policy.notification_mappings)
    assert store.choose(["naam", "BSN", "Geboren", "PI", "Binnen", "Opmerking"], NOTIFICATION_LIST) \
        == store.named("excel pi vught")
    with pytest.raises(TerugkeerError) as taken:
        store.save(ColumnMapping("Excel PI Vught", {"bsn": "BSN"}), NOTIFICATION_LIST)  # IT's is not overwritten
    assert taken.value.code == "mapping_name_taken"


# A releases list whose headers also hold a whole notification list's: each kind is given only its own mapping.
BOTH_HEADERS = ["Naam", "BSN nummer", "Geb. datum", "Inrichting", "Datum insluiting", "Datum ontslag",
                "Nieuwe inrichting"]
NOTIFIED = ColumnMapping("Injus begin detentie", {
    "full_name": "Naam", "bsn": "BSN nummer", "date_of_birth": "Geb. datum", "prison": "Inrichting",
    "detention_start": "Datum insluiting", "actual_release": "Datum ontslag"})
RELEASED = ColumnMapping("Injus einde detentie", {
    "bsn": "BSN nummer", "actual_release": "Datum ontslag", "new_prison": "Nieuwe inrichting", "full_name": "Naam"})


def test_a_mappings_fields_say_which_kind_of_list_it_is_for(tmp_path: Path) -> None:
    assert (NOTIFICATION_LIST.fits(NOTIFIED), RELEASE_LIST.fits(NOTIFIED)) == (True, False)  # a date of birth
    assert (NOTIFICATION_LIST.fits(RELEASED), RELEASE_LIST.fits(RELEASED)) == (False, True)  # no detention start
    assert NOTIFICATION_LIST.missing(RELEASED) == ["date_of_birth", "prison", "detention_start"]
    assert RELEASE_LIST.missing(ColumnMapping("x", {"full_name": "Naam"})) == ["bsn", "actual_release"]

    store = MappingStore(tmp_path)
    store.save(RELEASED, RELEASE_LIST)
    assert store.choose(BOTH_HEADERS, NOTIFICATION_LIST) is None  # the mapping step opens, not the releases one
    store.save(NOTIFIED, NOTIFICATION_LIST)
    assert store.choose(BOTH_HEADERS, NOTIFICATION_LIST) == NOTIFIED
    assert store.choose(BOTH_HEADERS, RELEASE_LIST) == RELEASED

    # --mapping by name: only the kind's own; the names offered are the kind's.
    assert store.resolve("injus einde detentie", RELEASE_LIST) == RELEASED
    with pytest.raises(TerugkeerError) as other:
        store.resolve("Injus begin detentie", RELEASE_LIST)
    assert other.value.code == "mapping_other_list"
    with pytest.raises(TerugkeerError) as unknown:
        store.resolve("Excel", RELEASE_LIST)
    assert (unknown.value.code, unknown.value.params["names"]) == ("mapping_unknown", "Injus einde detentie")

    # A name is one mapping: saving a releases mapping under a notification mapping's name would replace it.
    refused = store.name_refused(" injus BEGIN detentie", RELEASE_LIST)
    assert refused is not None and refused.code == "mapping_name_other_list"
    with pytest.raises(TerugkeerError):
        store.save(ColumnMapping("Injus begin detentie", dict(RELEASED.columns)), RELEASE_LIST)
    assert store.named("Injus begin detentie") == NOTIFIED
    store.save(ColumnMapping("Injus einde detentie", {"bsn": "BSN nummer", "actual_release": "Datum ontslag"}),
               RELEASE_LIST)  # the same kind: replaced
    assert store.named("Injus einde detentie") != RELEASED

"""One BSN, two people: a known BSN typed or notified with another person's name or date of birth is never merged
silently; a decision that it is the same person keeps the chosen details, with the old ones in the correction
history; every change of who a client is there too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.backoffice.identity_review import accept_review, refuse_review, reviews
from app.backoffice.notifications import RowStatus, import_notifications
from app.casework.cases import OtherPersonError, SamePerson, open_case, register_case, update_case
from app.casework.identity import IdentityField
from app.errors import TerugkeerError
from app.privacy.corrections import correction_history
from app.workspace.folder import EmbeddedWorkspace, unlock
from app.workspace.session import OpenWorkspace

from .helpers import TODAY, audit_rows, client_data, detention_data, plain_rows, register

NOEL = client_data(given_names="Noël François", surname_prefix="van 't", surname="Hek-Müller",
                   date_of_birth=date(1985, 3, 14))
PRISCILLA = client_data(given_names="Priscilla", surname_prefix="", surname="Jansen", date_of_birth=date(1992, 2, 2))
LATER = detention_data(start_date=TODAY - timedelta(days=5))
HEADER = "Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;BSN;PI;Begin detentie;Verwachte datum vrijlating\n"


def _clients(workspace: OpenWorkspace) -> list[tuple[object, ...]]:
    return plain_rows(workspace, "SELECT given_names, surname_prefix, surname, date_of_birth, bsn, version "
                                 "FROM client ORDER BY surname")


def _case_count(workspace: OpenWorkspace) -> int:
    return len(plain_rows(workspace, "SELECT id FROM case_file"))


def test_a_known_bsn_with_another_name_is_refused_with_both_versions(workspace: OpenWorkspace) -> None:
    first = register(workspace, NOEL)
    before, entries = _clients(workspace), len(audit_rows(workspace))
    with pytest.raises(OtherPersonError) as raised:
        register(workspace, PRISCILLA, LATER)
    assert raised.value.client_id == first.client_ids[0]
    assert (raised.value.known.given_names, raised.value.known.surname) == ("Noël François", "Hek-Müller")
    assert (raised.value.typed.given_names, raised.value.typed.date_of_birth) == ("Priscilla", date(1992, 2, 2))
    assert _clients(workspace) == before and _case_count(workspace) == 1
    assert len(audit_rows(workspace)) == entries  # nothing happened


@pytest.mark.parametrize("typed", [
    replace(NOEL, surname="Hek-Muller"),
    replace(NOEL, surname_prefix="", given_names="noel francois"),
])
def test_the_same_person_written_otherwise_is_a_quiet_new_case(workspace: OpenWorkspace, typed: object) -> None:
    first = register(workspace, NOEL)
    second = register_case(workspace, typed, LATER, open_case(workspace, first.case_ids[0]).case,  # type: ignore[arg-type]
                           today=TODAY)
    assert second.client_ids == first.client_ids
    assert [row[:3] for row in _clients(workspace)] == [("Noël François", "van 't", "Hek-Müller")]  # as known


def test_same_person_with_chosen_details_keeps_the_old_ones_as_corrections(workspace: OpenWorkspace) -> None:
    first = register(workspace, NOEL)
    client_id = first.client_ids[0]
    typed = replace(NOEL, surname="Hek-Mulder", date_of_birth=date(1985, 3, 15))
    second = register_case(workspace, typed, LATER, open_case(workspace, first.case_ids[0]).case, today=TODAY,
                           same=SamePerson(frozenset({IdentityField.DATE_OF_BIRTH})))
    assert second.client_ids == (client_id,)
    stored = open_case(workspace, second.case_ids[0]).client
    assert (stored.surname, stored.date_of_birth) == ("Hek-Müller", date(1985, 3, 15))  # the chosen field only
    [line] = correction_history(workspace, client_id)
    assert (line.field, line.old_value, line.new_value, line.reason) == (
        "date_of_birth", "1985-03-14", "1985-03-15", "same_person_new_case")
    assert {(row["action"], row["record_type"]) for row in audit_rows(workspace)} >= {
        ("update", "client"), ("create", "correction")}


def test_every_change_of_who_a_client_is_goes_into_the_correction_history(workspace: OpenWorkspace) -> None:
    case_id = register(workspace, NOEL).case_ids[0]
    case_file = open_case(workspace, case_id)
    changed = replace(case_file.client, bsn="111222333", surname="Hek", municipality_of_registration="Elders")
    update_case(workspace, case_id, case_file.version, changed, case_file.detention, case_file.case, today=TODAY)
    lines = correction_history(workspace, case_file.client_id)
    assert sorted((line.field, line.old_value, line.new_value, line.reason) for line in lines) == [
        ("bsn", NOEL.bsn, "111222333", "edited_in_case_file"),
        ("surname", "Hek-Müller", "Hek", "edited_in_case_file"),
    ]  # the municipality is no part of who the client is
    case_file = open_case(workspace, case_id)
    notes_only = replace(case_file.case, notes="anders")
    update_case(workspace, case_id, case_file.version, case_file.client, case_file.detention, notes_only, today=TODAY)
    assert len(correction_history(workspace, case_file.client_id)) == 2


# --- the notifications import ----------------------------------------------------------------------------------


@pytest.fixture
def office_with_noel(office: OpenWorkspace) -> OpenWorkspace:
    register(office, NOEL)
    return office


def _list(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "meldingen.csv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def _import_priscilla(office: OpenWorkspace, tmp_path: Path) -> Path:
    path = _list(tmp_path, f"Jansen;;Priscilla;02-02-1992;{NOEL.bsn};PI Zwolle;03-06-2024;",
                 "Nieuwma;;Bert;01-01-1970;111222333;PI Vught;03-06-2024;",
                 f"Hek-Muller;;Noel Francois;14-03-1985;{NOEL.bsn};PI Vught;04-06-2024;")
    return path


def test_the_import_keeps_another_person_with_a_known_bsn_for_review(office_with_noel: OpenWorkspace,
                                                                      tmp_path: Path) -> None:
    office = office_with_noel
    clients = _clients(office)
    result = import_notifications(office, _import_priscilla(office, tmp_path), notified_on=TODAY, today=TODAY)
    assert [(row.line, row.status) for row in result.rows] == [
        (2, RowStatus.REVIEW), (3, RowStatus.NEW), (4, RowStatus.KNOWN)]  # Muller without prefix: Noël
    assert (result.imported, result.known_clients, result.reviews) == (2, 1, (2,))
    assert [row for row in _clients(office) if row[4] == NOEL.bsn] == [row for row in clients]  # unchanged
    [item] = reviews(office)
    assert (item.line, item.source, item.known.given_names, item.notified.given_names) == (
        2, "meldingen.csv", "Noël François", "Priscilla")
    assert item.detention.prison == "PI Zwolle" and item.differing == tuple(IdentityField)
    assert ("create", "identity_review") in {(row["action"], row["record_type"]) for row in audit_rows(office)}
    again = import_notifications(office, tmp_path / "meldingen.csv", notified_on=TODAY, today=TODAY)
    assert again.duplicates == (2, 3, 4) and len(reviews(office)) == 1  # kept once, also after reading again


def test_accepting_a_review_adds_the_detention_with_the_chosen_details(office_with_noel: OpenWorkspace,
                                                                        tmp_path: Path) -> None:
    office = office_with_noel
    import_notifications(office, _import_priscilla(office, tmp_path), notified_on=TODAY, today=TODAY)
    [item] = reviews(office)
    changes = accept_review(office, item.review_id, frozenset({IdentityField.GIVEN_NAMES}), today=TODAY)
    stored = open_case(office, changes.case_ids[0])
    assert stored.client_id == item.client_id and stored.detention.prison == "PI Zwolle"
    assert (stored.client.given_names, stored.client.surname) == ("Priscilla", "Hek-Müller")
    assert [(line.field, line.old_value, line.reason) for line in correction_history(office, item.client_id)] == [
        ("given_names", "Noël François", "same_person_notification")]
    assert reviews(office) == []
    assert ("update", "identity_review_accepted") in {(r["action"], r["record_type"]) for r in audit_rows(office)}
    with pytest.raises(TerugkeerError) as raised:
        refuse_review(office, item.review_id)
    assert raised.value.code == "review_not_found"


def test_refusing_a_review_changes_no_client(office_with_noel: OpenWorkspace, tmp_path: Path) -> None:
    office = office_with_noel
    import_notifications(office, _import_priscilla(office, tmp_path), notified_on=TODAY, today=TODAY)
    clients, cases = _clients(office), _case_count(office)
    [item] = reviews(office)
    refuse_review(office, item.review_id)
    assert reviews(office) == [] and _clients(office) == clients and _case_count(office) == cases
    assert ("update", "identity_review_refused") in {(r["action"], r["record_type"]) for r in audit_rows(office)}


def test_reviews_survive_locking_and_unlocking(office_with_noel: OpenWorkspace, tmp_path: Path, passphrase: str,
                                               request: pytest.FixtureRequest) -> None:
    office = office_with_noel
    import_notifications(office, _import_priscilla(office, tmp_path), notified_on=TODAY, today=TODAY)
    office.lock()
    if isinstance(office, EmbeddedWorkspace):
        reopened: OpenWorkspace = unlock(office.folder, passphrase)
    else:
        reopened = request.getfixturevalue("server").connect("backoffice.teststad", passphrase)
    try:
        [item] = reviews(reopened)
        assert item.notified.surname == "Jansen"
    finally:
        reopened.lock()

"""The first guess at a list's columns (app.backoffice.column_guess): foreign and English headers, case, blanks and
punctuation aside; the built-in header first; each header for one field at most; nothing guessed from part of a
name."""

from __future__ import annotations

from app.backoffice.column_guess import guess_columns
from app.backoffice.column_mapping import STANDARD, STANDARD_RELEASES
from app.backoffice.notifications import NOTIFICATION_LIST
from app.backoffice.releases import RELEASE_LIST


def test_an_injus_list_is_guessed_whole() -> None:
    headers = ["Naam gedetineerde", "Geb. datum", "BSN nummer", "Inrichting", "Datum insluiting", "Datum melding",
               "verwachte einddatum"]
    assert guess_columns(headers, NOTIFICATION_LIST.fields, STANDARD.columns) == {
        "full_name": "Naam gedetineerde", "date_of_birth": "Geb. datum", "bsn": "BSN nummer",
        "prison": "Inrichting", "detention_start": "Datum insluiting", "notified_on": "Datum melding",
        "expected_release": "verwachte einddatum"}


def test_english_headers_with_the_name_in_parts_are_guessed() -> None:
    headers = ["First names", "PREFIX", "Last name", "Date of birth", "BSN-number", "Prison", "Admission date"]
    assert guess_columns(headers, NOTIFICATION_LIST.fields, STANDARD.columns) == {
        "given_names": "First names", "surname_prefix": "PREFIX", "surname": "Last name",
        "date_of_birth": "Date of birth", "bsn": "BSN-number", "prison": "Prison",
        "detention_start": "Admission date"}


def test_case_blanks_and_punctuation_do_not_count() -> None:
    headers = ["  b.s.n.  ", "GEB-DATUM", "achter naam"]
    assert guess_columns(headers, NOTIFICATION_LIST.fields, STANDARD.columns) == {
        "bsn": "  b.s.n.  ", "date_of_birth": "GEB-DATUM", "surname": "achter naam"}


def test_a_releases_list_is_guessed_by_its_own_fields() -> None:
    headers = ["BSN nummer", "Datum ontslag", "Nieuwe inrichting", "Naam", "Datum"]
    assert guess_columns(headers, RELEASE_LIST.fields, STANDARD_RELEASES.columns) == {
        "bsn": "BSN nummer", "actual_release": "Datum ontslag", "new_prison": "Nieuwe inrichting",
        "full_name": "Naam", "event_date": "Datum"}


def test_the_built_in_header_comes_first_and_a_header_serves_one_field() -> None:
    # "Datum" is the usual name of a release list's event date, but a mapping whose own header for the release is
    # "Datum" takes it first; the event date then finds none.
    builtin = {**STANDARD_RELEASES.columns, "actual_release": "Datum"}
    assert guess_columns(["BSN", "Datum"], RELEASE_LIST.fields, builtin) == {"bsn": "BSN", "actual_release": "Datum"}


def test_nothing_is_guessed_from_part_of_a_header_or_a_blank_one() -> None:
    headers = ["Naam van de moeder", "Geboortedatum kind", "", "   ", "Opmerking"]
    assert guess_columns(headers, NOTIFICATION_LIST.fields, STANDARD.columns) == {}

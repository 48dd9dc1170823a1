"""One BSN, one person: which name and date of birth that come with a known BSN are the known person's."""

from __future__ import annotations

from datetime import date

import pytest

from app.casework.identity import Identity, IdentityField, differing_fields, same_person

NOEL = Identity("Noël François", "van 't", "Hek-Müller", date(1985, 3, 14))


@pytest.mark.parametrize(("typed", "same"), [
    (NOEL, True),
    (Identity("Noël François", "van 't", "Hek-Muller", date(1985, 3, 14)), True),  # Müller / Muller
    (Identity("noel francois", "VAN 'T", "hek muller", date(1985, 3, 14)), True),  # case, diacritics, hyphen
    (Identity("Noël François", "", "Hek-Müller", date(1985, 3, 14)), True),  # the tussenvoegsel left out
    (Identity("Noël François", "", "van 't Hek-Müller", date(1985, 3, 14)), True),  # typed whole as the surname
    (Identity("Noël François", "van t", "Hek Müller", date(1985, 3, 14)), True),  # apostrophe and hyphen left out
    (Identity(" Noël  François ", "van 't", "Hek-Müller ", date(1985, 3, 14)), True),  # blanks
    (Identity("Noël François", "van 't", "Hek-Müller", date(1985, 3, 15)), False),  # another day of birth
    (Identity("Priscilla", "", "Jansen", date(1992, 2, 2)), False),  # another person
    (Identity("Priscilla", "van 't", "Hek-Müller", date(1985, 3, 14)), False),  # another given name
    (Identity("Noël François", "van 't", "Hek", date(1985, 3, 14)), False),  # another surname
    (Identity("Noël François", "de", "Hek-Müller", date(1985, 3, 14)), False),  # another tussenvoegsel
    (Identity("Noël", "van 't", "Hek-Müller", date(1985, 3, 14)), False),  # one given name of two
])
def test_same_person(typed: Identity, same: bool) -> None:
    assert same_person(NOEL, typed) is same
    assert same_person(typed, NOEL) is same  # either may be the known one


def test_differing_fields_are_those_written_otherwise() -> None:
    priscilla = Identity("Priscilla", "", "Jansen", date(1992, 2, 2))
    assert differing_fields(NOEL, priscilla) == tuple(IdentityField)
    assert differing_fields(NOEL, Identity("Noël François ", "van 't", "Hek-Muller", date(1985, 3, 14))) == (
        IdentityField.SURNAME,)

"""A person's name in a list (surname first) and in a title (as written on a letter)."""

from __future__ import annotations

import pytest

from app.person_names import full_name, list_name


@pytest.mark.parametrize(("given", "prefix", "surname", "in_list", "in_title"), [
    ("Jan", "van der", "Voorbeeld", "Voorbeeld, Jan van der", "Jan van der Voorbeeld"),
    ("Noël François", "van 't", "Hek-Müller", "Hek-Müller, Noël François van 't", "Noël François van 't Hek-Müller"),
    ("Kees", "", "Bakker", "Bakker, Kees", "Kees Bakker"),
    ("", "", "Bakker", "Bakker", "Bakker"),
    (" Kees ", " de ", " Vries ", "Vries, Kees de", "Kees de Vries"),
])
def test_the_two_orders(given: str, prefix: str, surname: str, in_list: str, in_title: str) -> None:
    assert list_name(given, prefix, surname) == in_list
    assert full_name(given, prefix, surname) == in_title

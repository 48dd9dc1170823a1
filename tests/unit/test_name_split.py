"""A whole name from one column split into given names, prefix and surname; the uncertain ones are marked."""

from __future__ import annotations

import pytest

from app.backoffice.name_split import NameSplit, split_name


@pytest.mark.parametrize(("written", "expected"), [
    ("van 't Hek-Müller, Noël François", NameSplit("Noël François", "van 't", "Hek-Müller", True)),
    ("Hek-Müller, Noël François van 't", NameSplit("Noël François", "van 't", "Hek-Müller", True)),
    ("Voorbeeld, Jan van der", NameSplit("Jan", "van der", "Voorbeeld", True)),
    ("Jansen, Jan", NameSplit("Jan", "", "Jansen", True)),
    ("Jan van der Voorbeeld", NameSplit("Jan", "van der", "Voorbeeld", True)),
    ("Noël François van 't Hek-Müller", NameSplit("Noël François", "van 't", "Hek-Müller", True)),
    ("Priscilla in 't Veld", NameSplit("Priscilla", "in 't", "Veld", True)),
    ("Anna ter  Horst", NameSplit("Anna", "ter", "Horst", True)),
    ("Bram Zomaarsen", NameSplit("Bram", "", "Zomaarsen", True)),
    # Not certain: which of three words are given names, a prefix inside the surname, only one name.
    ("Jan Peter Jansen", NameSplit("Jan Peter", "", "Jansen", False)),
    ("Anna de Vries van Dam", NameSplit("Anna", "de", "Vries van Dam", False)),
    ("Jansen", NameSplit("", "", "Jansen", False)),
    ("Jansen,", NameSplit("", "", "Jansen", False)),
])
def test_a_whole_name_is_split_and_uncertain_splits_are_marked(written: str, expected: NameSplit) -> None:
    assert split_name(written) == expected

"""What a search box's text finds: folded words in any order, and a BSN only by all nine digits or the three shown."""

from __future__ import annotations

import pytest

from app.casework.search_terms import SearchTerms, search_terms
from db.folding import fold

NOEL_KEY = fold("Noël François van 't Hek-Müller PI Zwolle")
NOEL_BSN = "111222333"


@pytest.mark.parametrize("text", ["noel muller", "HEK müller", "hek noel", "zwolle noël", "111222333",
                                  "111.222.333", "111 22 2333", "333", "noel 333", "muller 111222333"])
def test_these_find_noel(text: str) -> None:
    assert search_terms(text).matches(NOEL_KEY, NOEL_BSN)


@pytest.mark.parametrize("text", ["222", "1112", "11122233", "22233", "noel 222", "noel 4444", "111222334",
                                  "333 444", "jansen"])
def test_these_do_not_find_noel(text: str) -> None:
    """Hidden digits find nothing: only the whole number or the last three that the register shows."""
    assert not search_terms(text).matches(NOEL_KEY, NOEL_BSN)


def test_the_ij_ligature_folds_as_two_letters() -> None:
    assert search_terms("IJsselstein").matches(fold("Søren Ĳsselstein PI Zwolle"), "")


def test_empty_text_is_no_search() -> None:
    assert search_terms("  ").is_empty and search_terms("").is_empty
    assert search_terms("12").finds_nothing and not search_terms("12").is_empty
    assert search_terms("111-222-333") == SearchTerms(bsn="111222333")

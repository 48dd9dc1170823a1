"""The register's search over rows in memory (app.casework.register_search) finds what the search of one row finds."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.casework.register import RegisterRow
from app.casework.register_search import SearchableRows, search_key
from app.casework.search_terms import search_terms
from app.domain import CaseStatus
from db.folding import fold

# Few letters and digits, so that searches often find something; a line break and a tab as in no real name.
_TEXT = st.text(alphabet="ab é9\n\t", max_size=8)
_BSN = st.sampled_from(["", "123456782", "111222333", "782333119", "999990019", "990000015"])
_SEARCH = st.one_of(_TEXT, st.sampled_from(["782", "333", "123456782", "99", "a 782", "4567", "9a", "b\t9"]))


def _row(number: int, name: str, prison: str, bsn: str) -> RegisterRow:
    return RegisterRow(case_id=f"case-{number}", client_id=f"client-{number}", name=name,
                       date_of_birth=date(1985, 4, 1), bsn=bsn, prison=prison, start_date=date(2024, 1, 1),
                       release_date=None, status=CaseStatus.INTAKE, coordinator="",
                       search_key=search_key(fold(f"{name} {prison}"), bsn))


_ROWS = st.lists(st.tuples(_TEXT, _TEXT, _BSN), max_size=12).map(
    lambda values: [_row(number, *row) for number, row in enumerate(values)])


@given(_ROWS, _SEARCH)
def test_search_finds_what_the_search_of_one_row_finds(rows: list[RegisterRow], text: str) -> None:
    terms = search_terms(text)
    expected = [row for row in rows if terms.matches(row.search_key, row.bsn)]
    assert SearchableRows(rows).found(terms).rows == expected


@given(_ROWS, _SEARCH, _SEARCH)
def test_searching_what_a_search_found_finds_what_both_searches_find(rows: list[RegisterRow], first: str,
                                                                      second: str) -> None:
    """As the register narrows a search while it is typed: the rows found, searched again."""
    first_terms, second_terms = search_terms(first), search_terms(second)
    expected = [row for row in rows
                if first_terms.matches(row.search_key, row.bsn) and second_terms.matches(row.search_key, row.bsn)]
    assert SearchableRows(rows).found(first_terms).found(second_terms).rows == expected


def test_the_digits_of_a_bsn_never_match_a_word() -> None:
    row = _row(1, "Jan Voorbeeld", "PI Vught", "123456782")
    assert SearchableRows([row]).found(search_terms("jan 782")).rows == [row]
    assert SearchableRows([row]).found(search_terms("t1")).rows == []  # the PI's last letter, the BSN's first digit

"""Search as you type and filters over register rows, in memory."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.casework.register import RegisterFilter, RegisterRow, apply_filter
from app.casework.register_search import search_key
from app.domain import CaseStatus
from db.folding import fold

TODAY = date(2024, 6, 15)


def _row(
    case_id: str, given: str, surname: str, bsn: str, prison: str, status: CaseStatus, release: date | None
) -> RegisterRow:
    return RegisterRow(
        case_id=case_id,
        client_id=f"client-{case_id}",
        name=f"{surname}, {given}",
        date_of_birth=date(1985, 4, 1),
        bsn=bsn,
        prison=prison,
        start_date=TODAY - timedelta(days=100),
        release_date=release,
        status=status,
        coordinator="Coördinator",
        search_key=search_key(fold(f"{given} {surname} {prison}"), bsn),
    )


ROWS = [
    _row("a", "Jan", "Voorbeeld", "111222333", "PI Vught", CaseStatus.INTAKE, TODAY),
    _row("b", "Piet", "Proefmans", "123456782", "PI Zwolle", CaseStatus.PLAN, TODAY + timedelta(days=14)),
    _row("c", "Jan", "Testerink", "999990019", "PI Zwolle", CaseStatus.AFTERCARE, TODAY - timedelta(days=1)),
    _row("d", "Sanne", "van Nepstra", "", "PI Vught", CaseStatus.NOTIFIED, None),
    _row("e", "Fatima", "Demowijk", "990000015", "PI Vught", CaseStatus.CONTACT, TODAY + timedelta(days=15)),
]


def _ids(register_filter: RegisterFilter) -> list[str]:
    return [row.case_id for row in apply_filter(ROWS, register_filter, TODAY)]


def test_empty_filter_keeps_every_row_in_order() -> None:
    assert _ids(RegisterFilter()) == ["a", "b", "c", "d", "e"]
    assert _ids(RegisterFilter(text="   ")) == ["a", "b", "c", "d", "e"]


def test_text_matches_part_of_a_name_case_insensitively() -> None:
    assert _ids(RegisterFilter(text="VOORB")) == ["a"]


def test_every_word_must_match() -> None:
    assert _ids(RegisterFilter(text="jan")) == ["a", "c"]
    assert _ids(RegisterFilter(text="jan zwolle")) == ["c"]
    assert _ids(RegisterFilter(text="zwolle jan")) == ["c"]
    assert _ids(RegisterFilter(text="jan nergens")) == []


def test_text_matches_the_prison() -> None:
    assert _ids(RegisterFilter(text="vught")) == ["a", "d", "e"]


@pytest.mark.parametrize("typed", ["123456782", "123.456.782", "123 456 782", "782"])
def test_bsn_typed_whole_or_its_shown_end_matches_the_stored_digits(typed: str) -> None:
    assert _ids(RegisterFilter(text=typed)) == ["b"]


@pytest.mark.parametrize("typed", ["1234.56", "4567", "456"])
def test_hidden_digits_of_a_bsn_find_nothing(typed: str) -> None:
    assert _ids(RegisterFilter(text=typed)) == []


def test_status_filter_keeps_only_those_statuses() -> None:
    statuses = frozenset({CaseStatus.PLAN, CaseStatus.NOTIFIED})
    assert _ids(RegisterFilter(statuses=statuses)) == ["b", "d"]


def test_release_window_is_today_through_today_plus_n_inclusive() -> None:
    # a: today (in), b: +14 (in, last day), c: yesterday (out), d: unknown (out), e: +15 (out)
    assert _ids(RegisterFilter(release_within_days=14)) == ["a", "b"]


def test_release_window_of_zero_days_is_today_only() -> None:
    assert _ids(RegisterFilter(release_within_days=0)) == ["a"]


def test_filters_combine() -> None:
    both = RegisterFilter(text="vught", statuses=frozenset({CaseStatus.INTAKE, CaseStatus.CONTACT}),
                          release_within_days=30)
    assert _ids(both) == ["a", "e"]


def test_filter_does_not_change_the_input_list() -> None:
    rows = list(ROWS)
    apply_filter(rows, RegisterFilter(text="jan"), TODAY)
    assert rows == ROWS


@pytest.mark.parametrize("text", ["", "jan", "jan zwolle", "vught 015", "782", "123456782 proef", "123456782 782",
                                  "111222333 782", "4567", "nergens"])
@pytest.mark.parametrize("statuses", [frozenset(), frozenset({CaseStatus.PLAN, CaseStatus.INTAKE, CaseStatus.CONTACT})])
@pytest.mark.parametrize("days", [None, 0, 14])
def test_the_fast_filter_finds_what_the_filter_of_one_row_finds(text: str, statuses: frozenset[CaseStatus],
                                                                days: int | None) -> None:
    register_filter = RegisterFilter(text, statuses, days)
    assert apply_filter(ROWS, register_filter, TODAY) == [row for row in ROWS if register_filter.matches(row, TODAY)]

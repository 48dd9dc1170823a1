"""The register a page at a time (as a server's register reads it) finds, counts and orders exactly what the register
in memory does, on both engines: every query below is paged through in small pages and held against the rows of
`load_register`, filtered and sorted in Python."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

from app.backoffice.assignment import assign
from app.casework import register_pages
from app.casework.case_warnings import open_warnings
from app.casework.cases import CaseData
from app.casework.checklist import load_catalogue
from app.casework.consent import Badge
from app.casework.intake import ActionOwner, stamp_new
from app.casework.register import RegisterFilter, RegisterRow, apply_filter, load_register, open_register
from app.casework.register_pages import (
    PageCursor,
    RegisterQuery,
    SortKey,
    first_page,
    read_page,
    register_choices,
)
from app.demo.workspace import fill_with_demo_cases
from app.domain import STATUS_FLOW, CaseStatus, parse_target_groups
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.folding import fold
from db.models import FollowUpAction
from db.repositories.register import RegisterCriteria, RegisterOrder, RegisterRepository, page_statement
from tests.integration.helpers import TODAY, client_data, detention_data, register

KEY_DOMAINS = load_catalogue().active().key_domain_ids
OPEN_WARNING_CODES = {"release_soon_no_intake", "release_soon_plan_not_agreed", "release_soon_open_domains",
                      "information_term_passed", "no_basis_to_share"}
NOEL = client_data(surname="Hek-Müller", surname_prefix="van 't", given_names="Noël François", bsn="111222333")
IJSSEL = client_data(surname="Ĳsselstein", given_names="Søren", bsn="")
SAMPLES = ("Noël François van 't Hek-Müller", "Ĳsselmeer", "Straße", "Søren Łukasz Æbelø", "Çelik Şahin İstanbul",
           "ÉÀÖ Œuvre", "plain ascii 123")


@pytest.fixture
def office_with_cases(office: OpenWorkspace) -> Iterator[OpenWorkspace]:
    """180 demo cases around TODAY, and two people whose names carry diacritics (one without a BSN or
    release date), some cases handed to Jan de Vries, some with actions for partners."""
    fill_with_demo_cases(office, 180, seed=11, today=TODAY)
    noel = register(office, NOEL).case_ids[0]
    register(office, IJSSEL, detention_data(prison="PI Zwolle", expected_release_date=None),
             CaseData(target_groups=frozenset()))
    rows = load_register(office, KEY_DOMAINS, today=TODAY)
    assign(office, [noel, *[row.case_id for row in rows[:40:3]]], "Jan de Vries")
    with office.transaction(Permission.READ_CASES) as uow:  # plans for partners, some without a basis to share them
        for row in rows[1:120:7]:
            uow.session.add(stamp_new(FollowUpAction(case_id=row.case_id, domain_id="housing", what="Woning zoeken",
                                                     who=ActionOwner.PARTNER.value), office.actor))
        uow.commit()
    yield office


def _all_pages(office: OpenWorkspace, query: RegisterQuery, limit: int = 23, few: bool = False) -> list[RegisterRow]:
    rows: list[RegisterRow] = []
    after: PageCursor | None = None
    while True:
        page = read_page(office, query, KEY_DOMAINS, after, limit=limit, today=TODAY, few=few)
        rows.extend(page.rows)
        assert set(page.badges) <= {row.case_id for row in page.rows}
        if page.after is None:
            return rows
        after = page.after


# The order each sort key gives, as the register in memory would show it: None (no value) last in both directions.
EXPECTED_KEYS: dict[SortKey, Callable[[RegisterRow], Any]] = {
    SortKey.NAME: lambda row: fold(row.name),
    SortKey.DATE_OF_BIRTH: lambda row: row.date_of_birth,
    SortKey.BSN: lambda row: row.bsn[6:] or None,
    SortKey.PRISON: lambda row: fold(row.prison) or None,
    SortKey.RELEASE_DATE: lambda row: row.release_date,
    SortKey.STATUS: lambda row: STATUS_FLOW.index(row.status),
    SortKey.COORDINATOR: lambda row: fold(row.coordinator) or None,
    SortKey.WARNINGS: lambda row: -open_warnings(row.warnings) or None,
}


def _expected(rows: list[RegisterRow], query: RegisterQuery, target_groups: dict[str, str]) -> list[RegisterRow]:
    shown = apply_filter(sorted(rows, key=lambda row: row.case_id), query.filter, TODAY)
    shown = [row for row in shown
             if (query.coordinator is None or row.coordinator == query.coordinator)
             and (query.prison is None or row.prison == query.prison)
             and (query.target_group is None
                  or query.target_group in {g.value for g in parse_target_groups(target_groups[row.case_id])})
             and (not query.only_warnings or open_warnings(row.warnings))]
    if query.sort is None:
        return shown
    key = EXPECTED_KEYS[query.sort]
    with_value = sorted((row for row in shown if key(row) is not None), key=key, reverse=query.descending)
    return with_value + [row for row in shown if key(row) is None]


def _target_groups(office: OpenWorkspace) -> dict[str, str]:
    with office.transaction(Permission.READ_CASES) as uow:
        return {str(case_id): str(groups) for case_id, groups in
                uow.session.execute(text("SELECT id, target_groups FROM case_file"))}


QUERIES = [
    RegisterQuery(),
    *[RegisterQuery(sort=key, descending=descending) for key in SortKey for descending in (False, True)],
    RegisterQuery(RegisterFilter(text="noel muller")),
    RegisterQuery(RegisterFilter(text="HEK müller")),
    RegisterQuery(RegisterFilter(text="ijssel soren")),
    RegisterQuery(RegisterFilter(text="van"), sort=SortKey.NAME),
    RegisterQuery(RegisterFilter(text="vught")),
    RegisterQuery(RegisterFilter(text="pi zw"), sort=SortKey.NAME),  # words no trigram serves: walked by name
    RegisterQuery(RegisterFilter(text="ü"), sort=SortKey.NAME, descending=True),
    RegisterQuery(RegisterFilter(text="111.222")),  # hidden digits: nothing
    RegisterQuery(RegisterFilter(text="111.222.333")),
    RegisterQuery(RegisterFilter(text="333"), sort=SortKey.BSN),
    RegisterQuery(RegisterFilter(text="noel 333")),
    RegisterQuery(RegisterFilter(text="%")),
    RegisterQuery(RegisterFilter(text="_")),
    RegisterQuery(RegisterFilter(statuses=frozenset({CaseStatus.NOTIFIED, CaseStatus.PLAN}))),
    RegisterQuery(RegisterFilter(release_within_days=30), sort=SortKey.RELEASE_DATE),
    RegisterQuery(coordinator="Jan de Vries", sort=SortKey.NAME),
    RegisterQuery(coordinator=""),
    RegisterQuery(prison="PI Zwolle"),
    RegisterQuery(target_group="pga", sort=SortKey.STATUS, descending=True),
    RegisterQuery(only_warnings=True, sort=SortKey.WARNINGS),
    RegisterQuery(RegisterFilter(text="a", statuses=frozenset({CaseStatus.AFTERCARE})), only_warnings=True),
]


def test_pages_find_count_and_order_what_the_register_in_memory_shows(office_with_cases: OpenWorkspace) -> None:
    office = office_with_cases
    everything = load_register(office, KEY_DOMAINS, today=TODAY)
    target_groups = _target_groups(office)
    assert any(row.warnings for row in everything) and not all(row.warnings for row in everything)
    codes = {warning.code for row in everything for warning in row.warnings}
    assert codes >= OPEN_WARNING_CODES, codes
    for query in QUERIES:
        expected = _expected(everything, query, target_groups)
        for few in (False, True):  # walking the cases in order, or finding them first: the same pages
            paged = _all_pages(office, query, few=few)
            assert [row.case_id for row in paged] == [row.case_id for row in expected], (query, few)
            assert paged == expected, (query, few)  # the same rows, warnings and all
        first = first_page(office, query, KEY_DOMAINS, limit=23, today=TODAY)
        assert first.page.rows == expected[:23] and first.found == len(expected), query
        assert first.total == len(everything)
    assert len(_all_pages(office, RegisterQuery(RegisterFilter(text="noel muller")))) == 1
    assert _all_pages(office, RegisterQuery(RegisterFilter(text="%"))) == []


def test_pages_carry_the_consent_badges_of_their_rows(office_with_cases: OpenWorkspace) -> None:
    """Every page holds the badges the whole register has for its rows, and only those."""
    whole = open_register(office_with_cases, KEY_DOMAINS, today=TODAY).badges
    assert whole  # the demo cases with a plan have a consent
    after: PageCursor | None = None
    seen: dict[str, Badge] = {}
    while True:
        page = read_page(office_with_cases, RegisterQuery(sort=SortKey.NAME), KEY_DOMAINS, after, limit=50,
                         today=TODAY)
        rows = {row.case_id for row in page.rows}
        assert page.badges == {case_id: badge for case_id, badge in whole.items() if case_id in rows}
        seen.update(page.badges)
        if page.after is None:
            break
        after = page.after
    assert seen == whole


def test_a_bsn_search_is_read_as_few_without_sampling_the_register(office_with_cases: OpenWorkspace,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole BSN finds one person, its last three digits about one case in a thousand: no sample is taken (on the
    server it joins every client to the sampled cases)."""
    def no_sample(*_args: object) -> float:
        raise AssertionError("sampled")

    monkeypatch.setattr(RegisterRepository, "sampled_share", no_sample)
    for typed in ("111.222.333", "333"):
        first = first_page(office_with_cases, RegisterQuery(RegisterFilter(text=typed)), KEY_DOMAINS, today=TODAY)
        assert first.few and "111222333" in {row.bsn for row in first.page.rows}, typed


def test_a_search_no_trigram_serves_is_walked_and_counted_so_far(office_with_cases: OpenWorkspace,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Words of one or two letters are walked in order without a sample; a search that finds many is counted up to
    COUNT_UP_TO and says it finds more, one that finds fewer is counted exactly (whether or not its page is full)."""
    def no_sample(*_args: object) -> float:
        raise AssertionError("sampled")

    monkeypatch.setattr(RegisterRepository, "sampled_share", no_sample)
    monkeypatch.setattr(register_pages, "COUNT_UP_TO", 30)
    everything = load_register(office_with_cases, KEY_DOMAINS, today=TODAY)
    target_groups = _target_groups(office_with_cases)
    for typed, limit in (("pi", 23), ("pi zw", 23), ("pi zw", 5), ("zz", 23)):
        query = RegisterQuery(RegisterFilter(text=typed), sort=SortKey.NAME)
        expected = _expected(everything, query, target_groups)
        first = first_page(office_with_cases, query, KEY_DOMAINS, limit=limit, today=TODAY)
        assert not first.few and first.page.rows == expected[:limit], typed
        if len(expected) > 30:
            assert (first.found, first.more_found) == (30, True), typed
        else:
            assert (first.found, first.more_found) == (len(expected), False), (typed, limit)
    assert len(_expected(everything, RegisterQuery(RegisterFilter(text="pi")), target_groups)) == len(everything)
    assert 5 < len(_expected(everything, RegisterQuery(RegisterFilter(text="pi zw")), target_groups)) <= 23


def test_the_overview_offers_every_coordinator_and_prison(office_with_cases: OpenWorkspace) -> None:
    rows = load_register(office_with_cases, KEY_DOMAINS, today=TODAY)
    choices = register_choices(office_with_cases)
    assert choices.coordinators == sorted({row.coordinator for row in rows if row.coordinator}, key=str.casefold)
    assert choices.prisons == sorted({row.prison for row in rows if row.prison}, key=str.casefold)
    assert "Jan de Vries" in choices.coordinators


def test_the_database_folds_text_as_python_does(office: OpenWorkspace) -> None:
    with office.transaction(Permission.READ_CASES) as uow:
        folded = [uow.session.execute(text("SELECT terugkeer_fold(:value)"), {"value": sample}).scalar_one()
                  for sample in SAMPLES]
    assert folded == [fold(sample) for sample in SAMPLES]


@pytest.mark.server
@pytest.mark.parametrize("engine_kind", ["server"], indirect=True)
def test_the_server_searches_and_sorts_through_its_indexes(office_with_cases: OpenWorkspace) -> None:
    """Search as you type is served by the trigram indexes and the first page by name by its index, not by reading
    every row (the planner is told to avoid whole-table scans where it can, as it will at 200,000 cases)."""
    def plan(criteria: RegisterCriteria, order: RegisterOrder, *avoid: str, few: bool = False,
             after: PageCursor | None = None) -> str:
        statement = page_statement(criteria, order, after, 200, few=few, on_server=True)
        with office_with_cases.transaction(Permission.READ_CASES) as uow:
            for scan in avoid:
                uow.session.execute(text(f"SET LOCAL enable_{scan} = off"))
            compiled = statement.compile(uow.session.get_bind(), compile_kwargs={"literal_binds": True})
            return "\n".join(uow.session.execute(text(f"EXPLAIN {compiled}")).scalars())

    # A search that finds few: looked up in the trigram index (rather than walking every case)
    name = RegisterOrder(key="name")
    assert "ix_case_file_search" in plan(RegisterCriteria(words=("muller",)), name, "seqscan", "indexonlyscan",
                                         few=True)
    assert "ix_case_file_search" in plan(RegisterCriteria(words=("vught",)), name, "seqscan", "indexonlyscan",
                                         few=True)
    # The first page by name, or of a search that finds many: the cases walked in name order until the page is full;
    # a search no trigram serves through the name index alone, which holds the search text (not the wide rows)
    assert "ix_case_file_name_walk" in plan(RegisterCriteria(), name, "seqscan", "sort")
    assert "Index Only Scan using ix_case_file_name_walk" in plan(RegisterCriteria(words=("pi", "zw")), name,
                                                                  "seqscan", "sort", "indexscan")
    # A next page by name, even of a search that finds few: walked on from the last row shown, through the index alone
    next_page = plan(RegisterCriteria(words=("vught",)), name, "seqscan", "bitmapscan", "sort", few=True,
                     after=("de vries, jan", "0"))
    assert "Index Only Scan using ix_case_file_name_walk" in next_page, next_page
    assert "Index Cond: (ROW(sort_name" in next_page, next_page
    # A BSN by its last three digits: looked up by them
    assert "ix_client_bsn_end" in plan(RegisterCriteria(bsn_end="333"), name, "seqscan", few=True)

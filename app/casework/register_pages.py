"""The register a page at a time, for a server's register: 200,000 cases are never read at once.

The same rows, search and filters as the register in memory (app.casework.register), worked out by the database:
each page is the next `limit` rows after the last one shown (keyset paging), with the consent badges and warnings of
those rows only. Every column sorts but consent, whose badge is worked out from a case's consents in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from app.casework.case_warnings import warning_terms
from app.casework.consent import Badge, badges_by_case
from app.casework.register import RegisterFilter, RegisterRow, register_rows
from app.casework.warning_facts import read_warning_inputs
from app.domain import STATUS_FLOW
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.repositories.register import RegisterCriteria, RegisterOrder
from db.uow import UnitOfWork

PAGE_SIZE = 100  # about four screens of rows; scrolling to the end reads the next page
FEW = 0.2  # a query finding about this part of the register or less: found first, then ordered
COUNT_UP_TO = 1000  # a search walked in order (it finds many) is counted this far: "more than 1000"


class SortKey(StrEnum):
    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    BSN = "bsn"
    PRISON = "prison"
    RELEASE_DATE = "release_date"
    STATUS = "status"
    COORDINATOR = "coordinator"
    WARNINGS = "warnings"  # most warnings first


@dataclass(frozen=True)
class RegisterQuery:
    """The register's filter, the back office's overview filters (None: all; coordinator "" is no coordinator
    yet) and the order."""

    filter: RegisterFilter = field(default_factory=RegisterFilter)
    coordinator: str | None = None
    prison: str | None = None
    target_group: str | None = None
    only_warnings: bool = False
    sort: SortKey | None = None
    descending: bool = False


PageCursor = tuple[Any, str]  # the sort value (None when the row has none) and case id of the last row read


@dataclass(frozen=True)
class RegisterPage:
    rows: list[RegisterRow]
    badges: dict[str, Badge]  # of these rows; a case without a ground or consent is missing (Badge.NONE)
    after: PageCursor | None  # where the next page starts; None when this was the last


def _criteria(query: RegisterQuery, today: date, key_domains: frozenset[str]) -> RegisterCriteria:
    register_filter = query.filter
    days = register_filter.release_within_days
    terms = register_filter.terms
    return RegisterCriteria(
        words=terms.words, bsn=terms.bsn, bsn_end=terms.bsn_end, finds_nothing=terms.finds_nothing,
        statuses=tuple(sorted(status.value for status in register_filter.statuses)),
        release_from=today if days is not None else None,
        release_until=today + timedelta(days) if days is not None else None,
        coordinator=query.coordinator, prison=query.prison, target_group=query.target_group,
        only_warnings=warning_terms(today, key_domains) if query.only_warnings else None)


def _order(query: RegisterQuery, today: date, key_domains: frozenset[str]) -> RegisterOrder:
    return RegisterOrder(
        key=query.sort.value if query.sort is not None else None, descending=query.descending,
        status_flow=tuple(status.value for status in STATUS_FLOW),
        warnings=warning_terms(today, key_domains) if query.sort is SortKey.WARNINGS else None)


def _page(uow: UnitOfWork, raw_rows: Sequence[Any], key_domains: frozenset[str], today: date,
          limit: int) -> RegisterPage:
    case_ids = [raw.case_id for raw in raw_rows]
    inputs = read_warning_inputs(uow, key_domains, today, case_ids)
    rows = register_rows(raw_rows, today, inputs)
    last = raw_rows[-1] if len(raw_rows) == limit else None
    return RegisterPage(rows, badges_by_case(uow, today, case_ids),
                        (last.sort_value, last.case_id) if last is not None else None)


def read_page(workspace: OpenWorkspace, query: RegisterQuery, key_domains: frozenset[str],
              after: PageCursor | None = None, limit: int = PAGE_SIZE, today: date | None = None,
              few: bool = False) -> RegisterPage:
    """The next page of the register as `query` filters and orders it: the first page when `after` is None; `few`
    as `first_page` said of the query. Not logged as a view (the register shows no file)."""
    today = today or date.today()
    with workspace.transaction(Permission.READ_CASES) as uow:
        raw_rows = uow.register.page(_criteria(query, today, key_domains), _order(query, today, key_domains),
                                     after, limit, few)
        return _page(uow, raw_rows, key_domains, today, limit)


@dataclass(frozen=True)
class FirstPage:
    """What the register shows after a new search or filter: the first page and the counts beneath it."""

    page: RegisterPage
    found: int  # cases the query finds; with `more_found`, it finds more than this (COUNT_UP_TO)
    total: int  # cases in the register
    few: bool  # the query finds a small part of the register (FEW): how the next pages are read
    more_found: bool = False


def _by_bsn(criteria: RegisterCriteria) -> bool:
    """A BSN search finds one person, or by the last three digits about one case in a thousand: few, without
    sampling (which would join every client to the sampled cases, 25-30 ms at 200,000 cases)."""
    return criteria.bsn is not None or criteria.bsn_end is not None


def _few(uow: UnitOfWork, criteria: RegisterCriteria) -> bool:
    """Whether to find the cases first and then order them (rather than walk them in order until the page is full).
    Never for a search no trigram serves: finding its cases reads every case, a walk at most every case's entry in
    the name index, and only until the page is full."""
    if criteria == RegisterCriteria() or criteria.unindexed_words:
        return False
    return _by_bsn(criteria) or uow.register.sampled_share(criteria) <= FEW


def _found(uow: UnitOfWork, criteria: RegisterCriteria, raw_rows: Sequence[Any], limit: int, few: bool,
           total: int) -> tuple[int, bool]:
    """How many cases the first page's query finds, and whether it finds more than that (COUNT_UP_TO)."""
    if few:  # counted while they were found
        return (raw_rows[0].found if raw_rows else 0), False
    if criteria == RegisterCriteria():
        return total, False
    if len(raw_rows) < limit:  # walked to the end: every case it finds is on the page
        return len(raw_rows), False
    if criteria.words:  # a search that finds many: counting every one would read them all, for a number no one needs
        counted = uow.register.count_up_to(criteria, COUNT_UP_TO)
        return min(counted, COUNT_UP_TO), counted > COUNT_UP_TO
    return uow.register.count(criteria), False


def first_page(workspace: OpenWorkspace, query: RegisterQuery, key_domains: frozenset[str],
               limit: int = PAGE_SIZE, today: date | None = None, total: int | None = None) -> FirstPage:
    """The first `limit` rows of `query` and how many it finds (a search that finds many: up to COUNT_UP_TO, and
    whether it finds more); and how many cases there are, unless the caller knows (`total`: a keystroke changes what
    is found, not the register)."""
    today = today or date.today()
    with workspace.transaction(Permission.READ_CASES) as uow:
        criteria = _criteria(query, today, key_domains)
        if total is None:
            total = uow.register.count(RegisterCriteria())
        few = _few(uow, criteria)
        raw_rows = uow.register.page(criteria, _order(query, today, key_domains), None, limit, few)
        found, more_found = _found(uow, criteria, raw_rows, limit, few, total)
        return FirstPage(_page(uow, raw_rows, key_domains, today, limit), found, total, few, more_found)


@dataclass(frozen=True)
class RegisterChoices:
    """What the back office's overview filters offer: every coordinator with cases and every PI."""

    coordinators: list[str]
    prisons: list[str]


def register_choices(workspace: OpenWorkspace) -> RegisterChoices:
    with workspace.transaction(Permission.READ_CASES) as uow:
        return RegisterChoices(sorted(uow.register.coordinators(), key=str.casefold),
                               sorted(uow.register.prisons(), key=str.casefold))

"""The case register as a read model: flat rows with their consent badges, search as you type and filters, in
memory.

20,000 rows fit easily in memory; filtering a precomputed folded search key per row is far faster than a
query per keystroke on an encrypted file, and keeps the UI free of SQL. A server's register is read a page at a time
instead (app.casework.register_pages), with the same search and filters in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from sqlalchemy import Row

from app.casework.case_warnings import CaseWarning, case_warnings
from app.casework.cases import Changes
from app.casework.consent import Badge, badges_by_case
from app.casework.search_terms import SearchTerms, search_terms
from app.casework.warning_facts import WarningInputs, read_warning_inputs
from app.domain import CaseStatus
from app.permissions import Permission
from app.person_names import list_name
from app.workspace.session import OpenWorkspace
from db.folding import fold
from db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class RegisterRow:
    case_id: str
    client_id: str
    name: str  # "Surname, given names (prefix)" as sorted and shown
    date_of_birth: date
    bsn: str
    prison: str
    start_date: date
    release_date: date | None  # actual if known, else expected
    status: CaseStatus
    coordinator: str
    search_key: str  # folded name and prison (db.folding), for search as you type; the BSN is searched apart
    warnings: tuple[CaseWarning, ...] = ()


def register_row(raw: Row[Any], today: date, inputs: WarningInputs) -> RegisterRow:
    """The register row of one row of db.repositories.cases.register_select, with today's warnings."""
    surname = f"{raw.surname_prefix} {raw.surname}".strip() if raw.surname_prefix else raw.surname
    name = list_name(raw.given_names, raw.surname_prefix, raw.surname)
    bsn = raw.bsn or ""
    return RegisterRow(
        case_id=raw.case_id,
        client_id=raw.client_id,
        name=name,
        date_of_birth=raw.date_of_birth,
        bsn=bsn,
        prison=raw.prison,
        start_date=raw.start_date,
        release_date=raw.actual_release_date or raw.expected_release_date,
        status=CaseStatus(raw.status),
        coordinator=raw.coordinator,
        search_key=fold(f"{raw.given_names} {surname} {raw.prison}"),
        warnings=tuple(case_warnings(inputs.facts(
            raw.case_id, CaseStatus(raw.status), raw.start_date, raw.expected_release_date, raw.actual_release_date),
            today)),
    )


def _rows(uow: UnitOfWork, key_domains: frozenset[str], today: date) -> list[RegisterRow]:
    inputs = read_warning_inputs(uow, key_domains, today)
    return [register_row(raw, today, inputs) for raw in uow.cases.register_rows()]


def load_register(workspace: OpenWorkspace, key_domains: frozenset[str], today: date | None = None
                  ) -> list[RegisterRow]:
    """All cases as register rows (no ORM objects), with today's warnings; `key_domains` are the template's
    domains whose being open close to release is a warning. Not logged as a view (the register shows no file)."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        return _rows(uow, key_domains, today or date.today())


def load_register_row(workspace: OpenWorkspace, case_id: str, key_domains: frozenset[str],
                      today: date | None = None) -> RegisterRow | None:
    """The register row of one case; None when there is no such case."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        return _rows_by_id(uow, [case_id], key_domains, today or date.today()).get(case_id)


@dataclass(frozen=True)
class RegisterView:
    """The register as the screen shows it."""

    rows: list[RegisterRow]
    badges: dict[str, Badge]  # by case id; a case without a ground or consent is missing (Badge.NONE)


@dataclass(frozen=True)
class RowUpdate:
    """One changed case, to put into the register shown: its row (None when the case is gone) and badge."""

    case_id: str
    row: RegisterRow | None
    badge: Badge


def open_register(workspace: OpenWorkspace, key_domains: frozenset[str], today: date | None = None) -> RegisterView:
    """Every register row (as `load_register`) and every case's consent badge, read together."""
    today = today or date.today()
    with workspace.transaction(Permission.READ_CASES) as uow:
        return RegisterView(_rows(uow, key_domains, today), badges_by_case(uow, today))


def _rows_by_id(uow: UnitOfWork, case_ids: Sequence[str], key_domains: frozenset[str], today: date
                ) -> dict[str, RegisterRow]:
    """The register rows of those of `case_ids` that exist, in one query."""
    inputs = read_warning_inputs(uow, key_domains, today, case_ids)
    return {raw.case_id: register_row(raw, today, inputs) for raw in uow.cases.register_rows(case_ids)}


def updated_rows(workspace: OpenWorkspace, case_ids: Sequence[str], key_domains: frozenset[str],
                 today: date | None = None) -> list[RowUpdate]:
    """The rows and badges of the cases a change touched, to refresh the register without reading it all."""
    today = today or date.today()
    with workspace.transaction(Permission.READ_CASES) as uow:
        badges = badges_by_case(uow, today, case_ids)
        rows = _rows_by_id(uow, case_ids, key_domains, today)
        return [RowUpdate(case_id, rows.get(case_id), badges.get(case_id, Badge.NONE)) for case_id in case_ids]


def rows_of(workspace: OpenWorkspace, case_ids: Sequence[str], key_domains: frozenset[str],
            today: date | None = None) -> dict[str, RegisterRow]:
    """The register rows of `case_ids` (a list of cases shown by name, such as the cases behind a figure), by case
    id; cases that no longer exist are left out. Not logged as a view (the register shows no file)."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        return _rows_by_id(uow, case_ids, key_domains, today or date.today())


@dataclass(frozen=True)
class RegisterFilter:
    """Search text (app.casework.search_terms: words in the name or PI, a BSN by all nine digits or the last
    three), statuses to show, release window in days."""

    text: str = ""
    statuses: frozenset[CaseStatus] = frozenset()
    release_within_days: int | None = None

    @cached_property
    def terms(self) -> SearchTerms:
        """The search terms, worked out once per filter rather than once per row."""
        return search_terms(self.text)

    @property
    def is_empty(self) -> bool:
        return self.terms.is_empty and not self.statuses and self.release_within_days is None

    def matches(self, row: RegisterRow, today: date) -> bool:
        if self.statuses and row.status not in self.statuses:
            return False
        if self.release_within_days is not None:
            if row.release_date is None:
                return False
            if not today <= row.release_date <= today + timedelta(days=self.release_within_days):
                return False
        return self.terms.matches(row.search_key, row.bsn)


def apply_filter(rows: list[RegisterRow], register_filter: RegisterFilter, today: date) -> list[RegisterRow]:
    """The rows that pass the filter, in their current order. Search text alone (what typing does) takes a direct
    path: at 20,000 rows the first key of a search must stay well within 50 ms."""
    if register_filter.is_empty:
        return list(rows)
    terms = register_filter.terms
    if not register_filter.statuses and register_filter.release_within_days is None:
        if len(terms.words) == 1 and terms == SearchTerms(terms.words):
            word = terms.words[0]
            return [row for row in rows if word in row.search_key]
        return [row for row in rows if terms.matches(row.search_key, row.bsn)]
    return [row for row in rows if register_filter.matches(row, today)]


def changes_since(workspace: OpenWorkspace, seq: int) -> tuple[int, Changes]:
    """What others changed in the register since change sequence number `seq` (another person, another process, a
    bundle read in): the number to ask from next time, and the cases to show again. Reads only numbers and ids."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        now, case_ids = uow.cases.changed_since(seq)
        return now, Changes(case_ids=tuple(case_ids))

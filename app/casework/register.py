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
from typing import Any, NamedTuple

from app.casework.case_warnings import CaseWarning, case_warnings, warning_screen
from app.casework.cases import Changes
from app.casework.consent import Badge, badges_by_case
from app.casework.register_search import SearchableRows, search_key
from app.casework.search_terms import SearchTerms, search_terms
from app.casework.warning_facts import WarningInputs, read_warning_inputs
from app.cycle_collection import no_cycle_collection
from app.domain import CaseStatus
from app.permissions import Permission
from app.person_names import list_name
from app.workspace.session import OpenWorkspace
from db.folding import fold
from db.uow import UnitOfWork


class RegisterRow(NamedTuple):
    """One case as the register shows and searches it. A named tuple, not a frozen dataclass: as immutable, and
    made three times as fast (a frozen dataclass sets each field through `object.__setattr__`), which counts for
    the 100,000 rows of a large register's first reading."""

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
    search_key: str  # folded name and PI, then the BSN (app.casework.register_search.search_key)
    warnings: tuple[CaseWarning, ...] = ()


_STATUSES = {status.value: status for status in CaseStatus}  # a dict look-up, not an Enum call per row
_COLUMNS = 13  # case_id, client_id, given_names … coordinator: the first columns of register_select, in its order


def register_rows(raw_rows: Sequence[Sequence[Any]], today: date, inputs: WarningInputs) -> list[RegisterRow]:
    """The register rows of rows that start with the columns of db.repositories.cases.register_select, in its
    order, with today's warnings.

    This runs for every case when a register opens (20,000 and more): the columns are taken by position in one
    step, and only a case that may have a warning (`warning_screen`) gets its facts and rules."""
    may_warn = warning_screen(today)
    for_partners = inputs.for_partners
    rows = []
    for raw in raw_rows:
        (case_id, client_id, given_names, surname_prefix, surname, date_of_birth, bsn, prison, start_date,
         expected_release, actual_release, status_value, coordinator) = raw[:_COLUMNS]
        status = _STATUSES[status_value]
        release = actual_release or expected_release
        warnings: tuple[CaseWarning, ...] = ()
        if may_warn(status, start_date, release, actual_release, case_id in for_partners):
            warnings = tuple(case_warnings(inputs.facts(case_id, status, start_date, expected_release,
                                                        actual_release), today))
        full_surname = f"{surname_prefix} {surname}".strip() if surname_prefix else surname
        bsn = bsn or ""
        rows.append(RegisterRow(
            case_id=case_id, client_id=client_id, name=list_name(given_names, surname_prefix, surname),
            date_of_birth=date_of_birth, bsn=bsn, prison=prison, start_date=start_date, release_date=release,
            status=status, coordinator=coordinator,
            search_key=search_key(fold(f"{given_names} {full_surname} {prison}"), bsn),
            warnings=warnings))
    return rows


def _rows(uow: UnitOfWork, key_domains: frozenset[str], today: date) -> list[RegisterRow]:
    with no_cycle_collection():
        inputs = read_warning_inputs(uow, key_domains, today)
        return register_rows(uow.cases.all_register_rows(), today, inputs)


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
    return {row.case_id: row for row in register_rows(uow.cases.register_rows(case_ids), today, inputs)}


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
    """The rows that pass the filter (as `RegisterFilter.matches` says), in their current order.

    One list comprehension per filter, each over what the one before left, rather than a method call per row, and
    the search text through `SearchableRows`: at 100,000 rows a keystroke must stay well within 50 ms, and the
    default filter (every status but closed) is always on."""
    if register_filter.is_empty:
        return list(rows)
    terms = register_filter.terms
    if terms.finds_nothing:
        return []
    shown = rows
    if register_filter.statuses:
        statuses = register_filter.statuses
        shown = [row for row in shown if row.status in statuses]
    if register_filter.release_within_days is not None:
        until = today + timedelta(days=register_filter.release_within_days)
        shown = [row for row in shown if row.release_date is not None and today <= row.release_date <= until]
    return SearchableRows(shown).found(terms).rows if not terms.is_empty else shown


def changes_since(workspace: OpenWorkspace, seq: int) -> tuple[int, Changes]:
    """What others changed in the register since change sequence number `seq` (another person, another process, a
    bundle read in): the number to ask from next time, and the cases to show again. Reads only numbers and ids."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        now, case_ids = uow.cases.changed_since(seq)
        return now, Changes(case_ids=tuple(case_ids))

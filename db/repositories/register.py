"""The register a page at a time: search, filters and order in SQL, pages by keyset (the sort value and case id of
the last row shown), so that a server with 200,000 cases never sends more than a page.

Search compares folded text (db.folding; `terugkeer_fold` in SQL). The server keeps each case's folded search text
and sort name in the case's own row, with a trigram index and an index for the order by name
(db.migrate.REGISTER_SEARCH), so a keystroke neither folds nor joins every row; SQLite works them out each time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    SQLColumnExpression,
    String,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    tuple_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import FromClause
from sqlalchemy.sql.functions import FunctionElement

from db.models import (
    Case,
    Client,
    ConsentRecord,
    Detention,
    DomainAssessment,
    FollowUpAction,
    Intake,
    Plan,
    ProcessingGround,
)
from db.repositories import Repository
from db.repositories.cases import register_select

PAGE_CURSOR_NULL = None  # the sort value of a row in the group without a value (shown last)
TRIGRAM = 3  # a search word shorter than this has no trigram: the trigram index cannot find it
SAMPLE_BELOW = "03"  # case ids are random (UUID 4): those below this are a sample of about 1.2%


def _text(value: str) -> ColumnElement[str]:
    """A string constant written into the SQL (not a parameter), as in the server's generated columns."""
    return literal_column(f"'{value}'", String)


def _fold(expression: SQLColumnExpression[str]) -> ColumnElement[str]:
    return func.terugkeer_fold(expression, type_=String)


class _KeptText(FunctionElement[str]):
    """A folded text that the server keeps in a column of its own row, with its own index (`kept_as` in `kept_in`,
    db.migrate.REGISTER_SEARCH), and SQLite works out from the columns each time (its register pages are tests)."""

    type = String()
    inherit_cache = True
    kept_as = ""
    kept_in: FromClause

    @property
    def _from_objects(self) -> list[FromClause]:
        """Read from the row that keeps it: a query joins the tables SQLite works it out from itself, and the
        server's count needs none of them."""
        return [self.kept_in]


class _CaseSearchText(_KeptText):
    inherit_cache = True
    kept_as = "case_file.search_text"
    kept_in = Case.__table__


class _CaseSortName(_KeptText):
    inherit_cache = True
    kept_as = "case_file.sort_name"
    kept_in = Case.__table__


@compiles(_KeptText, "postgresql")
def _kept_text_postgresql(element: _KeptText, compiler: SQLCompiler, **kw: Any) -> str:
    return element.kept_as


@compiles(_KeptText, "sqlite")
def _kept_text_sqlite(element: _KeptText, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


SPACE, EMPTY = _text(" "), _text("")
# A case's client (name, prefix, surname) and PI as one folded text (the BSN is searched apart, only as far as it is
# shown); its client's name as the register shows and sorts it, "Surname, given names prefix".
CASE_SEARCH_TEXT = _CaseSearchText(
    _fold(Client.given_names + SPACE + Client.surname_prefix + SPACE + Client.surname) + SPACE
    + _fold(Detention.prison))
CASE_SORT_NAME = _CaseSortName(_fold(
    Client.surname + _text(", ") + Client.given_names
    + case((Client.surname_prefix == EMPTY, EMPTY), else_=SPACE + Client.surname_prefix)))
RELEASE_DATE = func.coalesce(Detention.actual_release_date, Detention.expected_release_date)


@dataclass(frozen=True)
class WarningTerms:
    """Today's open warnings (app.casework.case_warnings) as the dates and values SQL compares with."""

    today: date
    closed_status: str
    notified_status: str
    release_from: date  # a release in this window warns without an intake, a plan, or with a key domain open
    release_until: date
    key_domains: tuple[str, ...]
    intake_moment: str
    open_statuses: tuple[str, ...]
    concept_plan: str  # the status of a plan not yet agreed
    information_started_before: date  # a notification that started before this day has passed its term
    partner_owners: tuple[str, ...]  # actions for these owners take a plan to other organisations
    wsb_ground: str
    wsb_in_force: date


def has_intake() -> ColumnElement[bool]:
    """The case's intake was held (its intake record exists)."""
    return exists().where(Intake.case_id == Case.id)


def plan_agreed(concept: str) -> ColumnElement[bool]:
    """The case's plan of approach is no longer a `concept`: it was discussed or signed."""
    return exists().where(Plan.case_id == Case.id, Plan.status != concept)


def plan_for_partners(owners: Sequence[str]) -> ColumnElement[bool]:
    """The case has actions (not removed) for one of `owners`: its plan goes to other organisations."""
    return exists().where(FollowUpAction.case_id == Case.id, FollowUpAction.deleted.is_(False),
                          FollowUpAction.who.in_(owners))


def basis_to_share(terms: WarningTerms) -> ColumnElement[bool]:
    """A consent counts today (given, not expired, not replaced by one given by today) or a ground is active: the
    badge is not "none" (app.casework.consent.badge_for)."""
    successor = aliased(ConsentRecord)
    today = terms.today
    consent_counts = exists().where(
        ConsentRecord.case_id == Case.id, ConsentRecord.given_on <= today,
        or_(ConsentRecord.valid_until.is_(None), ConsentRecord.valid_until >= today),
        ~exists().where(successor.id == ConsentRecord.superseded_by, successor.given_on <= today))
    ground_active = exists().where(
        ProcessingGround.case_id == Case.id, ProcessingGround.deleted.is_(False), ProcessingGround.noted_on <= today,
        or_(ProcessingGround.ended_on.is_(None), ProcessingGround.ended_on > today),
        true() if terms.wsb_in_force <= today else ProcessingGround.ground != terms.wsb_ground)
    return or_(consent_counts, ground_active)


@dataclass(frozen=True)
class RegisterCriteria:
    """Which cases: every search word (folded) in the name or PI, the BSN (all nine digits, or the last three), and
    the filters that are set."""

    words: tuple[str, ...] = ()
    bsn: str | None = None
    bsn_end: str | None = None
    finds_nothing: bool = False
    statuses: tuple[str, ...] = ()
    release_from: date | None = None
    release_until: date | None = None
    coordinator: str | None = None  # "" for cases without a coordinator
    prison: str | None = None
    target_group: str | None = None
    only_warnings: WarningTerms | None = None

    @property
    def unindexed_words(self) -> bool:
        """A search of words of one or two letters only (and no BSN): no trigram serves it, so the server can only
        check it case by case; walking the cases in order does that for no more of them than the page needs."""
        return bool(self.words) and all(len(word) < TRIGRAM for word in self.words) and self.bsn is None \
            and self.bsn_end is None


@dataclass(frozen=True)
class RegisterOrder:
    """The order of the pages: a sort key (name, date_of_birth, bsn, prison, release_date, status, coordinator,
    warnings; None: by case id) and the direction."""

    key: str | None = None
    descending: bool = False
    status_flow: tuple[str, ...] = ()  # the statuses in the order the status column sorts
    warnings: WarningTerms | None = None  # needed to sort by the number of warnings


def warning_count(terms: WarningTerms) -> ColumnElement[int]:
    """The number of today's open warnings of a case, as app.casework.case_warnings.open_warnings counts them."""
    open_key_domain = exists().where(
        DomainAssessment.case_id == Case.id, DomainAssessment.moment == terms.intake_moment,
        DomainAssessment.domain_id.in_(terms.key_domains), DomainAssessment.status.in_(terms.open_statuses))
    release_soon = RELEASE_DATE.between(terms.release_from, terms.release_until)
    rules = (
        and_(release_soon, ~has_intake()),
        and_(release_soon, has_intake(), ~plan_agreed(terms.concept_plan)),
        and_(release_soon, open_key_domain),
        and_(Case.status == terms.notified_status, Detention.start_date < terms.information_started_before),
        and_(plan_for_partners(terms.partner_owners), ~basis_to_share(terms)),
    )
    total: ColumnElement[int] = case((rules[0], 1), else_=0)
    for rule in rules[1:]:
        total = total + case((rule, 1), else_=0)
    return case((Case.status == terms.closed_status, 0), else_=total)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class _Position(FunctionElement[int]):
    """Where a text (the first argument) holds another (the second), from 1; 0 when it does not."""

    type = Integer()
    inherit_cache = True


@compiles(_Position, "postgresql")
def _position_postgresql(element: _Position, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


@compiles(_Position, "sqlite")
def _position_sqlite(element: _Position, compiler: SQLCompiler, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


def _word(word: str, walking: bool) -> ColumnElement[bool]:
    """A case whose client's name, or whose PI, holds `word`. Asked as LIKE, which the trigram index serves, when
    the cases are found first; as its position when they are walked in order, which no index serves: the server
    then walks as the app chose, rather than finding them all because it guesses a long word rare."""
    if walking:
        return _Position(CASE_SEARCH_TEXT, literal(word, String)) > 0
    return CASE_SEARCH_TEXT.like(_like(word), escape="\\")


def _conditions(criteria: RegisterCriteria, walking: bool = False) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [_word(word, walking) for word in criteria.words]
    if criteria.finds_nothing:
        conditions.append(false())
    if criteria.bsn is not None:
        conditions.append(Client.bsn == criteria.bsn)
    if criteria.bsn_end is not None:
        conditions.append(func.substr(Client.bsn, 7) == criteria.bsn_end)
    if criteria.statuses:
        conditions.append(Case.status.in_(criteria.statuses))
    if criteria.release_from is not None and criteria.release_until is not None:
        conditions.append(RELEASE_DATE.between(criteria.release_from, criteria.release_until))
    if criteria.coordinator is not None:
        conditions.append(Case.coordinator == criteria.coordinator)
    if criteria.prison is not None:
        conditions.append(Detention.prison == criteria.prison)
    if criteria.target_group is not None:
        conditions.append((_text(",") + Case.target_groups + _text(",")).contains(f",{criteria.target_group},"))
    if criteria.only_warnings is not None:
        conditions.append(warning_count(criteria.only_warnings) > 0)
    return conditions


def _needs_detention(criteria: RegisterCriteria) -> bool:
    return criteria.release_from is not None or criteria.prison is not None or criteria.only_warnings is not None


def _sort_value(order: RegisterOrder) -> tuple[SQLColumnExpression[Any], ColumnElement[bool]]:
    """The sort value of a row and when it has none (those rows go last, in both directions)."""
    key = order.key
    if key == "name":
        return CASE_SORT_NAME, false()
    if key == "date_of_birth":
        return Client.date_of_birth, false()
    if key == "bsn":  # as shown (only the last three digits), so the order reveals no hidden digit
        return func.substr(Client.bsn, 7), or_(Client.bsn.is_(None), Client.bsn == "")
    if key == "prison":
        return _fold(Detention.prison), Detention.prison == ""
    if key == "release_date":
        return RELEASE_DATE, RELEASE_DATE.is_(None)
    if key == "status":
        return case({status: position for position, status in enumerate(order.status_flow)}, value=Case.status), \
            false()
    if key == "coordinator":
        return _fold(Case.coordinator), Case.coordinator == ""
    if key == "warnings" and order.warnings is not None:  # most warnings first
        count = warning_count(order.warnings)
        return -count, count == 0
    return Case.id, false()


def _ordered(value: SQLColumnExpression[Any], descending: bool) -> ColumnElement[Any]:
    return value.desc() if descending else value.asc()


def _after(value: SQLColumnExpression[Any], without: ColumnElement[bool], descending: bool,
           cursor: tuple[Any, str]) -> ColumnElement[bool]:
    """The rows after the cursor (the last row of the previous page) in the page order."""
    last_value, last_case = cursor
    if last_value is PAGE_CURSOR_NULL:
        return and_(without, Case.id > last_case)
    if descending:
        following = or_(value < last_value, and_(value == last_value, Case.id > last_case))
    else:  # as a row comparison, which the server reads as where to start in the index (an OR it would not)
        following = tuple_(value, Case.id) > tuple_(literal(last_value), literal(last_case))
    return or_(without, and_(~without, following))


def _cases(columns: Sequence[Any], criteria: RegisterCriteria, order_key: str | None, on_server: bool) -> Select[Any]:
    """`columns` of the cases, joined with their client and detention where a condition or the order reads them:
    always on SQLite, which works the search text and sort name out from them; on the server, which keeps those in
    the case's row, a join costs as much as reading every case again."""
    statement = select(*columns).select_from(Case)
    if not on_server or order_key in ("date_of_birth", "bsn") or criteria.bsn or criteria.bsn_end:
        statement = statement.join(Client, Case.client_id == Client.id)
    if not on_server or _needs_detention(criteria) or order_key in ("prison", "release_date", "warnings"):
        statement = statement.join(Detention, Case.detention_id == Detention.id)
    return statement


def walks_alone(criteria: RegisterCriteria, order: RegisterOrder) -> bool:
    """The server can walk these pages in order through ix_case_file_name_walk alone: by name, and asking only what
    that index holds (search words and statuses), so a walk reads at most every case's entry in it once."""
    return order.key == "name" and criteria == RegisterCriteria(words=criteria.words, statuses=criteria.statuses)


def page_statement(criteria: RegisterCriteria, order: RegisterOrder, after: tuple[Any, str] | None, limit: int,
                   few: bool = False, on_server: bool = False) -> Select[Any]:
    """The query of one page (`RegisterRepository.page`). `few`: the criteria find a small part of the register, so
    the server finds them first (the trigram index) and then orders them, counting them on the way for a first page
    (`found` on each row; a next page's count would be of the rows after it, and none is needed); otherwise it walks
    the cases in order until the page is full. Either answers the same; the other way round, each can take seconds.
    Either way the cases are chosen from the case's own row (on the server the walk by name reads
    ix_case_file_name_walk alone, search text and all) and only the page's rows are joined to the rest. A next page
    that the server can walk alone (`walks_alone`) is walked on from the last row shown even when the query finds
    few: finding them all again to order them cost a whole first page each time."""
    few = few and not (on_server and after is not None and walks_alone(criteria, order))
    value, without = _sort_value(order)
    last = case((without, 1), else_=0)
    shown_value = case((without, None), else_=value)
    conditions = _conditions(criteria, walking=not few)
    if after is not None:
        conditions.append(_after(value, without, order.descending, after))
    cases = (_cases((Case.id.label("case_id"), shown_value.label("sort_value"), last.label("sort_last")), criteria,
                    order.key, on_server).where(*conditions))
    counted = few and after is None
    if few:
        found = cases.offset(0).subquery("found")  # OFFSET 0: found first, not merged into the order
        chosen = (select(found, *([func.count().over().label("found")] if counted else []))  # before the limit: all
                  .order_by(found.c.sort_last, _ordered(found.c.sort_value, order.descending), found.c.case_id)
                  .limit(limit).subquery("chosen"))
    else:
        chosen = cases.order_by(last, _ordered(value, order.descending), Case.id).limit(limit).subquery("walked")
    return (register_select().add_columns(chosen.c.sort_value, *([chosen.c.found] if counted else []))
            .join(chosen, chosen.c.case_id == Case.id)
            .order_by(chosen.c.sort_last, _ordered(chosen.c.sort_value, order.descending), chosen.c.case_id))


class RegisterRepository(Repository):
    def page(self, criteria: RegisterCriteria, order: RegisterOrder, after: tuple[Any, str] | None,
             limit: int, few: bool = False) -> Sequence[Row[Any]]:
        """The register rows (db.repositories.cases.register_select's columns, `sort_value`, None for a row without
        one, and with `few` on a first page the number `found`) of the next `limit` cases after `after`."""
        return self.session.execute(page_statement(criteria, order, after, limit, few, self._on_server())).all()

    def sampled_share(self, criteria: RegisterCriteria) -> float:
        """About what part of the cases `criteria` finds, from the cases whose (random) id starts with 0, 1 or 2:
        about 1 in 85, read through the primary key; 0 when there are none."""
        statement = _cases((func.count().filter(and_(true(), *_conditions(criteria))), func.count()), criteria, None,
                           self._on_server()).where(Case.id < SAMPLE_BELOW)
        found, sampled = self.session.execute(statement).one()
        return found / sampled if sampled else 0.0

    def count(self, criteria: RegisterCriteria) -> int:
        """How many cases `criteria` finds."""
        statement = _cases((func.count(),), criteria, None, self._on_server())
        return int(self.session.execute(statement.where(true(), *_conditions(criteria))).scalar_one())

    def count_up_to(self, criteria: RegisterCriteria, most: int) -> int:
        """How many cases `criteria` finds, counted no further than `most` + 1: a search found in many cases stops
        as soon as it is known to be more than `most`, after reading about `most` / its share of the cases."""
        found = (_cases((Case.id,), criteria, None, self._on_server())
                 .where(true(), *_conditions(criteria, walking=True)).limit(most + 1).subquery("found"))
        return int(self.session.execute(select(func.count()).select_from(found)).scalar_one())

    def case_ids_where(self, conditions: Sequence[ColumnElement[bool]],
                       case_ids: Sequence[str] | None = None) -> list[frozenset[str]]:
        """Per condition (the warnings' facts above), the ids of the cases (all, or of `case_ids`) for which it holds:
        the in-memory register asks the very conditions the server's pages count with. Of all cases a query per fact
        (the database finds the few cases that have it); of a page's cases one query (its ids sent once)."""
        if case_ids is None:
            return [frozenset(self.session.execute(select(Case.id).where(condition)).scalars())
                    for condition in conditions]
        statement = select(Case.id, *(case((condition, 1), else_=0) for condition in conditions)).where(
            Case.id.in_(case_ids))
        holding: list[set[str]] = [set() for _ in conditions]
        for case_id, *holds in self.session.execute(statement):
            for ids, held in zip(holding, holds, strict=True):
                if held:
                    ids.add(case_id)
        return [frozenset(ids) for ids in holding]

    def coordinators(self) -> list[str]:
        """Every coordinator that has cases (not the empty one)."""
        return list(self.session.execute(
            select(Case.coordinator).distinct().where(Case.coordinator != "")).scalars())

    def prisons(self) -> list[str]:
        """Every PI of a detention that has a case."""
        return list(self.session.execute(select(Detention.prison).distinct().join(
            Case, Case.detention_id == Detention.id).where(Detention.prison != "")).scalars())

    def _on_server(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

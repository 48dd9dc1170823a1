"""What the monitor reads: its figures counted by the database, the days of its throughput times, the cases behind
one figure, and the facts kept of erased cases.

The figures are counts, for the whole or per value of one grouping's column (the app splits the target groups'
combinations), in portable SQLAlchemy Core that runs the same on SQLite and PostgreSQL; no case row leaves the
database. A figure is named by its path in the report (`("situation", "release", "housing", "geregeld")`). The
cases behind a figure are listed by `_condition`, which turns a path into a predicate over one row per case with
its assessments pivoted (`_facts`). The counts are the same definitions worked out over only the rows each needs
(`MonitorRepository.counts`): the pivot joined to every case was half the time of the monitor. The definitions
are those of app.monitor.figures's module docstring (the pure version over case facts, which
tests/integration/test_monitor_counted.py holds both the counts and the lists to, on both engines); the domain's
values come in `MonitorTerms`, as db/ does not import the domain.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Row,
    Select,
    Subquery,
    and_,
    bindparam,
    case,
    func,
    literal,
    null,
    or_,
    select,
    text,
)

from db.models import Case, Detention, DomainAssessment, ErasedCase
from db.repositories import Repository
from db.sql_functions import days_between

FigurePath = tuple[str, ...]
# The dates a throughput time runs to, from the notification, by the name of its figure.
STEPS = {"to_intake": Case.intake_on, "to_plan": Case.plan_on, "to_close": Case.closed_on}
KEY_FIGURES = ("notified", "contacted_in_detention", "released", "reached", "offered", "accepted")
ASSESSED_FIGURES = ("offered", "accepted")  # the key figures that read the assessments
# What a report can be grouped by; the target groups column holds a comma-separated combination, which the app
# splits (a case counts in each of its groups).
GROUPED_BY = {"prison": Detention.prison, "coordinator": Case.coordinator, "target_group": Case.target_groups}
GROUP_COLUMNS = {grouping: column.key for grouping, column in GROUPED_BY.items()}  # their names in `_facts`
# The period, written into the statement as literals when it runs (the statements are built once per terms and
# grouping, and cached by SQLAlchemy too). Not bound: the date columns have SQLite's NUMERIC affinity, so every
# comparison with a bound date tries to read it as a number, which copies a bound string each time; with SQLCipher's
# memory security each copy is a locked allocation (an mlock and an munlock): two per BETWEEN per case, which was
# most of the monitor's time. A literal is read in place.
START = bindparam("period_start", type_=Date(), literal_execute=True)
END = bindparam("period_end", type_=Date(), literal_execute=True)


@dataclass(frozen=True)
class MonitorTerms:
    """The domain's values that the figures name (from app.monitor.figures)."""

    intake_moment: str
    release_moment: str
    moments: tuple[str, ...]
    basic_domains: tuple[str, ...]
    statuses: tuple[str, ...]
    in_order: tuple[str, ...]  # the statuses that count as "in order"
    directions: tuple[str, ...]
    buckets: tuple[tuple[str, int, int | None], ...]  # (label, lowest, highest or None) in days

    def paths(self) -> Iterator[FigurePath]:
        """Every count of a report, by its path."""
        yield from self.dated_paths()
        yield from self.assessed_paths()
        yield ("unassessed",)  # the released cases less those assessed at release
        yield from self.situation_paths()
        yield from ((step, label) for step in STEPS for label, _low, _high in self.buckets)

    def dated_paths(self) -> Iterator[FigurePath]:
        """The counts of a case's dates and direction (`_dated_query`)."""
        yield from ((name,) for name in KEY_FIGURES if name not in ASSESSED_FIGURES)
        yield from (("direction", direction) for direction in self.directions)

    def assessed_paths(self) -> Iterator[FigurePath]:
        """The counts of released cases by their assessments (`_assessed_query`)."""
        yield from ((name,) for name in ASSESSED_FIGURES)
        yield from (("results", str(count)) for count in range(len(self.basic_domains) + 1))

    def situation_paths(self) -> Iterator[FigurePath]:
        """The counts of the basic conditions' statuses per moment (`_situations_query`)."""
        yield from (("situation", moment, domain, status) for moment in self.moments
                    for domain in self.basic_domains for status in self.statuses)


class MonitorRepository(Repository):
    """The monitor's figures, counted here; the columns the monitor's case facts are made of."""

    def counts(self, terms: MonitorTerms, start: date, end: date,
               grouping: str | None = None) -> dict[str | None, dict[FigurePath, int]]:
        """Every count of the period (`terms.paths()`) but the throughput times' buckets, which the app counts
        from the days `durations` reads: of the whole (under None), or per value of the grouping's column that
        has a case with a date in the period. Per grouping, not per combination of all three at once: the
        database keeps a context per group for each of the counts, and the combinations were a hundred times more
        groups than the screen shows.

        Three queries, each over the rows its counts need: the cases by their dates (`_dated_query`), the
        assessments of the cases released in the period per case (`_assessed_query`), and per moment, condition
        and status (`_situations_query`). As one query over `_facts` every case was joined to the pivot of the
        assessments and tested for every count: twice the time."""
        params = {"period_start": start, "period_end": end}
        self._without_jit()
        dated, assessed = list(terms.dated_paths()), list(terms.assessed_paths())
        found = {row[0]: dict(zip(dated, row[1:], strict=True))
                 for row in self.session.execute(_dated_query(terms, grouping), params)}
        for counts in found.values():
            counts[("unassessed",)] = counts[("released",)]
        for group, assessed_at_release, *per_path in self.session.execute(_assessed_query(terms, grouping),
                                                                          params):
            found[group].update(zip(assessed, per_path, strict=True))
            found[group][("unassessed",)] -= assessed_at_release
        for group, moment, domain, status, count in self.session.execute(_situations_query(terms, grouping),
                                                                         params):
            found[group][("situation", moment, domain, status)] = count
        return found

    def _without_jit(self) -> None:
        """PostgreSQL compiles a query over this many rows to machine code first, which took longer than counting
        a year of a 200,000-case office; for the rest of this transaction it does not."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(text("SET LOCAL jit = off"))

    def durations(self, terms: MonitorTerms, start: date, end: date,
                  grouping: str | None = None) -> dict[str | None, dict[str, list[int]]]:
        """Per value of the grouping's column (as `counts`), per step (`STEPS`), the days from notification of
        the cases that reached the step in the period: one integer per case, for the medians."""
        rows = self.session.execute(_durations_query(grouping), {"period_start": start, "period_end": end}).all()
        found: dict[str | None, dict[str, list[int]]] = {}
        for group, *per_step in rows:
            for step, found_days in zip(STEPS, per_step, strict=True):
                if found_days is not None:
                    found.setdefault(group, {}).setdefault(step, []).append(found_days)
        return found

    def case_ids(self, terms: MonitorTerms, start: date, end: date, path: FigurePath,
                 grouping: str | None = None, group_values: Sequence[str] = ()) -> list[str]:
        """The cases the count at `path` counts, optionally only where the grouping's column holds one of
        `group_values`: the same predicate as `counts`."""
        params: dict[str, object] = {"period_start": start, "period_end": end}
        if grouping:
            params["group_values"] = list(group_values)
        return list(self.session.execute(_case_ids_query(terms, path, grouping), params).scalars())

    def group_values(self, grouping: str) -> list[str]:
        """Every value in the grouping's column (for target groups: every combination that occurs)."""
        query = select(GROUPED_BY[grouping]).distinct()
        if grouping == "prison":
            query = query.join(Case, Case.detention_id == Detention.id)
        return list(self.session.execute(query).scalars())

    def released_per_year(self) -> dict[int, int]:
        """How many cases were released in each calendar year (years without a release are absent).

        Counted per year between the first release and the last, not grouped by the year of each release: that
        made a string and a sorted record for every release there ever was (on SQLite, two locked allocations
        each). The detentions are read in their own order, each checked for its case in the cases' index (a case
        has a detention of its own: app.casework.cases makes the two together); reading them through the cases
        looked every detention up by its id, all over a table larger than SQLite's page cache at 100,000 cases."""
        released = Detention.actual_release_date
        first, last = self.session.execute(select(func.min(released), func.max(released))).one()
        if first is None or last is None:
            return {}
        years = range(first.year, last.year + 1)
        counts = self.session.execute(select(*(func.count(case((released.between(
            literal(date(year, 1, 1), Date(), literal_execute=True),
            literal(date(year, 12, 31), Date(), literal_execute=True)), 1))) for year in years)).where(
            select(Case.detention_id).where(Case.detention_id == Detention.id).exists())).one()
        return {year: count for year, count in zip(years, counts, strict=True) if count}

    def assessment_rows(self, case_id: str | None = None) -> Sequence[Row]:
        """(case_id, moment, domain_id, status, aftercare_needed) of every domain assessment (of one case)."""
        query = select(DomainAssessment.case_id, DomainAssessment.moment, DomainAssessment.domain_id,
                       DomainAssessment.status, DomainAssessment.aftercare_needed)
        if case_id is not None:
            query = query.where(DomainAssessment.case_id == case_id)
        return self.session.execute(query).all()

    def case_rows(self, case_id: str | None = None) -> Sequence[Row]:
        """The dates, coordinator, target groups and direction of every case (or one), with its prison and
        release."""
        query = select(Case.id, Case.coordinator, Case.target_groups, Case.case_direction, Case.notified_on,
                       Case.contact_on, Case.intake_on, Case.plan_on, Case.aftercare_on, Case.closed_on,
                       Detention.prison, Detention.actual_release_date).join(Detention,
                                                                             Case.detention_id == Detention.id)
        if case_id is not None:
            query = query.where(Case.id == case_id)
        return self.session.execute(query).all()

    def erased_facts(self) -> Sequence[str]:
        """The stored facts (JSON) of every erased case."""
        return self.session.execute(select(ErasedCase.facts_json)).scalars().all()


def _group_value(facts: Subquery, grouping: str | None) -> ColumnElement[Any]:
    """The grouping's column, or NULL for the whole."""
    return null() if grouping is None else facts.c[GROUP_COLUMNS[grouping]]


def _with_a_date_in(facts: Subquery, names: Sequence[str]) -> ColumnElement[bool]:
    """Cases with one of the dates `names` in the period: only these can count, so the others are left out
    before the many conditions are evaluated."""
    return or_(*(facts.c[name].between(START, END) for name in names))


@cache
def _dated_query(terms: MonitorTerms, grouping: str | None) -> Select[Any]:
    """The grouping's value (NULL for the whole), then every count of `terms.dated_paths()` (labelled f0, f1, ...
    in that order), over the cases with a date those counts test in the period."""
    dates = _dates()
    counts = [func.count(case((_condition(dates, terms, path), 1))).label(f"f{index}")
              for index, path in enumerate(terms.dated_paths())]
    group = _group_value(dates, grouping)
    query = select(group, *counts).where(_with_a_date_in(dates, ("notified_on", "contact_on", "released_on")))
    return query if grouping is None else query.group_by(group)


@cache
def _assessed_query(terms: MonitorTerms, grouping: str | None) -> Select[Any]:
    """The grouping's value (NULL for the whole), how many cases released in the period have an assessment at
    release, then every count of `terms.assessed_paths()` in that order: the definitions of `_condition` over
    `_facts`, worked out per case from its assessments.

    Read from the assessments of the cases released in the period, each with its case and detention looked up;
    grouped per case (the case's aftercare date and group are the same on each of its rows, so `max` only picks
    them up, as PostgreSQL requires of a column not grouped by)."""
    assessment = DomainAssessment
    at_release = and_(assessment.moment == terms.release_moment, assessment.domain_id.in_(terms.basic_domains))
    per_case = _assessments_of_the_released(
        (null() if grouping is None else func.max(GROUPED_BY[grouping])).label("grouped"),
        func.max(Case.aftercare_on).label("aftercare_on"),
        _offered(terms).label("offered"),
        func.max(case((at_release, 1), else_=0)).label("assessed"),
        func.sum(case((and_(at_release, assessment.status.in_(terms.in_order)), 1), else_=0)).label("in_order"),
    ).group_by(assessment.case_id).subquery("per_case")
    c = per_case.c
    offered = c.offered == 1
    group = null() if grouping is None else c.grouped
    query = select(
        group, func.count(case((c.assessed == 1, 1))), func.count(case((offered, 1))),
        func.count(case((and_(offered, c.aftercare_on.is_not(None)), 1))),
        *(func.count(case((and_(c.assessed == 1, c.in_order == count), 1)))
          for count in range(len(terms.basic_domains) + 1)))
    return query if grouping is None else query.group_by(group)


@cache
def _situations_query(terms: MonitorTerms, grouping: str | None) -> Select[Any]:
    """The grouping's value (NULL for the whole), moment, basic condition and status, and how many cases released
    in the period have that status (a case has one assessment per condition and moment: ux_domain_assessment)."""
    assessment = DomainAssessment
    group: Any = null() if grouping is None else GROUPED_BY[grouping]
    query = _assessments_of_the_released(
        group, assessment.moment, assessment.domain_id, assessment.status, func.count()).where(
        assessment.domain_id.in_(terms.basic_domains)).group_by(assessment.moment, assessment.domain_id,
                                                                assessment.status)
    return query if grouping is None else query.group_by(group)


@cache
def _durations_query(grouping: str | None) -> Select[Any]:
    """The grouping's value, then per step (`STEPS`) the days from notification, NULL where the case did not reach
    the step in the period: one row per case that did reach one. The cases only, without their assessments."""
    facts = _dates()
    days = [case((and_(facts.c[step].between(START, END), facts.c.notified_on.is_not(None)),
                  days_between(facts.c.notified_on, facts.c[step]))) for step in STEPS]
    return select(_group_value(facts, grouping), *days).where(_with_a_date_in(facts, tuple(STEPS)))


@cache
def _case_ids_query(terms: MonitorTerms, path: FigurePath, grouping: str | None) -> Select[Any]:
    facts = _facts(terms)
    query = select(facts.c.case_id).where(_condition(facts, terms, path))
    if grouping:
        query = query.where(facts.c[GROUP_COLUMNS[grouping]].in_(bindparam("group_values", expanding=True)))
    return query.order_by(facts.c.case_id)


@cache
def _facts(terms: MonitorTerms) -> Subquery:
    """One row per case: its dates, groups and direction, whether aftercare was offered, and the status of each
    basic condition at each moment (column "moment_domain").

    Every figure that reads the domain assessments counts released cases only, so only the assessments of cases
    released in the period are pivoted: a year's, not ten years'."""
    assessment = DomainAssessment
    pivot = _assessments_of_the_released(
        assessment.case_id, _offered(terms).label("offered"),
        *(func.max(case((and_(assessment.moment == moment, assessment.domain_id == domain), assessment.status))).label(
            f"{moment}_{domain}") for moment in terms.moments for domain in terms.basic_domains),
    ).group_by(assessment.case_id).subquery("assessed")
    return select(
        *_case_columns(), func.coalesce(pivot.c.offered, 0).label("offered"),
        *(pivot.c[f"{moment}_{domain}"] for moment in terms.moments for domain in terms.basic_domains),
    ).join(Detention, Case.detention_id == Detention.id).outerjoin(pivot, pivot.c.case_id == Case.id).subquery(
        "facts")


@cache
def _dates() -> Subquery:
    """One row per case: its dates and groups (`_facts` without the assessments)."""
    return select(*_case_columns()).join(Detention, Case.detention_id == Detention.id).subquery("dates")


def _assessments_of_the_released(*columns: Any) -> Select[Any]:
    """`columns` of the domain assessments of the cases released in the period, each with its case and detention
    joined (every figure that reads the assessments counts released cases only)."""
    return select(*columns).join(Case, Case.id == DomainAssessment.case_id).join(
        Detention, Case.detention_id == Detention.id).where(Detention.actual_release_date.between(START, END))


def _offered(terms: MonitorTerms) -> ColumnElement[Any]:
    """Per case, over its assessments: 1 when aftercare was offered (an assessment at intake found it needed),
    else 0."""
    assessment = DomainAssessment
    return func.max(case((and_(assessment.moment == terms.intake_moment, assessment.aftercare_needed.is_(True)), 1),
                         else_=0))


def _case_columns() -> list[Any]:
    return [Case.id.label("case_id"), Detention.prison, Case.coordinator, Case.target_groups, Case.case_direction,
            Case.notified_on, Case.contact_on, Case.aftercare_on, Detention.actual_release_date.label("released_on"),
            *(column.label(step) for step, column in STEPS.items())]


def _condition(facts: Subquery, terms: MonitorTerms, path: FigurePath) -> ColumnElement[bool]:
    """The cases the count at `path` counts (the definitions of app.monitor.figures)."""
    c = facts.c
    released = c.released_on.between(START, END)
    before_release = and_(c.contact_on.is_not(None), or_(c.released_on.is_(None), c.contact_on <= c.released_on))
    key_figures: dict[str, ColumnElement[bool]] = {
        "notified": c.notified_on.between(START, END),
        "contacted_in_detention": and_(c.contact_on.between(START, END), before_release),
        "released": released,
        "reached": and_(released, before_release),
    }
    name, *rest = path
    if name in key_figures:
        return key_figures[name]
    if name in ASSESSED_FIGURES:  # `_facts` only: `_dates` has no assessments
        offered = and_(released, c.offered == 1)
        return offered if name == "offered" else and_(offered, c.aftercare_on.is_not(None))
    if name == "direction":
        return and_(key_figures["notified"], c.case_direction == rest[0])
    at_release = [c[f"{terms.release_moment}_{domain}"] for domain in terms.basic_domains]
    assessed = or_(*(column.is_not(None) for column in at_release))
    if name == "unassessed":
        return and_(released, ~assessed)
    if name == "results":
        in_order = sum((case((column.in_(terms.in_order), 1), else_=0) for column in at_release), literal(0))
        return and_(released, assessed, in_order == int(rest[0]))
    if name == "situation":
        moment, domain, status = rest
        return and_(released, c[f"{moment}_{domain}"] == status)
    if name in STEPS:
        return _in_bucket(facts, terms, name, rest[0])
    raise KeyError(path)


def _in_bucket(facts: Subquery, terms: MonitorTerms, step: str, label: str) -> ColumnElement[bool]:
    """Cases that reached `step` in the period with a throughput time in the bucket `label`."""
    low, high = next((low, high) for name, low, high in terms.buckets if name == label)
    days = days_between(facts.c.notified_on, facts.c[step])
    condition = and_(facts.c[step].between(START, END), facts.c.notified_on.is_not(None), days >= low)
    return condition if high is None else and_(condition, days <= high)

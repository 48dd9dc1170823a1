"""The monitor: the registration and evaluation figures a municipality must report on aftercare.

Here the figures are defined over plain facts per case (`CaseFacts`), and tested against a hand-computed dataset.
The workspace's figures are counted by the database with the same definitions (app.monitor.counted, over
db.repositories.monitor), with the few erased cases' stored facts folded in through `monitor` here; a test holds
both to the same results. Every count is a `Figure` whose cases a screen can list for users allowed to see them.
Aggregates that leave the workspace pass through `suppressed` (small cells hidden) in app.monitor.export.

Definitions (a case counts in a period when the date named lies in it, both ends included):
- notified: the notification date.
- contacted in detention: the first contact date, on or before the release (or not released yet).
- released: the actual release date. Reached: released, and contacted on or before the release date.
  Reach = reached / released (the measure the audit offices use).
- offered voluntary aftercare: released, and the triage at intake found a domain that needs aftercare.
  Accepted: offered, and the case reached the aftercare status.
- case direction split: among cases notified in the period.
- throughput times: days from notification to intake, to plan and to closing, for cases that reached that step in
  the period: median and a distribution.
- result per case: among released cases with at least one basic condition assessed at release, how many of the
  basic conditions were in order at release (status arranged or no need for help); a released case with none
  assessed at release is "not assessed" (`unassessed`), never "0 in order".
- situation per domain: among released cases, the status of each domain at intake, at release and at the end of
  aftercare (the before/after comparison).
- yearly outflow: released residents per calendar year over all years (not the period's), with the mean over all
  years and over the last two, each naming its years (`mean_years`, `last_two_years`).
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from dateutil.relativedelta import relativedelta

from app.casework.intake import DomainStatus, Moment
from app.domain import CaseDirection
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.uow import UnitOfWork

BASIC_CONDITIONS = ("id_document", "housing", "income_work", "debts", "care")
IN_ORDER = frozenset({DomainStatus.ARRANGED.value, DomainStatus.NO_NEED.value})
# Distribution of throughput times, in days: (label, lowest, highest) with None for open-ended.
DURATION_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-7", 0, 7), ("8-14", 8, 14), ("15-30", 15, 30), ("31-60", 31, 60), ("61+", 61, None),
)


@dataclass(frozen=True)
class CaseFacts:
    """What the monitor needs of one case; `domains` maps (moment, domain id) to the domain status."""

    case_id: str
    prison: str
    coordinator: str
    target_groups: frozenset[str]
    direction: str
    notified_on: date | None = None
    contact_on: date | None = None
    intake_on: date | None = None
    plan_on: date | None = None
    aftercare_on: date | None = None
    closed_on: date | None = None
    released_on: date | None = None
    aftercare_offered: bool = False
    domains: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass(frozen=True)
class Period:
    """From `start` up to and including `end`."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        start = date(year, month, 1)
        return cls(start, start + relativedelta(months=1) - timedelta(days=1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        start = date(year, 3 * quarter - 2, 1)
        return cls(start, start + relativedelta(months=3) - timedelta(days=1))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))


class Grouping(StrEnum):
    """What a report can be split by (a case may be in several target groups)."""

    PRISON = "prison"
    TARGET_GROUP = "target_group"
    COORDINATOR = "coordinator"


# Where a count sits in a MonitorReport: ("released",), ("direction", "probation"), ("results", 5),
# ("situation", "release", "housing", "geregeld"), ("to_intake", "8-14") (a bucket of a throughput time).
FigurePath = tuple[str | int, ...]
STEPS = ("to_intake", "to_plan", "to_close")


@dataclass(frozen=True)
class Selection:
    """Which cases a figure counts: its place in the report of `period`, within one group of a grouping."""

    period: Period
    path: FigurePath
    grouping: Grouping | None = None
    group: str | None = None


@dataclass(frozen=True)
class Figure:
    """A count and the cases behind it. Worked out from facts (`monitor`), it holds their ids; counted by the
    database (app.monitor.counted), it holds the count and the `selection` that fetches the ids when a user asks
    (app.monitor.counted.figure_cases), so a year of a large office never keeps every id in memory."""

    case_ids: tuple[str, ...] = ()
    count: int | None = None
    selection: Selection | None = None

    @property
    def value(self) -> int:
        return len(self.case_ids) if self.count is None else self.count


@dataclass(frozen=True)
class Rate:
    part: Figure
    whole: Figure

    @property
    def percentage(self) -> float | None:
        return 100 * self.part.value / self.whole.value if self.whole.value else None


@dataclass(frozen=True)
class Duration:
    """Days from notification to a step: the median and how many cases fall in each bucket."""

    days: tuple[int, ...]
    buckets: tuple[tuple[str, Figure], ...]

    @property
    def median(self) -> float | None:
        return statistics.median(self.days) if self.days else None


@dataclass(frozen=True)
class MonitorReport:
    period: Period
    notified: Figure
    contacted_in_detention: Figure
    released: Figure
    reached: Figure
    offered: Figure
    accepted: Figure
    direction: dict[str, Figure]
    to_intake: Duration
    to_plan: Duration
    to_close: Duration
    results: dict[int, Figure]  # basic conditions in order at release (0..5) → cases assessed at release
    unassessed: Figure  # released, no basic condition assessed at release
    situation: dict[str, dict[str, dict[str, Figure]]]  # moment → domain → status → cases

    @property
    def reach(self) -> Rate:
        return Rate(self.reached, self.released)

    @property
    def acceptance(self) -> Rate:
        return Rate(self.accepted, self.offered)


@dataclass(frozen=True)
class YearlyOutflow:
    per_year: dict[int, Figure]

    @property
    def mean(self) -> float | None:
        return statistics.mean(f.value for f in self.per_year.values()) if self.per_year else None

    @property
    def mean_last_two(self) -> float | None:
        last = self.last_two_years
        return statistics.mean(self.per_year[year].value for year in last) if last else None

    @property
    def mean_years(self) -> tuple[int, ...]:
        """The years `mean` is taken over (every year from the first release to the last)."""
        return tuple(sorted(self.per_year))

    @property
    def last_two_years(self) -> tuple[int, ...]:
        """The years `mean_last_two` is taken over."""
        return self.mean_years[-2:]


def monitor(cases: Iterable[CaseFacts], period: Period) -> MonitorReport:
    """Every figure for `period` over `cases` (see the module docstring for what each counts)."""
    cases = list(cases)

    def figure(keep: Callable[[CaseFacts], bool]) -> Figure:
        return Figure(tuple(sorted(case.case_id for case in cases if keep(case))))

    notified = [case for case in cases if case.notified_on in period]
    released = [case for case in cases if case.released_on in period]
    return MonitorReport(
        period=period,
        notified=figure(lambda c: c.notified_on in period),
        contacted_in_detention=figure(lambda c: c.contact_on in period and _before_release(c)),
        released=figure(lambda c: c.released_on in period),
        reached=figure(lambda c: c.released_on in period and c.contact_on is not None and _before_release(c)),
        offered=figure(lambda c: c.released_on in period and c.aftercare_offered),
        accepted=figure(lambda c: c.released_on in period and c.aftercare_offered and c.aftercare_on is not None),
        direction={direction.value: Figure(tuple(sorted(c.case_id for c in notified
                                                        if c.direction == direction.value)))
                   for direction in CaseDirection},
        to_intake=_duration(cases, period, lambda c: c.intake_on),
        to_plan=_duration(cases, period, lambda c: c.plan_on),
        to_close=_duration(cases, period, lambda c: c.closed_on),
        results={count: Figure(tuple(sorted(c.case_id for c in released if _assessed(c) and _in_order(c) == count)))
                 for count in range(len(BASIC_CONDITIONS) + 1)},
        unassessed=Figure(tuple(sorted(c.case_id for c in released if not _assessed(c)))),
        situation={moment.value: {domain: {status.value: Figure(tuple(sorted(
            c.case_id for c in released if c.domains.get((moment.value, domain)) == status.value)))
            for status in DomainStatus} for domain in BASIC_CONDITIONS} for moment in Moment},
    )


def grouped(cases: Iterable[CaseFacts], period: Period,
            key: Callable[[CaseFacts], Iterable[str]]) -> dict[str, MonitorReport]:
    """The report per group: per PI, coordinator or target group (a case may be in several target groups)."""
    groups: dict[str, list[CaseFacts]] = {}
    for case in cases:
        for name in key(case):
            groups.setdefault(name, []).append(case)
    return {name: monitor(members, period) for name, members in sorted(groups.items())}


def pick(report: MonitorReport, path: FigurePath) -> Figure:
    """The figure at `path` in `report`."""
    name, *rest = path
    if name in STEPS:
        return dict(getattr(report, str(name)).buckets)[rest[0]]
    found: Any = getattr(report, str(name))
    for part in rest:
        found = found[part]
    return found


def by_prison(case: CaseFacts) -> Iterable[str]:
    return (case.prison,)


def by_coordinator(case: CaseFacts) -> Iterable[str]:
    return (case.coordinator,)


def by_target_group(case: CaseFacts) -> Iterable[str]:
    return sorted(case.target_groups)


GROUP_KEYS: dict[Grouping, Callable[[CaseFacts], Iterable[str]]] = {
    Grouping.PRISON: by_prison, Grouping.TARGET_GROUP: by_target_group, Grouping.COORDINATOR: by_coordinator}


def yearly_outflow(cases: Iterable[CaseFacts]) -> YearlyOutflow:
    """Released residents per calendar year, every year from the first to the last release (empty years count)."""
    years: dict[int, list[str]] = {}
    for case in cases:
        if case.released_on is not None:
            years.setdefault(case.released_on.year, []).append(case.case_id)
    if not years:
        return YearlyOutflow({})
    return YearlyOutflow({year: Figure(tuple(sorted(years.get(year, []))))
                          for year in range(min(years), max(years) + 1)})


def suppressed(value: int, threshold: int) -> int | None:
    """A count as it may leave the workspace: None (shown as "<threshold") for 1 up to threshold - 1, so no
    person can be recognised in a small cell; zero and larger counts stay."""
    return None if 0 < value < threshold else value


def _before_release(case: CaseFacts) -> bool:
    return case.contact_on is not None and (case.released_on is None or case.contact_on <= case.released_on)


def _assessed(case: CaseFacts) -> bool:
    """At least one basic condition has a status at release."""
    return any((Moment.RELEASE.value, domain) in case.domains for domain in BASIC_CONDITIONS)


def _in_order(case: CaseFacts) -> int:
    return sum(case.domains.get((Moment.RELEASE.value, domain)) in IN_ORDER for domain in BASIC_CONDITIONS)


def _duration(cases: list[CaseFacts], period: Period, step: Callable[[CaseFacts], date | None]) -> Duration:
    measured = [(case.case_id, (reached - case.notified_on).days) for case in cases
                if (reached := step(case)) in period and case.notified_on is not None and reached is not None]
    buckets = tuple((label, Figure(tuple(sorted(case_id for case_id, days in measured
                                                if low <= days and (high is None or days <= high)))))
                    for label, low, high in DURATION_BUCKETS)
    return Duration(tuple(sorted(days for _case_id, days in measured)), buckets)


_DATE_FIELDS = ("notified_on", "contact_on", "intake_on", "plan_on", "aftercare_on", "closed_on", "released_on")


def facts_document(facts: CaseFacts) -> dict[str, object]:
    """The facts as JSON values (what stays of an erased case: app.privacy.erasure)."""
    return {"case_id": facts.case_id, "prison": facts.prison, "coordinator": facts.coordinator,
            "target_groups": sorted(facts.target_groups), "direction": facts.direction,
            "aftercare_offered": facts.aftercare_offered,
            "domains": [[moment, domain, status] for (moment, domain), status in sorted(facts.domains.items())],
            **{name: value.isoformat() if (value := getattr(facts, name)) else None for name in _DATE_FIELDS}}


def facts_from_document(document: dict[str, Any]) -> CaseFacts:
    return CaseFacts(
        case_id=document["case_id"], prison=document["prison"], coordinator=document["coordinator"],
        target_groups=frozenset(document["target_groups"]), direction=document["direction"],
        aftercare_offered=document["aftercare_offered"],
        domains={(moment, domain): status for moment, domain, status in document["domains"]},
        **{name: date.fromisoformat(document[name]) if document[name] else None for name in _DATE_FIELDS})


def case_facts(workspace: OpenWorkspace) -> list[CaseFacts]:
    """The monitor's facts of every case, erased ones included (see `load_case_facts`); not logged: they hold
    no names, and what leaves the workspace is logged by the export."""
    with workspace.transaction(Permission.MONITOR) as uow:
        return load_case_facts(uow)


def load_case_facts(uow: UnitOfWork) -> list[CaseFacts]:
    """The monitor's facts of every case in the workspace, and of the erased ones (kept without personal data,
    so figures for past periods stay the same). Every case: for tests and small workspaces; the workspace's
    figures are counted by the database (app.monitor.counted)."""
    return _live_facts(uow) + erased_case_facts(uow)


def facts_of_case(uow: UnitOfWork, case_id: str) -> CaseFacts | None:
    """The monitor's facts of one case in the workspace (None if there is no such case)."""
    return next(iter(_live_facts(uow, case_id)), None)


def erased_case_facts(uow: UnitOfWork) -> list[CaseFacts]:
    """The facts kept of every erased case."""
    return [facts_from_document(json.loads(stored)) for stored in uow.monitor.erased_facts()]


def _live_facts(uow: UnitOfWork, case_id: str | None = None) -> list[CaseFacts]:
    domains: dict[str, dict[tuple[str, str], str]] = {}
    offered: set[str] = set()
    for row in uow.monitor.assessment_rows(case_id):
        domains.setdefault(row.case_id, {})[(row.moment, row.domain_id)] = row.status
        if row.moment == Moment.INTAKE.value and row.aftercare_needed:
            offered.add(row.case_id)
    return [CaseFacts(
        case_id=row.id, prison=row.prison, coordinator=row.coordinator,
        target_groups=frozenset(group for group in row.target_groups.split(",") if group),
        direction=row.case_direction, notified_on=row.notified_on, contact_on=row.contact_on,
        intake_on=row.intake_on, plan_on=row.plan_on, aftercare_on=row.aftercare_on, closed_on=row.closed_on,
        released_on=row.actual_release_date, aftercare_offered=row.id in offered,
        domains=domains.get(row.id, {})) for row in uow.monitor.case_rows(case_id)]

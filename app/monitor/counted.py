"""The monitor of a workspace, counted by the database: the figures of app.monitor.figures without reading every
case.

The counts are SQL aggregates (db.repositories.monitor); the throughput times read one integer per case that
reached the step in the period, for the medians and the buckets (counted here from those days). Erased cases are
not in those tables: their stored facts are few, so they are counted here by `monitor` and added. A figure holds
its count and its `Selection`; the cases behind it are read only when a user asks (`figure_cases`), by the same
predicate.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from app.casework.intake import DomainStatus, Moment
from app.domain import CaseDirection
from app.monitor.figures import (
    BASIC_CONDITIONS,
    DURATION_BUCKETS,
    GROUP_KEYS,
    IN_ORDER,
    CaseFacts,
    Duration,
    Figure,
    FigurePath,
    Grouping,
    MonitorReport,
    Period,
    Selection,
    YearlyOutflow,
    erased_case_facts,
    grouped,
    monitor,
    pick,
    yearly_outflow,
)
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.repositories.monitor import MonitorTerms
from db.uow import UnitOfWork

TERMS = MonitorTerms(
    intake_moment=Moment.INTAKE.value, release_moment=Moment.RELEASE.value,
    moments=tuple(moment.value for moment in Moment), basic_domains=BASIC_CONDITIONS,
    statuses=tuple(status.value for status in DomainStatus), in_order=tuple(sorted(IN_ORDER)),
    directions=tuple(direction.value for direction in CaseDirection), buckets=DURATION_BUCKETS)

Counts = Mapping[tuple[str, ...], int]
Days = Mapping[str, list[int]]


@dataclass(frozen=True)
class MonitorFigures:
    """The report of a period, the yearly outflow, and the report per group of each grouping asked for."""

    report: MonitorReport
    outflow: YearlyOutflow
    per_group: dict[Grouping, dict[str, MonitorReport]]


def monitor_figures(workspace: OpenWorkspace, period: Period,
                    groupings: Iterable[Grouping] = ()) -> MonitorFigures:
    """Every figure of `period` (and per group of `groupings`), counted by the database. Not logged: figures hold
    no names, and what leaves the workspace is logged by the export."""
    with workspace.transaction(Permission.MONITOR) as uow:
        return load_figures(uow, period, groupings)


def figure_cases(workspace: OpenWorkspace, figure: Figure) -> tuple[str, ...]:
    """The cases behind `figure`, sorted; erased cases are among them under ids that point to nothing."""
    if figure.selection is None:
        return figure.case_ids
    with workspace.transaction(Permission.MONITOR) as uow:
        return cases_behind(uow, figure.selection)


def load_figures(uow: UnitOfWork, period: Period, groupings: Iterable[Grouping] = ()) -> MonitorFigures:
    """`monitor_figures` inside a unit of work already open. The database counts the whole, and each grouping
    asked for by its column (so the screen without a grouping counts once, over one group)."""
    erased = erased_case_facts(uow)
    whole = _Counted.of(uow, period, None).folded(lambda _value: (None,))
    report = _report(Selection(period, ()), *whole.get(None, ({}, {})), monitor(erased, period))
    return MonitorFigures(report, counted_outflow(uow, erased),
                          {grouping: _groups(uow, period, grouping, erased) for grouping in groupings})


@dataclass(frozen=True)
class _Counted:
    """The counts and throughput days of a period per value of a grouping's column (None: the whole)."""

    counts: dict[str | None, dict[tuple[str, ...], int]]
    days: dict[str | None, dict[str, list[int]]]

    @classmethod
    def of(cls, uow: UnitOfWork, period: Period, grouping: Grouping | None) -> _Counted:
        column = None if grouping is None else grouping.value
        return cls(uow.monitor.counts(TERMS, period.start, period.end, column),
                   uow.monitor.durations(TERMS, period.start, period.end, column))

    def folded(self, names_of: Callable[[str | None], Iterable[str | None]]) -> dict[str | None, tuple[Counts, Days]]:
        """The counts and days summed per name that `names_of` gives a value (a case in two target groups
        counts in both)."""
        counts: dict[str | None, Counter[tuple[str, ...]]] = {}
        days: dict[str | None, dict[str, list[int]]] = {}
        for key, found in self.counts.items():
            for name in names_of(key):
                counts.setdefault(name, Counter()).update(found)
        for key, per_step in self.days.items():
            for name in names_of(key):
                for step, found_days in per_step.items():
                    days.setdefault(name, {}).setdefault(step, []).extend(found_days)
        return {name: (counts.get(name, Counter()), days.get(name, {})) for name in counts.keys() | days.keys()}


def _groups(uow: UnitOfWork, period: Period, grouping: Grouping,
            erased: Sequence[CaseFacts]) -> dict[str, MonitorReport]:
    """The report per group, by name; equal to `grouped` over every case's facts and the `erased` ones. Every
    group of a case in the workspace is there, with zeros where none counts in the period."""
    folded = _Counted.of(uow, period, grouping).folded(lambda value: _groups_of(grouping, value))
    erased_reports = grouped(erased, period, GROUP_KEYS[grouping])
    names = {name for value in uow.monitor.group_values(grouping.value) for name in _groups_of(grouping, value)}
    return {name: _report(Selection(period, (), grouping, name), *folded.get(name, ({}, {})),
                          erased_reports.get(name) or monitor((), period))
            for name in sorted(names | set(erased_reports))}


def counted_outflow(uow: UnitOfWork, erased: Sequence[CaseFacts]) -> YearlyOutflow:
    """Released residents per calendar year; equal to `yearly_outflow` over every case's facts and the erased."""
    per_year = Counter(uow.monitor.released_per_year())
    per_year.update({year: figure.value for year, figure in yearly_outflow(erased).per_year.items()})
    years = [year for year, count in per_year.items() if count]
    if not years:
        return YearlyOutflow({})
    return YearlyOutflow({year: Figure(count=per_year[year], selection=Selection(Period.year(year), ("released",)))
                          for year in range(min(years), max(years) + 1)})


def cases_behind(uow: UnitOfWork, selection: Selection) -> tuple[str, ...]:
    """The cases a selection names: read from the database by the predicate that counted them, with the erased
    cases that count in it."""
    period, path = selection.period, tuple(str(part) for part in selection.path)
    erased = erased_case_facts(uow)
    if selection.grouping is None or selection.group is None:
        ids = uow.monitor.case_ids(TERMS, period.start, period.end, path)
    else:
        grouping, group = selection.grouping, selection.group
        values = [value for value in uow.monitor.group_values(grouping.value) if group in _groups_of(grouping, value)]
        ids = uow.monitor.case_ids(TERMS, period.start, period.end, path, grouping.value, values)
        erased = [facts for facts in erased if group in GROUP_KEYS[grouping](facts)]
    return tuple(sorted([*ids, *pick(monitor(erased, period), selection.path).case_ids]))


def _groups_of(grouping: Grouping, key: str | None) -> frozenset[str]:
    """The groups a value of the grouping's column stands for: the target groups of a combination "pga,isd"."""
    if key is None:
        return frozenset()
    if grouping is Grouping.TARGET_GROUP:
        return frozenset(group for group in key.split(",") if group)
    return frozenset((key,))


def _report(where: Selection, counts: Counts, days: Days, erased: MonitorReport) -> MonitorReport:
    """The report of the counts at `where` (a period and maybe a group), the erased cases' figures added."""

    def figure(path: FigurePath) -> Figure:
        count = counts.get(tuple(str(part) for part in path), 0) + pick(erased, path).value
        return Figure(count=count, selection=replace(where, path=path))

    def duration(step: str) -> Duration:
        measured = tuple(sorted([*days.get(step, []), *getattr(erased, step).days]))
        return Duration(measured, tuple(
            (label, Figure(count=_within(measured, low, high), selection=replace(where, path=(step, label))))
            for label, low, high in DURATION_BUCKETS))

    return _shape(where.period, figure, duration)


def _within(measured: Sequence[int], low: int, high: int | None) -> int:
    """How many of the sorted days `measured` fall in the bucket from `low` to `high` (None: open-ended)."""
    return (len(measured) if high is None else bisect_right(measured, high)) - bisect_left(measured, low)


def _shape(period: Period, figure: Callable[[FigurePath], Figure],
           duration: Callable[[str], Duration]) -> MonitorReport:
    return MonitorReport(
        period=period, notified=figure(("notified",)), contacted_in_detention=figure(("contacted_in_detention",)),
        released=figure(("released",)), reached=figure(("reached",)), offered=figure(("offered",)),
        accepted=figure(("accepted",)),
        direction={direction.value: figure(("direction", direction.value)) for direction in CaseDirection},
        to_intake=duration("to_intake"), to_plan=duration("to_plan"), to_close=duration("to_close"),
        results={count: figure(("results", count)) for count in range(len(BASIC_CONDITIONS) + 1)},
        unassessed=figure(("unassessed",)),
        situation={moment.value: {domain: {status.value: figure(("situation", moment.value, domain, status.value))
                                           for status in DomainStatus} for domain in BASIC_CONDITIONS}
                   for moment in Moment},
    )

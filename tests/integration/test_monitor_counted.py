"""The monitor counted by the database (app.monitor.counted) equals the monitor worked out from the cases' facts
(app.monitor.figures, tested by hand in tests/unit/test_monitor.py), on both engines: for random cases with every
kind of gap (missing dates, contact after release, negative throughput times, statuses at any moment, target
groups with an underscore, no coordinator, erased cases), random periods, every grouping, and the cases behind
every figure.

Each example writes its cases inside one unit of work and rolls them back, so the examples share one database."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from app.casework.intake import DomainStatus, Moment
from app.monitor.counted import TERMS, cases_behind, load_figures
from app.monitor.figures import (
    BASIC_CONDITIONS,
    GROUP_KEYS,
    CaseFacts,
    FigurePath,
    Grouping,
    MonitorReport,
    Period,
    facts_document,
    grouped,
    monitor,
    pick,
    yearly_outflow,
)
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.models import DomainAssessment, ErasedCase
from db.uow import UnitOfWork

FIRST = date(2024, 1, 1)
days = st.integers(0, 730).map(lambda offset: FIRST + timedelta(days=offset))
maybe_day = st.none() | days
STATUSES = [*(status.value for status in DomainStatus), ""]


@st.composite
def case_facts(draw: st.DrawFn) -> CaseFacts:
    domains = draw(st.dictionaries(
        st.tuples(st.sampled_from([moment.value for moment in Moment]),
                  st.sampled_from([*BASIC_CONDITIONS, "network"])), st.sampled_from(STATUSES), max_size=6))
    return CaseFacts(
        case_id=str(uuid.uuid4()), prison=draw(st.sampled_from(["PI Vught", "PI Zwolle", "PI Ter Apel"])),
        coordinator=draw(st.sampled_from(["", "A. de Vries", "B. Jansen"])),
        target_groups=frozenset(draw(st.sets(st.sampled_from(["top_x", "pga", "isd"])))),
        direction=draw(st.sampled_from(["coordinator", "social_team", "probation", "unknown"])),
        notified_on=draw(maybe_day), contact_on=draw(maybe_day), intake_on=draw(maybe_day),
        plan_on=draw(maybe_day), aftercare_on=draw(maybe_day), closed_on=draw(maybe_day),
        released_on=draw(maybe_day), aftercare_offered=draw(st.booleans()) and bool(domains), domains=domains)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(days)
    return Period(start, start + timedelta(days=draw(st.integers(0, 400))))


def _write(uow: UnitOfWork, cases: list[CaseFacts], erased: list[CaseFacts]) -> None:
    """The cases as the workspace stores them: a client, a detention and a case each, their domain assessments
    (aftercare needed on one intake assessment when offered), and the facts kept of the erased cases."""
    now = datetime(2025, 1, 1)
    stamp = {"created_at": now, "updated_at": now, "changed_by_device": str(uuid.uuid4()), "version": 1}
    clients, detentions, rows, assessments = [], [], [], []
    for facts in cases:
        client_id, detention_id = str(uuid.uuid4()), str(uuid.uuid4())
        clients.append({"id": client_id, **stamp, "given_names": "Test", "surname": "Geval", "bsn": None,
                        "date_of_birth": date(1980, 1, 1)})
        detentions.append({"id": detention_id, **stamp, "client_id": client_id, "prison": facts.prison,
                           "start_date": FIRST, "expected_release_date": None,
                           "actual_release_date": facts.released_on})
        rows.append({"id": facts.case_id, **stamp, "client_id": client_id, "detention_id": detention_id,
                     "status": "notified", "target_groups": ",".join(sorted(facts.target_groups)),
                     "case_direction": facts.direction, "coordinator": facts.coordinator, "notes": "",
                     **{name: getattr(facts, name) for name in ("notified_on", "contact_on", "intake_on", "plan_on",
                                                                "aftercare_on", "closed_on")}})
        domains = dict(facts.domains)
        offered_on = next((key for key in sorted(domains) if key[0] == Moment.INTAKE.value), None)
        for (moment, domain), status in sorted(domains.items()):
            assessments.append({"id": str(uuid.uuid4()), **stamp, "case_id": facts.case_id, "domain_id": domain,
                                "moment": moment, "status": status, "notes": "",
                                "aftercare_needed": facts.aftercare_offered if (moment, domain) == offered_on
                                else None})
    uow.cases.bulk_insert(clients, detentions, rows)
    if assessments:
        uow.session.execute(insert(DomainAssessment), assessments)
    for facts in erased:
        uow.session.add(ErasedCase(case_id=facts.case_id, erased_at=now, reason="test",
                                   facts_json=json.dumps(facts_document(facts), sort_keys=True)))
    uow.flush()


def _stored(facts: CaseFacts) -> CaseFacts:
    """What the workspace can store of a case: aftercare counts as offered only with an intake assessment."""
    offered = facts.aftercare_offered and any(moment == Moment.INTAKE.value for moment, _domain in facts.domains)
    return CaseFacts(**{**facts.__dict__, "aftercare_offered": offered})


def _paths() -> list[FigurePath]:
    return [(path[0], int(path[1])) if path[0] == "results" else path for path in TERMS.paths()]


def _same(counted: MonitorReport, expected: MonitorReport) -> None:
    for path in _paths():
        assert pick(counted, path).value == pick(expected, path).value, path
    for step in ("to_intake", "to_plan", "to_close"):
        assert getattr(counted, step).days == getattr(expected, step).days, step


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases=st.lists(case_facts(), max_size=25), erased=st.lists(case_facts(), max_size=3), period=periods())
def test_the_counted_monitor_equals_the_monitor_of_the_facts(
        office: OpenWorkspace, cases: list[CaseFacts], erased: list[CaseFacts], period: Period) -> None:
    facts = [*(_stored(case) for case in cases), *erased]
    with office.transaction(Permission.MONITOR) as uow:
        _write(uow, [_stored(case) for case in cases], erased)
        counted = load_figures(uow, period, tuple(Grouping))
        expected = monitor(facts, period)
        _same(counted.report, expected)
        for grouping in Grouping:
            per_group = grouped(facts, period, GROUP_KEYS[grouping])
            assert list(counted.per_group[grouping]) == list(per_group)
            for name, report in per_group.items():
                _same(counted.per_group[grouping][name], report)
        outflow = yearly_outflow(facts)
        assert {year: figure.value for year, figure in counted.outflow.per_year.items()} == {
            year: figure.value for year, figure in outflow.per_year.items()}
        for path in _paths():
            selection = pick(counted.report, path).selection
            assert selection is not None
            assert cases_behind(uow, selection) == pick(expected, path).case_ids, path
        for grouping in Grouping:
            for name, report in counted.per_group[grouping].items():
                selection = report.released.selection
                assert selection is not None
                assert cases_behind(uow, selection) == grouped(facts, period, GROUP_KEYS[grouping])[
                    name].released.case_ids
        for year, figure in counted.outflow.per_year.items():
            assert figure.selection is not None
            assert cases_behind(uow, figure.selection) == outflow.per_year[year].case_ids

"""The demos show a product in use: a back office with an inbox, six coordinators, three laptops and years of
history; a coordinator's caseload with a plan for every case in the plan or aftercare status, consents in every
state and every kind of warning. Behaviour is tested, not the demo's exact counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from app.backoffice.assignment import inbox_overview
from app.casework.checklist import load_catalogue
from app.casework.consent import Badge, consent_badges
from app.casework.register import load_register
from app.demo.office import COORDINATORS, LAPTOPS
from app.demo.workspace import DEMO_PASSPHRASE, FICTIONAL_SURNAMES, create_demo_workspace
from app.domain import CaseStatus, WorkspaceKind
from app.monitor.counted import monitor_figures
from app.monitor.figures import Period
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from db.models import ConsentRecord, Plan

CASES = 250  # as the GUI's demo
FAST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # the demos are made once for the module
# Every warning and hint of app.casework.case_warnings.
WARNING_CODES = {"release_soon_no_intake", "release_soon_plan_not_agreed", "release_soon_open_domains",
                 "information_term", "information_term_passed", "no_basis_to_share", "short_detention",
                 "aftercare_ending"}


@pytest.fixture(scope="module")
def office_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenWorkspace]:
    demo = create_demo_workspace(tmp_path_factory.mktemp("office") / "demo", DEMO_PASSPHRASE, CASES,
                                 WorkspaceKind.BACKOFFICE, kdf=FAST_KDF)
    yield demo
    demo.lock()


@pytest.fixture(scope="module")
def coordinator_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenWorkspace]:
    demo = create_demo_workspace(tmp_path_factory.mktemp("laptop") / "demo", DEMO_PASSPHRASE, CASES,
                                 WorkspaceKind.COORDINATOR, kdf=FAST_KDF)
    yield demo
    demo.lock()


@pytest.mark.parametrize("kind", ["office_demo", "coordinator_demo"])
def test_the_user_has_a_name_not_demo_something(kind: str, request: pytest.FixtureRequest) -> None:
    demo: OpenWorkspace = request.getfixturevalue(kind)
    name = demo.summary.user_name
    assert "demo" not in name.casefold() and len(name.split()) >= 2


def test_the_office_inbox_holds_unassigned_notifications_of_the_last_weeks_some_past_their_term(
        office_demo: OpenWorkspace) -> None:
    today = date.today()
    inbox = inbox_overview(office_demo).inbox
    assert inbox
    assert all(0 <= (today - item.detention_start).days <= 28 for item in inbox)
    overdue = [item.information_overdue(today) for item in inbox]
    assert any(overdue) and not all(overdue)


def test_six_coordinators_with_different_workloads_three_on_an_enrolled_laptop(office_demo: OpenWorkspace) -> None:
    overview = inbox_overview(office_demo)
    loads = {workload.coordinator: workload.open_cases for workload in overview.workloads if workload.coordinator}
    assert set(loads) == {name for name, _share in COORDINATORS}
    assert all(loads.values()) and len(set(loads.values())) > 3
    assert loads[COORDINATORS[0][0]] > 2 * loads[COORDINATORS[-1][0]]  # a full caseload and one just started
    assert {load.peer.label: load.cases for load in overview.caseloads} == {
        name: loads[name] for name, _share in COORDINATORS[:LAPTOPS]}


def test_the_office_monitor_has_years_of_history_with_a_trend(office_demo: OpenWorkspace) -> None:
    today = date.today()
    outflow = monitor_figures(office_demo, Period.year(today.year - 1)).outflow
    per_year = {year: figure.value for year, figure in outflow.per_year.items()}
    assert len(per_year) >= 5 and all(per_year.values())
    assert per_year[today.year - 1] > per_year[min(per_year) + 1]  # more each year (the first may be partial)
    report = monitor_figures(office_demo, Period.year(today.year - 1)).report
    assert sum(figure.value for figure in report.results.values()) > 0  # assessed at release: results to show


def test_the_coordinator_demo_shows_every_warning(coordinator_demo: OpenWorkspace) -> None:
    key_domains = load_catalogue().active().key_domain_ids
    rows = load_register(coordinator_demo, key_domains)
    assert {warning.code for row in rows for warning in row.warnings} >= WARNING_CODES


def test_the_coordinator_demo_has_consents_in_every_state(coordinator_demo: OpenWorkspace) -> None:
    assert set(consent_badges(coordinator_demo, date.today()).values()) | {Badge.NONE} == set(Badge)
    rows = load_register(coordinator_demo, frozenset())
    badges = consent_badges(coordinator_demo, date.today())
    assert any(row.case_id not in badges or badges[row.case_id] is Badge.NONE for row in rows)
    with coordinator_demo.unit_of_work() as uow:
        valid_until = uow.session.execute(select(ConsentRecord.valid_until)).scalars().all()
    assert any(day is not None and day < date.today() for day in valid_until)  # an expired consent


def test_every_case_in_the_plan_or_aftercare_status_has_a_plan(coordinator_demo: OpenWorkspace) -> None:
    rows = load_register(coordinator_demo, frozenset())
    with coordinator_demo.unit_of_work() as uow:
        planned = set(uow.session.execute(select(Plan.case_id)).scalars())
    wanting = {row.case_id for row in rows if row.status in (CaseStatus.PLAN, CaseStatus.AFTERCARE)}
    assert wanting and wanting <= planned


def test_demo_clients_are_fictional(coordinator_demo: OpenWorkspace, office_demo: OpenWorkspace) -> None:
    for demo in (coordinator_demo, office_demo):
        assert all(row.name.split(",")[0].split()[-1] in FICTIONAL_SURNAMES
                   for row in load_register(demo, frozenset()))

"""Synthetic demo workspaces: obviously fictional clients, test-range BSNs, realistic dates and statuses, and a
product that is in use: a caseload with plans, consents and warnings, or a back office with years of history."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from itertools import count
from pathlib import Path

from dateutil.relativedelta import relativedelta

from app import audit
from app.audit import AuditAction
from app.casework.checklist import load_catalogue
from app.casework.intake import PlanStatus
from app.demo.office import INBOX_DAYS, OpenCasesShare, enrol_demo_laptops, inbox_size, pick_coordinator
from app.demo.plans import ConsentKind, PlanWish, add_demo_plans
from app.domain import STATUS_DATE_FIELD, STATUS_FLOW, CaseDirection, CaseStatus, TargetGroup, WorkspaceKind
from app.permissions import Permission
from app.reference_data import prisons
from app.workspace.folder import EmbeddedWorkspace, create_workspace, is_workspace, unlock
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

GIVEN_NAMES = ("Jan", "Piet", "Klaas", "Mohammed", "Kevin", "Dennis", "Sanne", "Fatima", "Rachid", "Bram",
               "Joyce", "Stefan", "Youssef", "Priscilla", "Gerrit", "Tamara", "Ricardo", "Mehmet", "Lotte", "Jeroen")
# Surnames that no one carries: a demo record can never be taken for a real person.
FICTIONAL_SURNAMES = ("Voorbeeld", "Proefmans", "Testerink", "Verzinsel", "Fictiefsma", "Oefenaar",
                      "Nepstra", "Demowijk", "Zomaarsen", "Droomkerk", "Bedachtink", "Schijnveld")
PREFIXES = ("", "", "", "van", "de", "van der")
DEMO_BSN_START = 990_000_000
# Everyone may know a demo's passphrase: it holds fictional people only, and trying the demo asks for none.
DEMO_PASSPHRASE = "demo met fictieve personen"
# The demo's user: a realistic, invented name, as a colleague would be called.
DEMO_USERS = {WorkspaceKind.COORDINATOR: "Anouk Verbeek", WorkspaceKind.BACKOFFICE: "Ilse Brouwer"}
COORDINATOR_DAYS = 400  # a coordinator's demo: the cases of about a year
HISTORY_YEARS = 6  # a back office's demo: years of history, more cases each year, so the monitor shows a trend
DETENTION_DAYS = (8, 30, 60, 120, 200, 365, 500)
CLOSE_AFTER_DAYS = 91  # aftercare lasts three months
DECLINED_SHARE = 0.15  # of a back office's released residents, those who declined voluntary aftercare
LATE_CONTACT_SHARE = 0.06  # cases whose first contact came weeks late (after a short detention: not reached)
# The days from one step to the next (lowest, highest): notification, contact, intake, plan.
STEP_GAPS = {CaseStatus.NOTIFIED: (0, 3), CaseStatus.CONTACT: (1, 12), CaseStatus.INTAKE: (2, 20),
             CaseStatus.PLAN: (3, 25)}


@dataclass(frozen=True)
class _Spec:
    """One demo case before it is written: its detention and where it stands."""

    start: date
    expected_release: date
    released: bool
    status: CaseStatus
    coordinator: str
    direction: CaseDirection | None = None  # None: any
    wish: PlanWish | None = None
    declined: bool = False  # released, and declined voluntary aftercare: closed at release


def demo_bsns() -> Iterator[str]:
    """9-digit numbers from the 99 series that pass the 11-test, in order: unique within a demo workspace. The
    test is worked out here (9×d1 + 8×d2 + … + 2×d8 − d9 divisible by 11): a demo of 20,000 cases spent a quarter
    of its time in a general validator."""
    for number in count(DEMO_BSN_START):
        digits = f"{number:09d}"
        if sum((9 - index) * int(digit) for index, digit in enumerate(digits[:8])) % 11 == int(digits[8]) % 11:
            yield digits


def fill_with_demo_cases(workspace: OpenWorkspace, cases_wanted: int, seed: int = 7, today: date | None = None) -> None:
    """Add `cases_wanted` fictional clients, each with a detention and a case, in one transaction, with intakes,
    plans and consents (app.demo.plans). A coordinator's demo holds a year of the user's own cases and first a
    showcase of every warning and consent state; a back office's holds an inbox of notifications of the last
    weeks, the showcase, and years of history of six coordinators, three on an enrolled laptop (app.demo.office)."""
    today = today or date.today()
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    device = workspace.actor.device_id
    stamp = {"created_at": now, "updated_at": now, "changed_by_device": device, "version": 1}
    office = workspace.summary.kind is WorkspaceKind.BACKOFFICE
    specs = _office_specs(rng, cases_wanted, today) if office else \
        _coordinator_specs(rng, cases_wanted, today, workspace.summary.user_name)
    clients, detentions, cases = [], [], []
    wishes: dict[str, PlanWish] = {}
    bsns = demo_bsns()
    for spec in specs:
        client_id, detention_id = str(uuid.uuid4()), str(uuid.uuid4())
        clients.append({
            "id": client_id, **stamp,
            "given_names": rng.choice(GIVEN_NAMES),
            "surname_prefix": rng.choice(PREFIXES),
            "surname": rng.choice(FICTIONAL_SURNAMES),
            "date_of_birth": date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28)),
            "bsn": next(bsns),
            "municipality_of_registration": "Demostad",
            "address": "",
            "phone": "",
        })
        detentions.append({
            "id": detention_id, **stamp, "client_id": client_id, "prison": rng.choice(prisons()),
            "start_date": spec.start, "expected_release_date": spec.expected_release,
            "actual_release_date": spec.expected_release if spec.released else None,
        })
        case_id = str(uuid.uuid4())
        case = {
            "id": case_id, **stamp, "client_id": client_id, "detention_id": detention_id,
            "status": spec.status.value,
            "target_groups": ",".join(sorted(rng.sample([g.value for g in TargetGroup], rng.randint(0, 2)))),
            "case_direction": (spec.direction or rng.choice(list(CaseDirection))).value,
            "coordinator": spec.coordinator, "notes": "",
            **_step_dates(rng, spec, today),
        }
        cases.append(case)
        if spec.wish is not None:
            wishes[case_id] = spec.wish
    with workspace.transaction(Permission.EDIT_CASES) as uow:
        uow.cases.bulk_insert(clients, detentions, cases)
        add_demo_plans(uow, workspace.actor, cases, load_catalogue().active(), now, today, seed, wishes,
                       assessed_only=frozenset({CaseStatus.CLOSED}) if office else frozenset())
        if office:
            enrol_demo_laptops(uow, uow.workspace.info().municipality, cases, now, today, seed)
        audit.append(uow, workspace.actor, AuditAction.CREATE, record_type="demo_data", record_id=None)
        uow.commit()


def _coordinator_specs(rng: random.Random, wanted: int, today: date, user: str) -> list[_Spec]:
    """The showcase first (as far as `wanted` reaches), then cases that started in the last COORDINATOR_DAYS."""
    specs = _showcase(today, user)[:wanted]
    while len(specs) < wanted:
        start = today - timedelta(days=rng.randint(5, COORDINATOR_DAYS))
        expected_release = start + timedelta(days=rng.choice(DETENTION_DAYS))
        released = expected_release <= today
        specs.append(_Spec(start, expected_release, released, _status_for(rng, released), user))
    return specs


def _showcase(today: date, user: str) -> list[_Spec]:
    """A case for every warning of app.casework.case_warnings and every consent state, in the order named."""

    def spec(started: int, release: int, status: CaseStatus, wish: PlanWish | None = None) -> _Spec:
        start, expected = today - timedelta(days=started), today + timedelta(days=release)
        return _Spec(start, expected, expected <= today, status, user, CaseDirection.COORDINATOR, wish)

    ending = today - relativedelta(months=3) + timedelta(days=7)  # aftercare ends in a week
    return [
        spec(40, 7, CaseStatus.CONTACT),  # release soon, no intake held
        spec(30, 10, CaseStatus.INTAKE, PlanWish(PlanStatus.CONCEPT, open_key_domain=True)),  # concept, key open
        spec(0, 120, CaseStatus.NOTIFIED),  # information term running
        spec(12, 60, CaseStatus.NOTIFIED),  # information term passed
        spec(60, 90, CaseStatus.PLAN, PlanWish(consent=ConsentKind.NONE, partner_action=True)),  # nothing to share
        spec(20, -13, CaseStatus.AFTERCARE),  # detention of 7 days
        spec((today - ending).days + 120, -(today - ending).days, CaseStatus.AFTERCARE),  # aftercare ends soon
        spec(50, 100, CaseStatus.PLAN, PlanWish(consent=ConsentKind.GIVEN)),
        spec(200, -30, CaseStatus.AFTERCARE, PlanWish(consent=ConsentKind.PARTIAL)),
        spec(150, -20, CaseStatus.AFTERCARE, PlanWish(consent=ConsentKind.REVOKED)),
        spec(120, 60, CaseStatus.PLAN, PlanWish(consent=ConsentKind.EXPIRED)),
        spec(70, 50, CaseStatus.PLAN, PlanWish(consent=ConsentKind.OTHER_BASIS)),
    ]


def _office_specs(rng: random.Random, wanted: int, today: date) -> list[_Spec]:
    """First the inbox: notifications of the last INBOX_DAYS without a coordinator, every other one past its
    information term; then the showcase of warnings, handed to the coordinators; then HISTORY_YEARS of cases of
    the six coordinators, more in recent years."""
    specs = []
    for number in range(inbox_size(wanted)):
        start = today - timedelta(days=rng.randint(0, 3) if number % 2 else rng.randint(9, INBOX_DAYS))
        specs.append(_Spec(start, start + timedelta(days=rng.choice(DETENTION_DAYS[1:])), False,
                           CaseStatus.NOTIFIED, ""))
    share = OpenCasesShare()
    specs += [replace(spec, coordinator=share.next()) for spec in _showcase(today, "")]
    specs = specs[:wanted]
    while len(specs) < wanted:
        start = today - timedelta(days=round(rng.triangular(1, HISTORY_YEARS * 365, 1)))
        expected_release = start + timedelta(days=rng.choice(DETENTION_DAYS))
        released = expected_release <= today
        declined = released and rng.random() < DECLINED_SHARE
        if released:
            status = CaseStatus.CLOSED if declined or today > expected_release + timedelta(CLOSE_AFTER_DAYS) \
                else CaseStatus.AFTERCARE
        elif today - start < timedelta(days=INBOX_DAYS):
            status = rng.choice((CaseStatus.NOTIFIED, CaseStatus.CONTACT))
        else:
            status = rng.choice((CaseStatus.CONTACT, CaseStatus.INTAKE, CaseStatus.PLAN, CaseStatus.PLAN))
        coordinator = pick_coordinator(rng) if status is CaseStatus.CLOSED else share.next()
        specs.append(_Spec(start, expected_release, released, status, coordinator, declined=declined))
    return specs


def _step_dates(rng: random.Random, spec: _Spec, today: date) -> dict[str, date | None]:
    """When the case reached each step up to its status: the early steps some days apart from the start of
    detention (never after today; now and then the first contact came late), aftercare from release, closing three
    months later (or at release, when aftercare was declined)."""
    dates: dict[str, date | None] = {}
    day = spec.start
    reached = STATUS_FLOW.index(spec.status)
    for step, column in STATUS_DATE_FIELD.items():
        if STATUS_FLOW.index(step) > reached:
            dates[column] = None
        elif step is CaseStatus.AFTERCARE:
            dates[column] = None if spec.declined else spec.expected_release
        elif step is CaseStatus.CLOSED:
            closed = max(day, spec.expected_release) if spec.declined else \
                spec.expected_release + timedelta(CLOSE_AFTER_DAYS)
            dates[column] = min(today, closed)
        else:
            low, high = STEP_GAPS[step]
            late = step is CaseStatus.CONTACT and rng.random() < LATE_CONTACT_SHARE
            day += timedelta(days=rng.randint(low, high) + (rng.randint(20, 60) if late else 0))
            dates[column] = min(day, today)
    return dates


def _status_for(rng: random.Random, released: bool) -> CaseStatus:
    if released:
        return rng.choice((CaseStatus.AFTERCARE, CaseStatus.AFTERCARE, CaseStatus.CLOSED))
    return rng.choice((CaseStatus.NOTIFIED, CaseStatus.CONTACT, CaseStatus.INTAKE, CaseStatus.PLAN))


def create_demo_workspace(
    folder: Path, passphrase: str, cases: int, kind: WorkspaceKind = WorkspaceKind.COORDINATOR,
    kdf: KdfParams | None = None,
) -> EmbeddedWorkspace:
    """A new workspace marked DEMO, filled with `cases` fictional cases."""
    workspace = create_workspace(
        folder, kind=kind, municipality="Demostad", user_name=DEMO_USERS[kind], passphrase=passphrase,
        kdf=kdf, demo=True,
    )
    fill_with_demo_cases(workspace, cases)
    return workspace


def open_demo_workspace(folder: Path, kind: WorkspaceKind, cases: int, kdf: KdfParams | None = None
                        ) -> EmbeddedWorkspace:
    """The demo in `folder` opened with DEMO_PASSPHRASE; made first (of `kind`, with `cases` cases) when `folder`
    holds no workspace. A demo made earlier under a passphrase of its own raises WrongPassphraseError."""
    if is_workspace(folder):
        return unlock(folder, DEMO_PASSPHRASE)
    return create_demo_workspace(folder, DEMO_PASSPHRASE, cases, kind, kdf)

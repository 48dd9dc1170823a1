"""Synthetic demo workspaces: obviously fictional people, test-range BSNs, realistic dates and statuses."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import count
from pathlib import Path

from stdnum.nl import bsn as stdnum_bsn

from app import audit
from app.audit import AuditAction
from app.casework.checklist import load_catalogue
from app.demo.plans import add_demo_plans
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
DEMO_USERS = {WorkspaceKind.COORDINATOR: "Demo Coördinator", WorkspaceKind.BACKOFFICE: "Demo Backoffice"}


def demo_bsns() -> Iterator[str]:
    """9-digit numbers from the 99 series that pass the 11-test, in order: unique within a demo workspace."""
    for number in count(DEMO_BSN_START):
        digits = f"{number:09d}"
        if stdnum_bsn.is_valid(digits):
            yield digits


def fill_with_demo_cases(workspace: OpenWorkspace, cases_wanted: int, seed: int = 7, today: date | None = None) -> None:
    """Add `cases_wanted` fictional clients, each with a detention and a case, in one transaction; the first cases
    that reached the intake also get an intake and a plan of approach (app.demo.plans)."""
    today = today or date.today()
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    device = workspace.actor.device_id
    stamp = {"created_at": now, "updated_at": now, "changed_by_device": device, "version": 1}
    clients, detentions, cases = [], [], []
    bsns = demo_bsns()
    for _ in range(cases_wanted):
        client_id, detention_id = str(uuid.uuid4()), str(uuid.uuid4())
        start = today - timedelta(days=rng.randint(5, 400))
        expected_release = start + timedelta(days=rng.choice((8, 30, 60, 120, 200, 365, 500)))
        released = expected_release <= today
        status = _status_for(rng, released)
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
            "start_date": start, "expected_release_date": expected_release,
            "actual_release_date": expected_release if released else None,
        })
        case = {
            "id": str(uuid.uuid4()), **stamp, "client_id": client_id, "detention_id": detention_id,
            "status": status.value,
            "target_groups": ",".join(sorted(rng.sample([g.value for g in TargetGroup], rng.randint(0, 2)))),
            "case_direction": rng.choice(list(CaseDirection)).value,
            "coordinator": workspace.summary.user_name, "notes": "",
        }
        for step, column in STATUS_DATE_FIELD.items():
            case[column] = _step_date(step, status, start, expected_release, today)
        cases.append(case)
    with workspace.transaction(Permission.EDIT_CASES) as uow:
        uow.cases.bulk_insert(clients, detentions, cases)
        add_demo_plans(uow, workspace.actor, cases, load_catalogue().active(), now, today, seed)
        audit.append(uow, workspace.actor, AuditAction.CREATE, record_type="demo_data", record_id=None)
        uow.commit()


def _step_date(step: CaseStatus, status: CaseStatus, start: date, release: date, today: date) -> date | None:
    """When a case that is now at `status` reached `step`: early steps in the first weeks of detention,
    aftercare from release, closing three months later (never in the future)."""
    if STATUS_FLOW.index(step) > STATUS_FLOW.index(status):
        return None
    if step is CaseStatus.AFTERCARE:
        return release
    if step is CaseStatus.CLOSED:
        return min(today, release + timedelta(days=91))
    return start + timedelta(days=2 * STATUS_FLOW.index(step))


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

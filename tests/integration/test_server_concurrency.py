"""Eight people of a team back office at work on one server at the same time, each with their own account in their
own process (scripts/clerk.py): three clerks take notifications from the inbox, two clerks and the coordinator save
notes on the same cases, the team leader prints plans, a clerk reads in laptops' bundles. Afterwards: no
notification was assigned twice, no save was lost (a case's version rose by exactly the saves reported), the audit
chain verifies, and every entry names the account that caused it."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from postgres_cluster import OWNER_PASSWORD, ServerDatabase
from sqlalchemy import text

from app.backoffice.assignment import assign
from app.casework.cases import CaseData
from app.casework.checklist import load_catalogue
from app.casework.intake import open_intake
from app.domain import CaseStatus, WorkspaceKind
from app.permissions import Role
from app.sync.export import export_bundle
from app.workspace.server import check_server

from .helpers import client_data, register
from .sync_helpers import EXCHANGE_DAY, create, enroll_with

pytestmark = [pytest.mark.server, pytest.mark.slow]

SCRIPT = Path(__file__).parent / "scripts" / "clerk.py"
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long password for the test accounts"
COORDINATOR = "Coördinator Een"
NOTIFICATIONS, SHARED_CASES, ROUNDS = 24, 3, 10
PEOPLE = {  # login: (name, roles, what they do)
    "kb1": ("Kim Een", {Role.BACKOFFICE}, "take"), "kb2": ("Kim Twee", {Role.BACKOFFICE}, "take"),
    "kb3": ("Kim Drie", {Role.BACKOFFICE}, "take"), "ed1": ("Els Een", {Role.BACKOFFICE}, "edit"),
    "ed2": ("Els Twee", {Role.BACKOFFICE}, "edit"), "jan": (COORDINATOR, {Role.COORDINATOR}, "edit"),
    "tl": ("Tom Leider", {Role.SUPERVISOR}, "print"), "kb4": ("Kim Vier", {Role.BACKOFFICE}, "import"),
}


def bsn(number: int) -> str:
    """A BSN that passes the 11-test, different for each `number`."""
    for last in range(10):
        digits = f"{900000000 + number * 10 + last:09d}"
        if sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) % 11 == int(digits[8]):
            return digits
    return bsn(number + 50_000)


def _prepare(server: ServerDatabase, tmp_path: Path) -> tuple[list[str], list[str]]:
    """The accounts, the inbox's notifications, the coordinator's shared cases and two laptops' bundles."""
    for login, (name, roles, _what) in PEOPLE.items():
        server.add_account(login, name, frozenset(roles), PASSWORD)
    owner = server.as_owner()
    clerk = server.connect("kb1", PASSWORD)
    try:
        for number in range(NOTIFICATIONS):
            register(clerk, client_data(surname=f"Melding{number:02d}", bsn=bsn(number)),
                     case=CaseData(status=CaseStatus.NOTIFIED))
        shared = [register(clerk, client_data(surname=f"Gedeeld{number}", bsn=bsn(1000 + number))).case_ids[0]
                  for number in range(SHARED_CASES)]
        assign(clerk, shared, COORDINATOR)
        jan = server.connect("jan", PASSWORD)
        for case_id in shared:  # the intake starts the plan the team leader prints
            open_intake(jan, case_id, load_catalogue().active())
        jan.lock()
        bundles = []
        for number in range(2):
            laptop = create(tmp_path / f"laptop{number}", WorkspaceKind.COORDINATOR, f"Laptop {number}",
                            _fast_kdf())
            enroll_with(laptop, owner)
            enroll_with(owner, laptop)
            register(laptop, client_data(surname=f"Laptopzaak{number}", bsn=bsn(2000 + number)))
            bundles.append(str(export_bundle(laptop, owner.actor.device_id, tmp_path / f"l{number}.terugkeer",
                                             today=EXCHANGE_DAY).path))
            laptop.lock()
    finally:
        clerk.lock()
        owner.lock()
    return shared, bundles


def _fast_kdf():  # type: ignore[no-untyped-def]
    from app.workspace.keyfile import KdfParams

    return KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


def _versions(server: ServerDatabase, case_ids: list[str]) -> dict[str, int]:
    owner = server.as_owner()
    try:
        with owner.unit_of_work() as uow:
            return {row.id: row.version for row in uow.session.execute(
                text("SELECT id, version FROM case_file WHERE id = ANY(:ids)"), {"ids": case_ids})}
    finally:
        owner.lock()


def test_eight_people_at_once_lose_nothing_and_keep_one_chain(server: ServerDatabase, tmp_path: Path) -> None:
    shared, bundles = _prepare(server, tmp_path)
    before = _versions(server, shared)
    processes = {}
    for seed, (login, (_name, _roles, what)) in enumerate(PEOPLE.items()):
        targets = bundles if what == "import" else shared
        rounds = len(bundles) if what == "import" else ROUNDS
        processes[login] = subprocess.Popen(
            [sys.executable, str(SCRIPT), server.url(login), PASSWORD, str(server.office_key), what, str(rounds),
             str(seed), *targets], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    reports: dict[str, list[str]] = {}
    for login, process in processes.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, f"{login}: {err}"
        reports[login] = out.splitlines()
        assert reports[login][-1] == "DONE"

    took = [line.split()[1] for login in ("kb1", "kb2", "kb3") for line in reports[login]
            if line.startswith("TOOK")]
    assert len(took) == len(set(took)) > 0  # none taken twice
    saved = Counter(line.split()[1] for login in ("ed1", "ed2", "jan") for line in reports[login]
                    if line.startswith("SAVED"))
    after = _versions(server, shared)
    assert {case_id: after[case_id] - before[case_id] for case_id in shared} == {
        case_id: saved[case_id] for case_id in shared}  # each save built on the last one: none lost
    assert sum(line.startswith("IMPORTED") for line in reports["kb4"]) == len(bundles)

    report = check_server(server.url(), OWNER_PASSWORD)
    assert report.ok, report
    owner = server.as_owner()
    try:
        with owner.unit_of_work() as uow:
            names = dict(uow.session.execute(text("SELECT user_name, count(*) FROM audit_entry GROUP BY user_name")
                                             ).all())
            coordinators = {row.id: row.coordinator for row in uow.session.execute(
                text("SELECT id, coordinator FROM case_file WHERE id = ANY(:ids)"), {"ids": took})}
            still_waiting = uow.session.execute(text(
                "SELECT count(*) FROM case_file WHERE status = 'melding' AND coordinator = ''")).scalar_one()
            assignments = uow.session.execute(text(
                "SELECT count(*) FROM audit_entry WHERE record_id = ANY(:ids) AND action = 'update' "
                "AND record_type = 'case'"), {"ids": took}).scalar_one()
    finally:
        owner.lock()
    assert set(names) <= set(PEOPLE) | {"terugkeer_owner"}  # every entry names the account that caused it
    for login, lines in reports.items():  # each action left at least its one entry, in the actor's own name
        acted = sum(not line.startswith(("NONE", "DONE")) for line in lines)
        assert names.get(login, 0) >= acted, login
    assert set(coordinators.values()) == {COORDINATOR}
    # each notification taken exactly once or still waiting: the inbox's and the laptops' (one case a bundle)
    assert len(took) + still_waiting == NOTIFICATIONS + len(bundles) and assignments == len(took)

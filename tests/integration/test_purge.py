"""Receipt and purge on the laptop: after the back office confirmed a bundle, closed cases older than the days to
keep and cases handed to someone else leave the laptop; unconfirmed cases never do; nothing lingers in the file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import text

from app.backoffice.assignment import assign
from app.casework.cases import CaseData, open_case, update_case
from app.domain import CaseStatus
from app.privacy.purge import PurgeReason, Waiting, purge, purge_plan
from app.sync.device import laptop_caseloads
from app.workspace.folder import database_path
from app.workspace.session import OpenWorkspace

from .helpers import client_data, register
from .sqlcipher_pages import decrypted_pages, where_found
from .sync_helpers import COORDINATOR, transfer

LATER = date(2024, 7, 30)  # the cases were closed on 15-06-2024: 45 days before


def _case(laptop: OpenWorkspace, surname: str, bsn: str, closed: bool) -> str:
    case = CaseData(status=CaseStatus.CLOSED, status_dates={CaseStatus.CLOSED: date(2024, 6, 15)},
                    coordinator=COORDINATOR) if closed else CaseData(coordinator=COORDINATOR)
    return register(laptop, client_data(surname=surname, bsn=bsn), case=case).case_ids[0]


def _sync(laptop: OpenWorkspace, office: OpenWorkspace, folder: Path, name: str) -> None:
    transfer(laptop, office, folder, f"{name}-up")
    transfer(office, laptop, folder, f"{name}-down")


def test_only_confirmed_closed_old_cases_are_purged_and_nothing_lingers(
        pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    # Not 123456782: the other clients' phone 0612345678 followed by a record id that starts with "2" holds it.
    gone = _case(laptop, "Zuiverpurge", "111222333", closed=True)
    changed_since = _case(laptop, "Wachtrij", "999990019", closed=True)
    still_open = _case(laptop, "Openstaand", "999990032", closed=False)
    with laptop.unit_of_work() as uow:  # before any sync: nothing is confirmed, nothing may go
        plan = purge_plan(uow, LATER)
    assert plan.due == () and {item.waiting for item in plan.waiting} == {Waiting.NOT_CONFIRMED}
    _sync(laptop, office, tmp_path, "first")
    # Changed after the back office confirmed it: waits for the next sync.
    file = open_case(laptop, changed_since)
    update_case(laptop, changed_since, file.version, replace(file.client, phone="0699999999"),
                file.detention, file.case)
    with laptop.unit_of_work() as uow:
        recent = purge_plan(uow, date(2024, 6, 20))
        plan = purge_plan(uow, LATER)
    assert [(i.case_id, i.waiting, i.due_on) for i in recent.waiting if i.case_id == gone] == [
        (gone, Waiting.RECENTLY_CLOSED, date(2024, 6, 29))]
    assert [(item.case_id, item.reason) for item in plan.due] == [(gone, PurgeReason.CLOSED)]
    assert [(item.case_id, item.waiting) for item in plan.waiting] == [(changed_since, Waiting.NOT_CONFIRMED)]

    assert purge(laptop, LATER) == (gone,)
    with laptop.unit_of_work() as uow:
        remaining = {row[0] for row in uow.session.execute(text("SELECT id FROM case_file")).all()}
        surnames = {row[0] for row in uow.session.execute(text("SELECT surname FROM client")).all()}
        entries = uow.session.execute(text(
            "SELECT action, record_type, record_id FROM audit_entry WHERE record_type = 'laptop_purge'")).all()
        free_pages = uow.session.execute(text("PRAGMA freelist_count")).scalar()
    assert remaining == {changed_since, still_open} and surnames == {"Wachtrij", "Openstaand"}
    assert [tuple(entry) for entry in entries] == [("delete", "laptop_purge", gone)]
    assert free_pages == 0
    key = laptop.data_key
    laptop.lock()
    pages = decrypted_pages(database_path(laptop.folder), key)
    assert b"Wachtrij" in pages  # the scan sees what the file holds...
    # ...and the purged client is gone
    assert where_found(pages, b"Zuiverpurge") == [] and where_found(pages, b"111222333") == []
    # The back office keeps the case: a purge is not an erasure.
    assert open_case(office, gone).client.surname == "Zuiverpurge"


def test_a_case_handed_to_another_coordinator_leaves_after_confirmation(
        pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    case_id = _case(laptop, "Overdracht", "123456782", closed=False)
    _sync(laptop, office, tmp_path, "first")
    assign(office, [case_id], "Iemand Anders")
    _sync(laptop, office, tmp_path, "second")  # the laptop learns of the handover (and confirms it)
    with laptop.unit_of_work() as uow:
        plan = purge_plan(uow, LATER)
    assert [(item.case_id, item.reason) for item in plan.due] == [(case_id, PurgeReason.REASSIGNED)]
    assert purge(laptop, LATER) == (case_id,)
    with laptop.unit_of_work() as uow:
        assert uow.session.execute(text("SELECT count(*) FROM client")).scalar() == 0


def test_the_back_office_sees_how_many_cases_each_laptop_holds(pair: tuple[OpenWorkspace, OpenWorkspace],
                                                               tmp_path: Path) -> None:
    laptop, office = pair
    _case(laptop, "Een", "123456782", closed=False)
    _case(laptop, "Twee", "999990019", closed=False)
    _sync(laptop, office, tmp_path, "first")
    with office.unit_of_work() as uow:
        [load] = laptop_caseloads(uow)
    assert (load.peer.label, load.cases) == (COORDINATOR, 2)
    assert load.over(1) and not load.over(2) and not load.over(None)

"""Retention and erasure: a case past its retention period is listed, erased with a reason and a second
confirmation, gone from every table here and from the laptop after the next bundle, and the monitor shows the same
figures for past periods before and after."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.casework.cases import CaseData
from app.domain import CaseStatus
from app.errors import ValidationError
from app.monitor.counted import figure_cases, monitor_figures
from app.monitor.figures import Period, case_facts, monitor
from app.privacy.erasure import confirmation_code, due_for_erasure, erase_case
from app.workspace.folder import database_path
from app.workspace.session import OpenWorkspace

from .helpers import client_data, detention_data, register
from .sqlcipher_pages import decrypted_pages
from .sync_helpers import COORDINATOR, transfer

SURNAME, BSN = "Vergeetmijniet", "123456782"


def _tables_mentioning(workspace: OpenWorkspace, needles: tuple[str, ...]) -> list[str]:
    """Every table with a row in which one of `needles` appears (the audit log excepted: it holds ids only)."""
    found = []
    with workspace.unit_of_work() as uow:
        tables = [row[0] for row in uow.session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).all()]
        for table in tables:
            for row in uow.session.execute(text(f'SELECT * FROM "{table}"')).all():
                if any(needle in str(value) for value in row for needle in needles):
                    found.append(table)
                    break
    return found


def test_an_erased_case_is_gone_everywhere_and_the_monitor_keeps_its_figures(
        pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    closed = CaseData(status=CaseStatus.CLOSED, coordinator=COORDINATOR,
                      status_dates={CaseStatus.NOTIFIED: date(2021, 3, 1), CaseStatus.CLOSED: date(2021, 9, 1)})
    case_id = register(laptop, client_data(surname=SURNAME, bsn=BSN),
                       detention_data(start_date=date(2021, 2, 20), expected_release_date=date(2021, 5, 1),
                                      actual_release_date=date(2021, 5, 1)),
                       closed).case_ids[0]
    kept = register(laptop, client_data(surname="Blijver", bsn="999990019"),
                    case=CaseData(coordinator=COORDINATOR)).case_ids[0]
    transfer(laptop, office, tmp_path, "l1")
    transfer(office, laptop, tmp_path, "o1")
    before = monitor(case_facts(office), Period.year(2021))
    assert [due.case_id for due in due_for_erasure(office, date(2024, 1, 1))] == [case_id]
    assert due_for_erasure(office, date(2023, 8, 31)) == []  # closed 01-09-2021 + 2 years
    with pytest.raises(ValidationError):
        erase_case(office, case_id, reason="", confirmation=confirmation_code(case_id))
    with pytest.raises(ValidationError):
        erase_case(office, case_id, reason="Bewaartermijn verstreken", confirmation="verkeerd")
    erased = erase_case(office, case_id, reason="Bewaartermijn verstreken", confirmation=confirmation_code(case_id))
    assert erased.case_ids == (case_id,)
    after = monitor(case_facts(office), Period.year(2021))
    with office.unit_of_work() as uow:
        entry = uow.session.execute(text(
            "SELECT action, record_type, record_id FROM audit_entry WHERE record_type = 'case_erasure'")).one()
    assert (after.notified.value, after.released.value) == (before.notified.value, before.released.value) == (1, 1)
    counted = monitor_figures(office, Period.year(2021)).report  # the erased case's kept facts are counted too
    assert (counted.notified.value, counted.released.value) == (1, 1)
    assert figure_cases(office, counted.released) == after.released.case_ids != (case_id,)
    assert tuple(entry) == ("delete", "case_erasure", case_id)
    assert _tables_mentioning(office, (SURNAME, BSN)) == []
    # the case's id stays only where ids must: the audit logs, and the tombstones that make laptops erase it too
    assert sorted(_tables_mentioning(office, (case_id,))) == ["audit_entry", "remote_audit_entry", "sync_tombstone"]

    transfer(office, laptop, tmp_path, "o2")  # the tombstones travel to the laptop
    assert _tables_mentioning(laptop, (SURNAME, BSN)) == []
    with laptop.unit_of_work() as uow:
        assert [row[0] for row in uow.session.execute(text("SELECT id FROM case_file")).all()] == [kept]
    transfer(laptop, office, tmp_path, "l2")  # and nothing brings it back
    assert _tables_mentioning(office, (SURNAME, BSN)) == []
    key = office.data_key
    office.lock()
    pages = decrypted_pages(database_path(office.folder), key)
    assert b"Blijver" in pages

"""Change sequence numbers: every added or changed synchronised record gets the next number of the workspace's one
counter in the same transaction, so an export can ask what changed after a given number."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import text

from app.casework.cases import open_case, update_case
from app.workspace.session import OpenWorkspace
from db import change_tracking

from .helpers import client_data, register


def _seqs(workspace: OpenWorkspace) -> dict[str, int]:
    with workspace.unit_of_work() as uow:
        rows = uow.session.execute(text(
            "SELECT 'client:' || id, change_seq FROM client UNION ALL "
            "SELECT 'detention:' || id, change_seq FROM detention UNION ALL "
            "SELECT 'case:' || id, change_seq FROM case_file")).all()
    return {key: seq for key, seq in rows}


def test_new_records_get_distinct_rising_numbers(workspace: OpenWorkspace) -> None:
    first = register(workspace, client_data()).case_ids[0]
    after_first = _seqs(workspace)
    second = register(workspace, client_data(given_names="Anna", bsn="999996708")).case_ids[0]
    after_second = _seqs(workspace)
    assert len(set(after_second.values())) == len(after_second) == 6
    assert min(after_second[k] for k in after_second if k not in after_first) > max(after_first.values())
    with workspace.unit_of_work() as uow:
        assert change_tracking.current(uow.session) == max(after_second.values())
    assert first != second


def test_a_change_renumbers_only_the_changed_record(workspace: OpenWorkspace) -> None:
    case_id = register(workspace, client_data()).case_ids[0]
    before = _seqs(workspace)
    file = open_case(workspace, case_id)
    update_case(workspace, case_id, file.version, replace(file.client, phone="06-12345678"),
                file.detention, file.case)
    after = _seqs(workspace)
    changed = {key for key in after if after[key] != before[key]}
    assert changed == {f"client:{file.client_id}"}
    assert after[f"client:{file.client_id}"] > max(before.values())
    # Saving the same values again changes nothing.
    file = open_case(workspace, case_id)
    update_case(workspace, case_id, file.version, file.client, file.detention, file.case)
    assert _seqs(workspace) == after


def test_a_failed_transaction_hands_out_nothing(workspace: OpenWorkspace) -> None:
    register(workspace, client_data())
    with workspace.unit_of_work() as uow:
        last = change_tracking.current(uow.session)
        change_tracking.reserve(uow.session, 10)  # then rolled back: the unit of work is left without commit
    with workspace.unit_of_work() as uow:
        assert change_tracking.current(uow.session) == last

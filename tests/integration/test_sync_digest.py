"""The safety net under synchronisation: when the laptop believes the office holds a version it does not (what a
refused or lost bundle that was acknowledged anyway would leave), the office's return bundle shows it. The record is
named as a difference, `terugkeer check` reports the peer, the next bundle carries the record again, and once the
office holds it the difference is gone. And an old bundle read in after a newer one says so and changes nothing."""

from __future__ import annotations

from pathlib import Path

from app.check import check_with_key
from app.sync.digest import Mismatch, mismatches_in
from app.sync.importer import _acknowledge, _Bases  # the acknowledgement exactly as the importer makes it
from app.workspace.session import OpenWorkspace

from .sync_helpers import add_case, edit_client, receive, rows, send


def _phone(workspace: OpenWorkspace) -> str:
    return str(rows(workspace, "SELECT phone FROM client")[0][0])


def test_a_record_the_office_does_not_hold_as_believed_is_named_resent_and_settled(
        pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    case_id = add_case(laptop)
    receive(office, send(laptop, office, tmp_path, "l1"))
    assert receive(laptop, send(office, laptop, tmp_path, "o1")).mismatches == 0
    edit_client(laptop, case_id, phone="0611111111")
    send(laptop, office, tmp_path, "l2")  # this bundle never reaches the office, yet the laptop counts it as arrived
    with laptop.unit_of_work() as uow:  # and what it carried counts as what the office holds, as an ack makes it
        arrived, lost = uow.sync.sent(office.actor.device_id)
        bases = _Bases(uow, office.actor.device_id)
        _acknowledge(uow, bases, lost.sequence)
        bases.write()
        lost.audit_seq = arrived.audit_seq  # only the records diverge: the audit entries still follow on
        uow.commit()

    result = receive(laptop, send(office, laptop, tmp_path, "o2"))
    assert result.mismatches == 1
    [mismatch] = _mismatches(laptop)
    assert (mismatch.table, mismatch.case_id, mismatch.missing) == ("client", case_id, False)
    data_key = laptop.data_key
    laptop.lock()
    report = check_with_key(laptop.folder, data_key)
    assert not report.ok and report.diverged == (("Backoffice Teststad", 1),)
    laptop = _reopen(laptop)
    try:
        assert _phone(office) != "0611111111"
        receive(office, send(laptop, office, tmp_path, "l3"))  # the record travels again
        assert _phone(office) == "0611111111"
        assert receive(laptop, send(office, laptop, tmp_path, "o3")).mismatches == 0
        assert _mismatches(laptop) == []
    finally:
        laptop.lock()
    assert check_with_key(laptop.folder, data_key).ok


def test_an_older_bundle_says_so_and_changes_nothing(pair: tuple[OpenWorkspace, OpenWorkspace],
                                                     tmp_path: Path) -> None:
    laptop, office = pair
    case_id = add_case(laptop)
    first = send(laptop, office, tmp_path, "first")
    edit_client(laptop, case_id, phone="0622222222")
    receive(office, send(laptop, office, tmp_path, "second"))
    late = receive(office, first)
    assert late.older and not late.already_imported and (late.new, late.updated) == (0, 0)
    assert _phone(office) == "0622222222"


def _mismatches(workspace: OpenWorkspace) -> list[Mismatch]:
    with workspace.unit_of_work() as uow:
        return mismatches_in(uow)


def _reopen(workspace: OpenWorkspace) -> OpenWorkspace:
    from app.workspace.folder import unlock

    return unlock(workspace.folder, "sync test passphrase")

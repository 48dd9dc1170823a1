"""Bundles between a coordinator laptop and the back office, on real encrypted workspaces: enrolment, export,
import in one transaction, acknowledgement, idempotence, replay, field-level merge and conflicts, the sharing
policy at the border, and refusals that change nothing."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.casework.cases import CaseData, open_case
from app.casework.consent import record_consent, revoke
from app.casework.consent_terms import HowGiven, RevocationScope
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.sync.conflicts import Resolution, open_conflicts, resolve_conflict
from app.sync.device import enroll, own_identity_file
from app.sync.device import revoke as revoke_device
from app.sync.export import export_bundle
from app.sync.identity import read_public_identity
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .helpers import CANARY_SURNAME, client_data, file_contents, register
from .sync_helpers import COORDINATOR, CancelAtOnce, add_case, create, edit_client, receive, rows, send


def _client(workspace: OpenWorkspace, case_id: str) -> dict[str, object]:
    file = open_case(workspace, case_id)
    return {"phone": file.client.phone, "address": file.client.address, "surname": file.client.surname}


def test_a_laptop_bundle_arrives_whole_and_the_return_bundle_acknowledges_it(
        pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    case_id = add_case(laptop)
    bundle = send(laptop, office, tmp_path, "laptop-1")
    assert CANARY_SURNAME.encode() not in bundle.read_bytes()  # a lost stick reveals no names

    result = receive(office, bundle)
    assert (result.new, result.conflicts, result.already_imported) == (3, 0, False)  # client, detention, case
    assert result.audit_entries > 0
    assert _client(office, case_id)["surname"] == CANARY_SURNAME
    # the laptop's audit entries arrived with their chain; the import itself is audited at the office
    assert rows(office, "SELECT count(*) FROM remote_audit_entry")[0][0] == result.audit_entries
    entries = rows(office, "SELECT action, record_type, client_id FROM audit_entry WHERE record_type = 'sync_bundle'")
    client_id = open_case(office, case_id).client_id
    assert entries == [("create", "sync_bundle", client_id), ("create", "sync_bundle", None)]  # the file, the import

    again = receive(office, bundle)  # the same bundle twice: nothing changes, and it says so
    assert again.already_imported

    back = send(office, laptop, tmp_path, "office-1")
    ack = receive(laptop, back)
    assert ack.acknowledged == 1 and ack.conflicts == 0
    assert rows(laptop, "SELECT count(*) FROM sync_sent WHERE acked_at IS NOT NULL")[0][0] == 1

    # after the acknowledgement the next bundle carries only new changes
    edit_client(laptop, case_id, phone="06-99999999")
    summary = export_bundle(laptop, office.actor.device_id, tmp_path / "laptop-2.terugkeer")
    assert summary.records == 1
    assert receive(office, summary.path).updated == 1
    assert _client(office, case_id)["phone"] == "06-99999999"


def test_an_unacknowledged_bundle_is_carried_again_and_an_old_one_cannot_roll_back(
        pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    case_id = add_case(laptop)
    first = send(laptop, office, tmp_path, "first")  # this stick gets lost for a while
    edit_client(laptop, case_id, phone="0611111111")
    second = send(laptop, office, tmp_path, "second")
    result = receive(office, second)  # cumulative: the second carries everything of the first as well
    assert result.new == 3
    assert _client(office, case_id)["phone"] == "0611111111"
    late = receive(office, first)  # the lost stick turns up: its older versions change nothing
    assert late.stale == 3 and late.updated == 0
    assert _client(office, case_id)["phone"] == "0611111111"


def test_fields_changed_on_different_sides_merge_and_the_same_field_becomes_a_conflict(
        pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    case_id = add_case(laptop)
    receive(office, send(laptop, office, tmp_path, "l1"))
    receive(laptop, send(office, laptop, tmp_path, "o1"))  # acknowledged: both hold the same version

    edit_client(laptop, case_id, phone="0622222222")  # different fields: merged
    edit_client(office, case_id, address="Nieuwe Gracht 2")
    receive(office, send(laptop, office, tmp_path, "l2"))
    assert _client(office, case_id) == {"phone": "0622222222", "address": "Nieuwe Gracht 2",
                                        "surname": CANARY_SURNAME}
    receive(laptop, send(office, laptop, tmp_path, "o2"))
    assert _client(laptop, case_id) == _client(office, case_id)

    edit_client(laptop, case_id, phone="0633333333")  # the same field on both sides: a conflict
    edit_client(office, case_id, phone="0644444444")
    result = receive(office, send(laptop, office, tmp_path, "l3"))
    assert result.conflicts == 1
    assert _client(office, case_id)["phone"] == "0644444444"  # nothing silently overwritten
    conflict = rows(office, "SELECT fields, local_json, remote_json FROM sync_conflict")
    assert conflict[0][0] == "phone"
    assert json.loads(str(conflict[0][1]))["phone"] == "0644444444"
    assert json.loads(str(conflict[0][2]))["phone"] == "0633333333"


def test_the_back_office_sends_a_laptop_only_its_own_coordinators_cases(
        pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    mine = register(office, client_data(), case=CaseData(coordinator=COORDINATOR)).case_ids[0]
    other = register(office, client_data(surname="Anders", bsn="999996708"),
                     case=CaseData(coordinator="Iemand Anders")).case_ids[0]
    result = receive(laptop, send(office, laptop, tmp_path, "o1"))
    assert result.new == 3
    assert [row[0] for row in rows(laptop, "SELECT id FROM case_file")] == [mine]
    assert other not in str(rows(laptop, "SELECT id FROM case_file"))


def test_a_case_whose_consent_was_revoked_stays_on_the_laptop_but_the_revocation_travels(
        pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    sent_before = add_case(laptop)
    _changes, consent_id = record_consent(
        laptop, sent_before, purposes=("aftercare",), categories=("identity",),
        recipients=("uwv",), given_on=date(2024, 6, 1), how_given=HowGiven.SIGNED_ON_PAPER,
        today=date(2024, 6, 15))
    receive(office, send(laptop, office, tmp_path, "l1"))
    receive(laptop, send(office, laptop, tmp_path, "o1"))
    revoke(laptop, consent_id, date(2024, 6, 14), RevocationScope.WHOLE, reason="wil niet meer",
           today=date(2024, 6, 15))
    edit_client(laptop, sent_before, phone="0655555555")
    never_sent = add_case(laptop, surname="Nieuw", bsn="999996708")
    _c, new_consent = record_consent(
        laptop, never_sent, purposes=("aftercare",), categories=("identity",), recipients=("uwv",),
        given_on=date(2024, 6, 1), how_given=HowGiven.SIGNED_ON_PAPER, today=date(2024, 6, 15))
    revoke(laptop, new_consent, date(2024, 6, 10), RevocationScope.WHOLE, reason="nee",
           today=date(2024, 6, 15))
    summary = export_bundle(laptop, office.actor.device_id, tmp_path / "l2.terugkeer", today=date(2024, 6, 15))
    assert {item.case_id for item in summary.held_back} == {sent_before, never_sent}
    receive(office, summary.path)
    assert _client(office, sent_before)["phone"] != "0655555555"  # the client's data stayed on the laptop
    assert rows(office, "SELECT count(*) FROM consent_revocation")[0][0] == 1  # the revocation did not
    assert rows(office, f"SELECT count(*) FROM case_file WHERE id = '{never_sent}'")[0][0] == 0


def test_refusals_change_nothing(pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path,
                                 fast_kdf: KdfParams) -> None:
    laptop, office = pair
    add_case(laptop)
    bundle = send(laptop, office, tmp_path, "l1")
    office.lock()
    before = file_contents(office.folder)
    office_again = _reopen(office)

    damaged = tmp_path / "damaged.terugkeer"
    data = bytearray(bundle.read_bytes())
    data[-40] ^= 0x01
    damaged.write_bytes(bytes(data))
    truncated = tmp_path / "truncated.terugkeer"
    truncated.write_bytes(bundle.read_bytes()[:-100])
    for path, code in ((damaged, "bundle_tampered"), (truncated, "bundle_truncated")):
        with pytest.raises(TerugkeerError) as raised:
            receive(office_again, path)
        assert raised.value.code == code

    stranger = create(tmp_path / "elsewhere", WorkspaceKind.BACKOFFICE, "Backoffice Anderstad", fast_kdf,
                       municipality="Anderstad")
    with pytest.raises(TerugkeerError) as raised:
        receive(stranger, bundle)
    assert raised.value.code in ("bundle_wrong_recipient", "bundle_unknown_sender")
    stranger.lock()
    office_again.lock()
    after = file_contents(office.folder)
    assert {p.name for p in after} == {p.name for p in before}
    reopened = _reopen(office)
    assert rows(reopened, "SELECT count(*) FROM case_file")[0][0] == 0
    assert rows(reopened, "SELECT count(*) FROM sync_received")[0][0] == 0
    reopened.lock()


def test_a_revoked_laptop_is_refused(pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path) -> None:
    laptop, office = pair
    add_case(laptop)
    bundle = send(laptop, office, tmp_path, "l1")
    revoke_device(office, laptop.actor.device_id, "laptop gestolen")
    with pytest.raises(TerugkeerError) as raised:
        receive(office, bundle)
    assert raised.value.code == "bundle_sender_revoked"
    assert rows(office, "SELECT count(*) FROM case_file")[0][0] == 0


def test_enrolment_refuses_what_does_not_belong(tmp_path: Path, fast_kdf: KdfParams) -> None:
    laptop = create(tmp_path / "a", WorkspaceKind.COORDINATOR, "A", fast_kdf)
    other_laptop = create(tmp_path / "b", WorkspaceKind.COORDINATOR, "B", fast_kdf)
    foreign = create(tmp_path / "c", WorkspaceKind.BACKOFFICE, "C", fast_kdf, municipality="Anderstad")
    try:
        for source, code in ((other_laptop, "enroll_same_kind"), (foreign, "enroll_other_municipality"),
                             (laptop, "enroll_self")):
            data, _ = own_identity_file(source)
            with pytest.raises(TerugkeerError) as raised:
                enroll(laptop, read_public_identity(data))
            assert raised.value.code == code
    finally:
        for workspace in (laptop, other_laptop, foreign):
            workspace.lock()


def _reopen(workspace: OpenWorkspace) -> OpenWorkspace:
    from app.workspace.folder import unlock

    return unlock(workspace.folder, "sync test passphrase")


def test_bundle_files_are_never_left_half_written(pair: tuple[OpenWorkspace, OpenWorkspace],
                                                   tmp_path: Path) -> None:
    laptop, office = pair
    add_case(laptop)
    target = tmp_path / "stick"
    target.mkdir()
    with pytest.raises(TerugkeerError) as raised:
        export_bundle(laptop, office.actor.device_id, target / "x.terugkeer", progress=CancelAtOnce())
    assert raised.value.code == "cancelled"
    assert list(target.iterdir()) == []
    assert rows(laptop, "SELECT count(*) FROM sync_sent")[0][0] == 0  # and the ledger knows of no bundle
    shutil.rmtree(target)


@pytest.mark.parametrize(("choice", "expected"), [
    (Resolution.MINE, "0644444444"), (Resolution.THEIRS, "0633333333"), (Resolution.EDITED, "0655555555"),
])
def test_a_resolved_conflict_settles_on_both_sides(pair: tuple[OpenWorkspace, OpenWorkspace], tmp_path: Path,
                                                   choice: Resolution, expected: str) -> None:
    laptop, office = pair
    case_id = add_case(laptop)
    receive(office, send(laptop, office, tmp_path, "l1"))
    receive(laptop, send(office, laptop, tmp_path, "o1"))
    edit_client(laptop, case_id, phone="0633333333")
    edit_client(office, case_id, phone="0644444444")
    receive(office, send(laptop, office, tmp_path, "l2"))
    [conflict] = open_conflicts(office)
    assert (conflict.fields, conflict.case_id) == (("phone",), case_id)
    assert (conflict.mine["phone"], conflict.theirs["phone"]) == ("0644444444", "0633333333")
    resolve_conflict(office, conflict.id, choice, {"phone": "0655555555"} if choice == Resolution.EDITED else None)
    assert open_conflicts(office) == []
    with pytest.raises(TerugkeerError) as raised:
        resolve_conflict(office, conflict.id, Resolution.MINE)
    assert raised.value.code == "conflict_resolved"
    assert _client(office, case_id)["phone"] == expected
    result = receive(laptop, send(office, laptop, tmp_path, "o2"))
    assert result.conflicts == 0  # the choice travels back without a second conflict on the laptop
    assert _client(laptop, case_id)["phone"] == expected
    entries = rows(office, "SELECT action, record_type FROM audit_entry WHERE record_type = 'sync_conflict'")
    assert entries == [("update", "sync_conflict")]


def test_each_case_in_a_bundle_is_remembered_as_a_disclosure(pair: tuple[OpenWorkspace, OpenWorkspace],
                                                              tmp_path: Path) -> None:
    laptop, office = pair
    case_id = add_case(laptop)
    summary = export_bundle(laptop, office.actor.device_id, tmp_path / "l1.terugkeer")
    found = rows(laptop, "SELECT case_id, recipient, categories, means, reference, legal_basis FROM disclosure")
    assert found == [(case_id, "Backoffice Teststad", "case_file,client,detention", "sync_bundle", summary.bundle_id,
                     "public_task")]

"""Bad bundles at the back office: each is refused with its own error code, leaves every table but the audit log
exactly as it was, and comes with a Dutch message for the clerk.

"As it was" is a snapshot of every row of every table (sync_helpers.snapshot) before and after the attempt. Crafted
bundles are signed with the laptop's real device keys and sealed to the office's real key (sync_helpers.
craft_bundle): what a buggy or hostile enrolled laptop could bring, which no check of the container catches.
"""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.sync import ERROR_CODES, bundle_file, payload
from app.sync.bundle_file import MAGIC
from app.sync.canonical import canonical_json, load_json_object
from app.sync.device import revoke
from app.sync.payload import Template, audit_document, parse_payload
from app.sync.records import WireRecord, to_wire
from app.workspace.folder import unlock
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from db.models import AuditEntry, Client, Detention, SyncedRecord

from .sync_helpers import (
    COORDINATOR,
    SYNC_PASSPHRASE,
    Snapshot,
    add_case,
    assert_dutch_message,
    craft_bundle,
    create,
    dutch_and_english_text,
    edit_client,
    enroll_both,
    enroll_with,
    frame_bounds,
    generic_text,
    payload_bytes,
    prefix_length,
    receive,
    replace_header,
    rows,
    send,
    snapshot,
)

# What a bundle damaged on its way can be refused as: only the container's checks, never the payload's.
CONTAINER_CODES = frozenset({"not_a_bundle", "bundle_unsupported_version", "bundle_damaged", "bundle_truncated",
                             "bundle_tampered", "bundle_wrong_recipient", "bundle_unknown_sender"})
INVALID_BSN = "123456789"  # nine digits that fail the 11-test


@dataclass
class Exchange:
    """An enrolled laptop and back office; the laptop holds one case and has written one bundle, not yet imported."""

    laptop: OpenWorkspace
    office: OpenWorkspace
    bundle: Path
    folder: Path
    kdf: KdfParams
    dutch: Callable[[TerugkeerError], str]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The exchange made once (locked workspaces and the bundle in one folder); each test works on a copy."""
    folder = tmp_path_factory.mktemp("exchange")
    kdf = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # as tests/conftest.py's fast_kdf
    laptop = create(folder / "laptop", WorkspaceKind.COORDINATOR, COORDINATOR, kdf)
    office = create(folder / "office", WorkspaceKind.BACKOFFICE, "Backoffice Teststad", kdf)
    enroll_both(laptop, office)
    add_case(laptop)
    send(laptop, office, folder, "laptop-1")
    laptop.lock()
    office.lock()
    return folder


@pytest.fixture
def exchange(template: Path, tmp_path: Path, fast_kdf: KdfParams, qapp: QCoreApplication,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exchange]:
    folder = tmp_path / "exchange"
    shutil.copytree(template, folder)
    laptop, office = unlock(folder / "laptop", SYNC_PASSPHRASE), unlock(folder / "office", SYNC_PASSPHRASE)
    scratch = tmp_path_factory.getbasetemp()
    yield Exchange(laptop, office, folder / "laptop-1.terugkeer", folder, fast_kdf,
                   lambda error: assert_dutch_message(qapp, error, scratch))
    for workspace in (laptop, office):
        if not workspace.is_locked:
            workspace.lock()


def refused(exchange: Exchange, path: Path, code: str) -> TerugkeerError:
    """Import `path` into the office: it must be refused with `code`, change nothing, and the error must read as
    Dutch."""
    workspace = exchange.office
    before = snapshot(workspace)
    with pytest.raises(TerugkeerError) as raised:
        receive(workspace, path)
    assert raised.value.code == code, f"{path.name}: refused as {raised.value.code}, expected {code}"
    assert_unchanged(before, snapshot(workspace), path.name)
    exchange.dutch(raised.value)
    return raised.value


def assert_unchanged(before: Snapshot, after: Snapshot, what: str) -> None:
    changed = sorted(table for table in before.keys() | after.keys() if before.get(table) != after.get(table))
    assert not changed, f"{what}: tables changed by a refused bundle: {changed}"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def laptop_wire(exchange: Exchange, model: type[Client] | type[Detention]) -> WireRecord:
    with exchange.laptop.unit_of_work() as uow:
        return to_wire(cast(SyncedRecord, uow.session.execute(select(model)).scalars().one()))


def raw_payload(records: list[WireRecord], **fields: Any) -> bytes:
    """A payload made without build_payload: escaped JSON (ensure_ascii), so it can carry what UTF-8 cannot."""
    document: dict[str, Any] = {
        "version": payload.PAYLOAD_VERSION,
        "records": [{"table": r.table, "id": r.id, "seq": r.seq, "fields": r.fields} for r in records],
        "templates": [], "audit": [], "ack_sequence": 0, "case_count": 0, "tombstones": [],
    }
    document.update(fields)
    return zlib.compress(json.dumps(document, ensure_ascii=True).encode("ascii"))


# --- damaged files ---------------------------------------------------------------------------------------------


def test_a_truncated_bundle_is_refused_at_every_length(exchange: Exchange) -> None:
    data = exchange.bundle.read_bytes()
    chunks_start = prefix_length(data)
    (header_start, header_end), (manifest_start, manifest_end), (signature_start, _) = frame_bounds(data)
    cuts = {
        1: "bundle_damaged",  # inside the magic
        len(MAGIC): "bundle_damaged",  # the magic and nothing else
        len(MAGIC) + 2: "bundle_damaged",  # inside the header's length
        (header_start + header_end) // 2: "bundle_damaged",
        (manifest_start + manifest_end) // 2: "bundle_damaged",
        signature_start + 10: "bundle_damaged",
        chunks_start: "bundle_truncated",  # the whole signed part, not one chunk
        chunks_start + 3: "bundle_truncated",  # inside the first chunk's length
        (chunks_start + len(data)) // 2: "bundle_truncated",
        len(data) - 1: "bundle_truncated",
    }
    for length, code in cuts.items():
        refused(exchange, write(exchange.folder, f"cut-{length}.terugkeer", data[:length]), code)
    assert rows(exchange.office, "SELECT count(*) FROM sync_received") == [(0,)]


def test_one_flipped_byte_anywhere_is_refused(exchange: Exchange) -> None:
    data = exchange.bundle.read_bytes()
    chunks_start = prefix_length(data)
    before = snapshot(exchange.office)
    seen: dict[str, int] = {}
    positions = sorted({*range(0, len(data), 7), len(data) - 1})
    path = exchange.folder / "flipped.terugkeer"
    for position in positions:
        damaged = bytearray(data)
        damaged[position] ^= 1 << (position % 8)
        path.write_bytes(bytes(damaged))
        with pytest.raises(TerugkeerError) as raised:
            receive(exchange.office, path)
        code = raised.value.code
        assert code in CONTAINER_CODES, f"byte {position} flipped: refused as {code}"
        if position >= chunks_start:
            assert code == "bundle_tampered", f"byte {position} (in the chunks) flipped: refused as {code}"
        if code not in seen:
            seen[code] = position
            exchange.dutch(raised.value)
    assert_unchanged(before, snapshot(exchange.office), "flipped bytes")
    assert {"not_a_bundle", "bundle_damaged", "bundle_tampered"} <= seen.keys(), seen


def test_an_empty_file_is_a_damaged_bundle(exchange: Exchange) -> None:
    """Empty, like a copy that never got going. app/sync/bundle_file.py `_read_magic` calls a file that is empty or
    stops inside the magic a damaged bundle on purpose, not "not_a_bundle"."""
    refused(exchange, write(exchange.folder, "leeg.terugkeer", b""), "bundle_damaged")


def test_a_file_called_just_dot_terugkeer_is_not_a_bundle(exchange: Exchange) -> None:
    """A name that is only the extension has no suffix to Python (`Path(".terugkeer").suffix == ""`)."""
    refused(exchange, write(exchange.folder, ".terugkeer", b""), "not_a_bundle")


@pytest.mark.parametrize("kind", ["random", "pdf", "zip"])
def test_another_file_renamed_to_terugkeer_is_not_a_bundle(exchange: Exchange, kind: str) -> None:
    noise = random.Random(kind).randbytes(4096)
    content = {"random": b"\x00" + noise, "pdf": b"%PDF-1.7\n" + noise, "zip": b"PK\x03\x04" + noise}[kind]
    refused(exchange, write(exchange.folder, f"{kind}.terugkeer", content), "not_a_bundle")


# --- wrong sender, wrong recipient, wrong version --------------------------------------------------------------


def test_a_bundle_for_another_back_office_is_refused(exchange: Exchange) -> None:
    other_office = create(exchange.folder / "other-office", WorkspaceKind.BACKOFFICE, "Backoffice Twee",
                          exchange.kdf)
    try:
        bundle = craft_bundle(exchange.folder / "for-other.terugkeer", exchange.laptop, other_office,
                              payload_bytes())
        error = refused(exchange, bundle, "bundle_wrong_recipient")
        assert error.params["device"] == other_office.actor.device_id
    finally:
        other_office.lock()


def test_a_bundle_from_a_device_that_is_not_enrolled_is_refused(exchange: Exchange) -> None:
    stranger = create(exchange.folder / "stranger", WorkspaceKind.COORDINATOR, "Onbekende Laptop", exchange.kdf)
    try:
        enroll_with(stranger, exchange.office)  # it knows the office; the office never enrolled it
        add_case(stranger, surname="Vreemd", bsn="999996708")
        bundle = send(stranger, exchange.office, exchange.folder, "stranger-1")
        error = refused(exchange, bundle, "bundle_unknown_sender")
        assert error.params["device"] == stranger.actor.device_id
    finally:
        stranger.lock()


def test_a_bundle_from_a_revoked_laptop_is_refused(exchange: Exchange) -> None:
    revoke(exchange.office, exchange.laptop.actor.device_id, "laptop gestolen")
    refused(exchange, exchange.bundle, "bundle_sender_revoked")


def test_a_bundle_of_a_newer_format_is_refused_by_its_header(exchange: Exchange) -> None:
    data = exchange.bundle.read_bytes()
    (start, end), *_rest = frame_bounds(data)
    header = load_json_object(data[start:end])
    newer = write(exchange.folder, "newer.terugkeer",
                  replace_header(data, canonical_json({**header, "format_version": bundle_file.FORMAT_VERSION + 1})))
    error = refused(exchange, newer, "bundle_unsupported_version")
    assert error.params["version"] == bundle_file.FORMAT_VERSION + 1


def test_a_bundle_written_by_a_newer_program_is_refused(exchange: Exchange, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as newer_program:
        newer_program.setattr(bundle_file, "FORMAT_VERSION", bundle_file.FORMAT_VERSION + 1)
        bundle = send(exchange.laptop, exchange.office, exchange.folder, "from-the-future")
    error = refused(exchange, bundle, "bundle_unsupported_version")
    assert error.params["version"] == bundle_file.FORMAT_VERSION + 1


# --- replays ---------------------------------------------------------------------------------------------------


def test_the_same_bundle_twice_is_already_imported_and_changes_nothing(exchange: Exchange) -> None:
    first = receive(exchange.office, exchange.bundle)
    assert (first.new, first.already_imported) == (3, False)
    before = snapshot(exchange.office)
    again = receive(exchange.office, exchange.bundle)
    assert again.already_imported and (again.new, again.updated) == (0, 0)
    assert_unchanged(before, snapshot(exchange.office), "the same bundle again")


def test_an_old_bundle_after_a_newer_one_rolls_nothing_back(exchange: Exchange) -> None:
    [(case_id,)] = rows(exchange.laptop, "SELECT id FROM case_file")
    edit_client(exchange.laptop, case_id, phone="0611111111")
    newer = send(exchange.laptop, exchange.office, exchange.folder, "laptop-2")
    receive(exchange.office, newer)
    before = snapshot(exchange.office)

    late = receive(exchange.office, exchange.bundle)  # accepted, and it changes nothing
    assert not late.already_imported and (late.new, late.updated, late.conflicts) == (0, 0, 0)
    after = snapshot(exchange.office)
    assert_unchanged({**before, "sync_received": []}, {**after, "sync_received": []}, "an old bundle")
    assert rows(exchange.office, "SELECT phone FROM client") == [("0611111111",)]
    # only the ledger learns that it came: as a bundle whose records were not applied
    assert len(after["sync_received"]) == len(before["sync_received"]) + 1
    assert rows(exchange.office, "SELECT sequence, applied FROM sync_received ORDER BY sequence") == [(1, 0), (2, 1)]


# --- correctly signed, wrong inside ----------------------------------------------------------------------------


def test_a_client_with_an_invalid_bsn_is_refused(exchange: Exchange) -> None:
    client = laptop_wire(exchange, Client)
    bad = dataclasses.replace(client, fields={**client.fields, "bsn": INVALID_BSN})
    bundle = craft_bundle(exchange.folder / "bad-bsn.terugkeer", exchange.laptop, exchange.office,
                          payload_bytes(records=(bad,)), record_count=1)
    error = refused(exchange, bundle, "bundle_invalid_record")
    assert error.params == {"table": "client", "field": "bsn"}


def test_a_payload_that_inflates_beyond_the_limit_is_refused(exchange: Exchange,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The zip bomb, scaled down: a payload that is valid and small on the stick, but inflates past the limit."""
    limit = 64 * 1024
    inflating = payload_bytes(templates=(Template("bom", 1, "0" * (16 * limit)),))
    assert len(inflating) < limit // 16
    assert parse_payload(inflating).templates[0].template_id == "bom"  # nothing else wrong with it
    bundle = craft_bundle(exchange.folder / "bomb.terugkeer", exchange.laptop, exchange.office, inflating)
    monkeypatch.setattr(payload, "MAX_PAYLOAD_BYTES", limit)
    refused(exchange, bundle, "bundle_payload_invalid")
    assert rows(exchange.office, "SELECT count(*) FROM checklist_template WHERE template_id = 'bom'") == [(0,)]


def test_an_audit_chain_that_does_not_continue_is_refused(exchange: Exchange) -> None:
    with exchange.laptop.unit_of_work() as uow:
        fifth = audit_document(uow.session.execute(select(AuditEntry).where(AuditEntry.seq == 5)).scalars().one())
    assert fifth["device_id"] == exchange.laptop.actor.device_id  # a genuine entry, with a correct hash
    bundle = craft_bundle(exchange.folder / "chain.terugkeer", exchange.laptop, exchange.office,
                          payload_bytes(audit=(fifth,)), audit_chain_head=fifth["entry_hash"])
    error = refused(exchange, bundle, "bundle_audit_chain_broken")
    assert error.params["seq"] == 5


def test_a_record_whose_parent_is_nowhere_is_refused(exchange: Exchange) -> None:
    detention = laptop_wire(exchange, Detention)
    orphan = WireRecord(detention.table, str(uuid.uuid4()), detention.seq,
                        {**detention.fields, "client_id": str(uuid.uuid4())})
    bundle = craft_bundle(exchange.folder / "orphan.terugkeer", exchange.laptop, exchange.office,
                          payload_bytes(records=(orphan,)), record_count=1)
    refused(exchange, bundle, "bundle_inconsistent")


# Values SQLite cannot store: an integer beyond 64 bits, a lone UTF-16 surrogate (JSON's "\ud800" escape). Each is a
# correctly signed bundle of an enrolled laptop, refused by the schema check before anything is written. (A bundle
# sequence beyond 64 bits cannot even be written: write_bundle refuses it, and the reader uses the same check.)
def _unstorable(exchange: Exchange, kind: str) -> tuple[bytes, int]:
    """The payload and the bundle sequence number of one unstorable value."""
    client = laptop_wire(exchange, Client)
    if kind == "integer_field":
        return raw_payload([dataclasses.replace(client, fields={**client.fields, "version": 2**63})]), 1
    if kind == "record_seq":
        return raw_payload([dataclasses.replace(client, seq=2**63)]), 1
    if kind == "case_count":
        return raw_payload([], case_count=2**63), 1
    if kind == "template_version":
        return raw_payload([], templates=[{"template_id": "x", "version": 2**63, "content": "c"}]), 1
    assert kind == "lone_surrogate"
    return raw_payload([dataclasses.replace(client, fields={**client.fields, "surname": "Kanarie\ud800"})]), 1


UNSTORABLE = ["integer_field", "record_seq", "case_count", "template_version", "lone_surrogate"]
UNSTORABLE_CODE = {"integer_field": "bundle_invalid_record", "record_seq": "bundle_invalid_record",
                   "lone_surrogate": "bundle_invalid_record", "case_count": "bundle_payload_invalid",
                   "template_version": "bundle_payload_invalid"}


@pytest.mark.parametrize("kind", UNSTORABLE)
def test_a_value_sqlite_cannot_store_changes_nothing(exchange: Exchange, kind: str) -> None:
    data, sequence = _unstorable(exchange, kind)
    bundle = craft_bundle(exchange.folder / f"{kind}.terugkeer", exchange.laptop, exchange.office, data,
                          sequence=sequence, record_count=1)
    before = snapshot(exchange.office)
    with pytest.raises(TerugkeerError):
        receive(exchange.office, bundle)
    assert_unchanged(before, snapshot(exchange.office), kind)


@pytest.mark.parametrize("kind", UNSTORABLE)
def test_a_value_sqlite_cannot_store_is_refused_with_a_code(exchange: Exchange, kind: str) -> None:
    data, sequence = _unstorable(exchange, kind)
    bundle = craft_bundle(exchange.folder / f"{kind}.terugkeer", exchange.laptop, exchange.office, data,
                          sequence=sequence, record_count=1)
    refused(exchange, bundle, UNSTORABLE_CODE[kind])


# --- Dutch messages --------------------------------------------------------------------------------------------

# Every code the refusals above raise, with the parameters app/sync documents for it.
REFUSAL_PARAMS: dict[str, dict[str, object]] = {
    "not_a_bundle": {"path": "x.terugkeer"},
    "bundle_unsupported_version": {"path": "x.terugkeer", "version": 2},
    "bundle_damaged": {"path": "x.terugkeer"},
    "bundle_truncated": {"path": "x.terugkeer"},
    "bundle_tampered": {"path": "x.terugkeer"},
    "bundle_wrong_recipient": {"path": "x.terugkeer", "device": "d"},
    "bundle_unknown_sender": {"path": "x.terugkeer", "device": "d"},
    "bundle_sender_revoked": {"path": "x.terugkeer", "device": "Laptop"},
    "bundle_payload_invalid": {},
    "bundle_invalid_record": {"table": "client", "field": "bsn"},
    "bundle_audit_chain_broken": {"seq": 5},
    "bundle_inconsistent": {"path": "x.terugkeer"},
}


@pytest.mark.parametrize("code", sorted(REFUSAL_PARAMS))
def test_each_refusal_has_its_own_dutch_message(code: str, qapp: QCoreApplication,
                                                tmp_path_factory: pytest.TempPathFactory) -> None:
    """Not the catch-all "Er ging iets mis (code)": a sentence that tells the clerk what happened and what to do."""
    assert code in ERROR_CODES
    scratch = tmp_path_factory.getbasetemp()
    dutch, english = dutch_and_english_text(qapp, TerugkeerError(code, **REFUSAL_PARAMS[code]), scratch)
    assert dutch != generic_text(qapp, code, scratch), f"{code} has only the catch-all message: {dutch!r}"
    assert dutch != english and code not in dutch, f"{code}: {dutch!r}"

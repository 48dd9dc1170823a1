"""Importing a bundle: verify, check, then apply all of it in one transaction or nothing.

Order: the sender must be enrolled and not revoked, the bundle addressed to this workspace, signed and whole
(app.sync.bundle_file); the payload must fit the schema (app.sync.payload). Then, in one transaction with the
ledger row: acknowledgements of our own bundles, the sender's audit entries (their chain must continue where the
last bundle left it and end at the head the manifest signs), the checklist templates, and the records.

Records merge field by field against what the sender was known to hold (SyncBase): a field changed only there is
taken, a field changed only here is kept, a field changed on both sides to different values keeps the local value
and becomes a conflict for a person to resolve. A version older than one already received from that sender is
ignored, so an old bundle replayed cannot roll anything back. Importing the same bundle again changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from app import audit
from app.audit import GENESIS_HASH, Actor, AuditAction, RecordEvent
from app.casework.case_facts import basis_code, facts_by_case
from app.casework.sharing_policy import SharingFacts
from app.errors import TerugkeerError
from app.privacy.case_removal import ERASURE_RECORD, remove_cases
from app.sync.bundle_file import BundleManifest, open_bundle, read_header
from app.sync.device import active_peer, device_identity, peer_public
from app.sync.export import BUNDLE_RECORD, unpack_sent
from app.sync.identity import DevicePublic
from app.sync.payload import Payload, Template, Tombstone, parse_payload
from app.sync.records import BOOKKEEPING, SYNCED_MODELS, WireRecord, content_of, fingerprints, parse_fields
from app.sync.scope import CaseIndex
from db import change_tracking
from db.models import (
    Case,
    ChecklistTemplateRecord,
    Client,
    RemoteAuditEntry,
    SyncBase,
    SyncConflict,
    SyncedRecord,
    SyncReceived,
    SyncTombstone,
)
from db.uow import UnitOfWork

_MISSING = object()
_TABLE_ORDER = {model.__tablename__: position for position, model in enumerate(SYNCED_MODELS)}  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ImportResult:
    """What one bundle did; `already_imported` when it had been imported before (then nothing changed)."""

    path: Path
    bundle_id: str
    sender: str
    sequence: int
    already_imported: bool = False
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0
    audit_entries: int = 0
    acknowledged: int = 0
    erased: int = 0


@dataclass
class _Tally:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0
    erased: int = 0


def import_bundle(uow: UnitOfWork, actor: Actor, path: Path, *,
                  progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Verify and apply one bundle file. Raises TerugkeerError (see app.sync) and leaves the workspace unchanged
    on any refusal: "bundle_sender_revoked", "bundle_unknown_sender", "bundle_sequence_reused",
    "bundle_audit_chain_broken", "bundle_bsn_clash", "bundle_inconsistent", the file errors of bundle_file."""
    header = read_header(path)
    sender = uow.sync.peer(header.sender_device_id)
    if sender is not None and sender.revoked_at is not None:
        raise TerugkeerError("bundle_sender_revoked", path=str(path), device=sender.label)
    identity = device_identity(uow)
    opened = open_bundle(path, recipient=identity, sender_lookup=lambda device_id: _lookup(uow, device_id),
                         progress=progress)
    manifest = opened.manifest
    assert sender is not None  # open_bundle refused unknown senders
    if uow.sync.received(manifest.bundle_id) is not None:
        return ImportResult(path, manifest.bundle_id, sender.label, manifest.sequence, already_imported=True)
    earlier = uow.sync.received_from(sender.device_id)
    if any(bundle.sequence == manifest.sequence for bundle in earlier):
        raise TerugkeerError("bundle_sequence_reused", path=str(path), sequence=manifest.sequence)
    payload = parse_payload(opened.payload)
    uow.session.execute(text("PRAGMA defer_foreign_keys = ON"))  # parents and children arrive in one go
    try:
        bases = _Bases(uow, sender.device_id)
        acknowledged = _acknowledge(uow, bases, payload.ack_sequence)
        audit_entries = _remote_audit(uow, sender.device_id, manifest, payload)
        _templates(uow, payload.templates)
        erased, newly_erased = _apply_tombstones(uow, actor, payload.tombstones)
        tally, events = _apply_records(uow, actor, bases, manifest,
                                       tuple(r for r in payload.records if (r.table, r.id) not in erased), progress)
        tally.erased = newly_erased
        bases.write()
        uow.sync.add(SyncReceived(
            bundle_id=manifest.bundle_id, sender_device_id=sender.device_id, sequence=manifest.sequence,
            audit_seq=payload.audit[-1]["seq"] if payload.audit else 0, file_sha256=opened.file_sha256,
            record_count=len(payload.records), case_count=payload.case_count,
            applied=int(manifest.sequence > max((bundle.sequence for bundle in earlier), default=0)),
            received_at=_now()))
        uow.flush()
        audit.append_many(uow, actor, events)
        audit.append(uow, actor, AuditAction.CREATE, record_type=BUNDLE_RECORD, record_id=manifest.bundle_id)
        uow.commit()
    except IntegrityError:
        uow.session.rollback()
        raise TerugkeerError("bundle_inconsistent", path=str(path)) from None
    return ImportResult(path, manifest.bundle_id, sender.label, manifest.sequence, False, tally.new, tally.updated,
                        tally.unchanged, tally.stale, tally.conflicts, audit_entries, acknowledged, tally.erased)


def _lookup(uow: UnitOfWork, device_id: str) -> DevicePublic | None:
    peer = active_peer(uow, device_id)
    return peer_public(peer) if peer is not None else None


def _acknowledge(uow: UnitOfWork, bases: _Bases, ack_sequence: int) -> int:
    """Our bundles the sender confirms: what they carried is now what the sender holds (the merge base)."""
    count = 0
    for sent in uow.sync.sent(bases.peer_id):
        if sent.acked_at is not None or sent.sequence > ack_sequence:
            continue
        carried = unpack_sent(sent.sent_records) if sent.sent_records else []
        for table in {str(record["table"]) for record in carried}:
            bases.load(table, [str(record["id"]) for record in carried if record["table"] == table])
        for record in carried:
            fields: dict[str, Any] = record["fields"]  # type: ignore[assignment]
            content = {name: value for name, value in fields.items() if name not in BOOKKEEPING}
            bases.put(str(record["table"]), str(record["id"]), None, content)
        sent.acked_at, sent.sent_records = _now(), None
        count += 1
    return count


def _remote_audit(uow: UnitOfWork, sender_id: str, manifest: BundleManifest, payload: Payload) -> int:
    """Store the sender's new audit entries; their chain must continue ours of that sender and end at the signed
    head (so entries cut from the end are noticed). Entries we already hold must be identical."""
    last = uow.sync.last_remote_audit(sender_id)
    expected_seq, expected_prev = (last.seq + 1, last.entry_hash) if last else (1, GENESIS_HASH)
    added = 0
    new_entries: list[dict[str, Any]] = []
    for entry in payload.audit:
        if entry["device_id"] != sender_id:
            raise TerugkeerError("bundle_audit_chain_broken", seq=entry["seq"])
        if entry["seq"] < expected_seq:
            stored = uow.session.get(RemoteAuditEntry, (sender_id, entry["seq"]))
            if stored is None or stored.entry_hash != entry["entry_hash"]:
                raise TerugkeerError("bundle_audit_chain_broken", seq=entry["seq"])
            continue
        if entry["seq"] != expected_seq or entry["prev_hash"] != expected_prev:
            raise TerugkeerError("bundle_audit_chain_broken", seq=entry["seq"])
        new_entries.append({"source_device_id": sender_id, **entry})
        expected_seq, expected_prev = entry["seq"] + 1, entry["entry_hash"]
        added += 1
    head = manifest.audit_chain_head
    if payload.audit:
        head_holds = payload.audit[-1]["entry_hash"] == head
    else:  # nothing new: the head must be an entry we already hold (or the sender has none yet)
        head_holds = head == GENESIS_HASH or uow.session.execute(select(RemoteAuditEntry.seq).where(
            RemoteAuditEntry.source_device_id == sender_id, RemoteAuditEntry.entry_hash == head)).first() is not None
    if not head_holds:
        raise TerugkeerError("bundle_audit_chain_broken", seq=expected_seq - 1)
    if new_entries:
        uow.session.execute(insert(RemoteAuditEntry.__table__), new_entries)  # type: ignore[arg-type]
    return added


def _templates(uow: UnitOfWork, templates: tuple[Template, ...]) -> None:
    for template in templates:
        stored = uow.session.get(ChecklistTemplateRecord, (template.template_id, template.version))
        if stored is None:
            uow.intake.add(ChecklistTemplateRecord(template_id=template.template_id, version=template.version,
                                                   content=template.content))
        elif stored.content != template.content:  # a template version never changes
            raise TerugkeerError("bundle_payload_invalid")


def _apply_records(uow: UnitOfWork, actor: Actor, bases: _Bases, manifest: BundleManifest,
                   records: tuple[WireRecord, ...], progress: Callable[[int, int], bool] | None,
                   ) -> tuple[_Tally, list[RecordEvent]]:
    """Apply the records table by table, parents first: local versions and merge bases are read in a few
    queries, new records are inserted in one statement per table, changed ones flushed once."""
    tally = _Tally()
    events: list[tuple[str, str, dict[str, Any], AuditAction]] = []
    done = 0
    with uow.session.no_autoflush:
        for model in SYNCED_MODELS:
            table = model.__tablename__  # type: ignore[attr-defined]
            group = [record for record in records if record.table == table]
            if not group:
                continue
            ids = [record.id for record in group]
            local_by_id = _load(uow, model, ids)
            bases.load(table, ids)
            if model is Client:
                _check_bsns(uow, group)
            inserts: list[dict[str, Any]] = []
            for record in group:
                done += 1
                if progress is not None and done % 500 == 0 and not progress(done, len(records)):
                    raise TerugkeerError("cancelled")
                base = bases.get(table, record.id)
                if base is not None and record.seq <= base.peer_change_seq:
                    tally.stale += 1
                    continue
                remote = record.content()
                local = local_by_id.get(record.id)
                if local is None:
                    inserts.append({"id": record.id, **parse_fields(table, record.fields)})
                    events.append((table, record.id, record.fields, AuditAction.CREATE))
                    tally.new += 1
                else:
                    mine = content_of(local)
                    if mine == remote:
                        tally.unchanged += 1
                    else:
                        base_prints = json.loads(base.fields_json) if base is not None else {}
                        merged, conflicts = merge(mine, remote, base_prints)
                        _write(local, record, merged, actor.device_id, whole=not conflicts and merged == remote)
                        if merged != mine:
                            events.append((table, record.id, record.fields, AuditAction.UPDATE))
                            tally.updated += 1
                        else:
                            tally.unchanged += 1
                        if conflicts:
                            tally.conflicts += 1
                            uow.sync.add(SyncConflict(
                                table_name=table, record_id=record.id, peer_device_id=bases.peer_id,
                                bundle_id=manifest.bundle_id, fields=",".join(conflicts), local_json=_json(mine),
                                remote_json=_json(remote), base_json=_json(base_prints), created_at=_now(),
                                resolved_at=None, resolution="", resolved_by=""))
                bases.put(table, record.id, record.seq, remote)
            if inserts:
                first = change_tracking.reserve(uow.session, len(inserts))
                for offset, row in enumerate(inserts):
                    row["change_seq"] = first + offset
                uow.session.execute(insert(model.__table__), inserts)  # type: ignore[attr-defined]
    uow.flush()
    return tally, _record_events(uow, manifest.bundle_id, events)


def merge(mine: dict[str, Any], theirs: dict[str, Any], base: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Three-way merge of one record's fields against the `base` fingerprints (app.sync.records.fingerprints): the
    merged fields and the names of those changed on both sides to different values (which keep `mine`). Without a
    base every differing field is such a conflict."""
    merged = dict(mine)
    conflicts = []
    mine_prints, their_prints = fingerprints(mine), fingerprints(theirs)
    for name, their_value in theirs.items():
        base_print = base.get(name)
        if mine.get(name) == their_value or (base_print is not None and their_prints[name] == base_print):
            continue
        if base_print is not None and mine_prints.get(name) == base_print:
            merged[name] = their_value
        else:
            conflicts.append(name)
    return merged, conflicts


def _write(local: SyncedRecord, record: WireRecord, merged: dict[str, Any], own_device: str, *, whole: bool) -> None:
    """Store the merged fields. Taking the sender's version whole keeps its bookkeeping (the same version on both
    devices); a merge is a new version made here."""
    values = parse_fields(record.table, {**record.fields, **merged})
    for name, value in values.items():
        if name not in BOOKKEEPING or whole:
            setattr(local, name, value)
    if not whole:
        local.version = max(local.version, int(record.fields["version"])) + 1
        local.updated_at, local.changed_by_device = _now(), own_device


def _apply_tombstones(uow: UnitOfWork, actor: Actor, tombstones: tuple[Tombstone, ...]
                      ) -> tuple[set[tuple[str, str]], int]:
    """Erase here what the sender erased, and keep the tombstones (so they travel on, and an old version of
    the record arriving later is not taken in again). Returns every (table, id) erased here, ever, and how many
    records this bundle erased."""
    known = {(row.table_name, row.record_id) for row in uow.session.execute(select(SyncTombstone)).scalars()}
    new = [tombstone for tombstone in tombstones if (tombstone.table, tombstone.id) not in known]
    if not new:
        return known, 0
    cases = [tombstone.id for tombstone in new if tombstone.table == Case.__tablename__]
    removed = remove_cases(uow, [case_id for case_id in cases if uow.cases.case(case_id) is not None])
    for client_id in dict.fromkeys(removed.clients.values()):
        audit.append(uow, actor, AuditAction.DELETE, client_id=client_id, record_type=ERASURE_RECORD)
    for model in reversed(SYNCED_MODELS):
        table = model.__tablename__  # type: ignore[attr-defined]
        for tombstone in new:
            if tombstone.table == table and (record := uow.session.get(model, tombstone.id)) is not None:
                uow.session.delete(record)
    uow.flush()
    first = change_tracking.reserve(uow.session, len(new))
    now = _now()
    uow.session.execute(insert(SyncTombstone.__table__), [  # type: ignore[arg-type]
        {"table_name": t.table, "record_id": t.id, "deleted_at": now, "changed_by_device": actor.device_id,
         "change_seq": first + offset} for offset, t in enumerate(new)])
    return known | {(tombstone.table, tombstone.id) for tombstone in new}, len(new)


def _load(uow: UnitOfWork, model: type[SyncedRecord], ids: list[str]) -> dict[str, SyncedRecord]:
    found: dict[str, SyncedRecord] = {}
    for part in _chunks(ids):
        found.update((record.id, record) for record in uow.session.execute(
            select(model).where(model.id.in_(part))).scalars())
    return found


def _check_bsns(uow: UnitOfWork, clients: list[WireRecord]) -> None:
    """Two client records with one BSN: the same person registered on two devices. Refused until merging people
    exists; the clerk learns which case to look at."""
    incoming = {str(record.fields["bsn"]): record.id for record in clients if record.fields.get("bsn")}
    for part in _chunks(list(incoming)):
        for client_id, bsn in uow.session.execute(select(Client.id, Client.bsn).where(Client.bsn.in_(part))).all():
            if incoming[str(bsn)] != client_id:
                case_id = uow.session.execute(
                    select(Case.id).where(Case.client_id == client_id).limit(1)).scalar_one_or_none()
                raise TerugkeerError("bundle_bsn_clash", case=case_id or "")


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[start:start + size] for start in range(0, len(values), size)]


class _Bases:
    """The merge bases of one peer for the records a bundle touches: read per table in a few queries, new ones
    written in one statement at the end."""

    def __init__(self, uow: UnitOfWork, peer_id: str) -> None:
        self.uow, self.peer_id = uow, peer_id
        self._known: dict[tuple[str, str], SyncBase] = {}
        self._new: dict[tuple[str, str], SyncBase] = {}

    def load(self, table: str, ids: list[str]) -> None:
        wanted = [record_id for record_id in ids if (table, record_id) not in self._known]
        for part in _chunks(wanted):
            for base in self.uow.session.execute(select(SyncBase).where(
                    SyncBase.table_name == table, SyncBase.peer_device_id == self.peer_id,
                    SyncBase.record_id.in_(part))).scalars():
                self._known[(table, base.record_id)] = base

    def get(self, table: str, record_id: str) -> SyncBase | None:
        return self._known.get((table, record_id)) or self._new.get((table, record_id))

    def put(self, table: str, record_id: str, peer_seq: int | None, content: dict[str, Any]) -> None:
        """Record what the peer holds now; `peer_seq` None keeps the peer's known change number."""
        base = self.get(table, record_id)
        if base is None:
            self._new[(table, record_id)] = SyncBase(table_name=table, record_id=record_id,
                                                     peer_device_id=self.peer_id, peer_change_seq=peer_seq or 0,
                                                     fields_json=_json(fingerprints(content)))
            return
        base.fields_json = _json(fingerprints(content))
        if peer_seq is not None:
            base.peer_change_seq = peer_seq

    def write(self) -> None:
        rows = [{"table_name": b.table_name, "record_id": b.record_id, "peer_device_id": b.peer_device_id,
                 "peer_change_seq": b.peer_change_seq, "fields_json": b.fields_json} for b in self._new.values()]
        if rows:
            self.uow.session.execute(insert(SyncBase.__table__), rows)  # type: ignore[arg-type]
        self._new.clear()


def _record_events(uow: UnitOfWork, bundle_id: str, changes: list[tuple[str, str, dict[str, Any], AuditAction]]
                   ) -> list[RecordEvent]:
    """The audit events of an import: per client whose file the bundle created or changed, one event per kind of
    change (record type "sync_bundle", the bundle's id), naming the case's legal basis. Per client rather than per
    record: the access history tells who changed whose file and when, and a bundle of 5,000 cases stays fast."""
    if not changes:
        return []
    index = CaseIndex(uow)
    client_of_case = dict(uow.session.execute(select(Case.id, Case.client_id)).all())
    facts = facts_by_case(uow, None)
    today = _now().date()
    events: dict[tuple[str | None, AuditAction], RecordEvent] = {}
    for table, record_id, fields, action in changes:
        cases = sorted(index.cases_for(table, record_id, fields))
        client_id = record_id if table == Client.__tablename__ else client_of_case.get(cases[0]) if cases else None
        if (client_id, action) not in events:
            basis = basis_code(facts.get(cases[0], SharingFacts()) if cases else SharingFacts(), today)
            events[(client_id, action)] = RecordEvent(action, client_id, BUNDLE_RECORD, bundle_id, basis)
    return list(events.values())


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

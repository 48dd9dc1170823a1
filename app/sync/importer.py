"""Importing a bundle: verify, check, then apply all of it in one transaction or nothing.

Order: the sender must be enrolled and not revoked, the bundle addressed to this workspace, signed and whole
(app.sync.bundle_file); the payload must fit the schema (app.sync.payload). Then, in one transaction with the
ledger row: acknowledgements of our own bundles, the sender's audit entries (their chain must continue where the
last bundle left it and end at the head the manifest signs), the checklist templates, and the records.

Records merge field by field against what the sender was known to hold (SyncBase): a field changed only there is
taken, a field changed only here is kept, a field changed on both sides to different values keeps the local value
and becomes a conflict for a person to resolve. A version older than one already received from that sender is
ignored, so an old bundle replayed cannot roll anything back. Importing the same bundle again changes nothing.

A bundle whose number is lower than one already received from its sender is older than what is here: every later
bundle carries what it carried (bundles are cumulative, app.sync.export), so its records, erasures and
acknowledgement are not applied. Its audit entries are checked against those held, and the ledger keeps it (not
applied); its result says `older`. Sequence numbers may have gaps (a number reserved by an export that never
wrote its file).

A back office's bundle carries a digest of what it holds of the laptop's cases; the laptop compares it with its own
records after applying the rest (app.sync.digest).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from app import audit
from app.audit import GENESIS_HASH, Actor, AuditAction, RecordEvent
from app.casework.case_facts import basis_code, facts_by_case
from app.casework.sharing_policy import SharingFacts
from app.cycle_collection import no_cycle_collection
from app.errors import TerugkeerError
from app.permissions import Permission
from app.privacy.case_removal import ERASURE_RECORD, remove_cases
from app.progress import NoProgress, ProgressReport
from app.sync.bundle_file import BundleManifest, open_bundle, read_header
from app.sync.device import active_peer, device_identity, peer_public
from app.sync.digest import compare_digest
from app.sync.export import BUNDLE_RECORD, unpack_sent
from app.sync.identity import DevicePublic
from app.sync.payload import Payload, Template, Tombstone, parse_payload
from app.sync.records import (
    BOOKKEEPING,
    SYNCED_MODELS,
    Fingerprinter,
    WireRecord,
    content_of,
    fingerprints,
    parse_fields,
)
from app.sync.scope import CaseIndex
from app.workspace.session import OpenWorkspace
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

_TABLE_ORDER = {model.__tablename__: position for position, model in enumerate(SYNCED_MODELS)}


# The stages an import reports, in order, through `stages` (tests kill the importing process at each): everything
# before COMMITTED is one transaction, so a process that dies before it leaves the workspace as it was.
OPENED = "opened"  # signature, hashes and decryption held (nothing written yet)
CHECKED = "checked"  # sender, sequence and the whole payload checked against the schema
ACKNOWLEDGED = "acknowledged"  # our bundles the sender confirms are merge bases now
AUDIT_RECEIVED = "audit received"  # the sender's audit entries stored
TEMPLATES = "templates"  # checklist templates stored
ERASED = "erased"  # what the sender erased is erased here
BASES_WRITTEN = "bases written"  # the new merge bases
LEDGER_WRITTEN = "ledger written"  # the bundle's row in the ledger of received bundles
AUDIT_APPENDED = "audit appended"  # our audit entries for the import
BEFORE_COMMIT = "before commit"
COMMITTED = "committed"


def applied_stage(table: str) -> str:
    """The stage reported after the records of `table` were applied (every synchronised table, in order)."""
    return f"applied {table}"


IMPORT_STAGES: tuple[str, ...] = (
    OPENED, CHECKED, ACKNOWLEDGED, AUDIT_RECEIVED, TEMPLATES, ERASED,
    *(applied_stage(table) for table in _TABLE_ORDER), BASES_WRITTEN, LEDGER_WRITTEN, AUDIT_APPENDED, BEFORE_COMMIT,
    COMMITTED)

StageReport = Callable[[str], None]


@dataclass(frozen=True)
class ImportResult:
    """What one bundle did; `already_imported` when it had been imported before (then nothing changed)."""

    path: Path
    bundle_id: str
    sender: str
    sequence: int
    already_imported: bool = False
    older: bool = False  # older than a bundle already received from the sender: nothing changed
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0
    audit_entries: int = 0
    acknowledged: int = 0
    erased: int = 0
    mismatches: int = 0  # records the sender's digest disagreed on (app.sync.digest), to be sent again


@dataclass(frozen=True)
class ImportOutcome:
    """What reading one file did: its result, or the refusal (after which the workspace is as it was)."""

    path: Path
    result: ImportResult | None = None
    error: TerugkeerError | None = None

    @property
    def refused(self) -> bool:
        return self.error is not None


@dataclass
class _Tally:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0
    erased: int = 0
    mismatches: int = 0
    events: list[RecordEvent] = field(default_factory=list)


def import_bundle(workspace: OpenWorkspace, path: Path, *, progress: ProgressReport | None = None,
                  stages: StageReport | None = None, today: date | None = None) -> ImportResult:
    """Verify and apply one bundle file in one transaction, audit-logged per client whose file it changed. Raises
    TerugkeerError (see app.sync) and leaves the workspace unchanged on any refusal: "bundle_sender_revoked",
    "bundle_unknown_sender", "bundle_sequence_reused", "bundle_audit_chain_broken", "bundle_bsn_clash",
    "bundle_inconsistent", the file errors of bundle_file; "cancelled" when `progress` says so. `stages` hears
    every stage of IMPORT_STAGES as it is reached (a bundle imported before stops after OPENED). `today` is the day
the sharing policy decides for when a digest is compared (what this device may send its peer)."""
    with workspace.transaction(Permission.EXCHANGE_BUNDLES) as uow, no_cycle_collection():  # 24,000 records
        return _import(uow, workspace.actor, path, progress or NoProgress(), stages or _unheard,
                       today or date.today())


def import_one(workspace: OpenWorkspace, path: Path) -> ImportOutcome:
    """Read one bundle in its own transaction; a refusal is returned, not raised, so the next file can follow."""
    try:
        return ImportOutcome(path, result=import_bundle(workspace, path))
    except TerugkeerError as error:
        return ImportOutcome(path, error=error)


def _unheard(_stage: str) -> None:
    pass


def _import(uow: UnitOfWork, actor: Actor, path: Path, progress: ProgressReport, stage: StageReport, today: date
            ) -> ImportResult:
    header = read_header(path)
    sender = uow.sync.peer(header.sender_device_id)
    if sender is not None and sender.revoked_at is not None:
        raise TerugkeerError("bundle_sender_revoked", path=str(path), device=sender.label)
    identity = device_identity(uow)
    opened = open_bundle(path, recipient=identity, sender_lookup=lambda device_id: _lookup(uow, device_id),
                         progress=progress)
    stage(OPENED)
    manifest = opened.manifest
    assert sender is not None  # open_bundle refused unknown senders
    if uow.sync.received(manifest.bundle_id) is not None:
        return ImportResult(path, manifest.bundle_id, sender.label, manifest.sequence, already_imported=True)
    earlier = uow.sync.received_from(sender.device_id)
    if any(bundle.sequence == manifest.sequence for bundle in earlier):
        raise TerugkeerError("bundle_sequence_reused", path=str(path), sequence=manifest.sequence)
    payload = parse_payload(opened.payload)
    stage(CHECKED)
    older = manifest.sequence < max((bundle.sequence for bundle in earlier), default=0)
    try:
        if older:
            tally, audit_entries, acknowledged = _older(uow, sender.device_id, manifest, payload, stage)
        else:
            tally, audit_entries, acknowledged = _apply(uow, actor, sender.device_id, manifest, payload, progress,
                                                        stage)
        if payload.digest is not None and not older:
            tally.mismatches = compare_digest(uow, sender, manifest.bundle_id, payload.digest, today)
        uow.sync.add(SyncReceived(
            bundle_id=manifest.bundle_id, sender_device_id=sender.device_id, sequence=manifest.sequence,
            audit_seq=payload.audit[-1]["seq"] if payload.audit else 0, file_sha256=opened.file_sha256,
            record_count=len(payload.records), case_count=payload.case_count, applied=int(not older),
            received_at=_now()))
        uow.flush()
        stage(LEDGER_WRITTEN)
        audit.append_many(uow, actor, tally.events)
        audit.append(uow, actor, AuditAction.CREATE, record_type=BUNDLE_RECORD, record_id=manifest.bundle_id)
        stage(AUDIT_APPENDED)
        stage(BEFORE_COMMIT)
        uow.commit()
    except IntegrityError:
        raise TerugkeerError("bundle_inconsistent", path=str(path)) from None
    stage(COMMITTED)
    return ImportResult(path, manifest.bundle_id, sender.label, manifest.sequence, False, older, tally.new,
                        tally.updated, tally.unchanged, tally.stale, tally.conflicts, audit_entries, acknowledged,
                        tally.erased, tally.mismatches)


def _older(uow: UnitOfWork, sender_id: str, manifest: BundleManifest, payload: Payload, stage: StageReport
           ) -> tuple[_Tally, int, int]:
    """A bundle older than one already received: only its audit entries are checked (and any missing stored);
    every record counts as an older version. The stages of what is not applied are passed at once."""
    audit_entries = _remote_audit(uow, sender_id, manifest, payload)
    for skipped in IMPORT_STAGES[IMPORT_STAGES.index(ACKNOWLEDGED):IMPORT_STAGES.index(BASES_WRITTEN) + 1]:
        stage(skipped)
    return _Tally(stale=len(payload.records)), audit_entries, 0


def _apply(uow: UnitOfWork, actor: Actor, sender_id: str, manifest: BundleManifest, payload: Payload,
           progress: ProgressReport, stage: StageReport) -> tuple[_Tally, int, int]:
    """Everything a bundle brings, in dependency order, up to the merge bases; returns the tally (with the audit
    events of the records), the number of the sender's audit entries stored and of our bundles acknowledged."""
    uow.defer_foreign_keys()  # parents and children arrive in one go
    bases = _Bases(uow, sender_id)
    acknowledged = _acknowledge(uow, bases, payload.ack_sequence)
    stage(ACKNOWLEDGED)
    audit_entries = _remote_audit(uow, sender_id, manifest, payload)
    stage(AUDIT_RECEIVED)
    _templates(uow, payload.templates)
    stage(TEMPLATES)
    erased, newly_erased = _apply_tombstones(uow, actor, payload.tombstones)
    stage(ERASED)
    records = tuple(record for record in payload.records if (record.table, record.id) not in erased)
    tally = _Records(uow, actor, bases, manifest.bundle_id, len(records), progress).apply(records, stage)
    tally.erased = newly_erased
    bases.write()
    stage(BASES_WRITTEN)
    return tally, audit_entries, acknowledged


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
    new_entries: list[dict[str, Any]] = []
    for entry in payload.audit:
        if entry["device_id"] != sender_id:
            raise TerugkeerError("bundle_audit_chain_broken", seq=entry["seq"])
        if entry["seq"] < expected_seq:
            stored = uow.sync.remote_audit(sender_id, entry["seq"])
            if stored is None or stored.entry_hash != entry["entry_hash"]:
                raise TerugkeerError("bundle_audit_chain_broken", seq=entry["seq"])
            continue
        if entry["seq"] != expected_seq or entry["prev_hash"] != expected_prev:
            raise TerugkeerError("bundle_audit_chain_broken", seq=entry["seq"])
        new_entries.append({"source_device_id": sender_id, **entry})
        expected_seq, expected_prev = entry["seq"] + 1, entry["entry_hash"]
    head = manifest.audit_chain_head
    if payload.audit:
        head_holds = payload.audit[-1]["entry_hash"] == head
    else:  # nothing new: the head must be an entry we already hold (or the sender has none yet)
        head_holds = head == GENESIS_HASH or uow.sync.holds_remote_audit(sender_id, head)
    if not head_holds:
        raise TerugkeerError("bundle_audit_chain_broken", seq=expected_seq - 1)
    uow.sync.insert_rows(RemoteAuditEntry, new_entries)
    return len(new_entries)


def _templates(uow: UnitOfWork, templates: tuple[Template, ...]) -> None:
    for template in templates:
        stored = uow.intake.template_text(template.template_id, template.version)
        if stored is None:
            uow.intake.add(ChecklistTemplateRecord(template_id=template.template_id, version=template.version,
                                                   content=template.content))
        elif stored != template.content:  # a template version never changes
            raise TerugkeerError("bundle_payload_invalid")


class _Records:
    """Applies a bundle's records table by table, parents first: local versions and merge bases are read in a few
    queries, new records are inserted in one statement per table, changed ones flushed once. Counts what it did in
    a tally, with the audit events of the changed clients."""

    def __init__(self, uow: UnitOfWork, actor: Actor, bases: _Bases, bundle_id: str, total: int,
                 progress: ProgressReport) -> None:
        self.uow, self.actor, self.bases, self.bundle_id = uow, actor, bases, bundle_id
        self.total, self.done, self.progress = total, 0, progress
        self.tally = _Tally()
        self.changes: list[tuple[str, str, dict[str, Any], AuditAction]] = []

    def apply(self, records: tuple[WireRecord, ...], stage: StageReport) -> _Tally:
        with self.uow.sync.no_autoflush():
            by_table: dict[str, list[WireRecord]] = {}
            for record in records:
                by_table.setdefault(record.table, []).append(record)
            for model in SYNCED_MODELS:
                table = model.__tablename__
                group = by_table.get(table)
                if group:
                    self._table(model, group)
                stage(applied_stage(table))
        self.uow.flush()
        self.tally.events = _record_events(self.uow, self.bundle_id, self.changes)
        return self.tally

    def _table(self, model: type[SyncedRecord], group: list[WireRecord]) -> None:
        table = model.__tablename__
        ids = [record.id for record in group]
        local_by_id = self.uow.sync.records_by_id(model, ids)
        self.bases.load(table, ids)
        if model is Client:
            _check_bsns(self.uow, group)
        inserts: list[dict[str, Any]] = []
        for record in group:
            self._step()
            base = self.bases.get(table, record.id)
            if base is not None and record.seq <= base[0]:
                self.tally.stale += 1
                continue
            remote = record.content()
            local = local_by_id.get(record.id)
            if local is None:
                inserts.append({"id": record.id, **record.column_values()})
                self.changes.append((table, record.id, record.fields, AuditAction.CREATE))
                self.tally.new += 1
            else:
                self._merge(local, record, remote, base)
            self.bases.put(table, record.id, record.seq, remote)
        if inserts:
            first = self.uow.sync.reserve_change_seqs(len(inserts))
            for offset, row in enumerate(inserts):
                row["change_seq"] = first + offset
            self.uow.sync.insert_rows(model, inserts)

    def _merge(self, local: SyncedRecord, record: WireRecord, remote: dict[str, Any], base: _Base | None) -> None:
        """A record we hold too: take what changed only there, keep what changed only here, and make a conflict of
        a field changed on both sides."""
        mine = content_of(local)
        if mine == remote:
            self.tally.unchanged += 1
            return
        base_prints = json.loads(base[1]) if base is not None else {}
        merged, conflicts = merge(mine, remote, base_prints)
        _write(local, record, merged, self.actor.device_id, whole=not conflicts and merged == remote)
        if merged != mine:
            self.changes.append((record.table, record.id, record.fields, AuditAction.UPDATE))
            self.tally.updated += 1
        else:
            self.tally.unchanged += 1
        if conflicts:
            self.tally.conflicts += 1
            self.uow.sync.add(SyncConflict(
                table_name=record.table, record_id=record.id, peer_device_id=self.bases.peer_id,
                bundle_id=self.bundle_id, fields=",".join(conflicts), local_json=_json(mine),
                remote_json=_json(remote), base_json=_json(base_prints), created_at=_now(), resolved_at=None,
                resolution="", resolved_by=""))

    def _step(self) -> None:
        self.done += 1
        if self.done % 500 == 0:
            self.progress.update(self.done, self.total)
            if self.progress.cancelled:
                raise TerugkeerError("cancelled")


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
    known = uow.sync.tombstone_keys()
    new = [tombstone for tombstone in tombstones if (tombstone.table, tombstone.id) not in known]
    if not new:
        return known, 0
    cases = [tombstone.id for tombstone in new if tombstone.table == Case.__tablename__]
    removed = remove_cases(uow, [case_id for case_id in cases if uow.cases.case(case_id) is not None])
    for client_id in dict.fromkeys(removed.clients.values()):
        audit.append(uow, actor, AuditAction.DELETE, client_id=client_id, record_type=ERASURE_RECORD)
    for model in reversed(SYNCED_MODELS):
        table = model.__tablename__
        for tombstone in new:
            if tombstone.table == table and (record := uow.sync.record(model, tombstone.id)) is not None:
                uow.sync.delete(record)
    uow.flush()
    first = uow.sync.reserve_change_seqs(len(new))
    now = _now()
    uow.sync.insert_rows(SyncTombstone, [
        {"table_name": t.table, "record_id": t.id, "deleted_at": now, "changed_by_device": actor.device_id,
         "change_seq": first + offset} for offset, t in enumerate(new)])
    return known | {(tombstone.table, tombstone.id) for tombstone in new}, len(new)


def _check_bsns(uow: UnitOfWork, clients: list[WireRecord]) -> None:
    """Two client records with one BSN: the same person registered on two devices. Refused until merging people
    exists; the clerk learns which case to look at."""
    incoming = {str(record.fields["bsn"]): record.id for record in clients if record.fields.get("bsn")}
    for client_id, bsn in uow.sync.clients_with_bsns(list(incoming)):
        if incoming[bsn] != client_id:
            raise TerugkeerError("bundle_bsn_clash", case=uow.sync.first_case_of(client_id) or "")


_Base = tuple[int, str]  # of a merge base: the peer's change sequence number, the fingerprints as JSON


class _Bases:
    """The merge bases of one peer for the records a bundle touches: read per table in a few queries (changed
    through the ORM), new ones kept as plain rows and written in one statement at the end (a full bundle makes
    one for every record)."""

    def __init__(self, uow: UnitOfWork, peer_id: str) -> None:
        self.uow, self.peer_id = uow, peer_id
        self._known: dict[tuple[str, str], SyncBase] = {}
        self._new: dict[tuple[str, str], list[Any]] = {}  # [peer change seq, fingerprints as JSON]
        self._fingerprinter = Fingerprinter()

    def load(self, table: str, ids: list[str]) -> None:
        wanted = [record_id for record_id in ids if (table, record_id) not in self._known]
        for base in self.uow.sync.bases(table, self.peer_id, wanted):
            self._known[(table, base.record_id)] = base

    def get(self, table: str, record_id: str) -> _Base | None:
        known = self._known.get((table, record_id))
        if known is not None:
            return known.peer_change_seq, known.fields_json
        new = self._new.get((table, record_id))
        return (new[0], new[1]) if new is not None else None

    def put(self, table: str, record_id: str, peer_seq: int | None, content: dict[str, Any]) -> None:
        """Record what the peer holds now; `peer_seq` None keeps the peer's known change number."""
        prints = self._fingerprinter.json(content)
        known = self._known.get((table, record_id))
        if known is not None:
            known.fields_json = prints
            if peer_seq is not None:
                known.peer_change_seq = peer_seq
            return
        new = self._new.get((table, record_id))
        if new is None:
            self._new[(table, record_id)] = [peer_seq or 0, prints]
            return
        new[1] = prints
        if peer_seq is not None:
            new[0] = peer_seq

    def write(self) -> None:
        self.uow.sync.insert_values(
            SyncBase, ("table_name", "record_id", "peer_device_id", "peer_change_seq", "fields_json"),
            [(table, record_id, self.peer_id, seq, prints) for (table, record_id), (seq, prints) in self._new.items()])
        self._new.clear()


def _record_events(uow: UnitOfWork, bundle_id: str, changes: list[tuple[str, str, dict[str, Any], AuditAction]]
                   ) -> list[RecordEvent]:
    """The audit events of an import: per client whose file the bundle created or changed, one event per kind of
    change (record type "sync_bundle", the bundle's id), naming the case's legal basis. Per client rather than per
    record: the access history tells who changed whose file and when, and a bundle of 5,000 cases stays fast."""
    if not changes:
        return []
    index = CaseIndex(uow)
    client_of_case = uow.sync.case_clients()
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


_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # one encoder, not one per call of json.dumps


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

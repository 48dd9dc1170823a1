"""Writing a bundle for an enrolled peer: everything that changed since the peer last acknowledged a bundle.

Bundles are cumulative until acknowledged: a lost USB stick loses nothing, the next bundle carries the same
changes again, and the importer recognises what it already has. What the sharing policy holds back is listed in the
summary.

A bundle's sequence number is reserved before its file can appear: the ledger row (`SyncSent`, with what the
bundle carries), its disclosures and the audit entry are committed first, then the file is written, then the ledger
row gets the file's hash. A process killed between the two commits leaves a complete bundle whose row has no hash
yet (`UNCONFIRMED`): an orphan, still valid and importable, and the next bundle takes the next number and carries
everything the orphan carried, so the peer may read both in any order, or only the later one. When the writing
fails (cancelled, disk full) no file exists, so the reservation is withdrawn and its number may be used again.
"""

from __future__ import annotations

import contextlib
import json
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app import audit
from app.audit import GENESIS_HASH, Actor, AuditAction, Outcome
from app.casework.case_facts import basis_code, facts_by_case
from app.casework.sharing_policy import SharingFacts
from app.cycle_collection import no_cycle_collection
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.permissions import Permission
from app.progress import NoProgress, ProgressReport
from app.sync.bundle_file import write_bundle
from app.sync.device import active_peer, device_identity, peer_public
from app.sync.digest import Digest, digest_of
from app.sync.payload import Payload, Template, Tombstone, audit_document, build_payload
from app.sync.records import SYNCED_MODELS, WireRecord, fingerprints, to_wire
from app.sync.scope import BundleScope, CaseIndex, HeldBackCase, scope_for
from app.workspace.session import OpenWorkspace
from db.models import Case, Disclosure, Intake, SyncSent
from db.uow import UnitOfWork

BUNDLE_RECORD = "sync_bundle"
PAYLOAD_SCHEMA_VERSION = 1
UNCONFIRMED = ""  # the file hash of a reserved bundle whose file was not yet confirmed written

# The stages an export reports, in order, through `stages` (tests kill the exporting process at each).
PACKED = "packed"  # what the bundle carries is known; nothing written yet
RESERVED = "reserved"  # its number, ledger row, disclosures and audit entry committed; no file yet
WRITING = "writing"  # a part of the file was written under a temporary name (reported per part)
IN_PLACE = "in place"  # the file is complete and verified under its name; the ledger has no hash of it yet
CONFIRMED = "confirmed"  # the ledger holds the file's hash
EXPORT_STAGES: tuple[str, ...] = (PACKED, RESERVED, WRITING, IN_PLACE, CONFIRMED)

StageReport = Callable[[str], None]


@dataclass(frozen=True)
class ExportSummary:
    """What a written bundle holds; `held_back` are the cases the sharing policy kept on this device."""

    path: Path
    bundle_id: str
    sequence: int
    records: int
    audit_entries: int
    cases: int
    held_back: tuple[HeldBackCase, ...]
    size: int


def export_bundle(workspace: OpenWorkspace, peer_device_id: str, path: Path, *, today: date | None = None,
                  progress: ProgressReport | None = None, stages: StageReport | None = None) -> ExportSummary:
    """Write the bundle for `peer_device_id` to `path` (ending in .terugkeer) and record it in the ledger, with one
    disclosure per case it carries and an audit entry. `progress` hears how far the writing is and may cancel
    ("cancelled": then no file is left). `stages` hears every stage of EXPORT_STAGES as it is reached (WRITING
    once per part written). Raises TerugkeerError "peer_not_found" / "peer_revoked", and the file errors of
    app.sync.bundle_file ("disk_full", ...)."""
    # A back office's bundle reads and fingerprints every record of the laptop's cases (app.sync.digest).
    with workspace.transaction(Permission.EXCHANGE_BUNDLES) as uow, no_cycle_collection():
        return _export(uow, workspace.actor, peer_device_id, path, today or date.today(), progress,
                       stages or _unheard)


def _unheard(_stage: str) -> None:
    pass


def _export(uow: UnitOfWork, actor: Actor, peer_device_id: str, path: Path, today: date,
            progress: ProgressReport | None, stage: StageReport) -> ExportSummary:
    peer = uow.sync.peer(peer_device_id)
    if peer is None:
        raise TerugkeerError("peer_not_found", device=peer_device_id)
    if active_peer(uow, peer_device_id) is None:
        raise TerugkeerError("peer_revoked", device=peer.label)
    sent = list(uow.sync.sent(peer_device_id))
    acked = [bundle for bundle in sent if bundle.acked_at is not None]
    since = max((bundle.watermark for bundle in acked), default=0)
    audit_since = max((bundle.audit_seq for bundle in acked), default=0)
    watermark = uow.sync.change_watermark()
    own_kind = WorkspaceKind(uow.workspace.info().kind)
    scope = scope_for(uow, own_kind, peer, today)
    index = CaseIndex(uow)
    payload = _payload(uow, index, scope, peer_device_id, since, audit_since,
                       digest_of(uow, index, scope) if own_kind is WorkspaceKind.BACKOFFICE else None)
    records, entries = list(payload.records), payload.audit
    sequence = max((bundle.sequence for bundle in sent), default=0) + 1
    head = uow.audit.head()
    cases_sent = {record.id for record in records if record.table == Case.__tablename__}
    bundle_id = str(uuid.uuid4())
    sender, built = device_identity(uow), build_payload(payload)
    stage(PACKED)
    reservation = SyncSent(
        bundle_id=bundle_id, peer_device_id=peer_device_id, sequence=sequence, watermark=watermark,
        audit_seq=entries[-1]["seq"] if entries else audit_since, file_sha256=UNCONFIRMED,
        record_count=len(records), sent_records=_pack(records), created_at=_now(), acked_at=None)
    uow.sync.add(reservation)
    _disclose(uow, actor, index, records, peer.label, bundle_id, today)
    audit.append(uow, actor, AuditAction.EXPORT, record_type=BUNDLE_RECORD, record_id=bundle_id)
    uow.commit()
    stage(RESERVED)
    try:
        written = write_bundle(
            path, sender=sender, recipient=peer_public(peer), payload=built,
            schema_version=PAYLOAD_SCHEMA_VERSION, sequence=sequence,
            previous_bundle_hash=next((bundle.file_sha256 for bundle in reversed(sent) if bundle.file_sha256), ""),
            audit_chain_head=head[1] if head else GENESIS_HASH,
            counts={"records": len(records), "audit": len(entries), "cases": len(cases_sent),
                    "held_back": len(scope.held_back)},
            record_count=len(records), progress=_Staged(progress or NoProgress(), stage), bundle_id=bundle_id)
    except BaseException:
        _withdraw(uow, actor, bundle_id)
        raise
    stage(IN_PLACE)
    try:
        reservation.file_sha256 = written.file_sha256
        uow.commit()
    except BaseException:  # the number stays reserved: the file is removed, but a copy of it may exist
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    stage(CONFIRMED)
    return ExportSummary(path, bundle_id, sequence, len(records), len(entries), len(cases_sent),
                         scope.held_back, written.size)


class _Staged:
    """The caller's progress report, and the stage WRITING for every part of the file written."""

    def __init__(self, progress: ProgressReport, stage: StageReport) -> None:
        self.progress, self.stage = progress, stage

    def update(self, done: int, total: int) -> None:
        self.stage(WRITING)
        self.progress.update(done, total)

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled


def _withdraw(uow: UnitOfWork, actor: Actor, bundle_id: str) -> None:
    """The file was not written (bundle_file leaves none behind on a failure): give the reserved number back,
    remove the disclosures, and audit that the export failed. Should this fail too, the reservation stays: a
    number never used, which the peer does not miss."""
    with contextlib.suppress(Exception):
        uow.rollback()
        uow.sync.withdraw_sent(bundle_id)
        audit.append(uow, actor, AuditAction.EXPORT, outcome=Outcome.FAILURE, record_type=BUNDLE_RECORD,
                     record_id=bundle_id)
        uow.commit()


def _payload(uow: UnitOfWork, index: CaseIndex, scope: BundleScope, peer_device_id: str, since: int,
             audit_since: int, digest: Digest | None) -> Payload:
    """What goes to the peer: records changed after `since` that the scope allows, the templates of their
    intakes, our audit entries after `audit_since`, what we received from the peer, and erasures."""
    records = _changed_records(uow, index, scope, peer_device_id, since)
    received = uow.sync.received_from(peer_device_id)
    return Payload(
        records=tuple(records),
        templates=_templates(uow, records),
        audit=tuple(audit_document(entry) for entry in uow.sync.audit_after(audit_since)),
        ack_sequence=max((bundle.sequence for bundle in received), default=0),
        case_count=uow.cases.count_cases(),
        tombstones=tuple(Tombstone(row.table_name, row.record_id, row.change_seq)
                         for row in uow.sync.tombstones_since(since)),
        digest=digest,
    )


def _changed_records(uow: UnitOfWork, index: CaseIndex, scope: BundleScope, peer_device_id: str,
                     since: int) -> list[WireRecord]:
    """Records changed after `since` that the scope allows, minus those the peer is known to hold as they are."""
    records: list[WireRecord] = []
    for model in SYNCED_MODELS:
        changed = [record for record in uow.sync.changed_since(model, since) if index.goes(record, scope)]
        if not changed:
            continue
        # what the peer holds of these records alone: an incremental bundle reads a few merge bases, not all
        held = uow.sync.base_prints(model.__tablename__, peer_device_id, [record.id for record in changed])
        for record in changed:
            wire = to_wire(record)
            known = held.get(record.id)
            if known is not None and json.loads(known) == fingerprints(wire.content()):
                continue
            records.append(wire)
    return records


def _disclose(uow: UnitOfWork, actor: Actor, index: CaseIndex, records: list[WireRecord], recipient: str,
              bundle_id: str, today: date) -> None:
    """One disclosure per case whose data the bundle carries, for access requests ("to whom did my data go")."""
    cases: dict[str, set[str]] = {}
    for record in records:
        for case_id in index.cases_for(record.table, record.id, record.fields):
            cases.setdefault(case_id, set()).add(record.table)
    if not cases:
        return
    clients = uow.sync.case_clients(cases)
    facts = facts_by_case(uow, list(cases))
    now = _now()
    uow.sync.insert_rows(Disclosure, [
        {"id": str(uuid.uuid4()), "client_id": clients[case_id], "case_id": case_id, "recipient": recipient,
         "categories": ",".join(sorted(tables)), "means": BUNDLE_RECORD, "reference": bundle_id,
         "legal_basis": basis_code(facts.get(case_id, SharingFacts()), today), "disclosed_at": now,
         "disclosed_by": actor.user_name} for case_id, tables in cases.items() if case_id in clients])


def _templates(uow: UnitOfWork, records: list[WireRecord]) -> tuple[Template, ...]:
    wanted = {(record.fields["template_id"], record.fields["template_version"])
              for record in records if record.table == Intake.__tablename__}
    templates = []
    for template_id, version in sorted(wanted):
        content = uow.intake.template_text(template_id, version)
        if content is not None:
            templates.append(Template(template_id, version, content))
    return tuple(templates)


def _pack(records: list[WireRecord]) -> bytes:
    document = [{"table": r.table, "id": r.id, "fields": r.fields} for r in records]
    return zlib.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"))


def unpack_sent(data: bytes) -> list[dict[str, object]]:
    """The records a sent bundle carried, as `_pack` stored them."""
    loaded: list[dict[str, object]] = json.loads(zlib.decompress(data).decode("utf-8"))
    return loaded


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

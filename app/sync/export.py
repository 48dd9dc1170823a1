"""Writing a bundle for an enrolled peer: everything that changed since the peer last acknowledged a bundle.

Bundles are cumulative until acknowledged: a lost USB stick loses nothing, the next bundle carries the same
changes again, and the importer recognises what it already has. What the sharing policy holds back is listed in the
summary. The ledger row (`SyncSent`) and the audit entry are committed only after the file is written and
verified; when that commit fails the file is removed again, so no bundle exists that the ledger does not know.
"""

from __future__ import annotations

import contextlib
import json
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app import audit
from app.audit import GENESIS_HASH, Actor, AuditAction
from app.casework.case_facts import basis_code, facts_by_case
from app.casework.sharing_policy import SharingFacts
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.permissions import Permission
from app.progress import ProgressReport
from app.sync.bundle_file import write_bundle
from app.sync.device import active_peer, device_identity, peer_public
from app.sync.payload import Payload, Template, Tombstone, audit_document, build_payload
from app.sync.records import SYNCED_MODELS, WireRecord, fingerprints, to_wire
from app.sync.scope import BundleScope, CaseIndex, HeldBackCase, scope_for
from app.workspace.session import OpenWorkspace
from db.models import Case, Disclosure, Intake, SyncSent
from db.uow import UnitOfWork

BUNDLE_RECORD = "sync_bundle"
PAYLOAD_SCHEMA_VERSION = 1


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
                  progress: ProgressReport | None = None) -> ExportSummary:
    """Write the bundle for `peer_device_id` to `path` (ending in .terugkeer) and record it in the ledger, with one
    disclosure per case it carries and an audit entry. `progress` hears how far the writing is and may cancel
    ("cancelled": then no file is left). Raises TerugkeerError "peer_not_found" / "peer_revoked", and the file
    errors of app.sync.bundle_file ("disk_full", ...)."""
    with workspace.transaction(Permission.EXCHANGE_BUNDLES) as uow:
        return _export(uow, workspace.actor, peer_device_id, path, today or date.today(), progress)


def _export(uow: UnitOfWork, actor: Actor, peer_device_id: str, path: Path, today: date,
            progress: ProgressReport | None) -> ExportSummary:
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
    scope = scope_for(uow, WorkspaceKind(uow.workspace.info().kind), peer, today)
    index = CaseIndex(uow)
    payload = _payload(uow, index, scope, peer_device_id, since, audit_since)
    records, entries = list(payload.records), payload.audit
    sequence = max((bundle.sequence for bundle in sent), default=0) + 1
    head = uow.audit.head()
    cases_sent = {record.id for record in records if record.table == Case.__tablename__}
    written = write_bundle(
        path, sender=device_identity(uow), recipient=peer_public(peer), payload=build_payload(payload),
        schema_version=PAYLOAD_SCHEMA_VERSION, sequence=sequence,
        previous_bundle_hash=sent[-1].file_sha256 if sent else "",
        audit_chain_head=head[1] if head else GENESIS_HASH,
        counts={"records": len(records), "audit": len(entries), "cases": len(cases_sent),
                "held_back": len(scope.held_back)},
        record_count=len(records), progress=progress)
    try:
        uow.sync.add(SyncSent(
            bundle_id=written.bundle_id, peer_device_id=peer_device_id, sequence=sequence, watermark=watermark,
            audit_seq=entries[-1]["seq"] if entries else audit_since, file_sha256=written.file_sha256,
            record_count=len(records), sent_records=_pack(records), created_at=_now(), acked_at=None))
        _disclose(uow, actor, index, records, peer.label, written.bundle_id, today)
        audit.append(uow, actor, AuditAction.EXPORT, record_type=BUNDLE_RECORD, record_id=written.bundle_id)
        uow.commit()
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return ExportSummary(path, written.bundle_id, sequence, len(records), len(entries), len(cases_sent),
                         scope.held_back, written.size)


def _payload(uow: UnitOfWork, index: CaseIndex, scope: BundleScope, peer_device_id: str, since: int,
             audit_since: int) -> Payload:
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
    )


def _changed_records(uow: UnitOfWork, index: CaseIndex, scope: BundleScope, peer_device_id: str,
                     since: int) -> list[WireRecord]:
    """Records changed after `since` that the scope allows, minus those the peer is known to hold as they are."""
    records: list[WireRecord] = []
    for model in SYNCED_MODELS:
        held = uow.sync.base_prints(model.__tablename__, peer_device_id)
        for record in uow.sync.changed_since(model, since):
            if not index.goes(record, scope):
                continue
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

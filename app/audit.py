"""NEN 7513-style audit log: append-only and hash-chained, h(n) = SHA-256(entry ‖ h(n−1)).

Entries name ids only (client, record, device), never names, BSNs, keys or passphrases. Appends happen in the
same transaction as the change they describe, so a change without its audit entry cannot be committed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from app.audit_terms import AuditAction, Device, Outcome, Purpose
from db.models import AuditEntry
from db.uow import UnitOfWork

GENESIS_HASH = "0" * 64


# Until consent and legal bases are recorded per case, processing rests on the municipality's public task.
DEFAULT_LEGAL_BASIS = "public_task"


@dataclass(frozen=True)
class Actor:
    """Who acts, and on which device; every audit entry names one."""

    user_name: str
    role: str
    device_id: str


@dataclass(frozen=True)
class ChainReport:
    """Result of verifying the audit chain; `first_broken_seq` is None when the chain holds."""

    entries_checked: int
    first_broken_seq: int | None

    @property
    def intact(self) -> bool:
        return self.first_broken_seq is None


_HASHED_FIELDS = (
    "seq", "event_id", "occurred_at", "action", "outcome", "user_name", "user_role", "purpose",
    "client_id", "record_type", "record_id", "device_id", "legal_basis",
)


# json.dumps(..., sort_keys=True) without making a new encoder for every entry (an import chains 5,000 of them).
_canonical_json = json.JSONEncoder(sort_keys=True).encode


def entry_hash(entry: AuditEntry, prev_hash: str) -> str:
    return fields_hash({name: getattr(entry, name) for name in _HASHED_FIELDS}, prev_hash)


def fields_hash(fields: Mapping[str, object], prev_hash: str) -> str:
    """The chain hash of an entry given as plain fields (as another device's entries arrive in a bundle)."""
    canonical = _canonical_json({name: fields[name] for name in _HASHED_FIELDS})
    return hashlib.sha256(canonical.encode() + prev_hash.encode()).hexdigest()


def append(
    uow: UnitOfWork,
    actor: Actor,
    action: AuditAction,
    *,
    outcome: Outcome = Outcome.SUCCESS,
    purpose: Purpose = Purpose.AFTERCARE,
    client_id: str | None = None,
    record_type: str | None = None,
    record_id: str | None = None,
    legal_basis: str = DEFAULT_LEGAL_BASIS,
    occurred_at: datetime | None = None,
) -> AuditEntry:
    """Add one entry at the end of the chain, in the unit of work's transaction (the caller commits)."""
    last_seq, prev_hash = uow.audit.head() or (0, GENESIS_HASH)
    entry = AuditEntry(
        seq=last_seq + 1,
        event_id=str(uuid.uuid4()),
        occurred_at=(occurred_at or datetime.now(UTC)).isoformat(timespec="microseconds"),
        action=action.value,
        outcome=outcome.value,
        user_name=actor.user_name,
        user_role=actor.role,
        purpose=purpose.value,
        client_id=client_id,
        record_type=record_type,
        record_id=record_id,
        device_id=actor.device_id,
        legal_basis=legal_basis,
        prev_hash=prev_hash,
    )
    entry.entry_hash = entry_hash(entry, prev_hash)
    uow.audit.add(entry)
    uow.flush()
    return entry


@dataclass(frozen=True)
class RecordEvent:
    """One event about one record, for `append_many`."""

    action: AuditAction
    client_id: str | None
    record_type: str
    record_id: str
    legal_basis: str


def append_many(uow: UnitOfWork, actor: Actor, events: Iterable[RecordEvent]) -> int:
    """Add many entries at the end of the chain in one statement (an import touching thousands of records);
    the same entries, one by one, as `append` would make. Returns how many were added. The caller commits."""
    uow.flush()
    seq, prev_hash = uow.audit.head() or (0, GENESIS_HASH)
    occurred_at = datetime.now(UTC).isoformat(timespec="microseconds")
    rows = []
    for event in events:
        seq += 1
        row: dict[str, object] = {
            "seq": seq, "event_id": str(uuid.uuid4()), "occurred_at": occurred_at, "action": event.action.value,
            "outcome": Outcome.SUCCESS.value, "user_name": actor.user_name, "user_role": actor.role,
            "purpose": Purpose.AFTERCARE.value, "client_id": event.client_id, "record_type": event.record_type,
            "record_id": event.record_id, "device_id": actor.device_id, "legal_basis": event.legal_basis,
            "prev_hash": prev_hash,
        }
        row["entry_hash"] = prev_hash = fields_hash(row, prev_hash)
        rows.append(row)
    if rows:
        uow.audit.append_rows(rows)
    return len(rows)


def verify_chain(entries: Iterable[AuditEntry]) -> ChainReport:
    """Recompute every link; the first entry whose hash, predecessor or sequence does not fit breaks the chain."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for entry in entries:
        checked += 1
        if (
            entry.seq != expected_seq
            or entry.prev_hash != prev_hash
            or entry.entry_hash != entry_hash(entry, prev_hash)
        ):
            return ChainReport(checked, entry.seq)
        prev_hash = entry.entry_hash
        expected_seq += 1
    return ChainReport(checked, None)


@dataclass(frozen=True)
class AuditLine:
    """One audit entry as shown on screen; client and record ids stay out, as they mean nothing to a reader. `seq`
    counts in the chain of the entry's own device."""

    seq: int
    occurred_at: datetime
    action: str
    outcome: str
    user_name: str
    user_role: str
    purpose: str
    record_type: str | None
    device: Device
    case_id: str | None = None  # the case the record belongs to, where it belongs to one

"""The audit chain: h(n) = SHA-256(entry ‖ h(n−1)); the first entry that does not fit is reported."""

from __future__ import annotations

import uuid

import pytest

from app.audit import GENESIS_HASH, entry_hash, verify_chain
from db.models import AuditEntry

CLIENT_ID = str(uuid.uuid4())


def _entry(seq: int, action: str = "view") -> AuditEntry:
    return AuditEntry(
        seq=seq,
        event_id=str(uuid.uuid4()),
        occurred_at=f"2024-06-15T12:00:{seq:02d}.000000+00:00",
        action=action,
        outcome="success",
        user_name="Coördinator",
        user_role="coordinator",
        purpose="aftercare",
        client_id=CLIENT_ID,
        record_type="case",
        record_id=str(uuid.uuid4()),
        device_id="device-1",
        legal_basis="public_task",
    )


def _chain(length: int) -> list[AuditEntry]:
    entries = []
    prev_hash = GENESIS_HASH
    for seq in range(1, length + 1):
        entry = _entry(seq, "create" if seq == 1 else "view")
        entry.prev_hash = prev_hash
        entry.entry_hash = entry_hash(entry, prev_hash)
        prev_hash = entry.entry_hash
        entries.append(entry)
    return entries


def test_intact_chain_holds() -> None:
    report = verify_chain(_chain(5))
    assert report.intact
    assert report.first_broken_seq is None
    assert report.entries_checked == 5


def test_empty_chain_holds() -> None:
    report = verify_chain([])
    assert report.intact
    assert report.entries_checked == 0


def test_hash_depends_on_the_previous_hash() -> None:
    entry = _entry(1)
    assert entry_hash(entry, GENESIS_HASH) != entry_hash(entry, "1" * 64)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("action", "delete"),
        ("outcome", "failure"),
        ("user_name", "Iemand anders"),
        ("client_id", "5b0c1f3e-2f6a-4d1e-9a57-0c8a4e2b7d11"),
        ("occurred_at", "2024-06-15T13:00:00.000000+00:00"),
        ("legal_basis", "consent"),
    ],
)
def test_altered_field_breaks_the_chain_at_that_entry(field: str, value: str) -> None:
    entries = _chain(5)
    setattr(entries[2], field, value)
    report = verify_chain(entries)
    assert report.first_broken_seq == 3
    assert not report.intact


def test_altered_prev_hash_breaks_the_chain_at_that_entry() -> None:
    entries = _chain(5)
    entries[3].prev_hash = "f" * 64
    assert verify_chain(entries).first_broken_seq == 4


def test_recomputed_hash_of_an_altered_entry_breaks_the_next_one() -> None:
    entries = _chain(5)
    entries[1].action = "delete"
    entries[1].entry_hash = entry_hash(entries[1], entries[1].prev_hash)
    assert verify_chain(entries).first_broken_seq == 3


def test_removed_entry_breaks_the_chain_at_the_gap() -> None:
    entries = _chain(5)
    del entries[2]  # seq 3 gone: seq 4 follows seq 2
    assert verify_chain(entries).first_broken_seq == 4


def test_chain_must_start_at_genesis() -> None:
    entries = _chain(5)[1:]
    assert verify_chain(entries).first_broken_seq == 2


def test_entries_checked_counts_up_to_the_broken_one() -> None:
    entries = _chain(5)
    entries[1].outcome = "failure"
    assert verify_chain(entries).entries_checked == 2

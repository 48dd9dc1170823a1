"""The audit log as plain lines for a supervisor's overview (no ORM objects leave this module)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime

from db.uow import UnitOfWork


@dataclass(frozen=True)
class AuditLine:
    """One audit entry as shown; ids of clients and records stay out, as they mean nothing on screen."""

    seq: int
    occurred_at: datetime
    action: str
    outcome: str
    user_name: str
    user_role: str
    purpose: str
    record_type: str | None


def recent_entries(uow: UnitOfWork, limit: int) -> list[AuditLine]:
    """The latest `limit` entries, newest first."""
    latest = deque(uow.audit.all_in_order(), maxlen=limit)
    return [
        AuditLine(
            seq=entry.seq,
            occurred_at=datetime.fromisoformat(entry.occurred_at),
            action=entry.action,
            outcome=entry.outcome,
            user_name=entry.user_name,
            user_role=entry.user_role,
            purpose=entry.purpose,
            record_type=entry.record_type,
        )
        for entry in reversed(latest)
    ]

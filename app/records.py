"""Bookkeeping every synchronisable record gets on each change (see db.models.SyncedRecord)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeVar

from app.audit import Actor
from db.models import SyncedRecord

R = TypeVar("R", bound=SyncedRecord)


def stamp(record: R, actor: Actor, *, new: bool = False, now: datetime | None = None) -> R:
    """Mark `record` as made (`new`) or changed now, on this device; a change raises its version."""
    moment = now or datetime.now(UTC).replace(tzinfo=None)
    if new:
        record.created_at, record.version = moment, 1
    else:
        record.version += 1
    record.updated_at, record.changed_by_device = moment, actor.device_id
    return record

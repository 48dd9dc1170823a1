"""Change sequence numbers: every synchronised record that is added or changed in a flush gets the next number
from the workspace's one counter (table sync_counter), in the same transaction.

An export then asks "which records changed after sequence N?" without trusting clocks. The numbers are handed out
in a `before_flush` hook, so no service can forget them; bulk inserts without the ORM reserve theirs with
`reserve`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, update
from sqlalchemy.orm import Session

from db.models import SyncCounter, SyncedRecord


def reserve(session: Session, count: int) -> int:
    """Reserve `count` consecutive change sequence numbers; returns the first."""
    new_last = session.execute(
        update(SyncCounter).where(SyncCounter.id == 1).values(change_seq=SyncCounter.change_seq + count)
        .returning(SyncCounter.change_seq)
    ).scalar_one()
    return int(new_last) - count + 1


def current(session: Session) -> int:
    """The last change sequence number handed out."""
    counter = session.get(SyncCounter, 1)
    return counter.change_seq if counter is not None else 0


def _number_changes(session: Session, _context: Any, _instances: Any) -> None:
    touched = [obj for obj in session.new if isinstance(obj, SyncedRecord)]
    touched += [obj for obj in session.dirty if isinstance(obj, SyncedRecord) and session.is_modified(obj)]
    if not touched:
        return
    first = reserve(session, len(touched))
    for offset, record in enumerate(touched):
        record.change_seq = first + offset


def install(session: Session) -> None:
    """Number the changes of every flush of `session`."""
    event.listen(session, "before_flush", _number_changes)

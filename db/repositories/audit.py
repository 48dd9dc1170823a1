"""The audit log: appending at the end of the chain and reading it back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import insert, select

from db.models import AuditEntry
from db.repositories import Repository


class AuditRepository(Repository):
    def last(self) -> AuditEntry | None:
        return self.session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one_or_none()

    def all_in_order(self) -> Iterator[AuditEntry]:
        yield from self.session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()

    def latest(self, limit: int) -> Sequence[AuditEntry]:
        """The last `limit` entries, newest first."""
        return self.session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)).scalars().all()

    def for_client(self, client_id: str) -> Sequence[AuditEntry]:
        return self.session.execute(
            select(AuditEntry).where(AuditEntry.client_id == client_id).order_by(AuditEntry.seq)
        ).scalars().all()

    def append_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert many entries, made and chained by the caller, in one statement (Core executemany)."""
        self.session.execute(insert(AuditEntry), rows)

"""The audit log: appending at the end of the chain and reading it back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, literal_column, select, text, union, union_all
from sqlalchemy.sql.expression import Subquery

from db.models import (
    AuditEntry,
    Case,
    ChecklistAnswer,
    Client,
    ConsentRecord,
    DocumentVersion,
    DomainAssessment,
    FollowUpAction,
    Intake,
    Plan,
    PlanDomain,
    ProcessingGround,
    RemoteAuditEntry,
)
from db.repositories import Repository

# Held until commit by whoever appends to the chain on the server, so concurrent sessions append one after the
# other and keep one valid chain (SQLite lets one writer in at a time anyway).
AUDIT_CHAIN_LOCK = 0x7E5_0A0D17


class AuditRepository(Repository):
    def head(self) -> tuple[int, str] | None:
        """(seq, entry hash) of the chain's last entry, to append after; None for an empty log. On the server the
        chain is locked for the rest of the transaction first, and the head is read through a function that sees
        every entry (row-level security shows most people only their own)."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_CHAIN_LOCK})
            row = self.session.execute(text("SELECT seq, entry_hash FROM terugkeer_audit_head()")).first()
            return None if row is None or row.seq is None else (row.seq, row.entry_hash)
        last = self.session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one_or_none()
        return None if last is None else (last.seq, last.entry_hash)

    def last_change(self, record_ids: Sequence[str]) -> tuple[str, str] | None:
        """(login, ISO time) of the latest update of any of `record_ids`: who changed it last. On the server
        through a function that may read past row-level security, which shows most people only their own
        entries; it answers only for records the caller can see."""
        if self.session.get_bind().dialect.name == "postgresql":
            row = self.session.execute(text("SELECT user_name, occurred_at FROM terugkeer_last_change(:ids)"),
                                       {"ids": list(record_ids)}).first()
        else:
            row = self.session.execute(
                select(AuditEntry.user_name, AuditEntry.occurred_at)
                .where(AuditEntry.record_id.in_(record_ids), AuditEntry.action == "update")
                .order_by(AuditEntry.seq.desc()).limit(1)).first()
        return None if row is None or row.user_name is None else (row.user_name, row.occurred_at)

    def all_in_order(self) -> Iterator[AuditEntry]:
        yield from self.session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()

    def latest(self, limit: int) -> Sequence[AuditEntry]:
        """The last `limit` entries, newest first."""
        return self.session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)).scalars().all()

    def search(self, model: type[AuditEntry] | type[RemoteAuditEntry], *, client_words: Sequence[str] = (),
               user: str | None = None, action: str | None = None, since: str | None = None,
               before: str | None = None, limit: int | None = None
               ) -> Sequence[tuple[AuditEntry | RemoteAuditEntry, str | None]]:
        """The entries of `model` (this workspace's own, or those received from other devices) that pass every
        filter given, newest first, each with the id of the case its record belongs to (None for a record of no
        case). `client_words`: folded words that all occur in the client's name, or one word that is the
        client's BSN; `user`: the login exactly; `since` and `before`: ISO UTC moments as stored (`occurred_at`
        compares as text)."""
        cases = _record_cases()
        query = (select(model, cases.c.case_id)
                 .outerjoin(cases, cases.c.record_id == model.record_id)
                 .order_by(model.occurred_at.desc(), model.seq.desc()))
        conditions: list[ColumnElement[bool]] = []
        if client_words:
            conditions.append(model.client_id.in_(_clients_named(client_words)))
        if user is not None:
            conditions.append(model.user_name == user)
        if action is not None:
            conditions.append(model.action == action)
        if since is not None:
            conditions.append(model.occurred_at >= since)
        if before is not None:
            conditions.append(model.occurred_at < before)
        if conditions:
            query = query.where(and_(*conditions))
        if limit is not None:
            query = query.limit(limit)
        return [(row[0], row[1]) for row in self.session.execute(query).all()]

    def user_names(self) -> list[str]:
        """Every login that has an entry, here or received from another device, in alphabetical order."""
        logins = union(select(AuditEntry.user_name), select(RemoteAuditEntry.user_name)).subquery()
        return list(self.session.execute(select(logins.c.user_name).order_by(logins.c.user_name)).scalars())

    def for_client(self, client_id: str) -> Sequence[AuditEntry]:
        return self.session.execute(
            select(AuditEntry).where(AuditEntry.client_id == client_id).order_by(AuditEntry.seq)
        ).scalars().all()

    def remote_latest(self, limit: int) -> list[RemoteAuditEntry]:
        """The last `limit` entries received from each other device, newest first per device (each device's chain
        is in the order it was made, so its key index finds them; the caller merges the devices by time)."""
        devices = self.session.execute(select(RemoteAuditEntry.source_device_id).distinct()).scalars().all()
        return [entry for device in devices for entry in self.session.execute(
            select(RemoteAuditEntry).where(RemoteAuditEntry.source_device_id == device)
            .order_by(RemoteAuditEntry.seq.desc()).limit(limit)).scalars()]

    def remote_for_client(self, client_id: str) -> Sequence[RemoteAuditEntry]:
        """The entries about one client received from other devices, oldest first."""
        return self.session.execute(
            select(RemoteAuditEntry).where(RemoteAuditEntry.client_id == client_id)
            .order_by(RemoteAuditEntry.occurred_at, RemoteAuditEntry.seq)).scalars().all()

    def append_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert many entries, made and chained by the caller, in one executemany past the ORM."""
        self.insert_rows(AuditEntry, rows)


# The tables whose rows belong to one case: an audit entry's record id found here names its case.
_CASE_RECORDS = (Intake, ChecklistAnswer, DomainAssessment, PlanDomain, Plan, FollowUpAction, ProcessingGround,
                 ConsentRecord, DocumentVersion)


def _record_cases() -> Subquery:
    """(record id, case id) for the case itself, its detention and every record of a case."""
    parts = [select(Case.id.label("record_id"), Case.id.label("case_id")),
             select(Case.detention_id.label("record_id"), Case.id.label("case_id"))]
    parts += [select(model.id.label("record_id"), model.case_id.label("case_id")) for model in _CASE_RECORDS]
    return union_all(*parts).subquery("record_case")


def _clients_named(words: Sequence[str]) -> Any:
    """The ids of the clients whose folded name holds every word, or whose BSN is the one word given."""
    name = func.terugkeer_fold(Client.given_names + literal_column("' '", String) + Client.surname_prefix
                               + literal_column("' '", String) + Client.surname, type_=String)
    by_name = and_(*[name.contains(word, autoescape=True) for word in words])
    return select(Client.id).where(by_name | (Client.bsn == words[0]) if len(words) == 1 else by_name)

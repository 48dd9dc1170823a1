"""What the privacy work reads and removes: a client's cases, disclosures and corrections, the cases past their
retention period, what the back office confirmed holding, and the removal of cases with all that is only theirs."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select

from db import change_tracking
from db.models import (
    Case,
    Correction,
    Disclosure,
    DocumentVersion,
    IdentityReview,
    SyncBase,
    SyncConflict,
    SyncPeer,
    SyncTombstone,
)
from db.repositories import Repository

R = TypeVar("R")


class PrivacyRepository(Repository):
    """Access requests, corrections, retention and erasure, and the laptop purge."""

    # --- one client ---------------------------------------------------------------------------------------------

    def client_cases(self, client_id: str) -> Sequence[Case]:
        """The client's cases, the first notified first."""
        return self.session.execute(
            select(Case).where(Case.client_id == client_id).order_by(Case.notified_on)).scalars().all()

    def disclosures(self, client_id: str) -> Sequence[Disclosure]:
        """To whom the client's data was given, oldest first."""
        return self.session.execute(select(Disclosure).where(Disclosure.client_id == client_id)
                                    .order_by(Disclosure.disclosed_at)).scalars().all()

    def corrections(self, client_id: str) -> Sequence[Correction]:
        """The corrections of the client's data, oldest first."""
        return self.session.execute(select(Correction).where(Correction.client_id == client_id)
                                    .order_by(Correction.corrected_at)).scalars().all()

    def record(self, model: type[R], record_id: str) -> R | None:
        """The record of `model` with this id."""
        return self.session.get(model, record_id)

    # --- retention, erasure and purge ---------------------------------------------------------------------------

    def closed_cases(self, closed_status: str) -> list[tuple[str, date]]:
        """(case id, closed on) of every case in `closed_status` with a closing date."""
        return [(case_id, closed_on) for case_id, closed_on in self.session.execute(
            select(Case.id, Case.closed_on).where(Case.status == closed_status, Case.closed_on.is_not(None))).all()
            if closed_on is not None]

    def cases(self) -> Sequence[Case]:
        """Every case."""
        return self.session.execute(select(Case)).scalars().all()

    def case_ids(self) -> set[str]:
        """The id of every case."""
        return set(self.session.execute(select(Case.id)).scalars())

    def records(self, model: type[R]) -> Sequence[R]:
        """Every record of `model`."""
        return self.session.execute(select(model)).scalars().all()

    def active_peer(self, kind: str) -> SyncPeer | None:
        """The first enrolled, not revoked device of `kind`."""
        return self.session.execute(select(SyncPeer).where(
            SyncPeer.kind == kind, SyncPeer.revoked_at.is_(None))).scalars().first()

    def held_fingerprints(self, table: str, peer_device_id: str) -> dict[str, str]:
        """Record id → the fingerprints (JSON) the peer acknowledged holding, of the records of `table`."""
        return {record_id: fields for record_id, fields in self.session.execute(
            select(SyncBase.record_id, SyncBase.fields_json).where(
                SyncBase.table_name == table, SyncBase.peer_device_id == peer_device_id)).all()}

    def case_clients(self, case_ids: Collection[str]) -> dict[str, str]:
        """Case id → client id of these cases."""
        return {case_id: client_id for case_id, client_id in self.session.execute(
            select(Case.id, Case.client_id).where(Case.id.in_(case_ids))).all()}

    def delete_records(self, records: Iterable[object]) -> None:
        """Delete these records (children first), flushed."""
        for record in records:
            self.session.delete(record)
        self.session.flush()

    def forget_sync_state(self, table: str, record_ids: Collection[str]) -> None:
        """Drop the merge bases and conflicts of these records of `table`."""
        self.session.execute(delete(SyncBase).where(SyncBase.table_name == table, SyncBase.record_id.in_(record_ids)))
        self.session.execute(delete(SyncConflict).where(SyncConflict.table_name == table,
                                                        SyncConflict.record_id.in_(record_ids)))

    def delete_case_traces(self, case_ids: Collection[str], client_ids: Collection[str]) -> None:
        """The document versions and disclosures of the cases, and the corrections of the clients and the
        notifications compared with them that wait for review."""
        self.session.execute(delete(DocumentVersion).where(DocumentVersion.case_id.in_(case_ids)))
        self.session.execute(delete(Disclosure).where(Disclosure.case_id.in_(case_ids)))
        self.session.execute(delete(Correction).where(Correction.client_id.in_(client_ids)))
        self.session.execute(delete(IdentityReview).where(IdentityReview.client_id.in_(client_ids)))

    def add_tombstones(self, records: Sequence[tuple[str, str]], deleted_at: datetime, device_id: str) -> None:
        """A tombstone for every (table, record id), numbered as changes so they travel in the next bundles."""
        first = change_tracking.reserve(self.session, len(records))
        if records:
            rows: list[dict[str, Any]] = [
                {"table_name": table, "record_id": record_id, "deleted_at": deleted_at,
                 "changed_by_device": device_id, "change_seq": first + offset}
                for offset, (table, record_id) in enumerate(records)]
            self.session.execute(insert(SyncTombstone), rows)

    def vacuum(self) -> None:
        """Commit, then rewrite the database without its free pages and empty the write-ahead log, so removed data
        is gone from the file (still encrypted either way, as every page is)."""
        connection = self.session.connection().connection.dbapi_connection
        assert connection is not None
        self.session.commit()
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

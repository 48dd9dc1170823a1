"""Device keys, peers, bundle ledgers, merge bases, conflicts and remote audit entries; and the reads and bulk
writes a bundle's export and import make over the synchronised records."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import ColumnElement, Result, Select, delete, func, select, text, update

from db import change_tracking
from db.models import (
    AuditEntry,
    Case,
    Client,
    ConsentRecord,
    DeviceKey,
    Disclosure,
    RemoteAuditEntry,
    SyncBase,
    SyncConflict,
    SyncedRecord,
    SyncMismatch,
    SyncPeer,
    SyncReceived,
    SyncSent,
    SyncTombstone,
)
from db.repositories import Repository

CHUNK = 500  # values per IN (...) list where they travel as bound parameters (not on SQLite)


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


class SyncRepository(Repository):
    """Device keys, enrolled peers, bundle ledgers, merge bases, conflicts and remote audit entries."""

    def _among(self, column: Any, values: Sequence[str]) -> Iterator[ColumnElement[bool]]:
        """Conditions "`column` is one of `values`", one statement each. On SQLite all values travel as one JSON array
        (`json_each`): an IN list of bound parameters stays bound to its cached prepared statement after the
        query, and 500 values held that way fill the connection's small lookaside buffer, so every later allocation
        of the transaction pays SQLCipher's memory locking (db.engine). Elsewhere IN lists of CHUNK values."""
        if self.session.get_bind().dialect.name == "sqlite":
            listed = func.json_each(json.dumps(list(values))).table_valued("value")
            yield column.in_(select(listed.c.value))
            return
        for part in _chunks(values):
            yield column.in_(part)

    def _looked_up(self, query: Select[*tuple[Any, ...]], model: type[Any], column_name: str,
                   values: Sequence[str], **equal: str) -> Iterator[Result[*tuple[Any, ...]]]:
        """The results of `query` (a select of `model`'s table, without conditions) for the rows whose column
        `column_name` is one of `values` and whose columns named in `equal` hold those values, one statement each.
        On SQLite the values drive the look-up: `json_each(?) CROSS JOIN` the table probes its index once per
        value, where `IN (SELECT value FROM json_each(?))` first builds a temporary index of the values, whose
        every allocation pays SQLCipher's memory locking (15 ms against 1.5 ms for 5,000 ids; an import looks up
        every record it brings). Elsewhere the conditions of _among."""
        table = model.__tablename__
        if self.session.get_bind().dialect.name != "sqlite":
            columns = model.__table__.c
            for among in self._among(columns[column_name], values):
                equal_to = (columns[name] == value for name, value in equal.items())
                yield self.session.execute(query.where(among, *equal_to))
            return
        conditions = "".join(f" AND {table}.{name} = :{name}" for name in equal)
        statement = text(f"SELECT {table}.* FROM json_each(:listed) AS listed CROSS JOIN {table} "
                         f"ON {table}.{column_name} = listed.value{conditions}")
        listed = json.dumps(list(dict.fromkeys(values)))  # each once: a join would repeat a row per repeat
        yield self.session.execute(query.from_statement(statement), {"listed": listed, **equal})

    # --- devices and ledgers ------------------------------------------------------------------------------------

    def device_key(self) -> DeviceKey | None:
        return self.session.execute(select(DeviceKey)).scalar_one_or_none()

    def peer(self, device_id: str) -> SyncPeer | None:
        return self.session.get(SyncPeer, device_id)

    def peers(self) -> Sequence[SyncPeer]:
        return self.session.execute(select(SyncPeer).order_by(SyncPeer.label, SyncPeer.device_id)).scalars().all()

    def sent(self, peer_device_id: str) -> Sequence[SyncSent]:
        return self.session.execute(
            select(SyncSent).where(SyncSent.peer_device_id == peer_device_id).order_by(SyncSent.sequence)
        ).scalars().all()

    def withdraw_sent(self, bundle_id: str) -> None:
        """Forget a reserved bundle that was never written, and the disclosures made for it."""
        self.session.execute(delete(Disclosure).where(Disclosure.reference == bundle_id))
        self.session.execute(delete(SyncSent).where(SyncSent.bundle_id == bundle_id))

    def received(self, bundle_id: str) -> SyncReceived | None:
        return self.session.get(SyncReceived, bundle_id)

    def received_from(self, sender_device_id: str) -> Sequence[SyncReceived]:
        return self.session.execute(
            select(SyncReceived).where(SyncReceived.sender_device_id == sender_device_id)
            .order_by(SyncReceived.sequence)
        ).scalars().all()

    # --- merge bases, conflicts, tombstones ---------------------------------------------------------------------

    def base(self, table_name: str, record_id: str, peer_device_id: str) -> SyncBase | None:
        return self.session.get(SyncBase, (table_name, record_id, peer_device_id))

    def bases(self, table_name: str, peer_device_id: str, record_ids: Sequence[str]) -> list[SyncBase]:
        """The merge bases of these records of one table for one peer (those that exist)."""
        found: list[SyncBase] = []
        for result in self._looked_up(select(SyncBase), SyncBase, "record_id", record_ids,
                                      table_name=table_name, peer_device_id=peer_device_id):
            found.extend(result.scalars())
        return found

    def base_prints(self, table_name: str, peer_device_id: str, record_ids: Sequence[str]) -> dict[str, str]:
        """Record id → the field fingerprints (JSON) of these records of one table the peer is known to hold."""
        prints: dict[str, str] = {}
        for result in self._looked_up(select(SyncBase.record_id, SyncBase.fields_json),
                                      SyncBase, "record_id", record_ids,
                                      table_name=table_name, peer_device_id=peer_device_id):
            prints.update((record_id, fields) for record_id, fields in result)
        return prints

    def based_record_ids(self, table_name: str, peer_device_id: str) -> set[str]:
        """The ids of the records of one table the peer is known to hold."""
        return set(self.session.execute(select(SyncBase.record_id).where(
            SyncBase.table_name == table_name, SyncBase.peer_device_id == peer_device_id)).scalars())

    def forget_bases(self, table_name: str, peer_device_id: str, record_ids: Sequence[str]) -> None:
        """What the peer is known to hold of these records becomes unknown (their change numbers stay, so an older
        version still cannot roll them back): they travel again, and a change on both sides is a conflict."""
        for among in self._among(SyncBase.record_id, record_ids):
            self.session.execute(update(SyncBase).where(
                SyncBase.table_name == table_name, SyncBase.peer_device_id == peer_device_id, among
            ).values(fields_json="{}"))

    def mismatches(self, peer_device_id: str | None = None) -> Sequence[SyncMismatch]:
        """The records a peer's last digest disagreed on (of every peer when None), by table and id."""
        query = select(SyncMismatch).order_by(SyncMismatch.peer_device_id, SyncMismatch.table_name,
                                              SyncMismatch.record_id)
        if peer_device_id is not None:
            query = query.where(SyncMismatch.peer_device_id == peer_device_id)
        return self.session.execute(query).scalars().all()

    def replace_mismatches(self, peer_device_id: str, rows: Sequence[Mapping[str, Any]]) -> None:
        self.session.execute(delete(SyncMismatch).where(SyncMismatch.peer_device_id == peer_device_id))
        self.insert_rows(SyncMismatch, rows)

    def open_conflicts(self) -> Sequence[SyncConflict]:
        return self.session.execute(
            select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.created_at)
        ).scalars().all()

    def conflict(self, conflict_id: str) -> SyncConflict | None:
        return self.session.get(SyncConflict, conflict_id)

    def tombstones_since(self, change_seq: int) -> Sequence[SyncTombstone]:
        return self.session.execute(
            select(SyncTombstone).where(SyncTombstone.change_seq > change_seq)).scalars().all()

    def tombstone_keys(self) -> set[tuple[str, str]]:
        """(table, record id) of every record ever erased here or at a peer."""
        return {(row.table_name, row.record_id) for row in self.session.execute(select(SyncTombstone)).scalars()}

    # --- audit entries: ours to send, the peers' received ---------------------------------------------------------

    def audit_after(self, seq: int) -> Sequence[AuditEntry]:
        """This workspace's own audit entries after `seq`, oldest first (what a bundle carries)."""
        return self.session.execute(
            select(AuditEntry).where(AuditEntry.seq > seq).order_by(AuditEntry.seq)).scalars().all()

    def last_remote_audit(self, source_device_id: str) -> RemoteAuditEntry | None:
        return self.session.execute(
            select(RemoteAuditEntry).where(RemoteAuditEntry.source_device_id == source_device_id)
            .order_by(RemoteAuditEntry.seq.desc()).limit(1)
        ).scalar_one_or_none()

    def remote_audit(self, source_device_id: str, seq: int) -> RemoteAuditEntry | None:
        return self.session.get(RemoteAuditEntry, (source_device_id, seq))

    def holds_remote_audit(self, source_device_id: str, entry_hash: str) -> bool:
        """Whether an entry of that device with this hash was received."""
        return self.session.execute(select(RemoteAuditEntry.seq).where(
            RemoteAuditEntry.source_device_id == source_device_id,
            RemoteAuditEntry.entry_hash == entry_hash)).first() is not None

    # --- the synchronised records -------------------------------------------------------------------------------

    def record(self, model: type[SyncedRecord], record_id: str) -> SyncedRecord | None:
        return self.session.get(model, record_id)

    def records_by_id(self, model: type[SyncedRecord], record_ids: Sequence[str]) -> dict[str, SyncedRecord]:
        """The records of `model` with these ids (those that exist), by id."""
        found: dict[str, SyncedRecord] = {}
        for result in self._looked_up(select(model), model, "id", record_ids):
            found.update((record.id, record) for record in result.scalars())
        return found

    def changed_since(self, model: type[SyncedRecord], change_seq: int) -> Iterator[SyncedRecord]:
        """The records of `model` added or changed after change sequence number `change_seq`."""
        yield from self.session.execute(select(model).where(model.change_seq > change_seq)).scalars()

    def contents(self, model: type[SyncedRecord], names: Sequence[str]) -> Iterator[tuple[str, int, tuple[Any, ...]]]:
        """(id, change number, the values of the columns `names`) of every record of `model`, past the ORM: a
        digest reads all of them."""
        table = model.__table__
        for row in self.session.execute(select(table.c.id, table.c.change_seq, *(table.c[name] for name in names))):
            yield row[0], row[1], tuple(row[2:])

    def mark_changed(self, model: type[SyncedRecord], record_ids: Sequence[str]) -> None:
        """Give these records new change numbers (nothing else changes), so the next bundle carries them."""
        if not record_ids:
            return
        first = self.reserve_change_seqs(len(record_ids))
        for offset, record_id in enumerate(record_ids):
            self.session.execute(update(model).where(model.id == record_id).values(change_seq=first + offset),
                                 execution_options={"synchronize_session": False})

    def delete(self, record: object) -> None:
        self.session.delete(record)

    def clients_with_bsns(self, bsns: Sequence[str]) -> list[tuple[str, str]]:
        """(client id, BSN) of the clients holding one of these BSNs."""
        found: list[tuple[str, str]] = []
        for result in self._looked_up(select(Client.id, Client.bsn), Client, "bsn", bsns):
            found.extend((client_id, str(bsn)) for client_id, bsn in result)
        return found

    def first_case_of(self, client_id: str) -> str | None:
        return self.session.execute(
            select(Case.id).where(Case.client_id == client_id).limit(1)).scalar_one_or_none()

    def case_coordinators(self) -> list[tuple[str, str]]:
        """(case id, coordinator) of every case."""
        return [(case_id, coordinator) for case_id, coordinator in self.session.execute(
            select(Case.id, Case.coordinator)).all()]

    def case_links(self) -> list[tuple[str, str, str]]:
        """(case id, client id, detention id) of every case."""
        return [(case_id, client_id, detention_id) for case_id, client_id, detention_id in self.session.execute(
            select(Case.id, Case.client_id, Case.detention_id)).all()]

    def case_clients(self, case_ids: Collection[str] | None = None) -> dict[str, str]:
        """Case id → client id, of these cases (None: of every case)."""
        query = select(Case.id, Case.client_id)
        if case_ids is not None:
            query = query.where(Case.id.in_(list(case_ids)))
        return {case_id: client_id for case_id, client_id in self.session.execute(query).all()}

    def consent_cases(self) -> dict[str, str]:
        """Consent record id → case id, of every consent record."""
        return {consent_id: case_id for consent_id, case_id in self.session.execute(
            select(ConsentRecord.id, ConsentRecord.case_id)).all()}

    # --- change numbers and flushing of an import or export ---------------------------------------------------------

    def change_watermark(self) -> int:
        """The last change sequence number handed out in this workspace."""
        return change_tracking.current(self.session)

    def reserve_change_seqs(self, count: int) -> int:
        """Reserve `count` consecutive change sequence numbers for rows inserted past the ORM; returns the first."""
        return change_tracking.reserve(self.session, count)

    def no_autoflush(self) -> AbstractContextManager[None]:
        """Within it, reads do not flush pending changes first (an import reads many records between writes)."""
        return self.session.no_autoflush  # type: ignore[return-value]

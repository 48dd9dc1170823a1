"""Clients, detentions and cases, and the register's flat rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Select, func, insert, or_, select

from db import change_tracking
from db.models import (
    Base,
    Case,
    Client,
    Detention,
)
from db.repositories import Repository


class CaseRepository(Repository):
    def client(self, client_id: str) -> Client | None:
        return self.session.get(Client, client_id)

    def case(self, case_id: str) -> Case | None:
        return self.session.get(Case, case_id)

    def client_by_bsn(self, bsn: str) -> Client | None:
        return self.session.execute(select(Client).where(Client.bsn == bsn)).scalar_one_or_none()

    def register_rows(self, case_ids: Sequence[str] | None = None) -> Sequence[Row]:
        """One flat row per case for the register (every case, or those of `case_ids`): only the columns the
        register shows and searches. Through the session (the ORM), never its bare connection: a coordinator's
        caseload (db.caseload) filters ORM statements only."""
        statement = register_select()
        if case_ids is not None:
            statement = statement.where(Case.id.in_(case_ids))
        return self.session.execute(statement).all()

    def all_register_rows(self) -> list[tuple[Any, ...]]:
        """The rows of `register_rows` for every case, as tuples in the same column order.

        The three tables are read one after the other and joined here by id. The join in SQL looks each case's
        client and detention up by id, random UUIDs: from about 50,000 cases on, those lookups keep reading the same
        index pages again (through SQLCipher, decrypting each) as SQLite's page cache of 8 MB overflows. At 100,000
        cases this read takes 0.85 s instead of 1.35 s; at 20,000 both take as long. Each table is read through the
        session, so that a caseload (db.caseload) limits all three."""
        execute = self.session.execute
        clients = {row[0]: row[1:] for row in execute(select(Client.id, *_CLIENT_COLUMNS)).all()}
        detentions = {row[0]: row[1:] for row in execute(select(Detention.id, *_DETENTION_COLUMNS)).all()}
        return [(case_id, client_id, *clients[client_id], *detentions[detention_id], *rest)
                for case_id, client_id, detention_id, *rest
                in execute(select(Case.id, Case.client_id, Case.detention_id, *_CASE_COLUMNS)).all()]

    def bulk_insert(self, clients: list[dict], detentions: list[dict], cases: list[dict]) -> None:
        """Insert many new records at once (demo data, benchmarks): Core executemany, no ORM objects."""
        self.bulk_insert_records(((Client, clients), (Detention, detentions), (Case, cases)))

    def bulk_insert_records(self, batches: Sequence[tuple[type[Base], list[dict]]]) -> None:
        """Insert many new synchronised records of any kind, in the order given (parents first), each with its
        own change sequence number: Core executemany per kind, no ORM objects."""
        connection = self.session.connection()
        next_seq = change_tracking.reserve(self.session, sum(len(rows) for _model, rows in batches))
        for model, rows in batches:
            for row in rows:
                row["change_seq"], next_seq = next_seq, next_seq + 1
            if rows:
                connection.execute(insert(model), rows)  # Core: one executemany

    def changed_since(self, seq: int) -> tuple[int, list[str]]:
        """The change sequence number now, and the cases whose case, client or detention changed after `seq`
        (what the register shows of them), by whoever changed them."""
        now = change_tracking.current(self.session)
        if now <= seq:
            return now, []
        changed = select(Case.id).where(or_(
            Case.change_seq > seq,
            Case.client_id.in_(select(Client.id).where(Client.change_seq > seq)),
            Case.detention_id.in_(select(Detention.id).where(Detention.change_seq > seq))))
        return now, list(self.session.execute(changed).scalars())

    def count_cases(self) -> int:
        return self.session.execute(select(func.count()).select_from(Case)).scalar_one()


# The register's columns after the case's and the client's ids, per table, in the order of a register row.
_CLIENT_COLUMNS = (Client.given_names, Client.surname_prefix, Client.surname, Client.date_of_birth, Client.bsn)
_DETENTION_COLUMNS = (Detention.prison, Detention.start_date, Detention.expected_release_date,
                      Detention.actual_release_date)
_CASE_COLUMNS = (Case.status, Case.coordinator, Case.target_groups)


def register_select() -> Select:
    return (
        select(Case.id.label("case_id"), Client.id.label("client_id"), *_CLIENT_COLUMNS, *_DETENTION_COLUMNS,
               *_CASE_COLUMNS)
        .join(Client, Case.client_id == Client.id)
        .join(Detention, Case.detention_id == Detention.id)
    )

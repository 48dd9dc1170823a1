"""Removing cases with everything that belongs only to them: used by the laptop purge (data minimisation) and by
erasure at the end of the retention period.

A client or detention shared with a case that stays, stays. Besides the synchronised records, the case's document
versions, disclosures, corrections, merge bases and conflicts go too: each of them holds (traces of) personal data.
Audit entries stay: they hold ids only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.sync.records import SYNCED_MODELS
from app.sync.scope import CaseIndex
from db.models import SyncedRecord
from db.uow import UnitOfWork

ERASURE_RECORD = "case_erasure"  # audit record type of an erasure, here or arriving as tombstones


@dataclass(frozen=True)
class RemovedCases:
    clients: dict[str, str]  # case id → client id
    records: dict[str, list[str]]  # table → ids of the removed synchronised records
    removed_clients: tuple[str, ...]  # clients with no case left, removed with them


def remove_cases(uow: UnitOfWork, case_ids: list[str]) -> RemovedCases:
    """Delete the cases and everything that belongs only to them, in the unit of work (the caller commits)."""
    index = CaseIndex(uow)
    clients = uow.privacy.case_clients(case_ids)
    gone = set(case_ids)
    records: list[SyncedRecord] = []
    for model in reversed(SYNCED_MODELS):  # children before parents
        for record in uow.privacy.records(model):
            cases = index.cases_of(record)
            if cases and cases <= gone:
                records.append(record)
    uow.privacy.delete_records(records)
    by_table = _ids_by_table(records)
    for table, ids in by_table.items():
        uow.privacy.forget_sync_state(table, ids)
    removed_clients = tuple(by_table.get("client", []))
    uow.privacy.delete_case_traces(case_ids, removed_clients)
    return RemovedCases(clients, by_table, removed_clients)


def _ids_by_table(records: Iterable[SyncedRecord]) -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    for record in records:
        tables.setdefault(record.__tablename__, []).append(record.id)
    return tables

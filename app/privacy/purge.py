"""Data minimisation on a coordinator's laptop: cases it no longer needs leave it once the back office has them.

A laptop that goes into prisons should carry only its coordinator's caseload. A case goes when it was closed more
than `keep_days` ago (default 14) or when it was handed to another coordinator, and only when the back office
confirmed holding it as it is here: every record of the case matches what the back office acknowledged
(app.sync's merge base), so nothing is lost that exists only on this laptop. What goes: the case's records, its
document versions, disclosures, merge bases and conflicts; what stays: the audit entries (ids only). The purge is
audit-logged and followed by a VACUUM and a WAL checkpoint, so freed pages do not linger in the file. A purge is not
an erasure: nothing travels to the back office, which keeps the case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select, text

from app import audit
from app.audit import Actor, AuditAction, Purpose
from app.domain import CaseStatus, WorkspaceKind
from app.privacy.case_removal import remove_cases
from app.sync.records import SYNCED_MODELS, content_of, fingerprints
from app.sync.scope import CaseIndex
from db.models import (
    Case,
    SyncBase,
    SyncPeer,
)
from db.uow import UnitOfWork

DEFAULT_KEEP_DAYS = 14
PURGE_RECORD = "laptop_purge"


class PurgeReason(StrEnum):
    CLOSED = "closed"  # closed longer ago than the days to keep
    REASSIGNED = "reassigned"  # another coordinator's case now


class Waiting(StrEnum):
    NOT_CONFIRMED = "not_confirmed"  # the back office has not confirmed this version yet: make and read a bundle
    RECENTLY_CLOSED = "recently_closed"  # closed, but within the days to keep


@dataclass(frozen=True)
class PurgeItem:
    case_id: str
    reason: PurgeReason | None
    waiting: Waiting | None = None
    due_on: date | None = None  # when a recently closed case becomes due


@dataclass(frozen=True)
class PurgePlan:
    """What a purge now would remove (`due`), and the cases that will go later and why not yet (`waiting`)."""

    due: tuple[PurgeItem, ...]
    waiting: tuple[PurgeItem, ...]


def purge_plan(uow: UnitOfWork, today: date | None = None, keep_days: int = DEFAULT_KEEP_DAYS) -> PurgePlan:
    """Which cases may leave this laptop now, and which later (shown to the coordinator before a purge)."""
    today = today or date.today()
    info = uow.workspace.info()
    if info.kind != WorkspaceKind.COORDINATOR.value:
        return PurgePlan((), ())
    office = _back_office(uow)
    confirmed = _confirmed_cases(uow, office.device_id) if office is not None else set()
    due, waiting = [], []
    for case in uow.session.execute(select(Case)).scalars():
        reason: PurgeReason | None = None
        if case.coordinator and case.coordinator != info.user_name:
            reason = PurgeReason.REASSIGNED
        elif case.status == CaseStatus.CLOSED.value and case.closed_on is not None:
            if case.closed_on > today - timedelta(days=keep_days):
                waiting.append(PurgeItem(case.id, PurgeReason.CLOSED, Waiting.RECENTLY_CLOSED,
                                         case.closed_on + timedelta(days=keep_days)))
                continue
            reason = PurgeReason.CLOSED
        if reason is None:
            continue
        if case.id in confirmed:
            due.append(PurgeItem(case.id, reason))
        else:
            waiting.append(PurgeItem(case.id, reason, Waiting.NOT_CONFIRMED))
    return PurgePlan(tuple(due), tuple(waiting))


def purge(uow: UnitOfWork, actor: Actor, today: date | None = None,
          keep_days: int = DEFAULT_KEEP_DAYS) -> tuple[str, ...]:
    """Remove every case that is due (see `purge_plan`), then VACUUM; returns the purged case ids."""
    plan = purge_plan(uow, today, keep_days)
    case_ids = [item.case_id for item in plan.due]
    if not case_ids:
        return ()
    uow.session.execute(text("PRAGMA defer_foreign_keys = ON"))
    removed = remove_cases(uow, case_ids)
    for case_id, client_id in removed.clients.items():
        audit.append(uow, actor, AuditAction.DELETE, purpose=Purpose.SECURITY, client_id=client_id,
                     record_type=PURGE_RECORD, record_id=case_id)
    uow.commit()
    vacuum(uow)
    return tuple(case_ids)


def vacuum(uow: UnitOfWork) -> None:
    """Rewrite the database without its free pages, and empty the write-ahead log, so removed data is gone from
    the file (still encrypted either way, as every page is)."""
    connection = uow.session.connection().connection.dbapi_connection
    assert connection is not None
    uow.session.commit()
    connection.execute("VACUUM")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _back_office(uow: UnitOfWork) -> SyncPeer | None:
    return uow.session.execute(select(SyncPeer).where(
        SyncPeer.kind == WorkspaceKind.BACKOFFICE.value, SyncPeer.revoked_at.is_(None))).scalars().first()


def _confirmed_cases(uow: UnitOfWork, office_id: str) -> set[str]:
    """Cases every record of which the back office holds as it is here."""
    index = CaseIndex(uow)
    all_cases = set(uow.session.execute(select(Case.id)).scalars())
    unconfirmed: set[str] = set()
    for model in SYNCED_MODELS:
        table = model.__tablename__  # type: ignore[attr-defined]
        held = dict(uow.session.execute(select(SyncBase.record_id, SyncBase.fields_json).where(
            SyncBase.table_name == table, SyncBase.peer_device_id == office_id)).all())
        for record in uow.session.execute(select(model)).scalars():
            known = held.get(record.id)
            if known is None or json.loads(known) != fingerprints(content_of(record)):
                unconfirmed.update(index.cases_of(record))
    return all_cases - unconfirmed

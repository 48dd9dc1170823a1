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

from app import audit
from app.audit import AuditAction, Purpose
from app.domain import CaseStatus, WorkspaceKind
from app.permissions import Permission
from app.privacy.case_removal import remove_cases
from app.sync.records import SYNCED_MODELS, content_of, fingerprints
from app.sync.scope import CaseIndex
from app.workspace.session import OpenWorkspace
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


@dataclass(frozen=True)
class PurgeOverview:
    """The purge plan, and when each closed case of it was closed (to say so)."""

    plan: PurgePlan
    closed_on: dict[str, date]


def purge_overview(workspace: OpenWorkspace, today: date | None = None,
                   keep_days: int = DEFAULT_KEEP_DAYS) -> PurgeOverview:
    """What a purge now would do (see `purge_plan`), with the closing dates of the cases listed; not logged: no
    client data is read."""
    with workspace.transaction(Permission.PURGE) as uow:
        plan = purge_plan(uow, today, keep_days)
        listed = [item.case_id for item in (*plan.due, *plan.waiting)]
        closed = {case.id: case.closed_on for case_id in listed
                  if (case := uow.cases.case(case_id)) is not None and case.closed_on is not None}
        return PurgeOverview(plan, closed)


def purge_plan(uow: UnitOfWork, today: date | None = None, keep_days: int = DEFAULT_KEEP_DAYS) -> PurgePlan:
    """Which cases may leave this laptop now, and which later (shown to the coordinator before a purge)."""
    today = today or date.today()
    info = uow.workspace.info()
    if info.kind != WorkspaceKind.COORDINATOR.value:
        return PurgePlan((), ())
    office = uow.privacy.active_peer(WorkspaceKind.BACKOFFICE.value)
    confirmed = _confirmed_cases(uow, office.device_id) if office is not None else set()
    due, waiting = [], []
    for case in uow.privacy.cases():
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


def purge(workspace: OpenWorkspace, today: date | None = None, keep_days: int = DEFAULT_KEEP_DAYS) -> tuple[str, ...]:
    """Remove every case that is due (see `purge_plan`), then VACUUM; returns the purged case ids."""
    with workspace.transaction(Permission.PURGE) as uow:
        plan = purge_plan(uow, today, keep_days)
        case_ids = [item.case_id for item in plan.due]
        if not case_ids:
            return ()
        uow.defer_foreign_keys()
        removed = remove_cases(uow, case_ids)
        for case_id, client_id in removed.clients.items():
            audit.append(uow, workspace.actor, AuditAction.DELETE, purpose=Purpose.SECURITY, client_id=client_id,
                         record_type=PURGE_RECORD, record_id=case_id)
        uow.commit()
        uow.privacy.vacuum()
        return tuple(case_ids)


def _confirmed_cases(uow: UnitOfWork, office_id: str) -> set[str]:
    """Cases every record of which the back office holds as it is here."""
    index = CaseIndex(uow)
    all_cases = uow.privacy.case_ids()
    unconfirmed: set[str] = set()
    for model in SYNCED_MODELS:
        held = uow.privacy.held_fingerprints(model.__tablename__, office_id)
        for record in uow.privacy.records(model):
            known = held.get(record.id)
            if known is None or json.loads(known) != fingerprints(content_of(record)):
                unconfirmed.update(index.cases_of(record))
    return all_cases - unconfirmed

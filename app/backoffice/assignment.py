"""The back office's inbox of new notifications, the coordinators' workload, and (re)assigning cases.

A notification is a case in status *melding* without a coordinator. Assigning sets the case's coordinator; the
case then travels to that coordinator's laptop in the next return bundle (app.sync.scope). Reassigning many cases
at once covers the coordinator who leaves, which the audit offices named as the main weakness of aftercare.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import audit
from app.audit import Actor, AuditAction
from app.casework.case_facts import case_basis
from app.casework.case_warnings import information_deadline
from app.casework.cases import Changes
from app.domain import CaseStatus, WorkspaceKind, mask_bsn
from app.errors import TerugkeerError, ValidationError
from app.pdf.labels import full_name
from app.records import stamp
from app.working_days import add_working_days
from db.models import Case, Client, Detention, SyncPeer
from db.uow import UnitOfWork

NOTIFICATION_TERM_WORKING_DAYS = 2  # the PI notifies the municipality within 2 working days of the start


@dataclass(frozen=True)
class InboxItem:
    """A notification waiting for a coordinator, with its two terms."""

    case_id: str
    name: str
    masked_bsn: str
    prison: str
    detention_start: date
    expected_release: date | None
    notified_on: date | None
    notification_due: date  # start + 2 working days: was the PI on time?
    information_due: date  # start + 5 working days: exchange the information by then

    @property
    def notified_late(self) -> bool:
        return self.notified_on is not None and self.notified_on > self.notification_due

    def information_overdue(self, today: date) -> bool:
        return today > self.information_due


@dataclass(frozen=True)
class Workload:
    """A coordinator's open cases (not closed), of which still a notification."""

    coordinator: str
    open_cases: int
    notifications: int


def inbox(uow: UnitOfWork) -> list[InboxItem]:
    """Unassigned notifications, the oldest start of detention first. Not logged as a view: the list shows names
    to pick from, like the register, not a client's file."""
    rows = uow.session.execute(
        select(Case.id, Client.given_names, Client.surname_prefix, Client.surname, Client.bsn, Detention.prison,
               Detention.start_date, Detention.expected_release_date, Case.notified_on)
        .join(Client, Case.client_id == Client.id).join(Detention, Case.detention_id == Detention.id)
        .where(Case.status == CaseStatus.NOTIFIED.value, Case.coordinator == "")
        .order_by(Detention.start_date, Client.surname)).all()
    return [InboxItem(row.id, full_name(row.given_names, row.surname_prefix, row.surname), mask_bsn(row.bsn),
                      row.prison, row.start_date, row.expected_release_date, row.notified_on,
                      add_working_days(row.start_date, NOTIFICATION_TERM_WORKING_DAYS),
                      information_deadline(row.start_date)) for row in rows]


def workloads(uow: UnitOfWork) -> list[Workload]:
    """Every coordinator with their open cases: those with cases, and the enrolled laptops' users without any."""
    open_cases: Counter[str] = Counter()
    notifications: Counter[str] = Counter()
    for coordinator, status in uow.session.execute(
            select(Case.coordinator, Case.status).where(Case.coordinator != "",
                                                        Case.status != CaseStatus.CLOSED.value)).all():
        open_cases[coordinator] += 1
        notifications[coordinator] += status == CaseStatus.NOTIFIED.value
    for label in uow.session.execute(select(SyncPeer.label).where(
            SyncPeer.kind == WorkspaceKind.COORDINATOR.value, SyncPeer.revoked_at.is_(None))).scalars():
        open_cases.setdefault(label, 0)
    return [Workload(name, open_cases[name], notifications[name])
            for name in sorted(open_cases, key=lambda name: (name.casefold(), name))]


def assign(uow: UnitOfWork, actor: Actor, case_ids: Iterable[str], coordinator: str,
           today: date | None = None) -> Changes:
    """Give the cases to `coordinator` (a new notification, or a reassignment when a coordinator leaves); one
    audit entry per case. Closed cases are not reassigned. Raises ValidationError "required" for an empty name,
    TerugkeerError "case_not_found"."""
    name = coordinator.strip()
    if not name:
        raise ValidationError("coordinator", "required")
    changed_cases, changed_clients = [], []
    for case_id in dict.fromkeys(case_ids):
        case = uow.cases.case(case_id)
        if case is None:
            raise TerugkeerError("case_not_found")
        if case.coordinator == name or case.status == CaseStatus.CLOSED.value:
            continue
        case.coordinator = name
        stamp(case, actor)
        uow.flush()
        audit.append(uow, actor, AuditAction.UPDATE, client_id=case.client_id, record_type="case",
                     record_id=case.id, legal_basis=case_basis(uow, case.id, today))
        changed_cases.append(case.id)
        changed_clients.append(case.client_id)
    uow.commit()
    return Changes(case_ids=tuple(changed_cases), client_ids=tuple(dict.fromkeys(changed_clients)))


def cases_of(uow: UnitOfWork, coordinator: str) -> list[str]:
    """The open cases of `coordinator` (for handing all of them over at once)."""
    return list(uow.session.execute(select(Case.id).where(
        Case.coordinator == coordinator, Case.status != CaseStatus.CLOSED.value).order_by(Case.id)).scalars())

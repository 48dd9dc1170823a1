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

from app import audit
from app.audit import Actor, AuditAction
from app.casework.case_facts import case_basis
from app.casework.case_warnings import information_deadline
from app.casework.cases import Changes
from app.domain import CaseStatus, WorkspaceKind, mask_bsn, required_line
from app.errors import TerugkeerError
from app.permissions import Permission
from app.person_names import list_name
from app.records import stamp
from app.sync.device import Caseload, laptop_caseloads
from app.working_days import add_working_days
from app.workspace.session import OpenWorkspace
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


@dataclass(frozen=True)
class InboxOverview:
    """What the Notifications screen shows: the inbox, every coordinator's workload and each laptop's case count."""

    inbox: list[InboxItem]
    workloads: list[Workload]
    caseloads: list[Caseload]


def inbox(workspace: OpenWorkspace) -> list[InboxItem]:
    """Unassigned notifications, the oldest start of detention first. Not logged as a view: the list shows names
    to pick from, like the register, not a client's file."""
    with workspace.transaction(Permission.NOTIFICATIONS) as uow:
        return _inbox(uow)


def inbox_overview(workspace: OpenWorkspace) -> InboxOverview:
    """The inbox (see `inbox`), the workloads (see `workloads`) and the laptops' latest case counts, read at once."""
    with workspace.transaction(Permission.NOTIFICATIONS) as uow:
        return InboxOverview(_inbox(uow), _workloads(uow), laptop_caseloads(uow))


def workloads(workspace: OpenWorkspace) -> list[Workload]:
    """Every coordinator with their open cases: those with cases, and the enrolled laptops' users without any."""
    with workspace.transaction(Permission.ASSIGN_CASES) as uow:
        return _workloads(uow)


def assign(workspace: OpenWorkspace, case_ids: Iterable[str], coordinator: str, today: date | None = None) -> Changes:
    """Give the cases to `coordinator` (a new notification, or a reassignment when a coordinator leaves); one
    audit entry per case. Closed cases are not reassigned. Raises ValidationError "required" for an empty name,
    "control_character" for one with a line break or tab, TerugkeerError "case_not_found"."""
    name = required_line("coordinator", coordinator)
    with workspace.transaction(Permission.ASSIGN_CASES) as uow:
        changes = _assign(uow, workspace.actor, case_ids, name, today)
        uow.commit()
        return changes


@dataclass(frozen=True)
class Taken(Changes):
    """What taking notifications from the inbox changed, and the notifications a colleague had taken first
    (assigned meanwhile, or being assigned at this very moment)."""

    taken_by_others: tuple[str, ...] = ()


def take_from_inbox(workspace: OpenWorkspace, case_ids: Iterable[str], coordinator: str,
                    today: date | None = None) -> Taken:
    """Give the notifications of `case_ids` that are still in the inbox to `coordinator`; those a colleague took
    first keep their coordinator and are named in the result. Raises ValidationError "required" or
    "control_character"."""
    name = required_line("coordinator", coordinator)
    wanted = list(dict.fromkeys(case_ids))
    with workspace.transaction(Permission.ASSIGN_CASES) as uow:
        free = uow.backoffice.take_unassigned(wanted, CaseStatus.NOTIFIED.value)
        changes = _assign(uow, workspace.actor, [case.id for case in free], name, today)
        uow.commit()
    taken = {case.id for case in free}
    return Taken(changes.case_ids, changes.client_ids, tuple(case_id for case_id in wanted if case_id not in taken))


def cases_of(workspace: OpenWorkspace, coordinator: str) -> list[str]:
    """The open cases of `coordinator` (for handing all of them over at once)."""
    with workspace.transaction(Permission.ASSIGN_CASES) as uow:
        return list(uow.backoffice.cases_of(coordinator, CaseStatus.CLOSED.value))


def _inbox(uow: UnitOfWork) -> list[InboxItem]:
    return [InboxItem(row.id, list_name(row.given_names, row.surname_prefix, row.surname), mask_bsn(row.bsn),
                      row.prison, row.start_date, row.expected_release_date, row.notified_on,
                      add_working_days(row.start_date, NOTIFICATION_TERM_WORKING_DAYS),
                      information_deadline(row.start_date))
            for row in uow.backoffice.unassigned(CaseStatus.NOTIFIED.value)]


def _workloads(uow: UnitOfWork) -> list[Workload]:
    open_cases: Counter[str] = Counter()
    notifications: Counter[str] = Counter()
    for coordinator, status in uow.backoffice.coordinator_statuses(CaseStatus.CLOSED.value):
        open_cases[coordinator] += 1
        notifications[coordinator] += status == CaseStatus.NOTIFIED.value
    for label in uow.backoffice.peer_labels(WorkspaceKind.COORDINATOR.value):
        open_cases.setdefault(label, 0)
    return [Workload(name, open_cases[name], notifications[name])
            for name in sorted(open_cases, key=lambda name: (name.casefold(), name))]


def _assign(uow: UnitOfWork, actor: Actor, case_ids: Iterable[str], name: str, today: date | None) -> Changes:
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
    return Changes(case_ids=tuple(changed_cases), client_ids=tuple(dict.fromkeys(changed_clients)))

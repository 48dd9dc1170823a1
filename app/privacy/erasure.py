"""Retention and erasure: cases kept longer than the retention period are listed, and erased on request.

The rule: a closed case is kept for `retention_years` after it was closed (the period the consent form tells the
detainee, resources/data/consent.json), then it is due for erasure. Erasing takes a reason and a second
confirmation (the case number typed again). It removes the case's personal data everywhere in this workspace,
keeps the monitor's facts of the case without any personal data (so figures for past periods stay the same), and
leaves tombstones that travel in the next bundles so laptops erase it too. The audit entry names ids only.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from dateutil.relativedelta import relativedelta

from app import audit
from app.audit import Actor, AuditAction, Purpose
from app.casework.cases import Changes
from app.casework.consent_terms import consent_terms
from app.domain import CaseStatus
from app.errors import TerugkeerError, ValidationError
from app.monitor.figures import facts_document, facts_of_case
from app.permissions import Permission
from app.privacy.case_removal import ERASURE_RECORD, remove_cases
from app.workspace.session import OpenWorkspace
from db.models import ErasedCase
from db.uow import UnitOfWork


@dataclass(frozen=True)
class DueCase:
    case_id: str
    closed_on: date
    due_since: date


def due_for_erasure(workspace: OpenWorkspace, today: date | None = None,
                    retention_years: int | None = None) -> list[DueCase]:
    """Closed cases whose retention period has passed, the longest overdue first."""
    today = today or date.today()
    years = consent_terms().retention_years if retention_years is None else retention_years
    with workspace.transaction(Permission.ERASURE) as uow:
        closed = uow.privacy.closed_cases(CaseStatus.CLOSED.value)
    due = [DueCase(case_id, closed_on, due_since) for case_id, closed_on in closed
           if (due_since := closed_on + relativedelta(years=years)) <= today]
    return sorted(due, key=lambda item: (item.due_since, item.case_id))


def confirmation_code(case_id: str) -> str:
    """What the user types to confirm an erasure: the case number as the screens show it."""
    return case_id[:8]


def erase_case(workspace: OpenWorkspace, case_id: str, *, reason: str, confirmation: str) -> Changes:
    """Erase one case (see the module docstring); returns the case erased. Raises ValidationError "required"
    (reason) or "erasure_not_confirmed" (confirmation), TerugkeerError "case_not_found"."""
    if not reason.strip():
        raise ValidationError("reason", "required")
    if confirmation.strip().lower() != confirmation_code(case_id).lower():
        raise ValidationError("confirmation", "erasure_not_confirmed")
    with workspace.transaction(Permission.ERASURE) as uow:
        _erase(uow, workspace.actor, case_id, reason.strip())
        uow.commit()
    return Changes(case_ids=(case_id,))


def _erase(uow: UnitOfWork, actor: Actor, case_id: str, reason: str) -> None:
    facts = facts_of_case(uow, case_id)
    if uow.cases.case(case_id) is None or facts is None:
        raise TerugkeerError("case_not_found")
    uow.defer_foreign_keys()
    removed = remove_cases(uow, [case_id])
    now = datetime.now(UTC).replace(tzinfo=None)
    anonymous = replace(facts, case_id=str(uuid.uuid4()))  # nothing left points back to the erased case
    uow.privacy.add(ErasedCase(case_id=anonymous.case_id, erased_at=now, reason=reason,
                               facts_json=json.dumps(facts_document(anonymous), sort_keys=True)))
    uow.privacy.add_tombstones([(table, record_id) for table, ids in removed.records.items() for record_id in ids],
                               now, actor.device_id)
    audit.append(uow, actor, AuditAction.DELETE, purpose=Purpose.ACCOUNTABILITY,
                 client_id=removed.clients.get(case_id), record_type=ERASURE_RECORD, record_id=case_id)

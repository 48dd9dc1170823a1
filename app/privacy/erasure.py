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
from sqlalchemy import insert, select, text

from app import audit
from app.audit import Actor, AuditAction, Purpose
from app.casework.consent_terms import consent_terms
from app.domain import CaseStatus
from app.errors import TerugkeerError, ValidationError
from app.monitor.figures import facts_document, load_case_facts
from app.privacy.case_removal import ERASURE_RECORD, remove_cases
from db import change_tracking
from db.models import Case, ErasedCase, SyncTombstone
from db.uow import UnitOfWork


@dataclass(frozen=True)
class DueCase:
    case_id: str
    closed_on: date
    due_since: date


def due_for_erasure(uow: UnitOfWork, today: date | None = None, retention_years: int | None = None) -> list[DueCase]:
    """Closed cases whose retention period has passed, the longest overdue first."""
    today = today or date.today()
    years = consent_terms().retention_years if retention_years is None else retention_years
    due = []
    for case_id, closed_on in uow.session.execute(select(Case.id, Case.closed_on).where(
            Case.status == CaseStatus.CLOSED.value, Case.closed_on.is_not(None))).all():
        due_since = closed_on + relativedelta(years=years)
        if closed_on is not None and due_since <= today:
            due.append(DueCase(case_id, closed_on, due_since))
    return sorted(due, key=lambda item: (item.due_since, item.case_id))


def confirmation_code(case_id: str) -> str:
    """What the user types to confirm an erasure: the case number as the screens show it."""
    return case_id[:8]


def erase_case(uow: UnitOfWork, actor: Actor, case_id: str, *, reason: str, confirmation: str) -> None:
    """Erase one case (see the module docstring). Raises ValidationError "required" (reason) or
    "erasure_not_confirmed" (confirmation), TerugkeerError "case_not_found"."""
    if not reason.strip():
        raise ValidationError("reason", "required")
    if confirmation.strip().lower() != confirmation_code(case_id).lower():
        raise ValidationError("confirmation", "erasure_not_confirmed")
    if uow.cases.case(case_id) is None:
        raise TerugkeerError("case_not_found")
    facts = next(fact for fact in load_case_facts(uow) if fact.case_id == case_id)
    uow.session.execute(text("PRAGMA defer_foreign_keys = ON"))
    removed = remove_cases(uow, [case_id])
    now = datetime.now(UTC).replace(tzinfo=None)
    anonymous = replace(facts, case_id=str(uuid.uuid4()))  # nothing left points back to the erased case
    uow.session.add(ErasedCase(case_id=anonymous.case_id, erased_at=now, reason=reason.strip(),
                               facts_json=json.dumps(facts_document(anonymous), sort_keys=True)))
    tombstones = [(table, record_id) for table, ids in removed.records.items() for record_id in ids]
    first = change_tracking.reserve(uow.session, len(tombstones))
    if tombstones:
        uow.session.execute(insert(SyncTombstone.__table__), [  # type: ignore[arg-type]
            {"table_name": table, "record_id": record_id, "deleted_at": now, "changed_by_device": actor.device_id,
             "change_seq": first + offset} for offset, (table, record_id) in enumerate(tombstones)])
    audit.append(uow, actor, AuditAction.DELETE, purpose=Purpose.ACCOUNTABILITY,
                 client_id=removed.clients.get(case_id), record_type=ERASURE_RECORD, record_id=case_id)
    uow.commit()

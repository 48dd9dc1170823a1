"""Correction requests (AVG art. 16): a person asks for a wrong value to be corrected.

The record gets the new value like any edit (and travels in the next bundle); the old value, the reason and who
corrected it are kept in the correction history, which auditors see and ordinary views do not. Audit-logged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import audit
from app.audit import Actor, AuditAction, Purpose
from app.casework.case_facts import case_basis
from app.casework.cases import Changes
from app.errors import TerugkeerError, ValidationError
from app.permissions import Permission
from app.privacy.correction_records import CORRECTION_RECORD, record_correction
from app.records import stamp
from app.sync.records import BOOKKEEPING, MODEL_BY_TABLE, parse_fields, to_wire
from app.sync.scope import CaseIndex
from app.workspace.session import OpenWorkspace
from db.uow import UnitOfWork


@dataclass(frozen=True)
class CorrectionLine:
    """One correction as auditors see it."""

    corrected_at: datetime
    corrected_by: str
    table: str
    field: str
    old_value: Any
    new_value: Any
    reason: str


def correct(workspace: OpenWorkspace, table: str, record_id: str, field: str, new_value: Any,
            reason: str) -> Changes:
    """Give `field` of the record a corrected value (a JSON value, checked like any stored value). Raises
    ValidationError "required" (reason), "correction_unchanged", "value_invalid" (the value does not fit),
    TerugkeerError "record_not_found"."""
    if not reason.strip():
        raise ValidationError("reason", "required")
    with workspace.transaction(Permission.PRIVACY_REQUESTS) as uow:
        changes = _correct(uow, workspace.actor, table, record_id, field, new_value, reason.strip())
        uow.commit()
        return changes


def _correct(uow: UnitOfWork, actor: Actor, table: str, record_id: str, field: str, new_value: Any,
             reason: str) -> Changes:
    model = MODEL_BY_TABLE.get(table)
    record = uow.privacy.record(model, record_id) if model is not None else None
    if record is None:
        raise TerugkeerError("record_not_found")
    fields = to_wire(record).fields
    if field not in fields or field in BOOKKEEPING:
        raise ValueError(f"{table} has no field {field!r} to correct")
    old = fields[field]
    if old == new_value:
        raise ValidationError(field, "correction_unchanged")
    try:
        value = parse_fields(table, {**fields, field: new_value})[field]
    except TerugkeerError:
        raise ValidationError(field, "value_invalid") from None
    setattr(record, field, value)
    stamp(record, actor)
    uow.flush()
    client_id, case_id = CaseIndex(uow).owner(record)
    record_correction(uow, actor, client_id or "", table, record_id, field, old, new_value, reason)
    basis = case_basis(uow, case_id) if case_id else audit.DEFAULT_LEGAL_BASIS
    audit.append(uow, actor, AuditAction.UPDATE, client_id=client_id, record_type=table, record_id=record_id,
                 legal_basis=basis)
    audit.append(uow, actor, AuditAction.CREATE, client_id=client_id, record_type=CORRECTION_RECORD,
                 record_id=record_id, legal_basis=basis)
    return Changes(case_ids=(case_id,) if case_id else (), client_ids=(client_id,) if client_id else ())


def correction_history(workspace: OpenWorkspace, client_id: str) -> list[CorrectionLine]:
    """Every correction of a client's data, oldest first, with the old values: for auditors (logged as a view
    for accountability)."""
    with workspace.transaction(Permission.PRIVACY_REQUESTS) as uow:
        rows = uow.privacy.corrections(client_id)
        audit.append(uow, workspace.actor, AuditAction.VIEW, purpose=Purpose.ACCOUNTABILITY, client_id=client_id,
                     record_type=CORRECTION_RECORD)
        uow.commit()
        return [CorrectionLine(row.corrected_at, row.corrected_by, row.table_name, row.field,
                               json.loads(row.old_value), json.loads(row.new_value), row.reason) for row in rows]

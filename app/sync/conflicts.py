"""Conflicts from imports: a record changed on both sides in the same field. The local values stay until a person
chooses, field by field shown side by side: keep mine, keep theirs, or an edited value. Every choice makes a new
version of the record (so it travels back in the next bundle) and is audit-logged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from app import audit
from app.audit import Actor, AuditAction
from app.casework.case_facts import case_basis
from app.casework.cases import Changes
from app.errors import TerugkeerError
from app.permissions import Permission
from app.records import stamp
from app.sync.records import MODEL_BY_TABLE, content_of, parse_fields, to_wire
from app.sync.scope import CaseIndex
from app.workspace.session import OpenWorkspace
from db.uow import UnitOfWork

CONFLICT_RECORD = "sync_conflict"


class Resolution(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    EDITED = "edited"


@dataclass(frozen=True)
class Conflict:
    """One open conflict: the fields in conflict with the value here and there."""

    id: str
    table: str
    record_id: str
    case_id: str | None
    peer: str
    fields: tuple[str, ...]
    mine: dict[str, Any]
    theirs: dict[str, Any]
    created_at: datetime


def open_conflicts(workspace: OpenWorkspace) -> list[Conflict]:
    """Every unresolved conflict, oldest first; `mine` is the record as it is now."""
    with workspace.transaction(Permission.EXCHANGE_BUNDLES) as uow:
        return conflicts_in(uow)


def conflicts_in(uow: UnitOfWork) -> list[Conflict]:
    """`open_conflicts` inside a transaction of the caller's (the Synchronisation screen's overview)."""
    index = CaseIndex(uow)
    result = []
    for row in uow.sync.open_conflicts():
        record = uow.sync.record(MODEL_BY_TABLE[row.table_name], row.record_id)
        peer = uow.sync.peer(row.peer_device_id)
        cases = sorted(index.cases_of(record)) if record is not None else []
        result.append(Conflict(
            row.id, row.table_name, row.record_id, cases[0] if cases else None,
            peer.label if peer is not None else row.peer_device_id, tuple(row.fields.split(",")),
            content_of(record) if record is not None else json.loads(row.local_json),
            json.loads(row.remote_json), row.created_at))
    return result


def resolve_conflict(workspace: OpenWorkspace, conflict_id: str, choice: Resolution,
                     edited: dict[str, Any] | None = None) -> Changes:
    """Settle a conflict. THEIRS takes the other side's values of the conflicting fields, EDITED the given values
    (JSON values as the conflict shows them, checked like an import); MINE keeps the local ones. The record gets a
    new version and both it and the conflict are audit-logged. Raises TerugkeerError "conflict_not_found",
    "conflict_resolved", or "bundle_invalid_record" for an edited value that does not fit."""
    with workspace.transaction(Permission.EXCHANGE_BUNDLES) as uow:
        changes = _resolve(uow, workspace.actor, conflict_id, choice, edited)
        uow.commit()
        return changes


def _resolve(uow: UnitOfWork, actor: Actor, conflict_id: str, choice: Resolution,
             edited: dict[str, Any] | None) -> Changes:
    row = uow.sync.conflict(conflict_id)
    if row is None:
        raise TerugkeerError("conflict_not_found")
    if row.resolved_at is not None:
        raise TerugkeerError("conflict_resolved")
    record = uow.sync.record(MODEL_BY_TABLE[row.table_name], row.record_id)
    if record is None:
        raise TerugkeerError("conflict_not_found")
    names = row.fields.split(",")
    if choice == Resolution.THEIRS:
        chosen = {name: json.loads(row.remote_json)[name] for name in names}
    elif choice == Resolution.EDITED:
        if edited is None or set(edited) != set(names):
            raise ValueError("an edited resolution gives a value for every conflicting field")
        chosen = dict(edited)
    else:
        chosen = {}
    values = parse_fields(row.table_name, {**to_wire(record).fields, **chosen})
    for name in chosen:
        setattr(record, name, values[name])
    stamp(record, actor)  # a new version, so the settled record travels back in the next bundle
    row.resolved_at, row.resolution, row.resolved_by = _now(), choice.value, actor.user_name
    uow.flush()
    client_id, case_id = CaseIndex(uow).owner(record)
    basis = case_basis(uow, case_id) if case_id else audit.DEFAULT_LEGAL_BASIS
    audit.append(uow, actor, AuditAction.UPDATE, client_id=client_id, record_type=row.table_name,
                 record_id=record.id, legal_basis=basis)
    audit.append(uow, actor, AuditAction.UPDATE, client_id=client_id, record_type=CONFLICT_RECORD,
                 record_id=row.id, legal_basis=basis)
    return Changes(case_ids=(case_id,) if case_id else (), client_ids=(client_id,) if client_id else ())


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

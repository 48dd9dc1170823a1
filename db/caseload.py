"""A coordinator's caseload as a filter on every query of the unit of work: the same rows the server's row-level
security lets them see (db.server.security.CASELOAD), for an embedded back office shared by several people too.

Installed on a session, it adds to every ORM query of a case table the condition that the row belongs to a case
carrying the coordinator's name, through SQLAlchemy's `with_loader_criteria`, so no repository can forget it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from db.models import (
    Case,
    ChecklistAnswer,
    Client,
    ConsentRecord,
    ConsentRevocation,
    Correction,
    Detention,
    Disclosure,
    DocumentVersion,
    DomainAssessment,
    FollowUpAction,
    Intake,
    Plan,
    PlanDomain,
    ProcessingGround,
)

CASE_CHILDREN = (Intake, ChecklistAnswer, DomainAssessment, PlanDomain, Plan, FollowUpAction, ProcessingGround,
                 ConsentRecord, DocumentVersion, Disclosure)


def install(session: Session, coordinator: str) -> None:
    """From now on `session` shows only the cases that carry `coordinator`'s name, and what belongs to them."""
    own_cases = select(Case.id).where(Case.coordinator == coordinator)
    criteria: list[Any] = [
        with_loader_criteria(Case, Case.coordinator == coordinator, include_aliases=True),
        with_loader_criteria(Client, Client.id.in_(select(Case.client_id).where(Case.coordinator == coordinator)),
                             include_aliases=True),
        with_loader_criteria(Detention, Detention.id.in_(
            select(Case.detention_id).where(Case.coordinator == coordinator)), include_aliases=True),
        with_loader_criteria(ConsentRevocation, ConsentRevocation.consent_id.in_(
            select(ConsentRecord.id).where(ConsentRecord.case_id.in_(own_cases))), include_aliases=True),
        with_loader_criteria(Correction, Correction.client_id.in_(
            select(Case.client_id).where(Case.coordinator == coordinator)), include_aliases=True),
        *(with_loader_criteria(model, model.case_id.in_(own_cases), include_aliases=True)
          for model in CASE_CHILDREN),
    ]

    @event.listens_for(session, "do_orm_execute")
    def _only_the_caseload(state: ORMExecuteState) -> None:
        if state.is_select and not state.is_column_load and not state.is_relationship_load:
            state.statement = state.statement.options(*criteria)

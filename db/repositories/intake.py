"""Intakes, checklist answers, domain assessments, plans and follow-up actions."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import select

from db.models import (
    ChecklistAnswer,
    ChecklistTemplateRecord,
    DomainAssessment,
    FollowUpAction,
    Intake,
    Plan,
    PlanDomain,
)
from db.repositories import Repository


class IntakeRepository(Repository):
    """Intake, checklist answers, domain assessments, plan and actions of cases."""

    def template_text(self, template_id: str, version: int) -> str | None:
        record = self.session.get(ChecklistTemplateRecord, (template_id, version))
        return record.content if record else None

    def intake(self, case_id: str) -> Intake | None:
        return self.session.execute(select(Intake).where(Intake.case_id == case_id)).scalar_one_or_none()

    def plan(self, case_id: str) -> Plan | None:
        return self.session.execute(select(Plan).where(Plan.case_id == case_id)).scalar_one_or_none()

    def answers(self, case_id: str) -> Sequence[ChecklistAnswer]:
        return self.session.execute(select(ChecklistAnswer).where(ChecklistAnswer.case_id == case_id)).scalars().all()

    def answer(self, case_id: str, item_id: str) -> ChecklistAnswer | None:
        return self.session.execute(select(ChecklistAnswer).where(
            ChecklistAnswer.case_id == case_id, ChecklistAnswer.item_id == item_id)).scalar_one_or_none()

    def assessments(self, case_id: str) -> Sequence[DomainAssessment]:
        return self.session.execute(
            select(DomainAssessment).where(DomainAssessment.case_id == case_id)).scalars().all()

    def assessment(self, case_id: str, domain_id: str, moment: str) -> DomainAssessment | None:
        return self.session.execute(select(DomainAssessment).where(
            DomainAssessment.case_id == case_id, DomainAssessment.domain_id == domain_id,
            DomainAssessment.moment == moment)).scalar_one_or_none()

    def open_domains(self, moment: str, domain_ids: Collection[str], statuses: Collection[str],
                     case_ids: Collection[str] | None = None) -> list[tuple[str, str]]:
        """(case id, domain id) where one of `domain_ids` has one of `statuses` at `moment`; all cases, or only
        `case_ids` (register warnings)."""
        statement = select(DomainAssessment.case_id, DomainAssessment.domain_id).where(
            DomainAssessment.moment == moment, DomainAssessment.domain_id.in_(domain_ids),
            DomainAssessment.status.in_(statuses))
        if case_ids is not None:
            statement = statement.where(DomainAssessment.case_id.in_(case_ids))
        return [(row.case_id, row.domain_id) for row in self.session.execute(statement)]

    def plan_domains(self, case_id: str) -> Sequence[PlanDomain]:
        return self.session.execute(select(PlanDomain).where(PlanDomain.case_id == case_id)).scalars().all()

    def plan_domain(self, case_id: str, domain_id: str) -> PlanDomain | None:
        return self.session.execute(select(PlanDomain).where(
            PlanDomain.case_id == case_id, PlanDomain.domain_id == domain_id)).scalar_one_or_none()

    def actions(self, case_id: str) -> Sequence[FollowUpAction]:
        """The case's actions that were not removed, in the order they were made."""
        return self.session.execute(select(FollowUpAction).where(
            FollowUpAction.case_id == case_id, FollowUpAction.deleted.is_(False)
        ).order_by(FollowUpAction.created_at)).scalars().all()

    def action(self, action_id: str) -> FollowUpAction | None:
        return self.session.get(FollowUpAction, action_id)

"""What the monitor reads: the dates and domain statuses of every case, and the facts kept of erased cases."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, select

from db.models import Case, Detention, DomainAssessment, ErasedCase
from db.repositories import Repository


class MonitorRepository(Repository):
    """The columns the monitor's case facts are made of."""

    def assessment_rows(self) -> Sequence[Row]:
        """(case_id, moment, domain_id, status, aftercare_needed) of every domain assessment."""
        return self.session.execute(select(DomainAssessment.case_id, DomainAssessment.moment,
                                           DomainAssessment.domain_id, DomainAssessment.status,
                                           DomainAssessment.aftercare_needed)).all()

    def case_rows(self) -> Sequence[Row]:
        """The dates, coordinator, target groups and direction of every case, with its prison and release."""
        return self.session.execute(
            select(Case.id, Case.coordinator, Case.target_groups, Case.case_direction, Case.notified_on,
                   Case.contact_on, Case.intake_on, Case.plan_on, Case.aftercare_on, Case.closed_on, Detention.prison,
                   Detention.actual_release_date).join(Detention, Case.detention_id == Detention.id)).all()

    def erased_facts(self) -> Sequence[str]:
        """The stored facts (JSON) of every erased case."""
        return self.session.execute(select(ErasedCase.facts_json)).scalars().all()

"""Processing grounds, consent records and revocations."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import Row, select

from db.models import (
    ConsentRecord,
    ConsentRevocation,
    ProcessingGround,
)
from db.repositories import Repository


class ConsentRepository(Repository):
    """Processing grounds, consent records and revocations of cases."""

    def ground(self, ground_id: str) -> ProcessingGround | None:
        return self.session.get(ProcessingGround, ground_id)

    def grounds(self, case_id: str) -> Sequence[ProcessingGround]:
        """The case's grounds that were not removed, oldest first."""
        return self.session.execute(select(ProcessingGround).where(
            ProcessingGround.case_id == case_id, ProcessingGround.deleted.is_(False)
        ).order_by(ProcessingGround.noted_on, ProcessingGround.created_at)).scalars().all()

    def consent(self, consent_id: str) -> ConsentRecord | None:
        return self.session.get(ConsentRecord, consent_id)

    def consents(self, case_id: str) -> Sequence[ConsentRecord]:
        """Every consent record of the case, superseded ones included, oldest first."""
        return self.session.execute(select(ConsentRecord).where(ConsentRecord.case_id == case_id).order_by(
            ConsentRecord.given_on, ConsentRecord.created_at)).scalars().all()

    def revocations(self, consent_ids: Collection[str]) -> Sequence[ConsentRevocation]:
        """The revocations of these consents, oldest first."""
        return self.session.execute(select(ConsentRevocation).where(
            ConsentRevocation.consent_id.in_(consent_ids)
        ).order_by(ConsentRevocation.revoked_on, ConsentRevocation.created_at)).scalars().all()

    def ground_rows(self, case_ids: Collection[str] | None = None) -> Sequence[Row]:
        """(case_id, ground, noted_on, ended_on) of every ground not removed; all cases or only `case_ids`."""
        statement = select(ProcessingGround.case_id, ProcessingGround.ground, ProcessingGround.noted_on,
                           ProcessingGround.ended_on).where(ProcessingGround.deleted.is_(False))
        if case_ids is not None:
            statement = statement.where(ProcessingGround.case_id.in_(case_ids))
        return self.session.execute(statement).all()

    def consent_rows(self, case_ids: Collection[str] | None = None) -> Sequence[Row]:
        """The columns the sharing policy needs of every consent record (no signature); all cases or `case_ids`."""
        statement = select(ConsentRecord.id, ConsentRecord.case_id, ConsentRecord.given_on,
                           ConsentRecord.valid_until, ConsentRecord.categories, ConsentRecord.recipients,
                           ConsentRecord.grants, ConsentRecord.superseded_by)
        if case_ids is not None:
            statement = statement.where(ConsentRecord.case_id.in_(case_ids))
        return self.session.execute(statement).all()

    def revocation_rows(self, case_ids: Collection[str] | None = None) -> Sequence[Row]:
        """(consent_id, revoked_on, scope, scope_value) of every revocation; all cases or only `case_ids`."""
        statement = select(ConsentRevocation.consent_id, ConsentRevocation.revoked_on, ConsentRevocation.scope,
                           ConsentRevocation.scope_value)
        if case_ids is not None:
            statement = statement.join(ConsentRecord, ConsentRevocation.consent_id == ConsentRecord.id).where(
                ConsentRecord.case_id.in_(case_ids))
        return self.session.execute(statement).all()

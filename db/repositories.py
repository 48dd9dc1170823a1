"""All queries of the app, grouped by what they serve. Services receive plain rows from here."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from sqlalchemy import Row, Select, func, insert, select
from sqlalchemy.orm import Session

from db import change_tracking
from db.models import (
    AuditEntry,
    Case,
    ChecklistAnswer,
    ChecklistTemplateRecord,
    Client,
    ConsentRecord,
    ConsentRevocation,
    Detention,
    DeviceKey,
    DomainAssessment,
    FollowUpAction,
    Intake,
    Plan,
    PlanDomain,
    ProcessingGround,
    RemoteAuditEntry,
    SyncBase,
    SyncConflict,
    SyncPeer,
    SyncReceived,
    SyncSent,
    WorkspaceInfo,
)


class WorkspaceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def info(self) -> WorkspaceInfo:
        return self.session.execute(select(WorkspaceInfo)).scalar_one()

    def add(self, info: WorkspaceInfo) -> None:
        self.session.add(info)


class CaseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, record: Client | Detention | Case) -> None:
        self.session.add(record)

    def client(self, client_id: str) -> Client | None:
        return self.session.get(Client, client_id)

    def case(self, case_id: str) -> Case | None:
        return self.session.get(Case, case_id)

    def client_by_bsn(self, bsn: str) -> Client | None:
        return self.session.execute(select(Client).where(Client.bsn == bsn)).scalar_one_or_none()

    def register_rows(self) -> Sequence[Row]:
        """One flat row per case for the register: only the columns the register shows and searches."""
        return self.session.execute(_register_select()).all()

    def register_row(self, case_id: str) -> Row | None:
        """The register row of one case, to refresh the register after a change without reading it all."""
        return self.session.execute(_register_select().where(Case.id == case_id)).one_or_none()

    def bulk_insert(self, clients: list[dict], detentions: list[dict], cases: list[dict]) -> None:
        """Insert many new records at once (demo data, benchmarks): Core executemany, no ORM objects."""
        connection = self.session.connection()
        next_seq = change_tracking.reserve(self.session, len(clients) + len(detentions) + len(cases))
        for table, rows in ((Client.__table__, clients), (Detention.__table__, detentions), (Case.__table__, cases)):
            for row in rows:
                row["change_seq"], next_seq = next_seq, next_seq + 1
            if rows:
                connection.execute(insert(table), rows)  # type: ignore[arg-type]  # Core: one executemany

    def count_cases(self) -> int:
        return self.session.execute(select(func.count()).select_from(Case)).scalar_one()


def _register_select() -> Select:
    return (
        select(
            Case.id.label("case_id"),
            Client.id.label("client_id"),
            Client.given_names,
            Client.surname_prefix,
            Client.surname,
            Client.date_of_birth,
            Client.bsn,
            Detention.prison,
            Detention.start_date,
            Detention.expected_release_date,
            Detention.actual_release_date,
            Case.status,
            Case.coordinator,
            Case.target_groups,
        )
        .join(Client, Case.client_id == Client.id)
        .join(Detention, Case.detention_id == Detention.id)
    )


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def last(self) -> AuditEntry | None:
        return self.session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one_or_none()

    def add(self, entry: AuditEntry) -> None:
        self.session.add(entry)

    def all_in_order(self) -> Iterator[AuditEntry]:
        yield from self.session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()

    def latest(self, limit: int) -> Sequence[AuditEntry]:
        """The last `limit` entries, newest first."""
        return self.session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)).scalars().all()

    def for_client(self, client_id: str) -> Sequence[AuditEntry]:
        return self.session.execute(
            select(AuditEntry).where(AuditEntry.client_id == client_id).order_by(AuditEntry.seq)
        ).scalars().all()


class IntakeRepository:
    """Intake, checklist answers, domain assessments, plan and actions of cases."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, record: object) -> None:
        self.session.add(record)

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


class ConsentRepository:
    """Processing grounds, consent records and revocations of cases."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, record: ProcessingGround | ConsentRecord | ConsentRevocation) -> None:
        self.session.add(record)

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
                           ConsentRecord.superseded_by)
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


class SyncRepository:
    """Device keys, enrolled peers, bundle ledgers, merge bases, conflicts and remote audit entries."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, record: object) -> None:
        self.session.add(record)

    def device_key(self) -> DeviceKey | None:
        return self.session.execute(select(DeviceKey)).scalar_one_or_none()

    def peer(self, device_id: str) -> SyncPeer | None:
        return self.session.get(SyncPeer, device_id)

    def peers(self) -> Sequence[SyncPeer]:
        return self.session.execute(select(SyncPeer).order_by(SyncPeer.label, SyncPeer.device_id)).scalars().all()

    def sent(self, peer_device_id: str) -> Sequence[SyncSent]:
        return self.session.execute(
            select(SyncSent).where(SyncSent.peer_device_id == peer_device_id).order_by(SyncSent.sequence)
        ).scalars().all()

    def received(self, bundle_id: str) -> SyncReceived | None:
        return self.session.get(SyncReceived, bundle_id)

    def received_from(self, sender_device_id: str) -> Sequence[SyncReceived]:
        return self.session.execute(
            select(SyncReceived).where(SyncReceived.sender_device_id == sender_device_id)
            .order_by(SyncReceived.sequence)
        ).scalars().all()

    def base(self, table_name: str, record_id: str, peer_device_id: str) -> SyncBase | None:
        return self.session.get(SyncBase, (table_name, record_id, peer_device_id))

    def open_conflicts(self) -> Sequence[SyncConflict]:
        return self.session.execute(
            select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.created_at)
        ).scalars().all()

    def conflict(self, conflict_id: str) -> SyncConflict | None:
        return self.session.get(SyncConflict, conflict_id)

    def last_remote_audit(self, source_device_id: str) -> RemoteAuditEntry | None:
        return self.session.execute(
            select(RemoteAuditEntry).where(RemoteAuditEntry.source_device_id == source_device_id)
            .order_by(RemoteAuditEntry.seq.desc()).limit(1)
        ).scalar_one_or_none()

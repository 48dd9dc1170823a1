"""SQLAlchemy 2 typed declarative models.

Every record that can travel between devices is a `SyncedRecord`: a UUID, created/updated timestamps (UTC), the
device that last changed it, a version counter that rises on every change, and a change sequence number from the
workspace's one counter (db.change_tracking assigns it at every flush), so an export can ask "what changed after
sequence N?". No table may bypass them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, FromClause, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    pass


class SyncedRecord:
    """Fields every synchronisable record carries (see module docstring)."""

    # Set by the declarative base on every concrete model (typed as it types them), declared here so code that knows
    # a record only as a SyncedRecord may use them.
    __tablename__: Any
    __table__: ClassVar[FromClause]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()
    changed_by_device: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer, default=1)
    change_seq: Mapped[int] = mapped_column(Integer, index=True, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        """Every update says which version it changes (`UPDATE … WHERE version = <as read>`): an update of a
        record someone else changed meanwhile touches nothing and fails, never overwrites (app.records.stamp
        raises the version itself)."""
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}


class Account(Base):
    """A person who opens the workspace: their login (named in every audit entry they cause), the name the office
    knows them by (a coordinator's cases carry it) and their roles (app.permissions). Local to this workspace or
    server; never travels in a bundle."""

    __tablename__ = "account"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    login: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated, sorted
    disabled_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column()
    created_by: Mapped[str] = mapped_column(String(120))


class WorkspaceInfo(Base):
    """The single row describing this workspace: who uses it and for which municipality."""

    __tablename__ = "workspace_info"

    workspace_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # coordinator | backoffice
    device_id: Mapped[str] = mapped_column(String(36))
    municipality: Mapped[str] = mapped_column(String(120))
    user_name: Mapped[str] = mapped_column(String(120))
    demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column()
    # On a server: its group roles are <role_prefix>_coordinator and so on (db.server.security); "" elsewhere.
    role_prefix: Mapped[str] = mapped_column(String(40), default="", server_default="")


class Client(SyncedRecord, Base):
    """A (former) detainee: identity as registered in the BRP."""

    __tablename__ = "client"

    given_names: Mapped[str] = mapped_column(String(120))
    surname_prefix: Mapped[str] = mapped_column(String(20), default="")  # tussenvoegsel
    surname: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date] = mapped_column()
    bsn: Mapped[str | None] = mapped_column(String(9), unique=True)
    municipality_of_registration: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")

    detentions: Mapped[list[Detention]] = relationship(back_populates="client", order_by="Detention.start_date")


class Detention(SyncedRecord, Base):
    """One period in a prison (PI)."""

    __tablename__ = "detention"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    prison: Mapped[str] = mapped_column(String(120))
    start_date: Mapped[date] = mapped_column()
    expected_release_date: Mapped[date | None] = mapped_column()
    actual_release_date: Mapped[date | None] = mapped_column()

    client: Mapped[Client] = relationship(back_populates="detentions")


class Case(SyncedRecord, Base):
    """A support trajectory (*traject*) for one detention, with a date per step of the status flow."""

    __tablename__ = "case_file"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    detention_id: Mapped[str] = mapped_column(ForeignKey("detention.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    notified_on: Mapped[date | None] = mapped_column()
    contact_on: Mapped[date | None] = mapped_column()
    intake_on: Mapped[date | None] = mapped_column()
    plan_on: Mapped[date | None] = mapped_column()
    aftercare_on: Mapped[date | None] = mapped_column()
    closed_on: Mapped[date | None] = mapped_column()
    target_groups: Mapped[str] = mapped_column(String(200), default="")  # comma-separated TargetGroup values
    case_direction: Mapped[str] = mapped_column(String(24))  # casusregie
    coordinator: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    client: Mapped[Client] = relationship()
    detention: Mapped[Detention] = relationship()

    __table_args__ = (Index("ix_case_file_status", "status"),)


class AuditFields:
    """The NEN 7513 fields of an audit event and its place in the hash chain, as this device writes them and as
    another device's entries arrive in a bundle (app.audit hashes exactly these, plus `seq` and `event_id`)."""

    occurred_at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC, hashed exactly as stored
    action: Mapped[str] = mapped_column(String(24))
    outcome: Mapped[str] = mapped_column(String(16))
    user_name: Mapped[str] = mapped_column(String(120))
    user_role: Mapped[str] = mapped_column(String(120))  # the account's roles, comma-separated
    purpose: Mapped[str] = mapped_column(String(64))
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    record_type: Mapped[str | None] = mapped_column(String(32))
    record_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    legal_basis: Mapped[str] = mapped_column(String(48))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditEntry(AuditFields, Base):
    """One NEN 7513 audit event. Append-only (database triggers refuse UPDATE and DELETE) and hash-chained."""

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)





class ChecklistTemplateRecord(Base):
    """The exact text of every checklist template version an intake was filled with (immutable)."""

    __tablename__ = "checklist_template"

    template_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    content: Mapped[str] = mapped_column(Text)


class Intake(SyncedRecord, Base):
    """The intake interview of a case: which template it follows, where the coordinator was, the triage."""

    __tablename__ = "intake"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), unique=True)
    template_id: Mapped[str] = mapped_column(String(40))
    template_version: Mapped[int] = mapped_column(Integer)
    current_step: Mapped[str] = mapped_column(String(60), default="")
    self_reliance: Mapped[str] = mapped_column(String(24), default="")  # zelfredzaam …
    direction_reason: Mapped[str] = mapped_column(Text, default="")  # why casusregie lies where it lies


class ChecklistAnswer(SyncedRecord, Base):
    """One answered checklist item; `value` is the typed value as JSON text."""

    __tablename__ = "checklist_answer"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ux_checklist_answer", "case_id", "item_id", unique=True),)


class DomainAssessment(SyncedRecord, Base):
    """The situation of one domain at one measurement moment (intake, release, end of aftercare)."""

    __tablename__ = "domain_assessment"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    domain_id: Mapped[str] = mapped_column(String(40))
    moment: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(24), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    aftercare_needed: Mapped[bool | None] = mapped_column()  # triage, at the intake moment

    __table_args__ = (Index("ux_domain_assessment", "case_id", "domain_id", "moment", unique=True),)


class PlanDomain(SyncedRecord, Base):
    """The plan of approach for one domain: the situation and the goal."""

    __tablename__ = "plan_domain"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    domain_id: Mapped[str] = mapped_column(String(40))
    situation: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ux_plan_domain", "case_id", "domain_id", unique=True),)


class Plan(SyncedRecord, Base):
    """The plan of approach of a case: status, agreements with the detainee, contact persons."""

    __tablename__ = "plan"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="concept")
    agreements: Mapped[str] = mapped_column(Text, default="")
    contact_persons: Mapped[str] = mapped_column(Text, default="")


class FollowUpAction(SyncedRecord, Base):
    """An agreed action (what, who, when) for a domain; both the intake's follow-up and the plan's actions.

    Removed actions stay as tombstones (`deleted`) so a removal can travel to other devices."""

    __tablename__ = "follow_up_action"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    domain_id: Mapped[str] = mapped_column(String(40))
    what: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(String(24), default="coordinator")
    due_date: Mapped[date | None] = mapped_column()
    done: Mapped[bool] = mapped_column(default=False)
    deleted: Mapped[bool] = mapped_column(default=False)


class ProcessingGround(SyncedRecord, Base):
    """A legal basis on which a case's data is processed (AVG art. 6): agreement, public task, imposed guidance or
    the Wet straffen en beschermen, from `noted_on` until `ended_on` (exclusive). Consent itself is not a row
    here: it is proven by its ConsentRecord. Removed grounds stay as tombstones (`deleted`)."""

    __tablename__ = "processing_ground"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    ground: Mapped[str] = mapped_column(String(24))  # app.casework.consent_terms.Ground
    noted_on: Mapped[date] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    ended_on: Mapped[date | None] = mapped_column()
    deleted: Mapped[bool] = mapped_column(default=False)


class ConsentRecord(SyncedRecord, Base):
    """One version of a detainee's explicit consent (*toestemming*): for which purposes, which data categories may
    go to which recipients, from `given_on` up to and including `valid_until`.

    Never overwritten: a change is a new record, and the old one points to it through `superseded_by`. Lists are
    comma-separated ids (purposes and recipients from resources/data/consent.json, categories identity, detention
    or a checklist domain id). The on-screen signature is a PNG, encrypted at rest like every column."""

    __tablename__ = "consent_record"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    given_on: Mapped[date] = mapped_column()
    how_given: Mapped[str] = mapped_column(String(24))  # app.casework.consent_terms.HowGiven
    witness: Mapped[str] = mapped_column(Text, default="")  # name of the witness of a verbal consent
    valid_until: Mapped[date | None] = mapped_column()
    purposes: Mapped[str] = mapped_column(Text)
    categories: Mapped[str] = mapped_column(Text)
    recipients: Mapped[str] = mapped_column(Text)
    # The matrix: per recipient the categories that may go to it, "recipient:cat1|cat2;recipient2:cat3"
    # (app.casework.consent_terms.format_grants); `categories` and `recipients` list all it names.
    grants: Mapped[str] = mapped_column(Text, default="")
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    superseded_by: Mapped[str | None] = mapped_column(ForeignKey("consent_record.id"))


class ConsentRevocation(SyncedRecord, Base):
    """A revocation of (part of) a consent, effective from `revoked_on`: the whole consent, one recipient, one
    data category or one cell "recipient:category" (`scope_value` names which). Appended, never changed."""

    __tablename__ = "consent_revocation"

    consent_id: Mapped[str] = mapped_column(ForeignKey("consent_record.id"), index=True)
    revoked_on: Mapped[date] = mapped_column()
    scope: Mapped[str] = mapped_column(String(16))  # app.casework.consent_terms.RevocationScope
    scope_value: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


# --- synchronisation (app.sync) ----------------------------------------------------------------------------------


class SyncCounter(Base):
    """The single row holding the last change sequence number handed out in this workspace."""

    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_seq: Mapped[int] = mapped_column(Integer)


class DeviceKey(Base):
    """This workspace's own device identity: Ed25519 signing and X25519 encryption private keys (raw bytes),
    kept only inside the encrypted database."""

    __tablename__ = "device_key"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column()


class SyncPeer(Base):
    """An enrolled device this workspace exchanges bundles with (the back office, or a coordinator's laptop);
    a revoked peer's bundles are refused."""

    __tablename__ = "sync_peer"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # coordinator | backoffice
    label: Mapped[str] = mapped_column(String(120))
    municipality: Mapped[str] = mapped_column(String(120))
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    enrolled_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()
    revoked_reason: Mapped[str] = mapped_column(Text, default="")


class SyncSent(Base):
    """A bundle this workspace wrote for a peer: the changes up to `watermark` and own audit entries up to
    `audit_seq`; `acked_at` is set when the peer's return bundle confirms it arrived. `sent_records` keeps the
    record versions it carried (compressed JSON) until then: on the acknowledgement they become what the peer is
    known to hold (SyncBase), and are dropped."""

    __tablename__ = "sync_sent"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer_device_id: Mapped[str] = mapped_column(ForeignKey("sync_peer.device_id"))
    sequence: Mapped[int] = mapped_column(Integer)
    watermark: Mapped[int] = mapped_column(Integer)
    audit_seq: Mapped[int] = mapped_column(Integer)
    file_sha256: Mapped[str] = mapped_column(String(64))
    record_count: Mapped[int] = mapped_column(Integer)
    sent_records: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column()
    acked_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (UniqueConstraint("peer_device_id", "sequence", name="uq_sync_sent_peer_sequence"),)


class SyncReceived(Base):
    """The import ledger: a bundle received from a peer, written in the same transaction as its data.
    `applied` is 1 when its records were applied, 0 when a later bundle of the same sender had already brought
    everything it held (bundles carry every change since the last acknowledged one)."""

    __tablename__ = "sync_received"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_device_id: Mapped[str] = mapped_column(ForeignKey("sync_peer.device_id"))
    sequence: Mapped[int] = mapped_column(Integer)
    audit_seq: Mapped[int] = mapped_column(Integer)  # the sender's last audit entry received with it
    file_sha256: Mapped[str] = mapped_column(String(64))
    record_count: Mapped[int] = mapped_column(Integer)
    case_count: Mapped[int] = mapped_column(Integer)  # how many cases the sender said it holds
    applied: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column()

    __table_args__ = (UniqueConstraint("sender_device_id", "sequence", name="uq_sync_received_sender_sequence"),)


class SyncBase(Base):
    """What a peer is known to hold of one record (the merge base): its fields as last exchanged, and the peer's
    change sequence number of that version, so an older version arriving later cannot roll the record back."""

    __tablename__ = "sync_base"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer_device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer_change_seq: Mapped[int] = mapped_column(Integer)
    fields_json: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """A record changed on both sides in the same field(s): the local values stay until someone resolves it."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    peer_device_id: Mapped[str] = mapped_column(String(36))
    bundle_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[str] = mapped_column(Text)  # comma-separated field names in conflict
    local_json: Mapped[str] = mapped_column(Text)
    remote_json: Mapped[str] = mapped_column(Text)
    base_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolution: Mapped[str] = mapped_column(String(16), default="")  # mine | theirs | edited
    resolved_by: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (Index("ix_sync_conflict_record", "table_name", "record_id"),)


class SyncTombstone(Base):
    """A synchronised record that was erased: travels in bundles so the other side erases it too."""

    __tablename__ = "sync_tombstone"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted_at: Mapped[datetime] = mapped_column()
    changed_by_device: Mapped[str] = mapped_column(String(36))
    change_seq: Mapped[int] = mapped_column(Integer, index=True)


class SyncMismatch(Base):
    """A record whose fingerprint in a peer's digest (app.sync.digest) differed from ours, or that the peer lacks:
    a divergence nothing else noticed. It is resent, and the row stays until a later digest agrees."""

    __tablename__ = "sync_mismatch"

    peer_device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    missing: Mapped[bool] = mapped_column()  # the peer does not hold the record at all
    bundle_id: Mapped[str] = mapped_column(String(36))  # the peer's bundle whose digest showed it
    found_at: Mapped[datetime] = mapped_column()


class RemoteAuditEntry(AuditFields, Base):
    """An audit entry of another device, received in a bundle; its chain is verified per source device."""

    __tablename__ = "remote_audit_entry"

    source_device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String(36))


# --- privacy operations (app.privacy) ------------------------------------------------------------------------------


class DocumentVersion(Base):
    """A numbered version of a printed or saved document (plan, consent form): the exact content it was made from
    (JSON, so the PDF can be made again byte for byte), the content's hash shown in the footer, and the PDF's."""

    __tablename__ = "document_version"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # plan | consent
    number: Mapped[int] = mapped_column(Integer)
    content_json: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column()
    created_by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (UniqueConstraint("case_id", "kind", "number", name="uq_document_version_number"),)


class Disclosure(Base):
    """Data of a client that went to a recipient outside the coordinator's own file: a document for a chain
    partner, or a bundle to the back office. An access request lists these."""

    __tablename__ = "disclosure"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    case_id: Mapped[str] = mapped_column(String(36))
    recipient: Mapped[str] = mapped_column(String(120))
    categories: Mapped[str] = mapped_column(Text)  # comma-separated category ids
    means: Mapped[str] = mapped_column(String(24))  # plan_pdf | consent_pdf | bundle
    reference: Mapped[str] = mapped_column(String(64))  # document version id or bundle id
    legal_basis: Mapped[str] = mapped_column(String(48))
    disclosed_at: Mapped[datetime] = mapped_column()
    disclosed_by: Mapped[str] = mapped_column(String(120))


class Correction(Base):
    """A corrected value (a correction request): the old value stays here, for auditors, never in ordinary views."""

    __tablename__ = "correction"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text)
    new_value: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    corrected_at: Mapped[datetime] = mapped_column()
    corrected_by: Mapped[str] = mapped_column(String(120))


class ErasedCase(Base):
    """What stays of an erased case: the monitor's facts without any personal data (app.monitor.figures.CaseFacts as
    JSON), so figures for past periods stay the same. `case_id` is a new random id, not the erased case's."""

    __tablename__ = "erased_case"

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    facts_json: Mapped[str] = mapped_column(Text)
    erased_at: Mapped[datetime] = mapped_column()
    reason: Mapped[str] = mapped_column(Text)


class IdentityReview(Base):
    """A notification whose BSN is a known client's while its name or date of birth is not theirs: it waits in the
    back office's inbox until someone decides whether it is the same person (app.backoffice.identity_review). Holds
    the row as read (`notification_json`) and the client it was compared with; gone once decided."""

    __tablename__ = "identity_review"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    bsn: Mapped[str] = mapped_column(String(9))
    start_date: Mapped[date] = mapped_column()  # of the notified detention: reading the list again adds no second
    notification_json: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(260))  # the list's file name
    line: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column()
    created_by: Mapped[str] = mapped_column(String(120))

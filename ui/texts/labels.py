"""Translated labels for the stable identifiers of app/ and the audit log: tables of English source words, looked
up and translated at the moment of the call (so a language switch, or a translator installed after import, takes
effect). QT_TRANSLATE_NOOP marks each word for lupdate in the "Labels" context.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.audit import AuditAction, Outcome, Purpose
from app.casework.consent import Badge
from app.casework.consent_terms import DETENTION, IDENTITY, Ground, HowGiven, RevocationScope
from app.casework.intake import ActionOwner, DomainStatus, Moment, PlanStatus, SelfReliance
from app.casework.sharing_policy import ConsentStatus
from app.domain import CaseDirection, CaseStatus, TargetGroup
from app.permissions import Role

# QT_TRANSLATE_NOOP returns its text unchanged; its stubs say `object`, hence the value type.
ENUM_LABELS: dict[type[StrEnum], dict[str, object]] = {
    CaseStatus: {
        CaseStatus.NOTIFIED: QT_TRANSLATE_NOOP("Labels", "Notification"),
        CaseStatus.CONTACT: QT_TRANSLATE_NOOP("Labels", "Contact"),
        CaseStatus.INTAKE: QT_TRANSLATE_NOOP("Labels", "Intake"),
        CaseStatus.PLAN: QT_TRANSLATE_NOOP("Labels", "Plan"),
        CaseStatus.AFTERCARE: QT_TRANSLATE_NOOP("Labels", "Aftercare"),
        CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    TargetGroup: {
        TargetGroup.TOP_X: QT_TRANSLATE_NOOP("Labels", "Top X / Top600"),
        TargetGroup.PGA: QT_TRANSLATE_NOOP("Labels", "PGA (person-oriented approach)"),
        TargetGroup.ISD: QT_TRANSLATE_NOOP("Labels", "ISD / repeat offender"),
        TargetGroup.SHORT_STAY: QT_TRANSLATE_NOOP("Labels", "Short stay (< 3 months)"),
        TargetGroup.LONG_STAY: QT_TRANSLATE_NOOP("Labels", "Long stay (> 3 months)"),
        TargetGroup.OWN_REQUEST: QT_TRANSLATE_NOOP("Labels", "Own request"),
    },
    CaseDirection: {
        CaseDirection.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Aftercare coordinator"),
        CaseDirection.SOCIAL_TEAM: QT_TRANSLATE_NOOP("Labels", "Care director of the social team"),
        CaseDirection.SPECIALIST: QT_TRANSLATE_NOOP("Labels", "Specialist provider"),
        CaseDirection.PROBATION: QT_TRANSLATE_NOOP("Labels", "Probation"),
        CaseDirection.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    DomainStatus: {
        DomainStatus.NO_NEED: QT_TRANSLATE_NOOP("Labels", "No need for help"),
        DomainStatus.NEED: QT_TRANSLATE_NOOP("Labels", "Need for help"),
        DomainStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Action under way"),
        DomainStatus.ARRANGED: QT_TRANSLATE_NOOP("Labels", "Arranged"),
        DomainStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Labels", "N/a"),
    },
    Moment: {
        Moment.INTAKE: QT_TRANSLATE_NOOP("Labels", "At intake"),
        Moment.RELEASE: QT_TRANSLATE_NOOP("Labels", "At release"),
        Moment.END: QT_TRANSLATE_NOOP("Labels", "End of aftercare"),
    },
    ActionOwner: {
        ActionOwner.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
        ActionOwner.DETAINEE: QT_TRANSLATE_NOOP("Labels", "Detainee"),
        ActionOwner.PI_CASE_MANAGER: QT_TRANSLATE_NOOP("Labels", "PI case manager"),
        ActionOwner.SOCIAL_TEAM: QT_TRANSLATE_NOOP("Labels", "Social team"),
        ActionOwner.PARTNER: QT_TRANSLATE_NOOP("Labels", "Partner"),
    },
    SelfReliance: {
        SelfReliance.SELF_RELIANT: QT_TRANSLATE_NOOP("Labels", "Self-reliant"),
        SelfReliance.LIMITED: QT_TRANSLATE_NOOP("Labels", "Limited self-reliance"),
        SelfReliance.NOT_SELF_RELIANT: QT_TRANSLATE_NOOP("Labels", "Not self-reliant"),
    },
    PlanStatus: {
        PlanStatus.CONCEPT: QT_TRANSLATE_NOOP("Labels", "Concept"),
        PlanStatus.DISCUSSED: QT_TRANSLATE_NOOP("Labels", "Discussed"),
        PlanStatus.SIGNED: QT_TRANSLATE_NOOP("Labels", "Signed"),
    },
    Badge: {
        Badge.GIVEN: QT_TRANSLATE_NOOP("Labels", "Consent given"),
        Badge.PARTIAL: QT_TRANSLATE_NOOP("Labels", "Partly revoked"),
        Badge.REVOKED: QT_TRANSLATE_NOOP("Labels", "Revoked"),
        Badge.NONE: QT_TRANSLATE_NOOP("Labels", "No consent"),
        Badge.OTHER_LEGAL_BASIS: QT_TRANSLATE_NOOP("Labels", "Other legal basis"),
    },
    Ground: {
        Ground.CONSENT: QT_TRANSLATE_NOOP("Labels", "Explicit consent"),
        Ground.AGREEMENT: QT_TRANSLATE_NOOP("Labels", "Agreement with the detainee"),
        Ground.PUBLIC_TASK: QT_TRANSLATE_NOOP("Labels", "Public task"),
        Ground.IMPOSED_GUIDANCE: QT_TRANSLATE_NOOP("Labels", "Imposed re-integration guidance (priority group)"),
        Ground.WET_STRAFFEN_EN_BESCHERMEN: QT_TRANSLATE_NOOP("Labels", "Wet straffen en beschermen"),
    },
    HowGiven: {
        HowGiven.SIGNED_ON_PAPER: QT_TRANSLATE_NOOP("Labels", "Signed on paper"),
        HowGiven.SIGNED_ON_SCREEN: QT_TRANSLATE_NOOP("Labels", "Signed on screen"),
        HowGiven.VERBAL_WITH_WITNESS: QT_TRANSLATE_NOOP("Labels", "Verbally, with a witness"),
    },
    RevocationScope: {
        RevocationScope.WHOLE: QT_TRANSLATE_NOOP("Labels", "The whole consent"),
        RevocationScope.RECIPIENT: QT_TRANSLATE_NOOP("Labels", "One recipient"),
        RevocationScope.CATEGORY: QT_TRANSLATE_NOOP("Labels", "One kind of data"),
    },
    ConsentStatus: {
        ConsentStatus.NOT_YET_GIVEN: QT_TRANSLATE_NOOP("Labels", "Not yet in effect"),
        ConsentStatus.IN_EFFECT: QT_TRANSLATE_NOOP("Labels", "In effect"),
        ConsentStatus.PARTIALLY_REVOKED: QT_TRANSLATE_NOOP("Labels", "In effect, partly revoked"),
        ConsentStatus.REVOKED: QT_TRANSLATE_NOOP("Labels", "Revoked"),
        ConsentStatus.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
        ConsentStatus.SUPERSEDED: QT_TRANSLATE_NOOP("Labels", "Replaced by a newer version"),
    },
    AuditAction: {
        AuditAction.VIEW: QT_TRANSLATE_NOOP("Labels", "Viewed"),
        AuditAction.CREATE: QT_TRANSLATE_NOOP("Labels", "Created"),
        AuditAction.UPDATE: QT_TRANSLATE_NOOP("Labels", "Changed"),
        AuditAction.DELETE: QT_TRANSLATE_NOOP("Labels", "Deleted"),
        AuditAction.EXPORT: QT_TRANSLATE_NOOP("Labels", "Exported"),
        AuditAction.PRINT: QT_TRANSLATE_NOOP("Labels", "Printed"),
        AuditAction.LOCK: QT_TRANSLATE_NOOP("Labels", "Locked"),
        AuditAction.UNLOCK: QT_TRANSLATE_NOOP("Labels", "Unlocked"),
        AuditAction.UNLOCK_FAILED: QT_TRANSLATE_NOOP("Labels", "Unlock failed"),
        AuditAction.REKEY: QT_TRANSLATE_NOOP("Labels", "Key rotated"),
        AuditAction.PASSPHRASE_CHANGED: QT_TRANSLATE_NOOP("Labels", "Passphrase changed"),
    },
    Outcome: {
        Outcome.SUCCESS: QT_TRANSLATE_NOOP("Labels", "Success"),
        Outcome.FAILURE: QT_TRANSLATE_NOOP("Labels", "Failure"),
    },
    Purpose: {
        Purpose.AFTERCARE: QT_TRANSLATE_NOOP("Labels", "Aftercare"),
        Purpose.ACCOUNTABILITY: QT_TRANSLATE_NOOP("Labels", "Accountability"),
        Purpose.SECURITY: QT_TRANSLATE_NOOP("Labels", "Security"),
    },
    Role: {
        Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
        Role.BACKOFFICE: QT_TRANSLATE_NOOP("Labels", "Back office"),
        Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Team leader"),
        Role.PRIVACY_OFFICER: QT_TRANSLATE_NOOP("Labels", "Privacy officer"),
        Role.APPLICATION_MANAGER: QT_TRANSLATE_NOOP("Labels", "Application manager"),
    },
}

ANSWER_LABELS: dict[str, object] = {
    "yes": QT_TRANSLATE_NOOP("Labels", "Yes"),
    "no": QT_TRANSLATE_NOOP("Labels", "No"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
}

FIXED_CATEGORY_LABELS: dict[str, object] = {
    IDENTITY: QT_TRANSLATE_NOOP("Labels", "Identity (name, date of birth, BSN, address)"),
    DETENTION: QT_TRANSLATE_NOOP("Labels", "Detention (PI and dates)"),
}

RECORD_TYPE_LABELS: dict[str, object] = {
    "client": QT_TRANSLATE_NOOP("Labels", "Client"),
    "detention": QT_TRANSLATE_NOOP("Labels", "Detention"),
    "case": QT_TRANSLATE_NOOP("Labels", "Case"),
    "case_file": QT_TRANSLATE_NOOP("Labels", "Case"),
    "intake": QT_TRANSLATE_NOOP("Labels", "Intake"),
    "checklist_answer": QT_TRANSLATE_NOOP("Labels", "Checklist answer"),
    "domain_assessment": QT_TRANSLATE_NOOP("Labels", "Assessment of a domain"),
    "plan_domain": QT_TRANSLATE_NOOP("Labels", "Plan: domain"),
    "plan": QT_TRANSLATE_NOOP("Labels", "Plan of approach"),
    "follow_up_action": QT_TRANSLATE_NOOP("Labels", "Follow-up action"),
    "workspace": QT_TRANSLATE_NOOP("Labels", "Workspace"),
    "demo_data": QT_TRANSLATE_NOOP("Labels", "Demo data"),
    "processing_ground": QT_TRANSLATE_NOOP("Labels", "Legal basis"),
    "consent_record": QT_TRANSLATE_NOOP("Labels", "Consent"),
    "consent_revocation": QT_TRANSLATE_NOOP("Labels", "Revocation of consent"),
    "consent_file": QT_TRANSLATE_NOOP("Labels", "Consent and legal basis"),
    "plan_pdf": QT_TRANSLATE_NOOP("Labels", "Plan of approach (PDF)"),
    "consent_pdf": QT_TRANSLATE_NOOP("Labels", "Consent form (PDF)"),
    "sync_peer": QT_TRANSLATE_NOOP("Labels", "Registered device"),
    "sync_bundle": QT_TRANSLATE_NOOP("Labels", "Sync bundle"),
    "sync_conflict": QT_TRANSLATE_NOOP("Labels", "Sync conflict"),
    "correction": QT_TRANSLATE_NOOP("Labels", "Correction"),
    "identity_review": QT_TRANSLATE_NOOP("Labels", "Notification to check (BSN of a known client)"),
    "identity_review_accepted": QT_TRANSLATE_NOOP("Labels", "Notification checked: same person"),
    "identity_review_refused": QT_TRANSLATE_NOOP("Labels", "Notification checked: refused"),
}


def label(value: StrEnum) -> str:
    """The words for a value of one of app/'s vocabularies."""
    return QCoreApplication.translate("Labels", str(ENUM_LABELS[type(value)][value]))


def stored_label(vocabulary: type[StrEnum], stored: str) -> str:
    """The words for a value as stored (the audit log keeps plain strings); a value written by a newer version,
    which this one does not know, shows as it is."""
    words = ENUM_LABELS[vocabulary].get(stored)
    return QCoreApplication.translate("Labels", str(words)) if words is not None else stored


def roles_label(stored: str) -> str:
    """An account's roles as stored ("backoffice,supervisor"), in words; laptops logged their kind, which reads as
    the coordinator's or the back office's role."""
    return ", ".join(stored_label(Role, role) for role in stored.split(",") if role)


def answer_label(answer: str) -> str:
    """The words for the stored answers of a yes/no/unknown checklist item (app.casework.intake.YES_NO_UNKNOWN)."""
    return _lookup(ANSWER_LABELS, answer) or answer


def fixed_category_label(category: str) -> str | None:
    """The two data categories every case has; None for a domain (its label comes from the checklist)."""
    return _lookup(FIXED_CATEGORY_LABELS, category)


def record_type_label(record_type: str | None) -> str:
    if record_type is None:
        return ""
    return _lookup(RECORD_TYPE_LABELS, record_type) or record_type


def _lookup(table: dict[str, object], key: str) -> str | None:
    return lookup("Labels", table, key)


def lookup(context: str, table: Mapping[str, object], key: str) -> str | None:
    """The translated words for `key` in a table of source words marked with QT_TRANSLATE_NOOP(`context`, ...);
    None for a key the table does not hold."""
    words = table.get(key)
    return QCoreApplication.translate(context, str(words)) if words is not None else None

"""Translated labels for the stable identifiers of app/ and the audit log: tables of English source words, looked
up and translated at the moment of the call (so a language switch, or a translator installed after import, takes
effect). QT_TRANSLATE_NOOP marks each word for lupdate in the "Labels" context.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.audit_terms import AuditAction, Device, Outcome, Purpose
from app.audit_words import AUDIT_ACTIONS, RECORD_TYPES, ROLES, device_words, roles_words, words
from app.casework.checklist import Text
from app.casework.consent_terms import DETENTION, IDENTITY, PLAN, Badge, Ground, HowGiven, RevocationScope
from app.casework.intake_terms import ActionOwner, DomainStatus, Moment, PlanStatus, SelfReliance
from app.casework.sharing_policy import ConsentStatus
from app.domain import CaseDirection, CaseStatus, TargetGroup
from app.permissions import Role
from ui.i18n import current_language

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
        RevocationScope.CELL: QT_TRANSLATE_NOOP("Labels", "One kind of data for one recipient"),
    },
    ConsentStatus: {
        ConsentStatus.NOT_YET_GIVEN: QT_TRANSLATE_NOOP("Labels", "Not yet in effect"),
        ConsentStatus.IN_EFFECT: QT_TRANSLATE_NOOP("Labels", "In effect"),
        ConsentStatus.PARTIALLY_REVOKED: QT_TRANSLATE_NOOP("Labels", "In effect, partly revoked"),
        ConsentStatus.REVOKED: QT_TRANSLATE_NOOP("Labels", "Revoked"),
        ConsentStatus.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
        ConsentStatus.SUPERSEDED: QT_TRANSLATE_NOOP("Labels", "Replaced by a newer version"),
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
}

ANSWER_LABELS: dict[str, object] = {
    "yes": QT_TRANSLATE_NOOP("Labels", "Yes"),
    "no": QT_TRANSLATE_NOOP("Labels", "No"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
}

FIXED_CATEGORY_LABELS: dict[str, object] = {
    IDENTITY: QT_TRANSLATE_NOOP("Labels", "Identity (name, date of birth, BSN, address)"),
    DETENTION: QT_TRANSLATE_NOOP("Labels", "Detention (PI and dates)"),
    PLAN: QT_TRANSLATE_NOOP("Labels", "Plan (triage, direction, contact persons, agreements)"),
}


# The audit log's vocabularies are worded in app.audit_words, in both languages, because the access request
# prints them too.
APP_WORDED: dict[type[StrEnum], Mapping[str, Text]] = {AuditAction: AUDIT_ACTIONS, Role: ROLES}


def label(value: StrEnum) -> str:
    """The words for a value of one of app/'s vocabularies."""
    return stored_label(type(value), value)


def stored_label(vocabulary: type[StrEnum], stored: str) -> str:
    """The words for a value as stored (the audit log keeps plain strings); a value written by a newer version,
    which this one does not know, shows as it is."""
    if vocabulary in APP_WORDED:
        return words(APP_WORDED[vocabulary], stored, current_language())
    source = ENUM_LABELS[vocabulary].get(stored)
    return QCoreApplication.translate("Labels", str(source)) if source is not None else stored


def roles_label(stored: str) -> str:
    """An account's roles as stored ("backoffice,supervisor"), in words; laptops logged their kind, which reads as
    the coordinator's or the back office's role."""
    return roles_words(stored, current_language())


def answer_label(answer: str) -> str:
    """The words for the stored answers of a yes/no/unknown checklist item (app.casework.intake.YES_NO_UNKNOWN)."""
    return _lookup(ANSWER_LABELS, answer) or answer


def fixed_category_label(category: str) -> str | None:
    """The two data categories every case has; None for a domain (its label comes from the checklist)."""
    return _lookup(FIXED_CATEGORY_LABELS, category)


def record_type_label(record_type: str | None) -> str:
    return words(RECORD_TYPES, record_type, current_language())


def device_label(device: Device) -> str:
    """The device an audit entry was made on: "this PC", "laptop of Jan de Vries", "back office"."""
    return device_words(device, current_language(), from_here=True)


def _lookup(table: dict[str, object], key: str) -> str | None:
    return lookup("Labels", table, key)


def lookup(context: str, table: Mapping[str, object], key: str) -> str | None:
    """The translated words for `key` in a table of source words marked with QT_TRANSLATE_NOOP(`context`, ...);
    None for a key the table does not hold."""
    words = table.get(key)
    return QCoreApplication.translate(context, str(words)) if words is not None else None

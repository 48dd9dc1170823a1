"""Translated labels for the stable identifiers of app.domain and the audit log.

Functions, not constants: each call translates with the translator installed at that moment, so a language switch
or a translator installed after import still takes effect. Every string is a literal inside
`QCoreApplication.translate("Labels", ...)` so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.casework.consent import Badge
from app.casework.consent_terms import DETENTION, IDENTITY, Ground, HowGiven, RevocationScope
from app.casework.intake import ActionOwner, DomainStatus, Moment, PlanStatus, SelfReliance
from app.casework.sharing_policy import ConsentStatus
from app.domain import CaseDirection, CaseStatus, TargetGroup


def status_label(status: CaseStatus) -> str:
    labels = {
        CaseStatus.NOTIFIED: QCoreApplication.translate("Labels", "Notification"),
        CaseStatus.CONTACT: QCoreApplication.translate("Labels", "Contact"),
        CaseStatus.INTAKE: QCoreApplication.translate("Labels", "Intake"),
        CaseStatus.PLAN: QCoreApplication.translate("Labels", "Plan"),
        CaseStatus.AFTERCARE: QCoreApplication.translate("Labels", "Aftercare"),
        CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }
    return labels[status]


def target_group_label(group: TargetGroup) -> str:
    labels = {
        TargetGroup.TOP_X: QCoreApplication.translate("Labels", "Top X / Top600"),
        TargetGroup.PGA: QCoreApplication.translate("Labels", "PGA (person-oriented approach)"),
        TargetGroup.ISD: QCoreApplication.translate("Labels", "ISD / repeat offender"),
        TargetGroup.SHORT_STAY: QCoreApplication.translate("Labels", "Short stay (< 3 months)"),
        TargetGroup.LONG_STAY: QCoreApplication.translate("Labels", "Long stay (> 3 months)"),
        TargetGroup.OWN_REQUEST: QCoreApplication.translate("Labels", "Own request"),
    }
    return labels[group]


def case_direction_label(direction: CaseDirection) -> str:
    labels = {
        CaseDirection.COORDINATOR: QCoreApplication.translate("Labels", "Aftercare coordinator"),
        CaseDirection.SOCIAL_TEAM: QCoreApplication.translate("Labels", "Care director of the social team"),
        CaseDirection.SPECIALIST: QCoreApplication.translate("Labels", "Specialist provider"),
        CaseDirection.PROBATION: QCoreApplication.translate("Labels", "Probation"),
        CaseDirection.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[direction]


def domain_status_label(status: DomainStatus) -> str:
    labels = {
        DomainStatus.NO_NEED: QCoreApplication.translate("Labels", "No need for help"),
        DomainStatus.NEED: QCoreApplication.translate("Labels", "Need for help"),
        DomainStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "Action under way"),
        DomainStatus.ARRANGED: QCoreApplication.translate("Labels", "Arranged"),
        DomainStatus.NOT_APPLICABLE: QCoreApplication.translate("Labels", "N/a"),
    }
    return labels[status]


def moment_label(moment: Moment) -> str:
    labels = {
        Moment.INTAKE: QCoreApplication.translate("Labels", "At intake"),
        Moment.RELEASE: QCoreApplication.translate("Labels", "At release"),
        Moment.END: QCoreApplication.translate("Labels", "End of aftercare"),
    }
    return labels[moment]


def action_owner_label(owner: ActionOwner) -> str:
    labels = {
        ActionOwner.COORDINATOR: QCoreApplication.translate("Labels", "Coordinator"),
        ActionOwner.DETAINEE: QCoreApplication.translate("Labels", "Detainee"),
        ActionOwner.PI_CASE_MANAGER: QCoreApplication.translate("Labels", "PI case manager"),
        ActionOwner.SOCIAL_TEAM: QCoreApplication.translate("Labels", "Social team"),
        ActionOwner.PARTNER: QCoreApplication.translate("Labels", "Partner"),
    }
    return labels[owner]


def self_reliance_label(reliance: SelfReliance) -> str:
    labels = {
        SelfReliance.SELF_RELIANT: QCoreApplication.translate("Labels", "Self-reliant"),
        SelfReliance.LIMITED: QCoreApplication.translate("Labels", "Limited self-reliance"),
        SelfReliance.NOT_SELF_RELIANT: QCoreApplication.translate("Labels", "Not self-reliant"),
    }
    return labels[reliance]


def plan_status_label(status: PlanStatus) -> str:
    labels = {
        PlanStatus.CONCEPT: QCoreApplication.translate("Labels", "Concept"),
        PlanStatus.DISCUSSED: QCoreApplication.translate("Labels", "Discussed"),
        PlanStatus.SIGNED: QCoreApplication.translate("Labels", "Signed"),
    }
    return labels[status]


def answer_label(answer: str) -> str:
    """The words for the stored answers of a yes/no/unknown checklist item (app.casework.intake.YES_NO_UNKNOWN)."""
    labels = {
        "yes": QCoreApplication.translate("Labels", "Yes"),
        "no": QCoreApplication.translate("Labels", "No"),
        "unknown": QCoreApplication.translate("Labels", "Unknown"),
    }
    return labels.get(answer, answer)


def consent_badge_label(badge: Badge) -> str:
    labels = {
        Badge.GIVEN: QCoreApplication.translate("Labels", "Consent given"),
        Badge.PARTIAL: QCoreApplication.translate("Labels", "Partly revoked"),
        Badge.REVOKED: QCoreApplication.translate("Labels", "Revoked"),
        Badge.NONE: QCoreApplication.translate("Labels", "No consent"),
        Badge.OTHER_LEGAL_BASIS: QCoreApplication.translate("Labels", "Other legal basis"),
    }
    return labels[badge]


def ground_label(ground: Ground) -> str:
    labels = {
        Ground.CONSENT: QCoreApplication.translate("Labels", "Explicit consent"),
        Ground.AGREEMENT: QCoreApplication.translate("Labels", "Agreement with the detainee"),
        Ground.PUBLIC_TASK: QCoreApplication.translate("Labels", "Public task"),
        Ground.IMPOSED_GUIDANCE: QCoreApplication.translate("Labels", "Imposed re-integration guidance (priority group)"),
        Ground.WET_STRAFFEN_EN_BESCHERMEN: QCoreApplication.translate("Labels", "Wet straffen en beschermen"),
    }
    return labels[ground]


def how_given_label(how: HowGiven) -> str:
    labels = {
        HowGiven.SIGNED_ON_PAPER: QCoreApplication.translate("Labels", "Signed on paper"),
        HowGiven.SIGNED_ON_SCREEN: QCoreApplication.translate("Labels", "Signed on screen"),
        HowGiven.VERBAL_WITH_WITNESS: QCoreApplication.translate("Labels", "Verbally, with a witness"),
    }
    return labels[how]


def revocation_scope_label(scope: RevocationScope) -> str:
    labels = {
        RevocationScope.WHOLE: QCoreApplication.translate("Labels", "The whole consent"),
        RevocationScope.RECIPIENT: QCoreApplication.translate("Labels", "One recipient"),
        RevocationScope.CATEGORY: QCoreApplication.translate("Labels", "One kind of data"),
    }
    return labels[scope]


def consent_status_label(status: ConsentStatus) -> str:
    labels = {
        ConsentStatus.NOT_YET_GIVEN: QCoreApplication.translate("Labels", "Not yet in effect"),
        ConsentStatus.IN_EFFECT: QCoreApplication.translate("Labels", "In effect"),
        ConsentStatus.PARTIALLY_REVOKED: QCoreApplication.translate("Labels", "In effect, partly revoked"),
        ConsentStatus.REVOKED: QCoreApplication.translate("Labels", "Revoked"),
        ConsentStatus.EXPIRED: QCoreApplication.translate("Labels", "Expired"),
        ConsentStatus.SUPERSEDED: QCoreApplication.translate("Labels", "Replaced by a newer version"),
    }
    return labels[status]


def fixed_category_label(category: str) -> str | None:
    """The two data categories every case has; None for a domain (its label comes from the checklist)."""
    labels = {
        IDENTITY: QCoreApplication.translate("Labels", "Identity (name, date of birth, BSN, address)"),
        DETENTION: QCoreApplication.translate("Labels", "Detention (PI and dates)"),
    }
    return labels.get(category)


# The audit log stores plain strings; a value written by a newer version still shows, untranslated.

def audit_action_label(action: str) -> str:
    labels = {
        "view": QCoreApplication.translate("Labels", "Viewed"),
        "create": QCoreApplication.translate("Labels", "Created"),
        "update": QCoreApplication.translate("Labels", "Changed"),
        "delete": QCoreApplication.translate("Labels", "Deleted"),
        "export": QCoreApplication.translate("Labels", "Exported"),
        "print": QCoreApplication.translate("Labels", "Printed"),
        "lock": QCoreApplication.translate("Labels", "Locked"),
        "unlock": QCoreApplication.translate("Labels", "Unlocked"),
        "unlock_failed": QCoreApplication.translate("Labels", "Unlock failed"),
        "rekey": QCoreApplication.translate("Labels", "Key rotated"),
        "passphrase_changed": QCoreApplication.translate("Labels", "Passphrase changed"),
    }
    return labels.get(action, action)


def audit_outcome_label(outcome: str) -> str:
    labels = {
        "success": QCoreApplication.translate("Labels", "Success"),
        "failure": QCoreApplication.translate("Labels", "Failure"),
    }
    return labels.get(outcome, outcome)


def audit_purpose_label(purpose: str) -> str:
    labels = {
        "aftercare": QCoreApplication.translate("Labels", "Aftercare"),
        "accountability": QCoreApplication.translate("Labels", "Accountability"),
        "security": QCoreApplication.translate("Labels", "Security"),
    }
    return labels.get(purpose, purpose)


def role_label(role: str) -> str:
    """Roles in the audit log are the workspace kinds."""
    labels = {
        "coordinator": QCoreApplication.translate("Labels", "Coordinator"),
        "backoffice": QCoreApplication.translate("Labels", "Back office"),
    }
    return labels.get(role, role)


def record_type_label(record_type: str | None) -> str:
    labels = {
        "client": QCoreApplication.translate("Labels", "Client"),
        "detention": QCoreApplication.translate("Labels", "Detention"),
        "case": QCoreApplication.translate("Labels", "Case"),
        "case_file": QCoreApplication.translate("Labels", "Case"),
        "intake": QCoreApplication.translate("Labels", "Intake"),
        "checklist_answer": QCoreApplication.translate("Labels", "Checklist answer"),
        "domain_assessment": QCoreApplication.translate("Labels", "Assessment of a domain"),
        "plan_domain": QCoreApplication.translate("Labels", "Plan: domain"),
        "plan": QCoreApplication.translate("Labels", "Plan of approach"),
        "follow_up_action": QCoreApplication.translate("Labels", "Follow-up action"),
        "workspace": QCoreApplication.translate("Labels", "Workspace"),
        "demo_data": QCoreApplication.translate("Labels", "Demo data"),
        "processing_ground": QCoreApplication.translate("Labels", "Legal basis"),
        "consent_record": QCoreApplication.translate("Labels", "Consent"),
        "consent_revocation": QCoreApplication.translate("Labels", "Revocation of consent"),
        "consent_file": QCoreApplication.translate("Labels", "Consent and legal basis"),
        "plan_pdf": QCoreApplication.translate("Labels", "Plan of approach (PDF)"),
        "consent_pdf": QCoreApplication.translate("Labels", "Consent form (PDF)"),
        "sync_peer": QCoreApplication.translate("Labels", "Registered device"),
        "sync_bundle": QCoreApplication.translate("Labels", "Sync bundle"),
        "sync_conflict": QCoreApplication.translate("Labels", "Sync conflict"),
    }
    if record_type is None:
        return ""
    return labels.get(record_type, record_type)

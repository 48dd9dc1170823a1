"""Translated labels for the stable identifiers of app.domain and the audit log.

Functions, not constants: each call translates with the translator installed at that moment, so a language switch
or a translator installed after import still takes effect. Every string is a literal inside
`QCoreApplication.translate("Labels", ...)` so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain import CaseDirection, CaseStatus, TargetGroup
from app.intake import ActionOwner, DomainStatus, Moment, PlanStatus, SelfReliance


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
    """The words for the stored answers of a yes/no/unknown checklist item (app.intake.YES_NO_UNKNOWN)."""
    labels = {
        "yes": QCoreApplication.translate("Labels", "Yes"),
        "no": QCoreApplication.translate("Labels", "No"),
        "unknown": QCoreApplication.translate("Labels", "Unknown"),
    }
    return labels.get(answer, answer)


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
        "workspace": QCoreApplication.translate("Labels", "Workspace"),
        "demo_data": QCoreApplication.translate("Labels", "Demo data"),
    }
    if record_type is None:
        return ""
    return labels.get(record_type, record_type)

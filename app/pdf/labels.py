"""Dutch wording of stored codes and dates, for the printed documents only.

The screens translate these codes in ui/ (they follow the UI language); a document is always Dutch, so its words
are fixed here. They match the Dutch translation of the screens, so a client hears the same words in both.
"""

from __future__ import annotations

from datetime import date

from app.casework.intake import ActionOwner, DomainStatus, PlanStatus, SelfReliance
from app.domain import CaseDirection, CaseStatus, TargetGroup

NOT_FILLED_IN = "(niet ingevuld)"

CASE_STATUS: dict[str, str] = {  # by the value as stored (case.status is a plain string)
    CaseStatus.NOTIFIED: "Melding",
    CaseStatus.CONTACT: "Contact",
    CaseStatus.INTAKE: "Intake",
    CaseStatus.PLAN: "Plan",
    CaseStatus.AFTERCARE: "Nazorg",
    CaseStatus.CLOSED: "Afgesloten",
}

CASE_DIRECTION = {
    CaseDirection.COORDINATOR: "Nazorgcoördinator",
    CaseDirection.SOCIAL_TEAM: "Zorgregisseur sociaal (kern)team",
    CaseDirection.SPECIALIST: "Gespecialiseerde aanbieder",
    CaseDirection.PROBATION: "Reclassering",
    CaseDirection.OTHER: "Anders",
}

TARGET_GROUP = {
    TargetGroup.TOP_X: "Top X / Top600",
    TargetGroup.PGA: "PGA (persoonsgerichte aanpak)",
    TargetGroup.ISD: "ISD / veelpleger",
    TargetGroup.SHORT_STAY: "Kortgestraft (< 3 maanden)",
    TargetGroup.LONG_STAY: "Langgestraft (> 3 maanden)",
    TargetGroup.OWN_REQUEST: "Op eigen verzoek",
}

DOMAIN_STATUS = {
    DomainStatus.NO_NEED: "Geen hulpvraag",
    DomainStatus.NEED: "Hulpvraag",
    DomainStatus.IN_PROGRESS: "Actie loopt",
    DomainStatus.ARRANGED: "Geregeld",
    DomainStatus.NOT_APPLICABLE: "N.v.t.",
}

ACTION_OWNER = {
    ActionOwner.COORDINATOR: "Nazorgcoördinator",
    ActionOwner.DETAINEE: "Gedetineerde",
    ActionOwner.PI_CASE_MANAGER: "Casemanager PI",
    ActionOwner.SOCIAL_TEAM: "Sociaal team",
    ActionOwner.PARTNER: "Ketenpartner",
}

SELF_RELIANCE = {
    SelfReliance.SELF_RELIANT: "Zelfredzaam",
    SelfReliance.LIMITED: "Beperkt zelfredzaam",
    SelfReliance.NOT_SELF_RELIANT: "Niet zelfredzaam",
}

PLAN_STATUS = {
    PlanStatus.CONCEPT: "Concept",
    PlanStatus.DISCUSSED: "Besproken",
    PlanStatus.SIGNED: "Ondertekend",
}


def dutch_date(value: date | None) -> str:
    """dd-mm-jjjj, as Dutch forms write dates; empty for no date."""
    return value.strftime("%d-%m-%Y") if value else ""

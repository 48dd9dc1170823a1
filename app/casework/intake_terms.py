"""The fixed answers of an intake and a plan (measurement moment, status per life domain, who acts,
self-reliance, plan status), apart from the intake's services (app/casework/intake.py) so that screens and texts
can name them without loading the database layer."""

from __future__ import annotations

from enum import StrEnum


class Moment(StrEnum):
    """The three measurement moments: the situation before, at and after detention can be compared."""

    INTAKE = "intake"
    RELEASE = "release"
    END = "end"  # end of aftercare, three months after release


class DomainStatus(StrEnum):
    NO_NEED = "geen_hulpvraag"
    NEED = "hulpvraag"
    IN_PROGRESS = "actie_loopt"
    ARRANGED = "geregeld"
    NOT_APPLICABLE = "nvt"


class ActionOwner(StrEnum):
    COORDINATOR = "coordinator"
    DETAINEE = "detainee"
    PI_CASE_MANAGER = "pi_case_manager"
    SOCIAL_TEAM = "social_team"
    PARTNER = "partner"


class SelfReliance(StrEnum):
    SELF_RELIANT = "zelfredzaam"
    LIMITED = "beperkt_zelfredzaam"
    NOT_SELF_RELIANT = "niet_zelfredzaam"


class PlanStatus(StrEnum):
    CONCEPT = "concept"
    DISCUSSED = "besproken"
    SIGNED = "ondertekend"

"""Domain vocabulary and pure rules for clients, detentions and cases (no database, no Qt).

Labels shown to users live in ui/ (translated); here the values are stable identifiers that are stored.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from app.errors import ValidationError

NO_DUTY_OF_CARE_BELOW_DAYS = 10
AFTERCARE_MONTHS = 3


class CaseStatus(StrEnum):
    """The status flow of a trajectory: melding → contact → intake → plan → nazorg → afgesloten."""

    NOTIFIED = "melding"
    CONTACT = "contact"
    INTAKE = "intake"
    PLAN = "plan"
    AFTERCARE = "nazorg"
    CLOSED = "afgesloten"


STATUS_FLOW: tuple[CaseStatus, ...] = tuple(CaseStatus)

# The Case column that holds the date each status was reached.
STATUS_DATE_FIELD: dict[CaseStatus, str] = {
    CaseStatus.NOTIFIED: "notified_on",
    CaseStatus.CONTACT: "contact_on",
    CaseStatus.INTAKE: "intake_on",
    CaseStatus.PLAN: "plan_on",
    CaseStatus.AFTERCARE: "aftercare_on",
    CaseStatus.CLOSED: "closed_on",
}


class TargetGroup(StrEnum):
    TOP_X = "top_x"  # Top X / Top600
    PGA = "pga"  # persoonsgerichte aanpak
    ISD = "isd"  # ISD / veelpleger
    SHORT_STAY = "short_stay"  # kortgestraft (< 3 maanden)
    LONG_STAY = "long_stay"  # langgestraft (> 3 maanden)
    OWN_REQUEST = "own_request"  # op eigen verzoek


class CaseDirection(StrEnum):
    """Who holds *casusregie* (case direction)."""

    COORDINATOR = "coordinator"
    SOCIAL_TEAM = "social_team"
    SPECIALIST = "specialist"
    PROBATION = "probation"
    OTHER = "other"


class WorkspaceKind(StrEnum):
    COORDINATOR = "coordinator"
    BACKOFFICE = "backoffice"


BSN_SEPARATORS = " .-"


def normalise_bsn(text: str) -> str:
    """Digits only, as stored; spaces, dots and dashes that people type are dropped."""
    return "".join(ch for ch in text if ch.isdigit())


def validate_bsn(text: str) -> str:
    """Return the normalised BSN, or raise ValidationError when it is not 9 digits passing the 11-test.

    Only digits and the separators people type are accepted; any other character makes it invalid."""
    from stdnum.nl import bsn as stdnum_bsn  # 25 ms to import (ssl, pydoc): not before the first BSN

    digits = normalise_bsn(text)
    typed_cleanly = all(ch.isdigit() or ch in BSN_SEPARATORS for ch in text.strip())
    if not typed_cleanly or len(digits) != 9 or not stdnum_bsn.is_valid(digits):
        raise ValidationError("bsn", "bsn_invalid")
    return digits


def mask_bsn(bsn: str | None) -> str:
    """The BSN as shown until revealed: only the last 3 digits visible."""
    if not bsn:
        return ""
    return "•" * (len(bsn) - 3) + bsn[-3:]


def parse_target_groups(stored: str) -> frozenset[TargetGroup]:
    return frozenset(TargetGroup(value) for value in stored.split(",") if value)


def format_target_groups(groups: frozenset[TargetGroup] | set[TargetGroup]) -> str:
    return ",".join(sorted(group.value for group in groups))


@lru_cache(maxsize=8192)  # the register asks for 20,000 cases, with far fewer distinct dates
def aftercare_end(release_date: date | None) -> date | None:
    """Aftercare support lasts three months after release."""
    return release_date + relativedelta(months=AFTERCARE_MONTHS) if release_date else None


def detention_days(start_date: date, release_date: date | None) -> int | None:
    return (release_date - start_date).days if release_date else None


@dataclass(frozen=True)
class CaseHints:
    """Rules from DOMAIN.md shown as hints on a case."""

    no_duty_of_care: bool  # detention shorter than 10 days
    aftercare_ends_on: date | None


def case_hints(start_date: date, expected_release: date | None, actual_release: date | None) -> CaseHints:
    """Hints for a case from its detention dates; the actual release date wins over the expected one."""
    release = actual_release or expected_release
    days = detention_days(start_date, release)
    return CaseHints(
        no_duty_of_care=days is not None and days < NO_DUTY_OF_CARE_BELOW_DAYS,
        aftercare_ends_on=aftercare_end(release),
    )


def validate_detention_dates(start_date: date, expected_release: date | None, actual_release: date | None) -> None:
    """Release dates cannot lie before the start of detention."""
    for field, value in (("expected_release_date", expected_release), ("actual_release_date", actual_release)):
        if value is not None and value < start_date:
            raise ValidationError(field, "release_before_start")


def validate_date_of_birth(date_of_birth: date, today: date) -> None:
    """Aftercare is for adults; a birth date in the future is a typing error."""
    if date_of_birth > today:
        raise ValidationError("date_of_birth", "birth_in_future")
    if date_of_birth > today - relativedelta(years=18):
        raise ValidationError("date_of_birth", "not_adult")


def require_text(field: str, value: str) -> str:
    """The value without surrounding blanks; an empty value is a ValidationError on `field`."""
    stripped = value.strip()
    if not stripped:
        raise ValidationError(field, "required")
    return stripped


def one_line(field: str, value: str) -> str:
    """`value` without surrounding blanks, refused (ValidationError "control_character" on `field`) when it holds a
    line break, a tab or any other control character, wherever in it. For names and a PI: they head letters and
    PDFs and fill one spreadsheet cell, where such a character breaks or hides text."""
    if any(unicodedata.category(character) == "Cc" for character in value):
        raise ValidationError(field, "control_character")
    return value.strip()


def required_line(field: str, value: str) -> str:
    """`one_line`, and not empty ("required")."""
    return require_text(field, one_line(field, value))

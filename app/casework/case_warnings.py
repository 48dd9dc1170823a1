"""The one set of warnings about a case, for the register, the case file and the intake alike.

Warnings ask for action; hints only inform. "Only with open warnings" keeps the cases with a warning.
- release within 14 days while the intake was not held, while the plan of approach is still a concept (not yet
  discussed or signed), or while a key domain (ID document, housing, income) is still open at intake (warnings);
- the term of 5 working days after the start of detention for exchanging information, while the case is still a
  bare notification: a hint until the deadline, a warning once it has passed;
- a plan with actions for partners while no consent is in effect and no other ground is recorded: nothing of it
  may be shared (warning; a revoked consent shows its own badge);
- detention shorter than 10 days: no duty of care (hint, also for a closed case);
- the aftercare period (three months after release) ends within 14 days (hint).
A closed case has no warnings, only the hint about a short detention.

Every rule works from the case alone: a case without an intake has its warnings too (the worst cases are the
silent ones). db.repositories.register counts the same warnings in SQL for the register paged through a server.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from app.casework.consent_terms import Ground
from app.casework.intake import OPEN_STATUSES, ActionOwner, Moment, PlanStatus
from app.casework.sharing_policy import WSB_IN_FORCE
from app.domain import NO_DUTY_OF_CARE_BELOW_DAYS, CaseStatus, aftercare_end, detention_days
from app.working_days import add_working_days
from db.repositories.register import WarningTerms

RELEASE_SOON_DAYS = 14
AFTERCARE_ENDING_DAYS = 14
INFORMATION_TERM_WORKING_DAYS = 5
# Actions for these owners take the plan to other organisations; the coordinator's and the detainee's do not.
PARTNER_OWNERS = frozenset({ActionOwner.PI_CASE_MANAGER, ActionOwner.SOCIAL_TEAM, ActionOwner.PARTNER})


class Severity(StrEnum):
    WARNING = "warning"  # asks for action
    HINT = "hint"  # informs


_HINTS = frozenset({"short_detention", "aftercare_ending", "information_term"})


@dataclass(frozen=True)
class CaseWarning:
    """A warning code (ui/ words it) with the values its message needs."""

    code: str
    on: date | None = None  # the date the warning is about
    domains: tuple[str, ...] = ()  # domain ids, for release_soon_open_domains

    @property
    def severity(self) -> Severity:
        return Severity.HINT if self.code in _HINTS else Severity.WARNING


@dataclass(frozen=True)
class WarningFacts:
    """What the rules look at of one case."""

    status: CaseStatus
    start_date: date
    expected_release: date | None
    actual_release: date | None
    has_intake: bool
    plan_agreed: bool  # the plan of approach was discussed or signed (no longer a concept)
    open_key_domains: tuple[str, ...] = ()  # the key domains still open at intake
    plan_for_partners: bool = False  # the plan has actions for partners (PARTNER_OWNERS)
    basis_to_share: bool = False  # a consent in effect or another ground active today


@lru_cache(maxsize=8192)
def information_deadline(start_date: date) -> date:
    """The last day for exchanging information: 5 working days after the start of detention."""
    return add_working_days(start_date, INFORMATION_TERM_WORKING_DAYS)


def case_warnings(facts: WarningFacts, today: date) -> list[CaseWarning]:
    """Every warning and hint that applies today, warnings first in the order of the rules above."""
    found: list[CaseWarning] = []
    release = facts.actual_release or facts.expected_release
    if facts.status is not CaseStatus.CLOSED:
        if release is not None and today <= release <= today + timedelta(RELEASE_SOON_DAYS):
            if not facts.has_intake:  # and so no plan either: intake and plan start together
                found.append(CaseWarning("release_soon_no_intake", release))
            elif not facts.plan_agreed:
                found.append(CaseWarning("release_soon_plan_not_agreed", release))
            if facts.open_key_domains:
                found.append(CaseWarning("release_soon_open_domains", release, facts.open_key_domains))
        if facts.status is CaseStatus.NOTIFIED:
            deadline = information_deadline(facts.start_date)
            found.append(CaseWarning("information_term_passed" if today > deadline else "information_term",
                                     deadline))
        if facts.plan_for_partners and not facts.basis_to_share:
            found.append(CaseWarning("no_basis_to_share"))
    days = detention_days(facts.start_date, release)
    if days is not None and days < NO_DUTY_OF_CARE_BELOW_DAYS:
        found.append(CaseWarning("short_detention"))
    ends = aftercare_end(facts.actual_release)
    if facts.status is not CaseStatus.CLOSED and ends is not None \
            and today <= ends <= today + timedelta(AFTERCARE_ENDING_DAYS):
        found.append(CaseWarning("aftercare_ending", ends))
    if len(found) > 1:  # most cases with anything have one warning: no sort for them
        found.sort(key=lambda warning: warning.severity is Severity.HINT)
    return found


# Three months after a release are 89 to 92 days (the shortest: February, March and April).
_AFTERCARE_DAYS_LEAST, _AFTERCARE_DAYS_MOST = 89, 92

MayWarn = Callable[[CaseStatus, date, "date | None", "date | None", bool], bool]


def warning_screen(today: date) -> MayWarn:
    """A quick test of a case's own columns, True for every case that `case_warnings` gives anything today (and for
    a few more): `may_warn(status, start_date, release, actual_release, plan_for_partners)`.

    Most cases of a register have no warning; this spares them their WarningFacts and rules (a third of the time of
    building 20,000 register rows). tests/unit/test_case_warnings.py holds it against `case_warnings`."""
    release_until = today + timedelta(RELEASE_SOON_DAYS)
    released_from = today - timedelta(_AFTERCARE_DAYS_MOST)
    released_until = today + timedelta(AFTERCARE_ENDING_DAYS - _AFTERCARE_DAYS_LEAST)

    def may_warn(status: CaseStatus, start_date: date, release: date | None, actual_release: date | None,
                 plan_for_partners: bool) -> bool:
        if release is not None and (release - start_date).days < NO_DUTY_OF_CARE_BELOW_DAYS:
            return True
        if status is CaseStatus.CLOSED:
            return False
        return (status is CaseStatus.NOTIFIED or plan_for_partners
                or (release is not None and today <= release <= release_until)
                or (actual_release is not None and released_from <= actual_release <= released_until))

    return may_warn


def open_warnings(warnings: Sequence[CaseWarning]) -> int:
    """How many of `warnings` ask for action (hints do not count)."""
    return sum(warning.severity is Severity.WARNING for warning in warnings)


def warning_terms(today: date, key_domains: frozenset[str]) -> WarningTerms:
    """The rules above as the dates and values a query compares with, for the register paged through the server
    (tests/integration/test_register_pages.py holds both against each other)."""
    return WarningTerms(
        today=today, closed_status=CaseStatus.CLOSED.value, notified_status=CaseStatus.NOTIFIED.value,
        release_from=today, release_until=today + timedelta(RELEASE_SOON_DAYS), key_domains=tuple(sorted(key_domains)),
        intake_moment=Moment.INTAKE.value, open_statuses=tuple(sorted(status.value for status in OPEN_STATUSES)),
        concept_plan=PlanStatus.CONCEPT.value,
        information_started_before=_first_start_with_term_on_or_after(today),
        partner_owners=tuple(sorted(PARTNER_OWNERS)), wsb_ground=Ground.WET_STRAFFEN_EN_BESCHERMEN.value,
        wsb_in_force=WSB_IN_FORCE)


def _first_start_with_term_on_or_after(day: date) -> date:
    """The earliest start of detention whose information term ends on `day` or later (the deadline never falls
    as the start moves on, so the notifications that started before it have passed their term on `day`)."""
    start = day
    while information_deadline(start - timedelta(1)) >= day:
        start -= timedelta(1)
    return start

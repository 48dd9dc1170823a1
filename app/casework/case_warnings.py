"""Warnings derived from a case's dates and domain statuses, shown in the case and in the register.

- release within 14 days while a key domain (ID document, housing, income) is still open;
- detention shorter than 10 days: no duty of care;
- the aftercare period (three months after release) ends within 14 days;
- the term of 5 working days after the start of detention for exchanging information, while the case is
  still a bare notification.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from app.domain import NO_DUTY_OF_CARE_BELOW_DAYS, CaseStatus, aftercare_end, detention_days
from app.working_days import add_working_days
from db.repositories.register import WarningTerms

RELEASE_SOON_DAYS = 14
AFTERCARE_ENDING_DAYS = 14
INFORMATION_TERM_WORKING_DAYS = 5


@dataclass(frozen=True)
class CaseWarning:
    """A warning code (ui/ words it) with the values its message needs."""

    code: str
    on: date | None = None  # the date the warning is about
    domains: tuple[str, ...] = ()  # domain ids, for release_soon_open_domains


@lru_cache(maxsize=8192)
def information_deadline(start_date: date) -> date:
    """The last day for exchanging information: 5 working days after the start of detention."""
    return add_working_days(start_date, INFORMATION_TERM_WORKING_DAYS)


def case_warnings(*, today: date, status: CaseStatus, start_date: date, expected_release: date | None,
                  actual_release: date | None, open_key_domains: tuple[str, ...] = ()) -> list[CaseWarning]:
    """Every warning that applies today; `open_key_domains` are the key domains still open at intake."""
    warnings: list[CaseWarning] = []
    release = actual_release or expected_release
    days = detention_days(start_date, release)
    if days is not None and days < NO_DUTY_OF_CARE_BELOW_DAYS:
        warnings.append(CaseWarning("short_detention"))
    if status is CaseStatus.CLOSED:
        return warnings
    if release is not None and today <= release <= today + timedelta(RELEASE_SOON_DAYS) and open_key_domains:
        warnings.append(CaseWarning("release_soon_open_domains", release, open_key_domains))
    ends = aftercare_end(actual_release)
    if ends is not None and today <= ends <= today + timedelta(AFTERCARE_ENDING_DAYS):
        warnings.append(CaseWarning("aftercare_ending", ends))
    if status is CaseStatus.NOTIFIED:
        deadline = information_deadline(start_date)
        warnings.append(CaseWarning("information_term_passed" if today > deadline else "information_term", deadline))
    return warnings


def warning_terms(today: date, key_domains: frozenset[str], intake_moment: str,
                  open_statuses: frozenset[str]) -> WarningTerms:
    """The rules above as the dates and values a query compares with, for the register paged through the server
    (tests/integration/test_register_pages.py holds both against each other)."""
    return WarningTerms(
        short_below_days=NO_DUTY_OF_CARE_BELOW_DAYS, closed_status=CaseStatus.CLOSED.value,
        notified_status=CaseStatus.NOTIFIED.value,
        release_from=today, release_until=today + timedelta(RELEASE_SOON_DAYS), key_domains=tuple(sorted(key_domains)),
        intake_moment=intake_moment, open_statuses=tuple(sorted(open_statuses)),
        aftercare_release_from=_first_release_ending_on_or_after(today),
        aftercare_release_until=_first_release_ending_on_or_after(today + timedelta(AFTERCARE_ENDING_DAYS + 1))
        - timedelta(1))


def _first_release_ending_on_or_after(day: date) -> date:
    """The earliest release date whose aftercare ends on `day` or later (the end grows with the release date, by
    whole months, so a few days around "`day` minus the aftercare" decide)."""
    release = day - (_ends(day) - day)
    while _ends(release - timedelta(1)) >= day:
        release -= timedelta(1)
    while _ends(release) < day:
        release += timedelta(1)
    return release


def _ends(release: date) -> date:
    end = aftercare_end(release)
    assert end is not None  # a release date has an end of aftercare
    return end

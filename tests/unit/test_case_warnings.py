"""The one set of warnings: each rule at its edges, warnings apart from hints, and the terms SQL counts with."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from app.casework.case_warnings import (
    AFTERCARE_ENDING_DAYS,
    INFORMATION_TERM_WORKING_DAYS,
    RELEASE_SOON_DAYS,
    CaseWarning,
    Severity,
    WarningFacts,
    case_warnings,
    information_deadline,
    open_warnings,
    warning_screen,
    warning_terms,
)
from app.domain import CaseStatus

TODAY = date(2025, 6, 2)  # a Monday
OPEN = ("housing", "id_document")


def _warnings(today: date = TODAY, **given: Any) -> list[CaseWarning]:
    """The warnings of a case that had its intake and has a plan, unless `given` says otherwise."""
    arguments: dict[str, Any] = {
        "status": CaseStatus.INTAKE,
        "start_date": TODAY - timedelta(days=60),
        "expected_release": None,
        "actual_release": None,
        "has_intake": True,
        "plan_agreed": True,
        "open_key_domains": (),
    }
    arguments.update(given)
    return case_warnings(WarningFacts(**arguments), today)


def _codes(**given: Any) -> list[str]:
    return [warning.code for warning in _warnings(**given)]


def test_the_terms_are_those_of_the_issue() -> None:
    assert (RELEASE_SOON_DAYS, AFTERCARE_ENDING_DAYS, INFORMATION_TERM_WORKING_DAYS) == (14, 14, 5)


def test_a_quiet_case_has_no_warnings() -> None:
    assert _warnings(expected_release=TODAY + timedelta(days=60)) == []
    assert _warnings() == []  # no release date known at all


# --- release within 14 days with an open key domain -------------------------------------------------------------


def test_release_in_exactly_14_days_with_open_key_domains_warns() -> None:
    release = TODAY + timedelta(days=14)
    assert _warnings(expected_release=release, open_key_domains=OPEN) == [
        CaseWarning("release_soon_open_domains", release, OPEN)]


def test_release_in_15_days_does_not_warn_yet() -> None:
    assert _codes(expected_release=TODAY + timedelta(days=15), open_key_domains=OPEN) == []


@pytest.mark.parametrize("days", [0, 1, 7, 13])
def test_release_within_the_window_warns(days: int) -> None:
    assert _codes(expected_release=TODAY + timedelta(days=days), open_key_domains=OPEN) == [
        "release_soon_open_domains"]


def test_release_date_in_the_past_does_not_warn() -> None:
    assert _codes(expected_release=TODAY - timedelta(days=1), open_key_domains=OPEN) == []


def test_no_warning_when_no_key_domain_is_open() -> None:
    assert _codes(expected_release=TODAY + timedelta(days=3), open_key_domains=()) == []


def test_the_warning_names_the_open_domains() -> None:
    [warning] = _warnings(expected_release=TODAY + timedelta(days=3), open_key_domains=("income_work",))
    assert warning.domains == ("income_work",)
    assert warning.on == TODAY + timedelta(days=3)


def test_once_released_the_release_warning_is_gone() -> None:
    assert _codes(expected_release=TODAY + timedelta(days=5), actual_release=TODAY - timedelta(days=1),
                  open_key_domains=OPEN) == []


# --- detention shorter than 10 days -----------------------------------------------------------------------------


def test_detention_of_9_days_has_no_duty_of_care() -> None:
    start = TODAY - timedelta(days=3)
    assert _warnings(start_date=start, expected_release=start + timedelta(days=9)) == [
        CaseWarning("short_detention")]


def test_detention_of_10_days_has_a_duty_of_care() -> None:
    start = TODAY - timedelta(days=3)
    assert _codes(start_date=start, expected_release=start + timedelta(days=10)) == []


def test_the_actual_release_wins_over_the_expected_one_for_short_detention() -> None:
    start = TODAY - timedelta(days=30)
    # expected long, actually released after 5 days: short
    assert "short_detention" in _codes(start_date=start, expected_release=start + timedelta(days=90),
                                       actual_release=start + timedelta(days=5))
    # expected short, actually released after 20 days: not short
    assert "short_detention" not in _codes(start_date=start, expected_release=start + timedelta(days=5),
                                           actual_release=start + timedelta(days=20))
    # exactly 10 days actual, 9 expected: not short
    assert "short_detention" not in _codes(start_date=start, expected_release=start + timedelta(days=9),
                                           actual_release=start + timedelta(days=10))


def test_short_detention_together_with_release_soon() -> None:
    start = TODAY - timedelta(days=2)
    assert _codes(start_date=start, expected_release=TODAY + timedelta(days=5), open_key_domains=OPEN) == [
        "release_soon_open_domains", "short_detention"]  # the warning before the hint


# --- the aftercare period (release + 3 months) is ending ---------------------------------------------------------


def test_aftercare_ending_in_exactly_14_days_warns() -> None:
    released = date(2025, 3, 16)  # + 3 months = 16-06-2025 = TODAY + 14
    assert _warnings(start_date=date(2024, 12, 1), actual_release=released) == [
        CaseWarning("aftercare_ending", date(2025, 6, 16))]


def test_aftercare_ending_in_15_days_does_not_warn_yet() -> None:
    assert _codes(start_date=date(2024, 12, 1), actual_release=date(2025, 3, 17)) == []


def test_aftercare_ending_today_warns_and_ended_yesterday_does_not() -> None:
    assert _codes(start_date=date(2024, 12, 1), actual_release=date(2025, 3, 2)) == ["aftercare_ending"]
    assert _codes(start_date=date(2024, 12, 1), actual_release=date(2025, 3, 1)) == []


def test_aftercare_end_uses_calendar_months() -> None:
    # released 30-11-2024: aftercare ends 28-02-2025 (no 30 February)
    [warning] = _warnings(today=date(2025, 2, 20), start_date=date(2024, 9, 1), actual_release=date(2024, 11, 30))
    assert warning == CaseWarning("aftercare_ending", date(2025, 2, 28))


def test_only_an_actual_release_starts_the_aftercare_period() -> None:
    assert _codes(start_date=date(2024, 12, 1), expected_release=date(2025, 3, 16)) == []


# --- the 5-working-day term for exchanging information ------------------------------------------------------------


def test_information_deadline_counts_working_days_over_a_holiday() -> None:
    # Wednesday 30-04-2025 + 5 working days: Liberation Day 05-05-2025 and a weekend in between
    assert information_deadline(date(2025, 4, 30)) == date(2025, 5, 8)
    # Thursday 24-12-2026: Christmas, a weekend and New Year's Day in between
    assert information_deadline(date(2026, 12, 24)) == date(2027, 1, 4)


def _notified(today: date, start: date = date(2025, 4, 30)) -> list[CaseWarning]:
    return _warnings(today=today, status=CaseStatus.NOTIFIED, start_date=start,
                     expected_release=start + timedelta(days=120))


def test_information_term_runs_until_and_including_the_deadline() -> None:
    deadline = date(2025, 5, 8)
    for today in (date(2025, 4, 30), date(2025, 5, 5), date(2025, 5, 7), deadline):
        assert _notified(today) == [CaseWarning("information_term", deadline)], today


def test_information_term_has_passed_the_day_after_the_deadline() -> None:
    deadline = date(2025, 5, 8)
    assert _notified(date(2025, 5, 9)) == [CaseWarning("information_term_passed", deadline)]
    assert _notified(date(2025, 9, 1)) == [CaseWarning("information_term_passed", deadline)]


def test_on_the_day_that_would_be_the_deadline_without_the_holiday_the_term_still_runs() -> None:
    # Without Liberation Day the deadline would be Wednesday 07-05-2025.
    assert [w.code for w in _notified(date(2025, 5, 8))] == ["information_term"]


@pytest.mark.parametrize("status", [s for s in CaseStatus if s is not CaseStatus.NOTIFIED])
def test_no_information_term_once_past_the_notification(status: CaseStatus) -> None:
    codes = [w.code for w in _warnings(today=date(2025, 5, 9), status=status, start_date=date(2025, 4, 30),
                                       expected_release=date(2025, 9, 1))]
    assert "information_term" not in codes
    assert "information_term_passed" not in codes


# --- closed cases ---------------------------------------------------------------------------------------------


def test_a_closed_case_keeps_only_the_short_detention_warning() -> None:
    start = TODAY - timedelta(days=5)
    everything = {"start_date": start, "expected_release": TODAY + timedelta(days=2), "open_key_domains": OPEN}
    assert _codes(status=CaseStatus.INTAKE, **everything) == ["release_soon_open_domains", "short_detention"]
    assert _codes(status=CaseStatus.CLOSED, **everything) == ["short_detention"]


def test_a_closed_case_with_aftercare_ending_has_no_warning() -> None:
    assert _codes(status=CaseStatus.CLOSED, start_date=date(2024, 12, 1), actual_release=date(2025, 3, 10)) == []
    assert _codes(status=CaseStatus.AFTERCARE, start_date=date(2024, 12, 1),
                  actual_release=date(2025, 3, 10)) == ["aftercare_ending"]


# --- without an intake, without a plan -----------------------------------------------------------------------------


def test_release_in_2_days_with_status_plan_and_no_plan_and_no_intake_is_not_silent() -> None:
    release = TODAY + timedelta(days=2)
    warnings = _warnings(status=CaseStatus.PLAN, expected_release=release, has_intake=False, plan_agreed=False)
    assert warnings == [CaseWarning("release_soon_no_intake", release)]  # no intake: no plan either
    assert open_warnings(warnings) == 1


def test_release_soon_with_a_plan_still_a_concept_warns() -> None:
    release = TODAY + timedelta(days=10)
    assert _warnings(expected_release=release, plan_agreed=False) == [
        CaseWarning("release_soon_plan_not_agreed", release)]


def test_no_intake_or_plan_far_from_release_is_no_warning() -> None:
    assert _codes(expected_release=TODAY + timedelta(days=15), has_intake=False, plan_agreed=False) == []


def test_a_closed_case_without_intake_or_plan_has_no_warning() -> None:
    assert _codes(status=CaseStatus.CLOSED, expected_release=TODAY + timedelta(days=2), has_intake=False,
                  plan_agreed=False) == []


# --- a plan for partners without a basis to share it --------------------------------------------------------------


def test_a_plan_for_partners_without_consent_or_ground_warns() -> None:
    assert _codes(plan_for_partners=True, basis_to_share=False) == ["no_basis_to_share"]
    assert _codes(plan_for_partners=True, basis_to_share=True) == []
    assert _codes(plan_for_partners=False, basis_to_share=False) == []
    assert _codes(status=CaseStatus.CLOSED, plan_for_partners=True, basis_to_share=False) == []


# --- warnings and hints ----------------------------------------------------------------------------------------


def test_hints_inform_and_do_not_count_as_open_warnings() -> None:
    hints = [CaseWarning("short_detention"), CaseWarning("aftercare_ending", TODAY),
             CaseWarning("information_term", TODAY)]
    assert {hint.severity for hint in hints} == {Severity.HINT}
    assert open_warnings(hints) == 0
    assert CaseWarning("information_term_passed", TODAY).severity is Severity.WARNING


@pytest.mark.parametrize("today", [date(2025, 5, 5), date(2025, 5, 8), date(2025, 5, 9), date(2026, 12, 28),
                                   date(2027, 1, 4), date(2027, 1, 5)])
def test_the_terms_start_date_for_sql_divides_passed_from_running_terms(today: date) -> None:
    before = warning_terms(today, frozenset()).information_started_before
    for start in (before - timedelta(days=offset) for offset in range(-20, 20)):
        assert (start < before) == (information_deadline(start) < today), start


def _screened_wrongly(today: date, facts: WarningFacts) -> bool:
    """True when `case_warnings` gives something that the register's quick screen would skip."""
    release = facts.actual_release or facts.expected_release
    may_warn = warning_screen(today)(facts.status, facts.start_date, release, facts.actual_release,
                                     facts.plan_for_partners)
    return bool(case_warnings(facts, today)) and not may_warn


def test_the_quick_screen_lets_through_every_case_with_aftercare_ending() -> None:
    # Every fifth day of two years (months of 28 to 31 days, a leap year), releases from 150 days back to 30 ahead.
    for today in (date(2024, 1, 1) + timedelta(days) for days in range(0, 731, 5)):
        for offset in range(-150, 31):
            released = today + timedelta(offset)
            for status in (CaseStatus.AFTERCARE, CaseStatus.CLOSED):
                facts = WarningFacts(status, released - timedelta(60), released, released, True, True)
                assert not _screened_wrongly(today, facts), (today, released, status)


def test_the_quick_screen_lets_through_every_case_with_a_warning() -> None:
    releases = [None, *(TODAY + timedelta(offset) for offset in range(-20, 25, 3))]
    for status in CaseStatus:
        for start in (TODAY - timedelta(offset) for offset in (0, 5, 9, 11, 60)):
            for expected in releases:
                for actual in (None, expected):
                    for intake, agreed, partners, basis in ((False, False, False, False), (True, False, True, False),
                                                            (True, True, True, True), (True, True, False, False)):
                        facts = WarningFacts(status, start, expected, actual, intake, agreed, OPEN if intake else (),
                                             partners, basis)
                        assert not _screened_wrongly(TODAY, facts), facts

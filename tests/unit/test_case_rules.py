"""Pure case rules: the 10-day and 3-month rules, date checks, required text, target groups."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import (
    TargetGroup,
    case_hints,
    format_target_groups,
    parse_target_groups,
    require_text,
    validate_date_of_birth,
    validate_detention_dates,
)
from app.errors import ValidationError

START = date(2024, 3, 1)


# --- case_hints: no duty of care below 10 days -------------------------------------------------------------------


def test_detention_of_nine_days_carries_no_duty_of_care() -> None:
    assert case_hints(START, START + timedelta(days=9), None).no_duty_of_care is True


def test_detention_of_exactly_ten_days_carries_a_duty_of_care() -> None:
    assert case_hints(START, START + timedelta(days=10), None).no_duty_of_care is False


def test_same_day_release_carries_no_duty_of_care() -> None:
    assert case_hints(START, START, None).no_duty_of_care is True


def test_without_any_release_date_there_is_no_hint() -> None:
    hints = case_hints(START, None, None)
    assert hints.no_duty_of_care is False
    assert hints.aftercare_ends_on is None


# --- case_hints: aftercare lasts three months after release ------------------------------------------------------


def test_aftercare_ends_three_months_after_release() -> None:
    assert case_hints(START, date(2024, 5, 15), None).aftercare_ends_on == date(2024, 8, 15)


@pytest.mark.parametrize(
    ("release", "end"),
    [
        (date(2022, 11, 30), date(2023, 2, 28)),  # no 30 February: the last day of February
        (date(2023, 11, 30), date(2024, 2, 29)),  # leap year
        (date(2023, 12, 31), date(2024, 3, 31)),
    ],
)
def test_aftercare_end_at_the_end_of_a_short_month(release: date, end: date) -> None:
    assert case_hints(date(2022, 1, 1), release, None).aftercare_ends_on == end


def test_actual_release_wins_over_expected_release() -> None:
    expected = START + timedelta(days=60)
    actual = START + timedelta(days=5)
    hints = case_hints(START, expected, actual)
    assert hints.no_duty_of_care is True  # 5 days actually served, not the 60 expected
    assert hints.aftercare_ends_on == date(2024, 6, 6)


def test_expected_release_is_used_while_actual_is_unknown() -> None:
    hints = case_hints(START, START + timedelta(days=60), None)
    assert hints.no_duty_of_care is False
    assert hints.aftercare_ends_on == date(2024, 7, 30)


# --- dates -------------------------------------------------------------------------------------------------------

TODAY = date(2024, 6, 15)


def _refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_birth_date_in_the_future_is_a_typing_error() -> None:
    error = _refused(validate_date_of_birth, TODAY + timedelta(days=1), TODAY)
    assert (error.field, error.code) == ("date_of_birth", "birth_in_future")


def test_minor_is_refused() -> None:
    error = _refused(validate_date_of_birth, date(2006, 6, 16), TODAY)  # 18 tomorrow
    assert (error.field, error.code) == ("date_of_birth", "not_adult")


def test_eighteenth_birthday_today_is_adult() -> None:
    validate_date_of_birth(date(2006, 6, 15), TODAY)


def test_adult_is_accepted() -> None:
    validate_date_of_birth(date(1980, 1, 1), TODAY)


def test_expected_release_before_start_is_refused() -> None:
    error = _refused(validate_detention_dates, START, START - timedelta(days=1), None)
    assert (error.field, error.code) == ("expected_release_date", "release_before_start")


def test_actual_release_before_start_is_refused() -> None:
    error = _refused(validate_detention_dates, START, START + timedelta(days=30), START - timedelta(days=1))
    assert (error.field, error.code) == ("actual_release_date", "release_before_start")


def test_release_on_the_start_day_and_unknown_releases_are_accepted() -> None:
    validate_detention_dates(START, START, START)
    validate_detention_dates(START, None, None)


# --- required text -----------------------------------------------------------------------------------------------


def test_required_text_is_returned_without_surrounding_blanks() -> None:
    assert require_text("surname", "  Jansen \n") == "Jansen"


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_blank_required_text_is_refused_on_its_field(blank: str) -> None:
    error = _refused(require_text, "surname", blank)
    assert (error.field, error.code) == ("surname", "required")


# --- target groups -----------------------------------------------------------------------------------------------


@given(st.frozensets(st.sampled_from(list(TargetGroup))))
def test_target_groups_survive_format_and_parse(groups: frozenset[TargetGroup]) -> None:
    assert parse_target_groups(format_target_groups(groups)) == groups


def test_target_groups_are_stored_sorted_and_comma_separated() -> None:
    stored = format_target_groups({TargetGroup.PGA, TargetGroup.ISD, TargetGroup.TOP_X})
    assert stored == "isd,pga,top_x"


def test_no_target_groups_is_the_empty_string() -> None:
    assert format_target_groups(frozenset()) == ""
    assert parse_target_groups("") == frozenset()

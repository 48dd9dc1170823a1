"""Working days against a table of known Dutch public holidays 2025–2027, written out here by hand (not taken
from the `holidays` package the code uses), so a package update that changes a date is caught.

Municipal staff work on Good Friday, so it is a working day here. Liberation Day is a day off only in lustrum
years (2025), not in 2026 and 2027.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.working_days import add_working_days, is_public_holiday, is_working_day, working_days_between

FIRST_DAY = date(2025, 1, 1)
LAST_DAY = date(2027, 12, 31)


def _d(text: str) -> date:
    """A date written the Dutch way, dd-mm-yyyy."""
    day, month, year = (int(part) for part in text.split("-"))
    return date(year, month, day)


HOLIDAYS: dict[date, str] = {
    _d(day): name
    for day, name in [
        # 2025
        ("01-01-2025", "Nieuwjaarsdag"),
        ("20-04-2025", "Eerste Paasdag (zondag)"),
        ("21-04-2025", "Tweede Paasdag"),
        ("26-04-2025", "Koningsdag (zaterdag: 27-04-2025 is een zondag)"),
        ("05-05-2025", "Bevrijdingsdag (lustrumjaar)"),
        ("29-05-2025", "Hemelvaartsdag"),
        ("08-06-2025", "Eerste Pinksterdag (zondag)"),
        ("09-06-2025", "Tweede Pinksterdag"),
        ("25-12-2025", "Eerste Kerstdag"),
        ("26-12-2025", "Tweede Kerstdag"),
        # 2026
        ("01-01-2026", "Nieuwjaarsdag"),
        ("05-04-2026", "Eerste Paasdag (zondag)"),
        ("06-04-2026", "Tweede Paasdag"),
        ("27-04-2026", "Koningsdag"),
        ("14-05-2026", "Hemelvaartsdag"),
        ("24-05-2026", "Eerste Pinksterdag (zondag)"),
        ("25-05-2026", "Tweede Pinksterdag"),
        ("25-12-2026", "Eerste Kerstdag"),
        ("26-12-2026", "Tweede Kerstdag"),
        # 2027
        ("01-01-2027", "Nieuwjaarsdag"),
        ("28-03-2027", "Eerste Paasdag (zondag)"),
        ("29-03-2027", "Tweede Paasdag"),
        ("27-04-2027", "Koningsdag"),
        ("06-05-2027", "Hemelvaartsdag"),
        ("16-05-2027", "Eerste Pinksterdag (zondag)"),
        ("17-05-2027", "Tweede Pinksterdag"),
        ("25-12-2027", "Eerste Kerstdag"),
        ("26-12-2027", "Tweede Kerstdag"),
    ]
}

GOOD_FRIDAYS = [_d("18-04-2025"), _d("03-04-2026"), _d("26-03-2027")]
NOT_A_HOLIDAY = [
    *GOOD_FRIDAYS,
    _d("27-04-2025"),  # King's Day moved to the Saturday before; the Sunday itself is an ordinary Sunday
    _d("05-05-2026"),  # Liberation Day outside a lustrum year
    _d("05-05-2027"),
    _d("31-12-2025"),  # New Year's Eve
    _d("24-12-2026"),  # Christmas Eve
]


def _every_day() -> list[date]:
    return [FIRST_DAY + timedelta(days=offset) for offset in range((LAST_DAY - FIRST_DAY).days + 1)]


def _reference_is_working_day(day: date) -> bool:
    assert FIRST_DAY <= day <= LAST_DAY, "the reference only knows 2025-2027"
    return day.weekday() < 5 and day not in HOLIDAYS


# --- the table itself -----------------------------------------------------------------------------------------


def test_table_is_consistent() -> None:
    # Guards against typing errors in the table above: Easter Sunday + 1, + 39 and + 50 days.
    for easter in (_d("20-04-2025"), _d("05-04-2026"), _d("28-03-2027")):
        assert easter.weekday() == 6
        assert easter + timedelta(days=1) in HOLIDAYS  # Easter Monday
        assert easter + timedelta(days=39) in HOLIDAYS  # Ascension Day, a Thursday
        assert (easter + timedelta(days=39)).weekday() == 3
        assert easter + timedelta(days=49) in HOLIDAYS  # Whit Sunday
        assert easter + timedelta(days=50) in HOLIDAYS  # Whit Monday
        assert easter - timedelta(days=2) in GOOD_FRIDAYS
    assert len(HOLIDAYS) == 10 + 9 + 9
    assert all(FIRST_DAY <= day <= LAST_DAY for day in HOLIDAYS)


# --- is_public_holiday / is_working_day -----------------------------------------------------------------------


def test_every_day_of_2025_to_2027_is_a_holiday_exactly_when_the_table_says_so() -> None:
    wrong = [
        (day.strftime("%a %d-%m-%Y"), HOLIDAYS.get(day, "-"))
        for day in _every_day()
        if is_public_holiday(day) != (day in HOLIDAYS)
    ]
    assert wrong == []


def test_every_day_of_2025_to_2027_is_a_working_day_exactly_when_the_reference_says_so() -> None:
    wrong = [
        day.strftime("%a %d-%m-%Y") for day in _every_day() if is_working_day(day) != _reference_is_working_day(day)
    ]
    assert wrong == []


@pytest.mark.parametrize("day", NOT_A_HOLIDAY, ids=lambda d: d.isoformat())
def test_days_that_look_like_holidays_but_are_not(day: date) -> None:
    assert not is_public_holiday(day)
    assert is_working_day(day) == (day.weekday() < 5)


@pytest.mark.parametrize("good_friday", GOOD_FRIDAYS, ids=lambda d: d.isoformat())
def test_good_friday_is_a_working_day_for_municipal_staff(good_friday: date) -> None:
    assert good_friday.weekday() == 4
    assert is_working_day(good_friday)


def test_liberation_day_is_a_day_off_only_in_a_lustrum_year() -> None:
    assert not is_working_day(_d("05-05-2025"))  # a Monday
    assert is_working_day(_d("05-05-2026"))  # a Tuesday
    assert is_working_day(_d("05-05-2027"))  # a Wednesday


def test_weekends_are_no_working_days() -> None:
    assert not is_working_day(_d("03-05-2025"))  # Saturday
    assert not is_working_day(_d("04-05-2025"))  # Sunday
    assert is_working_day(_d("02-05-2025"))  # Friday
    assert is_working_day(_d("06-05-2025"))  # Tuesday


@pytest.mark.parametrize(("year", "working_days"), [(2025, 254), (2026, 255), (2027, 256)])
def test_working_days_per_year(year: int, working_days: int) -> None:
    # 261 weekdays each year, minus the holidays that fall on a weekday (7, 6 and 5).
    assert working_days_between(date(year - 1, 12, 31), date(year, 12, 31)) == working_days


# --- add_working_days -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        ("24-04-2025", 5, "01-05-2025"),  # Thursday: weekend with King's Day on the Saturday, counted once
        ("30-04-2025", 5, "08-05-2025"),  # crosses Liberation Day 2025
        ("29-04-2026", 5, "06-05-2026"),  # 05-05-2026 is a working day
        ("24-12-2026", 1, "28-12-2026"),  # Christmas on Friday and Saturday, then Sunday
        ("24-12-2026", 5, "04-01-2027"),  # ... and New Year's Day on a Friday
        ("17-04-2025", 1, "18-04-2025"),  # Good Friday counts
        ("18-04-2025", 1, "22-04-2025"),  # Easter Monday does not
        ("28-05-2025", 1, "30-05-2025"),  # Ascension Day
        ("06-06-2025", 1, "10-06-2025"),  # Whit Monday
        ("22-05-2026", 1, "26-05-2026"),  # Whit Monday 2026
        ("14-05-2027", 1, "18-05-2027"),  # Whit Monday 2027
        ("24-04-2026", 1, "28-04-2026"),  # King's Day 2026 on a Monday
        ("26-04-2027", 1, "28-04-2027"),  # King's Day 2027 on a Tuesday
        ("31-12-2025", 1, "02-01-2026"),  # New Year's Day 2026
        ("26-03-2027", 1, "30-03-2027"),  # Good Friday 2027 counts from, Easter Monday 2027 is skipped
        ("26-04-2025", 1, "28-04-2025"),  # starting on a Saturday holiday
        ("05-05-2025", 1, "06-05-2025"),  # starting on a holiday: the start day itself never counts
        ("07-05-2025", 0, "07-05-2025"),
        ("03-05-2025", 0, "03-05-2025"),  # zero days from a Saturday: the start itself
        ("01-01-2025", 254, "31-12-2025"),
    ],
)
def test_add_working_days(start: str, count: int, expected: str) -> None:
    assert add_working_days(_d(start), count) == _d(expected)


# --- working_days_between -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("24-04-2025", "01-05-2025", 5),
        ("30-04-2025", "08-05-2025", 5),
        ("22-12-2025", "02-01-2026", 6),  # Christmas and New Year's Day skipped
        ("24-12-2026", "28-12-2026", 1),
        ("02-05-2025", "05-05-2025", 0),  # Friday to Liberation Day: only a weekend and a holiday after it
        ("07-05-2025", "07-05-2025", 0),  # the same day
        ("08-05-2025", "07-05-2025", 0),  # last before first
        ("01-01-2025", "01-01-2024", 0),
    ],
)
def test_working_days_between(first: str, last: str, expected: int) -> None:
    assert working_days_between(_d(first), _d(last)) == expected


# --- properties -----------------------------------------------------------------------------------------------

START_DAYS = st.dates(min_value=FIRST_DAY, max_value=date(2027, 11, 30))


@given(start=START_DAYS, count=st.integers(min_value=1, max_value=20))
def test_add_working_days_lands_on_a_working_day_that_many_working_days_later(start: date, count: int) -> None:
    end = add_working_days(start, count)
    assert end > start
    assert is_working_day(end)
    assert working_days_between(start, end) == count
    assert working_days_between(start, end - timedelta(days=1)) == count - 1  # the first such day, not a later one


@given(start=START_DAYS, count=st.integers(min_value=1, max_value=20))
def test_add_working_days_agrees_with_the_table(start: date, count: int) -> None:
    day, remaining = start, count
    while remaining:
        day += timedelta(days=1)
        remaining -= _reference_is_working_day(day)
    assert add_working_days(start, count) == day


@given(
    first=st.dates(min_value=FIRST_DAY, max_value=date(2027, 10, 31)),  # last stays within the table
    days=st.integers(min_value=0, max_value=40),
    more=st.integers(min_value=0, max_value=20),
)
def test_working_days_between_adds_up(first: date, days: int, more: int) -> None:
    middle = first + timedelta(days=days)
    last = middle + timedelta(days=more)
    assert working_days_between(first, last) == working_days_between(first, middle) + working_days_between(middle, last)
    assert working_days_between(first, last) == sum(
        _reference_is_working_day(first + timedelta(days=offset)) for offset in range(1, (last - first).days + 1)
    )


def test_the_dutch_calendar_is_holidays_own_and_loads_without_the_other_countries() -> None:
    """app.working_days loads holidays' Dutch module on its own (the package's countries would load 250)."""
    import subprocess
    import sys

    import holidays

    from app.working_days import _NETHERLANDS

    for year in (2000, 2025, 2026, 2040):
        assert dict(_NETHERLANDS(years=year, language="en_US")) == dict(holidays.NL(years=year, language="en_US"))
    counted = subprocess.run(
        [sys.executable, "-c", "import sys; from datetime import date; from app.working_days import is_working_day; "
         "is_working_day(date(2026, 4, 27)); print(sorted(name for name in sys.modules "
         "if name.startswith('holidays.countries')))"],
        check=True, capture_output=True, text=True).stdout.strip()
    assert counted == "[]"

"""Working days: weekdays that are not Dutch public holidays.

The holidays come from the `holidays` package (New Year, Easter Monday, King's Day, Liberation Day in lustrum
years, Ascension Day, Whit Monday, Christmas). Good Friday is listed there but is no day off for municipal
staff, so it counts as a working day here.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

# The Dutch calendar's own class, not the lazy `holidays.NL`: importing it loads the modules of every country
# (holidays.countries, about 0.1 s), here rather than in the register's first reading, so that the app does it while
# the passphrase is typed (ui.workspace.preload).
from holidays.countries.netherlands import Netherlands

_NOT_A_DAY_OFF = {"Good Friday"}


@cache
def _public_holidays(year: int) -> frozenset[date]:
    return frozenset(day for day, name in Netherlands(years=year, language="en_US").items()
                     if name not in _NOT_A_DAY_OFF)


def is_public_holiday(day: date) -> bool:
    return day in _public_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_public_holiday(day)


def add_working_days(start: date, count: int) -> date:
    """The date `count` working days after `start` (the start day itself does not count)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(first: date, last: date) -> int:
    """Working days after `first` up to and including `last` (0 when `last` is not after `first`)."""
    return sum(1 for offset in range(1, (last - first).days + 1) if is_working_day(first + timedelta(days=offset)))

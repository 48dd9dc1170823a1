"""Working days: weekdays that are not Dutch public holidays.

The holidays come from the `holidays` package (New Year, Easter Monday, King's Day, Liberation Day in lustrum
years, Ascension Day, Whit Monday, Christmas). Good Friday is listed there but is no day off for municipal
staff, so it counts as a working day here.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import holidays
from holidays.holiday_base import HolidayBase

_NOT_A_DAY_OFF = {"Good Friday"}


def _dutch_calendar() -> type[HolidayBase]:
    """holidays' Dutch calendar class, loaded by itself.

    Importing any country of holidays (`holidays.NL` does at its first use) runs `holidays/countries/__init__.py`,
    which imports all 250 countries: 0.1–0.2 s in the register's first reading and 14 MB that stay. The Dutch
    module needs none of them (only holidays' calendars and base classes), so it is found in the package's
    `countries` folder and loaded on its own: by the path finder, which serves the installed app's archive of modules
    (PyInstaller's importer) as well as a folder of files.
    """
    folders = [str(Path(folder) / "countries") for folder in holidays.__path__]
    spec = importlib.machinery.PathFinder.find_spec("holidays.countries.netherlands", folders)
    assert spec is not None and spec.loader is not None, folders
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    calendar: type[HolidayBase] = module.Netherlands
    return calendar


_NETHERLANDS = _dutch_calendar()


@cache
def _public_holidays(year: int) -> frozenset[date]:
    return frozenset(day for day, name in _NETHERLANDS(years=year, language="en_US").items()
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

"""Dates as Dutch users read and type them (dd-mm-yyyy), and conversion between QDate and date."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate

QT_DATE_FORMAT = "dd-MM-yyyy"  # for QDateEdit.setDisplayFormat


def format_date(value: date | None) -> str:
    """"dd-mm-yyyy", or "" when there is no date."""
    return value.strftime("%d-%m-%Y") if value is not None else ""


def format_date_time(value: datetime) -> str:
    """"dd-mm-yyyy HH:mm" in local time; a naive value is taken as UTC (as the audit log stores it)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d-%m-%Y %H:%M")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

"""Dates as Dutch users read and type them (dd-mm-yyyy), conversion between QDate and date, and amounts in euros."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

QT_DATE_FORMAT = "dd-MM-yyyy"  # for QDateEdit.setDisplayFormat


def format_date(value: date | None) -> str:
    """"dd-mm-yyyy", or "" when there is no date.

    Not `strftime`: that imports the time module on every call, through PySide's import hook, which made dates a
    quarter of the register's repaint."""
    return f"{value.day:02}-{value.month:02}-{value.year:04}" if value is not None else ""


def format_date_time(value: datetime) -> str:
    """"dd-mm-yyyy HH:mm" in local time; a naive value is taken as UTC (as the audit log stores it)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d-%m-%Y %H:%M")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_amount(amount: Decimal, language: str) -> str:
    """Euros with two decimals as the user reads them: "12.500,00" in Dutch (QLocale's thousands separator).
    In English "12500.00", without a separator: app.casework.intake.parse_amount reads a comma as the cents, so
    "12,500.00" could not be read back."""
    if language != "nl":
        return f"{amount:.2f}"
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    whole, cents = f"{amount:.2f}".split(".")  # exact: no float in between
    return f"{int(whole):,}".replace(",", locale.groupSeparator()) + locale.decimalPoint() + cents

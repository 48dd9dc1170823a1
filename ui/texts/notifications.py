"""The words for reading in notifications: why a row was refused, and which column it was about (by the header the
file itself uses, so the user finds it in the spreadsheet). Shared by the screen and the command line."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication

from app.backoffice.notifications import Columns, RowProblem


def column_header(field: str, columns: Columns | None = None) -> str:
    """The header in the file of the column `field` (a `Columns` field name), or the field itself."""
    if field in {spec.name for spec in fields(Columns)}:
        return str(getattr(columns or Columns(), field))
    return field


def row_reason(code: str) -> str:
    """Why a row was left out, in a few words."""
    reasons = {
        "required": QCoreApplication.translate("NotificationTexts", "Empty, but required"),
        "date_invalid": QCoreApplication.translate("NotificationTexts", "Not a date (use dd-mm-yyyy)"),
        "bsn_invalid": QCoreApplication.translate("NotificationTexts", "Not a valid BSN (9 digits, 11-test)"),
        "not_adult": QCoreApplication.translate("NotificationTexts", "Younger than 18: aftercare is for adults"),
        "birth_in_future": QCoreApplication.translate("NotificationTexts", "Date of birth lies in the future"),
        "release_before_start": QCoreApplication.translate("NotificationTexts", "Release lies before the start of detention"),
        "control_character": QCoreApplication.translate("NotificationTexts", "Holds a line break, tab or other control character"),
    }
    return reasons.get(code) or QCoreApplication.translate("NotificationTexts", "Refused ({code})").format(code=code)


def problem_line(problem: RowProblem, columns: Columns | None = None) -> str:
    """"Line 3, column BSN: Not a valid BSN (9 digits, 11-test)"."""
    return QCoreApplication.translate("NotificationTexts", "Line {line}, column {column}: {reason}").format(
        line=problem.line, column=column_header(problem.field, columns), reason=row_reason(problem.code))


def line_numbers(lines: tuple[int, ...]) -> str:
    """"6, 9, 12", or "—" when there are none."""
    return ", ".join(str(line) for line in lines) if lines else "—"

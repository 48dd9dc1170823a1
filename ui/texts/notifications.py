"""The words for reading in notifications: why a row was refused, and which column it was about (by the header the
file itself uses, so the user finds it in the spreadsheet). Shared by the screen and the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.backoffice.column_mapping import STANDARD, ColumnMapping
from app.backoffice.notifications import NameCheck, RowProblem


def column_header(field: str, mapping: ColumnMapping | None = None) -> str:
    """The header in the file of the column `field` (a mapping's field name), or the field itself."""
    return (mapping or STANDARD).columns.get(field, field)


def row_reason(code: str) -> str:
    """Why a row was left out, in a few words."""
    reasons = {
        "required": QCoreApplication.translate("NotificationTexts", "Empty, but required"),
        "date_invalid": QCoreApplication.translate("NotificationTexts", "Not a date (use dd-mm-yyyy)"),
        "date_not_exist": QCoreApplication.translate("NotificationTexts", "This date does not exist in the calendar"),
        "name_incomplete": QCoreApplication.translate("NotificationTexts", "Only one name: given names and surname are both needed"),
        "bsn_invalid": QCoreApplication.translate("NotificationTexts", "Not a valid BSN (9 digits, 11-test)"),
        "not_adult": QCoreApplication.translate("NotificationTexts", "Younger than 18: aftercare is for adults"),
        "birth_in_future": QCoreApplication.translate("NotificationTexts", "Date of birth lies in the future"),
        "release_before_start": QCoreApplication.translate("NotificationTexts", "Release lies before the start of detention"),
        "release_in_future": QCoreApplication.translate("NotificationTexts", "The end of detention lies in the future"),
        "control_character": QCoreApplication.translate("NotificationTexts", "Holds a line break, tab or other control character"),
    }
    return reasons.get(code) or QCoreApplication.translate("NotificationTexts", "Refused ({code})").format(code=code)


def problem_line(problem: RowProblem, mapping: ColumnMapping | None = None) -> str:
    """"Line 3 (row 3), column BSN: Not a valid BSN (9 digits, 11-test)"."""
    return QCoreApplication.translate("NotificationTexts", "Line {line} (row {record}), column {column}: {reason}").format(
        line=problem.line, record=problem.record, column=column_header(problem.field, mapping),
        reason=row_reason(problem.code))


def line_numbers(lines: tuple[int, ...]) -> str:
    """"6, 9, 12", or "—" when there are none."""
    return ", ".join(str(line) for line in lines) if lines else "—"


def name_check_line(check: NameCheck) -> str:
    """"Line 4: check the name "Jan Peter Jansen", read as given names "Jan Peter", prefix "", surname "Jansen"."."""
    return QCoreApplication.translate("NotificationTexts", 'Line {line}: check the name "{written}", read as given names "{given}", prefix "{prefix}", surname "{surname}"').format(
        line=check.line, written=check.written, given=check.split.given_names, prefix=check.split.surname_prefix,
        surname=check.split.surname)


def unused_columns_line(headers: tuple[str, ...]) -> str:
    """"Not used: verwachte einddatum, opmerking"."""
    return QCoreApplication.translate("NotificationTexts", "Not used: {columns}").format(columns=", ".join(headers))

"""The words for reading in ends of detention and transfers: why a row waits for review, and the lines of the
result. Shared by the screen and the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.backoffice.releases import ReleaseImport, ReleaseOutcome, ReviewReason
from ui.texts.notifications import line_numbers


def review_reason(reason: ReviewReason | None) -> str:
    """Why a row changed nothing and waits for a person to look at it."""
    reasons = {
        ReviewReason.UNKNOWN_BSN: QCoreApplication.translate("ReleaseTexts", "no client has this BSN"),
        ReviewReason.NO_DETENTION: QCoreApplication.translate("ReleaseTexts", "the client has no open detention that started on or before this date"),
        ReviewReason.SEVERAL: QCoreApplication.translate("ReleaseTexts", "the client has more than one open detention; add the PI to the list to choose"),
        ReviewReason.OTHER_NAME: QCoreApplication.translate("ReleaseTexts", "the surname in the list is not the client's: check the BSN"),
    }
    return reasons.get(reason, "") if reason else ""


def review_line(row: ReleaseOutcome) -> str:
    """"Line 4 (row 4): no client has this BSN"."""
    return QCoreApplication.translate("ReleaseTexts", "Line {line} (row {record}): {reason}").format(
        line=row.line, record=row.record, reason=review_reason(row.review))


def summary_lines(result: ReleaseImport) -> list[str]:
    """The counts of the result, one line each."""
    return [
        QCoreApplication.translate("ReleaseTexts", "End of detention set: {count} (lines: {lines})").format(
            count=len(result.released), lines=line_numbers(result.released)),
        QCoreApplication.translate("ReleaseTexts", "Of which moved on to aftercare: {count} (lines: {lines})").format(
            count=len(result.to_aftercare), lines=line_numbers(result.to_aftercare)),
        QCoreApplication.translate("ReleaseTexts", "New PI set: {count} (lines: {lines})").format(
            count=len(result.transferred), lines=line_numbers(result.transferred)),
        QCoreApplication.translate("ReleaseTexts", "Already done, nothing changed: {count} (lines: {lines})").format(
            count=len(result.already_done), lines=line_numbers(result.already_done)),
        QCoreApplication.translate("ReleaseTexts", "To check, nothing changed: {count}").format(count=len(result.reviews)),
    ]

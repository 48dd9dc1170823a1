"""The words for case warnings (app.casework.case_warnings), in the case and in the register."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.casework.case_warnings import CaseWarning
from ui.texts.formatting import format_date


def warning_text(warning: CaseWarning, domain_label: Callable[[str], str]) -> str:
    """One sentence for `warning`; `domain_label` names a domain id in the user's language."""
    day = format_date(warning.on)
    if warning.code == "short_detention":
        return QCoreApplication.translate("Warnings", "Detention shorter than 10 days: no duty of care.")
    if warning.code == "release_soon_open_domains":
        return QCoreApplication.translate("Warnings", "Release on {date} while still open: {domains}.").format(
            date=day, domains=", ".join(domain_label(domain) for domain in warning.domains))
    if warning.code == "aftercare_ending":
        return QCoreApplication.translate("Warnings", "Aftercare ends on {date}.").format(date=day)
    if warning.code == "information_term":
        return QCoreApplication.translate(
            "Warnings", "Exchange information with the PI by {date} (5 working days after the start of detention)."
        ).format(date=day)
    if warning.code == "information_term_passed":
        return QCoreApplication.translate(
            "Warnings", "The term for exchanging information with the PI passed on {date}.").format(date=day)
    return warning.code

"""The words for case warnings (app.casework.case_warnings): a sentence for the case file and the intake, a short
form for the register's column; ⚠ marks a warning, ℹ a hint."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.casework.case_warnings import CaseWarning, Severity
from ui.texts.formatting import format_date

DomainLabel = Callable[[str], str]

# Per code, the sentence and the short form, with {date} and {domains} filled in when shown (QT_TRANSLATE_NOOP marks
# them for lupdate; QT_TRANSLATE_NOOP's stubs say `object`, hence the value type).
_SENTENCES: dict[str, object] = {
    "release_soon_no_intake": QT_TRANSLATE_NOOP("Warnings", "Release on {date} and the intake has not been held."),
    "release_soon_plan_not_agreed": QT_TRANSLATE_NOOP(
        "Warnings", "Release on {date} and the plan of approach is still a concept: discuss it with the client."),
    "release_soon_open_domains": QT_TRANSLATE_NOOP("Warnings", "Release on {date} while still open: {domains}."),
    "information_term": QT_TRANSLATE_NOOP(
        "Warnings", "Exchange information with the PI by {date} (5 working days after the start of detention)."),
    "information_term_passed": QT_TRANSLATE_NOOP(
        "Warnings", "The term for exchanging information with the PI passed on {date}."),
    "no_basis_to_share": QT_TRANSLATE_NOOP(
        "Warnings", "The plan has actions for partners, but there is no consent and no other legal basis: nothing of "
                    "it may be shared."),
    "short_detention": QT_TRANSLATE_NOOP("Warnings", "Detention shorter than 10 days: no duty of care."),
    "aftercare_ending": QT_TRANSLATE_NOOP("Warnings", "Aftercare ends on {date}."),
}
_SHORT: dict[str, object] = {
    "release_soon_no_intake": QT_TRANSLATE_NOOP("Warnings", "Release {date}: no intake"),
    "release_soon_plan_not_agreed": QT_TRANSLATE_NOOP("Warnings", "Release {date}: plan still a concept"),
    "release_soon_open_domains": QT_TRANSLATE_NOOP("Warnings", "Release {date}: {domains} open"),
    "information_term": QT_TRANSLATE_NOOP("Warnings", "Information to the PI by {date}"),
    "information_term_passed": QT_TRANSLATE_NOOP("Warnings", "Information term passed {date}"),
    "no_basis_to_share": QT_TRANSLATE_NOOP("Warnings", "Plan for partners without consent"),
    "short_detention": QT_TRANSLATE_NOOP("Warnings", "Shorter than 10 days"),
    "aftercare_ending": QT_TRANSLATE_NOOP("Warnings", "Aftercare ends {date}"),
}


def _words(table: dict[str, object], warning: CaseWarning, domain_label: DomainLabel) -> str:
    source = table.get(warning.code)
    if source is None:
        return warning.code
    return QCoreApplication.translate("Warnings", str(source)).format(
        date=format_date(warning.on), domains=", ".join(domain_label(domain) for domain in warning.domains))


def warning_text(warning: CaseWarning, domain_label: DomainLabel) -> str:
    """One sentence for `warning`; `domain_label` names a domain id in the user's language."""
    return _words(_SENTENCES, warning, domain_label)


def mark(warning: CaseWarning) -> str:
    return "⚠" if warning.severity is Severity.WARNING else "ℹ"


def warning_lines(warnings: Sequence[CaseWarning], domain_label: DomainLabel) -> list[str]:
    """Every warning as a marked sentence, warnings before hints (the order app.casework.case_warnings gives)."""
    return [f"{mark(warning)} {warning_text(warning, domain_label)}" for warning in warnings]


def warning_summary(warnings: Sequence[CaseWarning], domain_label: DomainLabel) -> str:
    """The register cell: the first warning in a few words, and how many more there are."""
    if not warnings:
        return ""
    first = f"{mark(warnings[0])} {_words(_SHORT, warnings[0], domain_label)}"
    more = len(warnings) - 1
    return first + (QCoreApplication.translate("Warnings", " (+{count})").format(count=more) if more else "")

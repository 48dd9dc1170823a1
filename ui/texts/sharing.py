"""The words for what a document leaves out for a chain partner, and why (app.casework.sharing_policy's reason codes).

Used by the preview (the note above a plan for a partner), by the "not for this recipient" message and by the
`terugkeer pdf` command, so the three say the same. The identity and detention categories get the short names the
paper itself uses ("persoonsgegevens", "detentiegegevens"); a domain is named by its checklist label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.casework.consent_terms import DETENTION, IDENTITY, PLAN, consent_terms
from app.casework.sharing_policy import HeldBack
from ui.texts.labels import lookup

REASON_TEXTS: dict[str, object] = {
    "no_basis": QT_TRANSLATE_NOOP("SharingTexts", "no consent and no legal basis has been recorded"),
    "ground_not_for_sharing": QT_TRANSLATE_NOOP("SharingTexts", "the legal basis lets the municipality process the data, not share them"),
    "consent_recipient_not_named": QT_TRANSLATE_NOOP("SharingTexts", "the consent does not name this recipient"),
    "consent_category_not_named": QT_TRANSLATE_NOOP("SharingTexts", "the consent does not name this kind of data"),
    "consent_not_yet_given": QT_TRANSLATE_NOOP("SharingTexts", "the consent is not in effect yet"),
    "consent_expired": QT_TRANSLATE_NOOP("SharingTexts", "the consent has expired"),
    "consent_superseded": QT_TRANSLATE_NOOP("SharingTexts", "the consent was replaced by a newer version"),
    "consent_revoked": QT_TRANSLATE_NOOP("SharingTexts", "the consent was revoked"),
    "consent": QT_TRANSLATE_NOOP("SharingTexts", "allowed on the client's consent"),
    "wsb_chain_partner": QT_TRANSLATE_NOOP("SharingTexts", "allowed by the Wet straffen en beschermen"),
}


def reason_text(reason_code: str) -> str:
    """Why data may (not) go to a recipient, as a short clause; an unknown code shows as itself."""
    return lookup("SharingTexts", REASON_TEXTS, reason_code) or reason_code


def held_back_reason_text(reason_code: str) -> str:
    """Why a laptop keeps a case out of the bundle for its back office, and what lets it go."""
    if reason_code == "no_basis":
        return QCoreApplication.translate("SharingTexts", "no consent in effect and no legal basis: record a consent or a legal basis to send this case")
    return reason_text(reason_code)


def category_label(category: str, domain_label: Callable[[str], str]) -> str:
    """The name of a data category; `domain_label` names a checklist domain id in the user's language."""
    if category == IDENTITY:
        return QCoreApplication.translate("SharingTexts", "personal data")
    if category == DETENTION:
        return QCoreApplication.translate("SharingTexts", "detention data")
    if category == PLAN:
        return QCoreApplication.translate("SharingTexts", "the plan (triage, contact persons, agreements)")
    return domain_label(category)


def recipient_label(recipient: str, language: str) -> str:
    """A chain partner's name from resources/data/consent.json; an id no longer configured shows as itself."""
    return next((term.label.in_language(language) for term in consent_terms().recipients if term.id == recipient),
                recipient)


def held_back_lines(held: Iterable[HeldBack], domain_label: Callable[[str], str]) -> list[str]:
    """One line per category left out: "housing: the consent does not name this kind of data"."""
    return [QCoreApplication.translate("SharingTexts", "{category}: {reason}").format(
        category=category_label(item.category, domain_label), reason=reason_text(item.reason_code))
        for item in held]

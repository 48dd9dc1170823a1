"""Every consent version of a case, newest first, read-only: what it covered, when and how it was given, the witness,
until when, its revocations and the signature drawn on screen. Old versions are shown, never edited."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.casework.consent import ConsentData, ConsentFile, RevocationData
from app.casework.consent_terms import RevocationScope, cell_value, parse_cell_value
from app.casework.sharing_policy import ConsentStatus, consent_status
from ui.consent.signature_pad import signature_image
from ui.texts.consent import ConsentVocabulary
from ui.texts.formatting import format_date
from ui.texts.labels import label

SIGNATURE_WIDTH = 300  # shown at most this wide; the PNG itself is at most 600 pixels


@dataclass(frozen=True)
class VersionNumber:
    """Consents that replace one another form a chain; `chain` counts independent consents, `version` within one."""

    chain: int
    version: int


def version_numbers(consents: tuple[ConsentData, ...]) -> dict[str, VersionNumber]:
    by_id = {consent.id: consent for consent in consents}
    roots = [consent for consent in consents if consent.replaces is None or consent.replaces not in by_id]
    numbers: dict[str, VersionNumber] = {}
    for chain, root in enumerate(roots, 1):
        current: ConsentData | None = root
        version = 1
        while current is not None and current.id not in numbers:
            numbers[current.id] = VersionNumber(chain, version)
            current = by_id.get(current.superseded_by) if current.superseded_by else None
            version += 1
    return numbers


class ConsentHistory(QTextBrowser):
    """`show_file(file, vocabulary, today)`; `clear()` forgets the text and the signatures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentHistory")
        self.setAccessibleName(self.tr("Consent history"))
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self._numbers: dict[str, VersionNumber] = {}
        self._single_chain = True

    def version_name(self, consent_id: str) -> str:
        number = self._numbers.get(consent_id)
        if number is None:
            return ""
        if self._single_chain:
            return self.tr("Version {version}").format(version=number.version)
        return self.tr("Consent {consent}, version {version}").format(consent=number.chain, version=number.version)

    def set_numbers(self, consents: tuple[ConsentData, ...]) -> None:
        self._numbers = version_numbers(consents)
        self._single_chain = len({number.chain for number in self._numbers.values()}) <= 1

    def show_file(self, file: ConsentFile, vocabulary: ConsentVocabulary, today: date) -> None:
        self.clear()
        self.set_numbers(file.consents)
        if not file.consents:
            self.setPlainText(self.tr("No consent has been recorded for this case."))
            return
        facts = {fact.consent_id: fact for fact in file.facts.consents}
        given_on = {consent.id: consent.given_on for consent in file.consents}
        blocks = []
        for consent in reversed(file.consents):
            status = consent_status(facts[consent.id], today)
            blocks.append(self._block(consent, status, vocabulary, given_on))
        self.setHtml("<hr/>".join(blocks))

    def clear(self) -> None:
        super().clear()
        self.document().clear()  # drops the signature images with the text
        self._numbers = {}

    def _block(self, consent: ConsentData, status: ConsentStatus, vocabulary: ConsentVocabulary,
               given_on: dict[str, date]) -> str:
        revoked = {(revocation.scope, revocation.scope_value): revocation.revoked_on
                   for revocation in sorted(consent.revocations, key=lambda r: r.revoked_on, reverse=True)}
        rows = [
            (self.tr("Given on"), escape(format_date(consent.given_on))),
            (self.tr("How"), escape(label(consent.how_given))),
        ]
        if consent.witness:
            rows.append((self.tr("Witness"), escape(consent.witness)))
        rows += [
            (self.tr("Valid until"), escape(format_date(consent.valid_until)) if consent.valid_until
             else escape(self.tr("No end date"))),
            (self.tr("Purposes"), _list(vocabulary.purpose(item) for item in consent.purposes)),
            (self.tr("Kinds of data per recipient"), _list(
                self.tr("{recipient}: {kinds}").format(
                    recipient=vocabulary.recipient(recipient),
                    kinds=", ".join(self._marked(vocabulary.category(category),
                                                 _revoked_on(revoked, recipient, category))
                                    for category in categories))
                for recipient, categories in consent.grants)),
        ]
        if consent.replaces:
            rows.append((self.tr("Replaces"), escape(self.version_name(consent.replaces))))
        if consent.superseded_by:
            rows.append((self.tr("Replaced by"), escape(self.tr("{version}, given on {date}").format(
                version=self.version_name(consent.superseded_by),
                date=format_date(given_on.get(consent.superseded_by))))))
        revocations = [self._revocation(revocation, vocabulary) for revocation in consent.revocations]
        rows.append((self.tr("Revocations"), "<br/>".join(revocations) if revocations
                     else escape(self.tr("None"))))
        rows.append((self.tr("Signature"), self._signature(consent)))
        table = "".join(f"<tr><td style='padding-right:12px; color:#4a5568'>{escape(label)}</td><td>{value}</td></tr>"
                        for label, value in rows)
        heading = f"{escape(self.version_name(consent.id))} — {escape(label(status))}"
        return f"<h3>{heading}</h3><table cellspacing='2'>{table}</table>"

    def _marked(self, label: str, revoked_on: date | None) -> str:
        """A recipient or kind of data, with the date a revocation took it out (the earliest, when several)."""
        if revoked_on is None:
            return label
        return self.tr("{item} (revoked from {date})").format(item=label, date=format_date(revoked_on))

    def _revocation(self, revocation: RevocationData, vocabulary: ConsentVocabulary) -> str:
        what = label(revocation.scope)
        if revocation.scope is RevocationScope.RECIPIENT:
            what = f"{what}: {vocabulary.recipient(revocation.scope_value)}"
        elif revocation.scope is RevocationScope.CATEGORY:
            what = f"{what}: {vocabulary.category(revocation.scope_value)}"
        elif revocation.scope is RevocationScope.CELL:
            recipient, category = parse_cell_value(revocation.scope_value)
            what = f"{what}: {vocabulary.recipient(recipient)} – {vocabulary.category(category)}"
        text = self.tr("From {date}: {what}").format(date=format_date(revocation.revoked_on), what=what)
        if revocation.reason:
            text += " — " + self.tr("reason: {reason}").format(reason=revocation.reason)
        return escape(text)

    def _signature(self, consent: ConsentData) -> str:
        if not consent.signature_png:
            return escape(self.tr("Not signed on screen"))
        image = signature_image(consent.signature_png)
        if image is None:
            return escape(self.tr("The stored signature cannot be shown"))
        name = f"signature:{consent.id}"
        self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        width = min(SIGNATURE_WIDTH, image.width())
        height = round(image.height() * width / image.width())
        return f"<img src='{escape(name)}' width='{width}' height='{height}' alt='{escape(self.tr('Signature'))}'/>"


def _revoked_on(revoked: dict[tuple[RevocationScope, str], date], recipient: str, category: str) -> date | None:
    """The earliest day a revocation of the recipient, the kind of data or the one cell took the cell out."""
    days = [day for key in ((RevocationScope.RECIPIENT, recipient), (RevocationScope.CATEGORY, category),
                            (RevocationScope.CELL, cell_value(recipient, category))) if (day := revoked.get(key))]
    return min(days, default=None)


def _list(labels: Iterable[str]) -> str:
    return "<br/>".join(escape(label) for label in labels)

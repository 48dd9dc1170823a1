"""The words a consent is made of, in the user's language: recipients and purposes from resources/data/consent.json,
data categories (identity, detention and the checklist's domains). An id that is no longer configured still shows,
as its id, so an old consent version always reads completely."""

from __future__ import annotations

from app.casework.checklist import TemplateCatalogue
from app.casework.consent_terms import ConsentTerms, Term, consent_terms
from ui.texts.labels import fixed_category_label


class ConsentVocabulary:
    def __init__(self, catalogue: TemplateCatalogue, language: str, terms: ConsentTerms | None = None) -> None:
        self.terms = terms or consent_terms()
        self._language = language
        self._domains = {domain.id: domain.label.in_language(language)
                         for template in catalogue.templates.values() for domain in template.domains}

    @property
    def recipients(self) -> tuple[Term, ...]:
        return self.terms.recipients

    @property
    def purposes(self) -> tuple[Term, ...]:
        return self.terms.purposes

    def recipient(self, recipient_id: str) -> str:
        return self._term(self.terms.recipients, recipient_id)

    def purpose(self, purpose_id: str) -> str:
        return self._term(self.terms.purposes, purpose_id)

    def category(self, category_id: str) -> str:
        return fixed_category_label(category_id) or self._domains.get(category_id, category_id)

    def _term(self, terms: tuple[Term, ...], term_id: str) -> str:
        return next((term.label.in_language(self._language) for term in terms if term.id == term_id), term_id)

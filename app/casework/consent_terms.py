"""The words of consent and legal basis: processing grounds, data categories, how consent was given, and the
configurable lists of recipients (chain partners) and purposes in resources/data/consent.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files

from app.casework.checklist import Text


class Ground(StrEnum):
    """Legal bases for processing (AVG art. 6) as they occur in aftercare."""

    CONSENT = "consent"  # uitdrukkelijke toestemming
    AGREEMENT = "agreement"  # overeenkomst met de gedetineerde
    PUBLIC_TASK = "public_task"  # publieke taak
    IMPOSED_GUIDANCE = "imposed_guidance"  # opgelegde re-integratiebegeleiding (prioritaire groepen)
    WET_STRAFFEN_EN_BESCHERMEN = "wsb"  # Wet straffen en beschermen (sinds juli 2021)


class HowGiven(StrEnum):
    SIGNED_ON_PAPER = "paper"
    SIGNED_ON_SCREEN = "screen"
    VERBAL_WITH_WITNESS = "verbal_witness"


class RevocationScope(StrEnum):
    """What a revocation takes back: the whole consent, or only one recipient or one data category of it."""

    WHOLE = "whole"
    RECIPIENT = "recipient"
    CATEGORY = "category"


IDENTITY = "identity"  # name, date of birth, BSN, address
DETENTION = "detention"  # PI, dates
# Data categories are these two plus one per checklist domain (its id), so a municipality's extra domains count.


@dataclass(frozen=True)
class Term:
    id: str
    label: Text


@dataclass(frozen=True)
class ConsentTerms:
    recipients: tuple[Term, ...]
    purposes: tuple[Term, ...]
    retention_years: int

    def recipient(self, recipient_id: str) -> Term:
        return next(term for term in self.recipients if term.id == recipient_id)

    def purpose(self, purpose_id: str) -> Term:
        return next(term for term in self.purposes if term.id == purpose_id)


@cache
def consent_terms() -> ConsentTerms:
    """The recipients and purposes this municipality uses (resources/data/consent.json)."""
    document = json.loads((files("resources") / "data" / "consent.json").read_text(encoding="utf-8"))

    def terms(key: str) -> tuple[Term, ...]:
        return tuple(Term(entry["id"], Text(entry["nl"], entry["en"])) for entry in document[key])

    return ConsentTerms(terms("recipients"), terms("purposes"), int(document["retention_years"]))

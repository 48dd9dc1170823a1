"""The words of consent and legal basis: processing grounds, data categories, how consent was given, and the
configurable lists of recipients (chain partners) and purposes in resources/data/consent.json."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
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
    """What a revocation takes back: the whole consent, one recipient, one data category, or one cell of the
    matrix (one category for one recipient, `scope_value` "recipient:category")."""

    WHOLE = "whole"
    RECIPIENT = "recipient"
    CATEGORY = "category"
    CELL = "cell"


IDENTITY = "identity"  # name, date of birth, BSN, address
DETENTION = "detention"  # PI, dates, and what they can be worked out from (the end of aftercare)
PLAN = "plan"  # the plan itself: triage, case direction and its reason, coordinator, contact persons, agreements
PLAN_WORDS = "triage, contactpersonen en afspraken"  # the plan as Dutch documents name it in a list of data
# Data categories are these three plus one per checklist domain (its id), so a municipality's extra domains count.

# A consent's matrix: per recipient id the data categories that may go to it. Stored as one text column,
# "recipient:cat1|cat2;recipient2:cat3" (ids never hold ":", "|" or ";"), in the order the form lists them.
Grants = tuple[tuple[str, tuple[str, ...]], ...]


def format_grants(grants: Mapping[str, Iterable[str]] | Grants) -> str:
    """The stored text of a matrix; recipients without a category are left out."""
    items = grants.items() if isinstance(grants, Mapping) else grants
    return ";".join(f"{recipient}:{'|'.join(categories)}" for recipient, categories in items
                    if tuple(categories))


def parse_grants(text: str) -> Grants:
    """The matrix of a stored text (see `format_grants`)."""
    grants: list[tuple[str, tuple[str, ...]]] = []
    for part in text.split(";"):
        recipient, _, categories = part.partition(":")
        cells = tuple(category for category in categories.split("|") if category)
        if recipient and cells:
            grants.append((recipient, cells))
    return tuple(grants)


def cross_product(recipients: Iterable[str], categories: Iterable[str]) -> Grants:
    """Every category to every recipient: what a consent recorded before the matrix existed said."""
    categories = tuple(categories)
    return tuple((recipient, categories) for recipient in recipients)


def cells_of(grants: Grants) -> frozenset[tuple[str, str]]:
    """The (recipient, category) pairs a matrix allows."""
    return frozenset((recipient, category) for recipient, categories in grants for category in categories)


def cell_value(recipient: str, category: str) -> str:
    """The `scope_value` of a revocation of one cell."""
    return f"{recipient}:{category}"


def parse_cell_value(value: str) -> tuple[str, str]:
    recipient, _, category = value.partition(":")
    return recipient, category


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


class Badge(StrEnum):
    """The consent badge of a case, on the case screen and in the register."""

    GIVEN = "given"  # consent in effect, nothing of it revoked
    PARTIAL = "partial"  # consent in effect, but a recipient, a category or another consent was revoked
    REVOKED = "revoked"  # the consent that was in effect has been revoked (even if another ground remains)
    NONE = "none"  # no consent in effect and no other ground
    OTHER_LEGAL_BASIS = "other_legal_basis"  # no consent in effect, but another ground is active

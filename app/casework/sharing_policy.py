"""The sharing policy: the one place that answers "may data category C of this case go to recipient R on day D?".

Every export, print and sync asks `may_share` (or `allowed_categories` / `held_back`, which ask it per pair); nothing
else decides. It is a pure function over plain data (`SharingFacts`), so it is tested as a table without a database.

Why the rules are what they are (../shared/DOMAIN.md, "Information exchange and privacy"):
- Processing rests on a legal basis: a public task, explicit consent of the detainee, an agreement with the
  detainee, imposed re-integration guidance for priority groups, or (since July 2021) the Wet straffen en
  beschermen (WSB), which makes sharing between PI, OM, police, probation and municipality possible without consent.
- Valid consent is informed, *specific* (named data, named recipients), free, and revocable at any time.
- Sharing on a legal basis is not the same as sharing on consent: every decision says which basis carried it.

The rules:
1. Consent allows exactly the cells of its matrix: per recipient it names, the categories it names for that recipient
   (`ConsentFact.cells`; "housing to the housing corporation, care to the GGZ provider" is one consent), on every
   day from `given_on` up to and including `valid_until` (no end when None). Nothing is inferred: a recipient, or a
   category for a recipient, that is not named is not covered. A consent recorded before the matrix existed
   (`grants` None) named each of its categories for each of its recipients.
2. A revocation is effective from `revoked_on`, inclusive: on that day the data no longer goes. Scope `whole` ends
   the consent, `recipient` takes that recipient out of it, `category` takes that category out of it for every
   recipient, `cell` takes one category out for one recipient. A revocation dated in the future changes nothing
   before its day.
3. A replaced consent counts up to the day before its successor was given (`superseded_on`); from then only the
   successor counts, on its own terms. Revocations of the old version do not carry over: the new consent is what
   the detainee said last.
4. An active WSB ground allows every category to go to the chain partners the act covers (`WSB_CHAIN_PARTNERS`),
   without consent; a revocation of consent does not stop sharing that rests on the law. Never before the act came
   into force (`WSB_IN_FORCE`).
5. A public task, an agreement or imposed guidance lets the municipality process the data itself
   (`processing_basis`) but never share it: sharing with any recipient needs consent (1-3) or the WSB (4).
6. No active ground and no consent in effect: nothing is shared, and the municipality has no basis to process.
7. When both the WSB and a consent cover a flow, the decision names the WSB: it is the firmer basis (the detainee
   can revoke consent, not the law), so the audit trail names the basis that really carries the flow.
8. A processing ground is active from `noted_on` up to, not including, `ended_on` (like a revocation date).
9. The municipality's own back office is not a third party: a case's data goes from a laptop to it while the
   municipality may process the data (`processing_basis`), and for a case with nothing recorded yet (a notification
   is registered on the public task). When the only basis was a consent that is now revoked or expired, the
   case's data stays on the laptop; its consent records still travel, so the back office learns of the revocation.

Purposes are recorded with each consent (informed consent names them) but not weighed here: the question is about a
category and a recipient, and every consent in this product is for aftercare.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.casework.consent_terms import Ground, RevocationScope, parse_cell_value

WSB_IN_FORCE = date(2021, 7, 1)

# The chain partners the Wet straffen en beschermen covers, as recipient ids of resources/data/consent.json: the
# PI (its case manager), probation (reclassering), police and the safety house (where OM, police and municipality
# meet), and the municipality's own social team that carries out its aftercare task. Housing corporations, UWV,
# debt counselling and care providers are not in the justice chain: they only receive data on consent.
WSB_CHAIN_PARTNERS: frozenset[str] = frozenset({"pi_case_manager", "probation", "police_safety_house", "social_team"})

# Grounds that let the municipality process a case's data itself, firmest first (rule 7 for processing).
LEGAL_GROUNDS: tuple[Ground, ...] = (
    Ground.WET_STRAFFEN_EN_BESCHERMEN, Ground.IMPOSED_GUIDANCE, Ground.AGREEMENT, Ground.PUBLIC_TASK,
)

# Reason codes of a decision (ui/ maps them to text). Allowed:
ALLOWED_ON_WSB = "wsb_chain_partner"
ALLOWED_ON_CONSENT = "consent"
ALLOWED_OWN_ORGANISATION = "own_organisation"  # rule 9: to the municipality's own back office
# Refused:
NO_BASIS = "no_basis"  # no active ground and no consent at all
GROUND_NOT_FOR_SHARING = "ground_not_for_sharing"  # a ground lets the municipality process, not share
RECIPIENT_NOT_NAMED = "consent_recipient_not_named"
CATEGORY_NOT_NAMED = "consent_category_not_named"
NOT_YET_GIVEN = "consent_not_yet_given"
EXPIRED = "consent_expired"
SUPERSEDED = "consent_superseded"
REVOKED = "consent_revoked"

# When several consents refuse for different reasons, the one reported is the first in this order: a consent that
# named the pair but no longer counts explains more than one that never named it.
_REFUSAL_ORDER = (REVOKED, EXPIRED, SUPERSEDED, NOT_YET_GIVEN, CATEGORY_NOT_NAMED, RECIPIENT_NOT_NAMED)


@dataclass(frozen=True)
class GroundFact:
    """A processing ground of the case, active from `noted_on` up to, not including, `ended_on`."""

    ground: Ground
    noted_on: date
    ended_on: date | None = None

    def active_on(self, day: date) -> bool:
        if self.ground == Ground.WET_STRAFFEN_EN_BESCHERMEN and day < WSB_IN_FORCE:
            return False
        return self.noted_on <= day and (self.ended_on is None or day < self.ended_on)


@dataclass(frozen=True)
class RevocationFact:
    """A revocation effective from `revoked_on`; `scope_value` is the recipient or category id, or
    "recipient:category" for a cell (empty for whole)."""

    revoked_on: date
    scope: RevocationScope
    scope_value: str = ""


@dataclass(frozen=True)
class ConsentFact:
    """One consent version as the policy sees it; `superseded_on` is the day its successor was given. `categories`
    and `recipients` are all those it names; `grants` its matrix of (recipient, category) cells, None for every
    category to every recipient."""

    consent_id: str
    given_on: date
    valid_until: date | None
    categories: frozenset[str]
    recipients: frozenset[str]
    revocations: tuple[RevocationFact, ...] = ()
    superseded_on: date | None = None
    grants: frozenset[tuple[str, str]] | None = None

    @property
    def cells(self) -> frozenset[tuple[str, str]]:
        """The (recipient, category) pairs the consent names (rule 1)."""
        if self.grants is not None:
            return self.grants
        return frozenset((recipient, category) for recipient in self.recipients for category in self.categories)


@dataclass(frozen=True)
class SharingFacts:
    """Everything the policy needs of one case: its grounds (removed ones left out), every consent version with
    its revocations, and the data categories the case has (identity, detention and its template's domains)."""

    grounds: tuple[GroundFact, ...] = ()
    consents: tuple[ConsentFact, ...] = ()
    categories: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SharingDecision:
    """The answer for one category, recipient and day; `basis` is the ground that carries an allowed flow
    (CONSENT or WET_STRAFFEN_EN_BESCHERMEN) and None when refused."""

    allowed: bool
    basis: Ground | None
    reason_code: str


@dataclass(frozen=True)
class HeldBack:
    """A (category, recipient) pair an export or print left out, and why."""

    category: str
    recipient: str
    reason_code: str


class ConsentStatus(StrEnum):
    """Where one consent version stands on a given day."""

    NOT_YET_GIVEN = "not_yet_given"
    IN_EFFECT = "in_effect"
    PARTIALLY_REVOKED = "partially_revoked"  # in effect, without a recipient, category or cell that was revoked
    REVOKED = "revoked"  # wholly, or every cell of it
    EXPIRED = "expired"
    SUPERSEDED = "superseded"


def _revocations_on(consent: ConsentFact, day: date) -> list[RevocationFact]:
    return [revocation for revocation in consent.revocations if revocation.revoked_on <= day]


def remaining_cells(consent: ConsentFact, day: date) -> frozenset[tuple[str, str]]:
    """The (recipient, category) cells of `consent` that no revocation effective on `day` took out (rule 2); empty
    after a whole revocation. Dates of validity are not considered here."""
    cells = set(consent.cells)
    for revocation in _revocations_on(consent, day):
        if revocation.scope == RevocationScope.WHOLE:
            return frozenset()
        if revocation.scope == RevocationScope.RECIPIENT:
            cells = {cell for cell in cells if cell[0] != revocation.scope_value}
        elif revocation.scope == RevocationScope.CATEGORY:
            cells = {cell for cell in cells if cell[1] != revocation.scope_value}
        else:
            cells.discard(parse_cell_value(revocation.scope_value))
    return frozenset(cells)


def consent_status(consent: ConsentFact, day: date) -> ConsentStatus:
    """Where `consent` stands on `day` (rules 1-3)."""
    if day < consent.given_on:
        return ConsentStatus.NOT_YET_GIVEN
    if consent.valid_until is not None and day > consent.valid_until:
        return ConsentStatus.EXPIRED
    if consent.superseded_on is not None and day >= consent.superseded_on:
        return ConsentStatus.SUPERSEDED
    if not remaining_cells(consent, day):
        return ConsentStatus.REVOKED
    if _revocations_on(consent, day):
        return ConsentStatus.PARTIALLY_REVOKED
    return ConsentStatus.IN_EFFECT


_STATUS_REASON = {
    ConsentStatus.NOT_YET_GIVEN: NOT_YET_GIVEN,
    ConsentStatus.EXPIRED: EXPIRED,
    ConsentStatus.SUPERSEDED: SUPERSEDED,
    ConsentStatus.REVOKED: REVOKED,
}


def _consent_verdict(consent: ConsentFact, category: str, recipient: str, day: date) -> str:
    """ALLOWED_ON_CONSENT or the reason this one consent does not cover the pair on `day`."""
    if recipient not in consent.recipients:
        return RECIPIENT_NOT_NAMED
    if (recipient, category) not in consent.cells:
        return CATEGORY_NOT_NAMED
    status = consent_status(consent, day)
    if status in _STATUS_REASON:
        return _STATUS_REASON[status]
    return ALLOWED_ON_CONSENT if (recipient, category) in remaining_cells(consent, day) else REVOKED


def active_grounds(facts: SharingFacts, day: date) -> frozenset[Ground]:
    """The grounds of the case active on `day` (rule 8); consent is not among them (see `consent_status`)."""
    return frozenset(fact.ground for fact in facts.grounds if fact.active_on(day))


def may_share(facts: SharingFacts, category: str, recipient: str, today: date) -> SharingDecision:
    """May data `category` of the case go to `recipient` on `today`? Allowed on the WSB (rule 4, named first by
    rule 7) or on consent (rules 1-3); otherwise refused with the most telling reason (rules 5-6)."""
    grounds = active_grounds(facts, today)
    if Ground.WET_STRAFFEN_EN_BESCHERMEN in grounds and recipient in WSB_CHAIN_PARTNERS:
        return SharingDecision(True, Ground.WET_STRAFFEN_EN_BESCHERMEN, ALLOWED_ON_WSB)
    verdicts = {_consent_verdict(consent, category, recipient, today) for consent in facts.consents}
    if ALLOWED_ON_CONSENT in verdicts:
        return SharingDecision(True, Ground.CONSENT, ALLOWED_ON_CONSENT)
    if verdicts:
        return SharingDecision(False, None, next(code for code in _REFUSAL_ORDER if code in verdicts))
    return SharingDecision(False, None, GROUND_NOT_FOR_SHARING if grounds else NO_BASIS)


def allowed_categories(facts: SharingFacts, recipient: str, today: date) -> frozenset[str]:
    """The categories of the case (`facts.categories` and every category a consent names) that may go to
    `recipient` on `today`."""
    known = set(facts.categories).union(*(consent.categories for consent in facts.consents))
    return frozenset(category for category in known if may_share(facts, category, recipient, today).allowed)


def held_back(facts: SharingFacts, wanted: Iterable[tuple[str, str]], today: date) -> list[HeldBack]:
    """The (category, recipient) pairs of `wanted` that may not go on `today`, each once, in the order asked,
    with the reason: what an export or print lists as left out."""
    refused: list[HeldBack] = []
    for category, recipient in dict.fromkeys(wanted):
        decision = may_share(facts, category, recipient, today)
        if not decision.allowed:
            refused.append(HeldBack(category, recipient, decision.reason_code))
    return refused


def processing_basis(facts: SharingFacts, today: date) -> Ground | None:
    """The ground on which the municipality itself may process the case's data on `today`: the firmest active
    legal ground, else CONSENT while a consent is (partly) in effect, else None (rules 5-6). Audit entries name it."""
    grounds = active_grounds(facts, today)
    for ground in LEGAL_GROUNDS:
        if ground in grounds:
            return ground
    in_effect = (ConsentStatus.IN_EFFECT, ConsentStatus.PARTIALLY_REVOKED)
    if any(consent_status(consent, today) in in_effect for consent in facts.consents):
        return Ground.CONSENT
    return None



def may_go_to_back_office(facts: SharingFacts, today: date) -> SharingDecision:
    """May the case's data go from a laptop to the municipality's own back office on `today` (rule 9)?"""
    basis = processing_basis(facts, today)
    if basis is not None:
        return SharingDecision(True, basis, ALLOWED_OWN_ORGANISATION)
    if not facts.grounds and not facts.consents:
        return SharingDecision(True, Ground.PUBLIC_TASK, ALLOWED_OWN_ORGANISATION)
    return SharingDecision(False, None, NO_BASIS)

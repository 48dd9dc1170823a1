"""The sharing policy as a table: grounds × revocations × dates × recipients → allowed or not, on which basis and
why. Pure data, no database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.casework.consent_terms import IDENTITY, Ground, RevocationScope, consent_terms
from app.casework.sharing_policy import (
    ALLOWED_ON_CONSENT,
    ALLOWED_ON_WSB,
    CATEGORY_NOT_NAMED,
    EXPIRED,
    GROUND_NOT_FOR_SHARING,
    NO_BASIS,
    NOT_YET_GIVEN,
    RECIPIENT_NOT_NAMED,
    REVOKED,
    SUPERSEDED,
    WSB_CHAIN_PARTNERS,
    WSB_IN_FORCE,
    ConsentFact,
    ConsentStatus,
    GroundFact,
    HeldBack,
    RevocationFact,
    SharingFacts,
    allowed_categories,
    consent_status,
    held_back,
    may_go_to_back_office,
    may_share,
    processing_basis,
)

# Categories: identity and housing are named in the consent, care is not.
ID, HOUSING, CARE = IDENTITY, "housing", "care"
# Recipients: named and WSB-covered, named and not covered, not named and covered, not named and not covered.
SOCIAL, CORPORATION, PROBATION, UWV = "social_team", "housing_corporation", "probation", "uwv"
POLICE, PI = "police_safety_house", "pi_case_manager"

GIVEN = date(2024, 3, 1)
UNTIL = date(2024, 9, 30)
REVOKED_ON = date(2024, 6, 1)
BEFORE, ON_GIVEN, DAY_BEFORE_REVOKED, ON_UNTIL, AFTER = (
    GIVEN - timedelta(days=1), GIVEN, REVOKED_ON - timedelta(days=1), UNTIL, UNTIL + timedelta(days=1))
FUTURE_REVOKED_ON = date(2024, 8, 1)


def _consent(*revocations: RevocationFact, consent_id: str = "c1", given_on: date = GIVEN,
             valid_until: date | None = UNTIL, categories: tuple[str, ...] = (ID, HOUSING),
             recipients: tuple[str, ...] = (SOCIAL, CORPORATION), superseded_on: date | None = None) -> ConsentFact:
    return ConsentFact(consent_id, given_on, valid_until, frozenset(categories), frozenset(recipients), revocations,
                       superseded_on)


# One consent as a matrix: housing and identity to the housing corporation, care and identity to the social team.
MATRIX = ConsentFact("m", GIVEN, UNTIL, frozenset({ID, HOUSING, CARE}), frozenset({CORPORATION, SOCIAL}),
                     grants=frozenset({(CORPORATION, ID), (CORPORATION, HOUSING), (SOCIAL, ID), (SOCIAL, CARE)}))


def _matrix(*revocations: RevocationFact) -> ConsentFact:
    return ConsentFact(MATRIX.consent_id, MATRIX.given_on, MATRIX.valid_until, MATRIX.categories, MATRIX.recipients,
                       revocations, grants=MATRIX.grants)


OF_CORPORATION_HOUSING = RevocationFact(REVOKED_ON, RevocationScope.CELL, f"{CORPORATION}:{HOUSING}")
WHOLE = RevocationFact(REVOKED_ON, RevocationScope.WHOLE)
OF_CORPORATION = RevocationFact(REVOKED_ON, RevocationScope.RECIPIENT, CORPORATION)
OF_HOUSING = RevocationFact(REVOKED_ON, RevocationScope.CATEGORY, HOUSING)
FUTURE_WHOLE = RevocationFact(FUTURE_REVOKED_ON, RevocationScope.WHOLE)

CONSENT = _consent()
PUBLIC_TASK = GroundFact(Ground.PUBLIC_TASK, date(2024, 1, 1))
AGREEMENT = GroundFact(Ground.AGREEMENT, date(2024, 1, 1))
IMPOSED = GroundFact(Ground.IMPOSED_GUIDANCE, date(2024, 1, 1))
WSB = GroundFact(Ground.WET_STRAFFEN_EN_BESCHERMEN, date(2024, 1, 1))
WSB_ENDED = GroundFact(Ground.WET_STRAFFEN_EN_BESCHERMEN, date(2024, 1, 1), ended_on=REVOKED_ON)
WSB_LATER = GroundFact(Ground.WET_STRAFFEN_EN_BESCHERMEN, date(2024, 4, 1))
WSB_TOO_EARLY = GroundFact(Ground.WET_STRAFFEN_EN_BESCHERMEN, date(2021, 1, 1))

# A consent (A) replaced on 1 May by a narrower one (B): identity only, the housing corporation only.
REPLACED_ON = date(2024, 5, 1)
OLD = _consent(consent_id="a", valid_until=None, recipients=(CORPORATION, UWV), superseded_on=REPLACED_ON)
NEW = _consent(consent_id="b", given_on=REPLACED_ON, valid_until=None, categories=(ID,), recipients=(CORPORATION,))
OLD_REVOKED = _consent(RevocationFact(date(2024, 4, 15), RevocationScope.WHOLE), consent_id="a", valid_until=None,
                       recipients=(CORPORATION, UWV), superseded_on=REPLACED_ON)
DEBTS_CONSENT = _consent(consent_id="d", categories=("debts",), recipients=("debt_counselling",))

C, W = Ground.CONSENT, Ground.WET_STRAFFEN_EN_BESCHERMEN
ROWS: list[tuple[str, tuple[GroundFact, ...], tuple[ConsentFact, ...], date, str, str, bool, Ground | None, str]] = [
    # (row, grounds, consents, day, category, recipient) → (allowed, basis, reason)
    # --- consent only, nothing revoked: the dates and what it names
    ("day before given", (), (CONSENT,), BEFORE, HOUSING, CORPORATION, False, None, NOT_YET_GIVEN),
    ("on the day given", (), (CONSENT,), ON_GIVEN, HOUSING, CORPORATION, True, C, ALLOWED_ON_CONSENT),
    ("on valid_until", (), (CONSENT,), ON_UNTIL, HOUSING, CORPORATION, True, C, ALLOWED_ON_CONSENT),
    ("day after valid_until", (), (CONSENT,), AFTER, HOUSING, CORPORATION, False, None, EXPIRED),
    ("other named pair", (), (CONSENT,), ON_GIVEN, ID, SOCIAL, True, C, ALLOWED_ON_CONSENT),
    ("category not named", (), (CONSENT,), ON_GIVEN, CARE, CORPORATION, False, None, CATEGORY_NOT_NAMED),
    ("recipient not named", (), (CONSENT,), ON_GIVEN, HOUSING, UWV, False, None, RECIPIENT_NOT_NAMED),
    ("WSB partner not named, no WSB", (), (CONSENT,), ON_GIVEN, HOUSING, PROBATION, False, None,
     RECIPIENT_NOT_NAMED),
    ("neither named", (), (CONSENT,), ON_GIVEN, CARE, UWV, False, None, RECIPIENT_NOT_NAMED),
    ("expired for a WSB partner", (), (CONSENT,), AFTER, ID, SOCIAL, False, None, EXPIRED),
    ("open-ended, years later", (), (_consent(valid_until=None),), date(2030, 1, 1), ID, SOCIAL, True, C,
     ALLOWED_ON_CONSENT),
    # --- no consent: the grounds alone
    ("nothing at all", (), (), ON_GIVEN, HOUSING, SOCIAL, False, None, NO_BASIS),
    ("public task does not share", (PUBLIC_TASK,), (), ON_GIVEN, HOUSING, SOCIAL, False, None,
     GROUND_NOT_FOR_SHARING),
    ("agreement does not share", (AGREEMENT,), (), ON_GIVEN, HOUSING, CORPORATION, False, None,
     GROUND_NOT_FOR_SHARING),
    ("imposed guidance does not share", (IMPOSED,), (), ON_GIVEN, ID, PROBATION, False, None,
     GROUND_NOT_FOR_SHARING),
    ("WSB to probation, any category", (WSB,), (), ON_GIVEN, CARE, PROBATION, True, W, ALLOWED_ON_WSB),
    ("WSB to the social team", (WSB,), (), ON_GIVEN, HOUSING, SOCIAL, True, W, ALLOWED_ON_WSB),
    ("WSB to police / safety house", (WSB,), (), ON_GIVEN, ID, POLICE, True, W, ALLOWED_ON_WSB),
    ("WSB to the PI case manager", (WSB,), (), ON_GIVEN, "debts", PI, True, W, ALLOWED_ON_WSB),
    ("WSB not to UWV", (WSB,), (), ON_GIVEN, HOUSING, UWV, False, None, GROUND_NOT_FOR_SHARING),
    ("WSB not to a housing corporation", (WSB,), (), ON_GIVEN, HOUSING, CORPORATION, False, None,
     GROUND_NOT_FOR_SHARING),
    ("WSB day before it was noted", (WSB_LATER,), (), date(2024, 3, 31), ID, PROBATION, False, None, NO_BASIS),
    ("WSB on the day noted", (WSB_LATER,), (), date(2024, 4, 1), ID, PROBATION, True, W, ALLOWED_ON_WSB),
    ("WSB day before it ended", (WSB_ENDED,), (), DAY_BEFORE_REVOKED, ID, PROBATION, True, W, ALLOWED_ON_WSB),
    ("WSB on the day it ended", (WSB_ENDED,), (), REVOKED_ON, ID, PROBATION, False, None, NO_BASIS),
    ("WSB ended, public task remains", (WSB_ENDED, PUBLIC_TASK), (), REVOKED_ON, ID, PROBATION, False, None,
     GROUND_NOT_FOR_SHARING),
    ("WSB before the act was in force", (WSB_TOO_EARLY,), (), WSB_IN_FORCE - timedelta(days=1), ID, PROBATION,
     False, None, NO_BASIS),
    ("WSB once the act is in force", (WSB_TOO_EARLY,), (), WSB_IN_FORCE, ID, PROBATION, True, W, ALLOWED_ON_WSB),
    # --- consent beside other grounds
    ("public task + consent", (PUBLIC_TASK,), (CONSENT,), ON_GIVEN, HOUSING, CORPORATION, True, C,
     ALLOWED_ON_CONSENT),
    ("public task + consent, not named", (PUBLIC_TASK,), (CONSENT,), ON_GIVEN, HOUSING, UWV, False, None,
     RECIPIENT_NOT_NAMED),
    ("agreement + consent expired", (AGREEMENT,), (CONSENT,), AFTER, HOUSING, CORPORATION, False, None, EXPIRED),
    ("WSB and consent both cover: WSB named", (WSB,), (CONSENT,), ON_GIVEN, HOUSING, SOCIAL, True, W,
     ALLOWED_ON_WSB),
    ("WSB + consent to a non-partner", (WSB,), (CONSENT,), ON_GIVEN, HOUSING, CORPORATION, True, C,
     ALLOWED_ON_CONSENT),
    ("WSB + expired consent, non-partner", (WSB,), (CONSENT,), AFTER, HOUSING, CORPORATION, False, None, EXPIRED),
    ("WSB + expired consent, partner", (WSB,), (CONSENT,), AFTER, HOUSING, SOCIAL, True, W, ALLOWED_ON_WSB),
    ("WSB before consent, unnamed", (WSB,), (CONSENT,), BEFORE, CARE, PROBATION, True, W, ALLOWED_ON_WSB),
    # --- whole revocation
    ("whole: day before revocation", (), (_consent(WHOLE),), DAY_BEFORE_REVOKED, HOUSING, CORPORATION, True, C,
     ALLOWED_ON_CONSENT),
    ("whole: on revocation date", (), (_consent(WHOLE),), REVOKED_ON, HOUSING, CORPORATION, False, None, REVOKED),
    ("whole: other pair on revocation date", (), (_consent(WHOLE),), REVOKED_ON, ID, SOCIAL, False, None, REVOKED),
    ("whole: on valid_until", (), (_consent(WHOLE),), ON_UNTIL, HOUSING, CORPORATION, False, None, REVOKED),
    ("whole: after valid_until", (), (_consent(WHOLE),), AFTER, HOUSING, CORPORATION, False, None, EXPIRED),
    ("whole: before given", (), (_consent(WHOLE),), BEFORE, HOUSING, CORPORATION, False, None, NOT_YET_GIVEN),
    ("whole + WSB, partner", (WSB,), (_consent(WHOLE),), REVOKED_ON, HOUSING, SOCIAL, True, W, ALLOWED_ON_WSB),
    ("whole + WSB, non-partner", (WSB,), (_consent(WHOLE),), REVOKED_ON, HOUSING, CORPORATION, False, None,
     REVOKED),
    ("whole + public task", (PUBLIC_TASK,), (_consent(WHOLE),), REVOKED_ON, ID, SOCIAL, False, None, REVOKED),
    # --- revocation of one recipient
    ("recipient: day before", (), (_consent(OF_CORPORATION),), DAY_BEFORE_REVOKED, HOUSING, CORPORATION, True, C,
     ALLOWED_ON_CONSENT),
    ("recipient: that one on the date", (), (_consent(OF_CORPORATION),), REVOKED_ON, HOUSING, CORPORATION, False,
     None, REVOKED),
    ("recipient: another one on the date", (), (_consent(OF_CORPORATION),), REVOKED_ON, HOUSING, SOCIAL, True, C,
     ALLOWED_ON_CONSENT),
    ("recipient: another one on valid_until", (), (_consent(OF_CORPORATION),), ON_UNTIL, ID, SOCIAL, True, C,
     ALLOWED_ON_CONSENT),
    ("recipient: unnamed stays unnamed", (), (_consent(OF_CORPORATION),), REVOKED_ON, HOUSING, UWV, False, None,
     RECIPIENT_NOT_NAMED),
    # --- revocation of one category
    ("category: day before", (), (_consent(OF_HOUSING),), DAY_BEFORE_REVOKED, HOUSING, SOCIAL, True, C,
     ALLOWED_ON_CONSENT),
    ("category: that one on the date", (), (_consent(OF_HOUSING),), REVOKED_ON, HOUSING, SOCIAL, False, None,
     REVOKED),
    ("category: that one to the other", (), (_consent(OF_HOUSING),), REVOKED_ON, HOUSING, CORPORATION, False, None,
     REVOKED),
    ("category: another one", (), (_consent(OF_HOUSING),), REVOKED_ON, ID, CORPORATION, True, C,
     ALLOWED_ON_CONSENT),
    ("category + WSB partner", (WSB,), (_consent(OF_HOUSING),), REVOKED_ON, HOUSING, SOCIAL, True, W,
     ALLOWED_ON_WSB),
    # --- a matrix: each recipient only its own categories
    ("matrix: housing to the corporation", (), (MATRIX,), ON_GIVEN, HOUSING, CORPORATION, True, C,
     ALLOWED_ON_CONSENT),
    ("matrix: care to the social team", (), (MATRIX,), ON_GIVEN, CARE, SOCIAL, True, C, ALLOWED_ON_CONSENT),
    ("matrix: care not to the corporation", (), (MATRIX,), ON_GIVEN, CARE, CORPORATION, False, None,
     CATEGORY_NOT_NAMED),
    ("matrix: housing not to the social team", (), (MATRIX,), ON_GIVEN, HOUSING, SOCIAL, False, None,
     CATEGORY_NOT_NAMED),
    ("cell: that cell on the date", (), (_matrix(OF_CORPORATION_HOUSING),), REVOKED_ON, HOUSING, CORPORATION,
     False, None, REVOKED),
    ("cell: the day before", (), (_matrix(OF_CORPORATION_HOUSING),), DAY_BEFORE_REVOKED, HOUSING, CORPORATION,
     True, C, ALLOWED_ON_CONSENT),
    ("cell: same recipient, other category", (), (_matrix(OF_CORPORATION_HOUSING),), REVOKED_ON, ID, CORPORATION,
     True, C, ALLOWED_ON_CONSENT),
    ("cell: same category elsewhere untouched", (), (_matrix(OF_CORPORATION_HOUSING),), REVOKED_ON, ID, SOCIAL,
     True, C, ALLOWED_ON_CONSENT),
    ("matrix + category revocation", (), (_matrix(RevocationFact(REVOKED_ON, RevocationScope.CATEGORY, ID)),),
     REVOKED_ON, ID, SOCIAL, False, None, REVOKED),
    ("matrix + recipient revocation", (), (_matrix(RevocationFact(REVOKED_ON, RevocationScope.RECIPIENT, SOCIAL)),),
     REVOKED_ON, CARE, SOCIAL, False, None, REVOKED),
    # --- revocation dated in the future
    ("future: today before it", (), (_consent(FUTURE_WHOLE),), date(2024, 6, 15), HOUSING, CORPORATION, True, C,
     ALLOWED_ON_CONSENT),
    ("future: its eve", (), (_consent(FUTURE_WHOLE),), FUTURE_REVOKED_ON - timedelta(days=1), ID, SOCIAL, True, C,
     ALLOWED_ON_CONSENT),
    ("future: its day", (), (_consent(FUTURE_WHOLE),), FUTURE_REVOKED_ON, ID, SOCIAL, False, None, REVOKED),
    # --- a replaced consent
    ("replaced: old still counts the day before", (), (OLD, NEW), REPLACED_ON - timedelta(days=1), HOUSING,
     CORPORATION, True, C, ALLOWED_ON_CONSENT),
    ("replaced: old pair gone when new given", (), (OLD, NEW), REPLACED_ON, HOUSING, CORPORATION, False, None,
     SUPERSEDED),
    ("replaced: new pair from its day", (), (OLD, NEW), REPLACED_ON, ID, CORPORATION, True, C, ALLOWED_ON_CONSENT),
    ("replaced: dropped recipient", (), (OLD, NEW), REPLACED_ON, ID, UWV, False, None, SUPERSEDED),
    ("replaced: dropped recipient before", (), (OLD, NEW), date(2024, 4, 30), ID, UWV, True, C, ALLOWED_ON_CONSENT),
    ("replaced: old revocation not carried over", (), (OLD_REVOKED, NEW), REPLACED_ON, ID, CORPORATION, True, C,
     ALLOWED_ON_CONSENT),
    ("replaced: old revoked before new given", (), (OLD_REVOKED, NEW), date(2024, 4, 20), ID, CORPORATION, False,
     None, REVOKED),
    # --- two consents are independent
    ("other consent survives a whole revocation", (), (_consent(WHOLE), DEBTS_CONSENT), REVOKED_ON, "debts",
     "debt_counselling", True, C, ALLOWED_ON_CONSENT),
    ("revoked one stays revoked beside another", (), (_consent(WHOLE), DEBTS_CONSENT), REVOKED_ON, HOUSING,
     CORPORATION, False, None, REVOKED),
]


@pytest.mark.parametrize(("grounds", "consents", "day", "category", "recipient", "allowed", "basis", "reason"),
                         [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_the_policy_table(grounds: tuple[GroundFact, ...], consents: tuple[ConsentFact, ...], day: date,
                          category: str, recipient: str, allowed: bool, basis: Ground | None, reason: str) -> None:
    decision = may_share(SharingFacts(grounds, consents), category, recipient, day)
    assert (decision.allowed, decision.basis, decision.reason_code) == (allowed, basis, reason)


def test_the_table_covers_every_ground_scope_and_reason() -> None:
    grounds = {fact.ground for row in ROWS for fact in row[1]}
    scopes = {r.scope for row in ROWS for consent in row[2] for r in consent.revocations}
    reasons = {row[8] for row in ROWS}
    assert grounds == set(Ground) - {Ground.CONSENT}  # consent is proven by its records, not a ground row
    assert scopes == set(RevocationScope)
    assert reasons == {ALLOWED_ON_CONSENT, ALLOWED_ON_WSB, NO_BASIS, GROUND_NOT_FOR_SHARING, RECIPIENT_NOT_NAMED,
                       CATEGORY_NOT_NAMED, NOT_YET_GIVEN, EXPIRED, SUPERSEDED, REVOKED}


def test_the_wsb_chain_partners_are_known_recipients() -> None:
    assert {term.id for term in consent_terms().recipients} >= WSB_CHAIN_PARTNERS
    assert {PI, PROBATION, POLICE, SOCIAL} == WSB_CHAIN_PARTNERS


# --- the questions exports ask ---------------------------------------------------------------------------------


def test_allowed_categories_to_a_recipient() -> None:
    facts = SharingFacts((), (_consent(OF_HOUSING),), frozenset({ID, HOUSING, CARE, "detention"}))
    assert allowed_categories(facts, CORPORATION, DAY_BEFORE_REVOKED) == {ID, HOUSING}
    assert allowed_categories(facts, CORPORATION, REVOKED_ON) == {ID}
    assert allowed_categories(facts, UWV, REVOKED_ON) == frozenset()
    with_wsb = SharingFacts((WSB,), facts.consents, facts.categories)
    assert allowed_categories(with_wsb, PROBATION, REVOKED_ON) == {ID, HOUSING, CARE, "detention"}


def test_held_back_lists_each_refused_pair_once_with_its_reason() -> None:
    facts = SharingFacts((PUBLIC_TASK,), (_consent(OF_CORPORATION),))
    wanted = [(HOUSING, SOCIAL), (HOUSING, CORPORATION), (CARE, SOCIAL), (HOUSING, CORPORATION), (ID, UWV)]
    assert held_back(facts, wanted, REVOKED_ON) == [
        HeldBack(HOUSING, CORPORATION, REVOKED),
        HeldBack(CARE, SOCIAL, CATEGORY_NOT_NAMED),
        HeldBack(ID, UWV, RECIPIENT_NOT_NAMED),
    ]
    assert held_back(facts, [(HOUSING, SOCIAL)], REVOKED_ON) == []


@pytest.mark.parametrize(("grounds", "consents", "day", "basis"), [
    ((), (), ON_GIVEN, None),
    ((PUBLIC_TASK,), (), ON_GIVEN, Ground.PUBLIC_TASK),
    ((PUBLIC_TASK, AGREEMENT), (), ON_GIVEN, Ground.AGREEMENT),
    ((AGREEMENT, IMPOSED), (CONSENT,), ON_GIVEN, Ground.IMPOSED_GUIDANCE),
    ((IMPOSED, WSB), (), ON_GIVEN, Ground.WET_STRAFFEN_EN_BESCHERMEN),
    ((), (CONSENT,), ON_GIVEN, Ground.CONSENT),
    ((), (_consent(OF_HOUSING),), REVOKED_ON, Ground.CONSENT),  # partly revoked: still in effect
    ((), (_consent(WHOLE),), REVOKED_ON, None),
    ((), (CONSENT,), AFTER, None),
    ((WSB_ENDED,), (), REVOKED_ON, None),
], ids=["nothing", "public task", "agreement over public task", "guidance over consent", "wsb first",
        "consent alone", "partly revoked consent", "revoked consent", "expired consent", "ended ground"])
def test_processing_basis(grounds: tuple[GroundFact, ...], consents: tuple[ConsentFact, ...], day: date,
                          basis: Ground | None) -> None:
    assert processing_basis(SharingFacts(grounds, consents), day) == basis


@pytest.mark.parametrize(("consent", "day", "status"), [
    (CONSENT, BEFORE, ConsentStatus.NOT_YET_GIVEN),
    (CONSENT, ON_GIVEN, ConsentStatus.IN_EFFECT),
    (CONSENT, AFTER, ConsentStatus.EXPIRED),
    (_consent(OF_CORPORATION), REVOKED_ON, ConsentStatus.PARTIALLY_REVOKED),
    (_consent(OF_CORPORATION), DAY_BEFORE_REVOKED, ConsentStatus.IN_EFFECT),
    (_consent(WHOLE), REVOKED_ON, ConsentStatus.REVOKED),
    (_consent(OF_HOUSING, RevocationFact(REVOKED_ON, RevocationScope.CATEGORY, ID)), REVOKED_ON,
     ConsentStatus.REVOKED),  # every category taken out
    (OLD, REPLACED_ON, ConsentStatus.SUPERSEDED),
])
def test_consent_status(consent: ConsentFact, day: date, status: ConsentStatus) -> None:
    assert consent_status(consent, day) == status


# --- properties ------------------------------------------------------------------------------------------------

CATEGORIES = (ID, "detention", HOUSING, CARE, "debts")
RECIPIENTS = (SOCIAL, CORPORATION, PROBATION, UWV, POLICE, PI, "debt_counselling")
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
grounds_strategy = st.lists(st.builds(
    GroundFact, st.sampled_from([g for g in Ground if g != Ground.CONSENT]), days, st.none() | days), max_size=3)
partial_revocations = st.lists(st.one_of(
    st.builds(RevocationFact, days, st.just(RevocationScope.RECIPIENT), st.sampled_from(RECIPIENTS)),
    st.builds(RevocationFact, days, st.just(RevocationScope.CATEGORY), st.sampled_from(CATEGORIES)),
), max_size=3)


@st.composite
def consent_with_whole_revocation(draw: st.DrawFn) -> tuple[ConsentFact, date]:
    given_on = draw(days)
    valid_until = draw(st.none() | st.integers(1, 2000).map(lambda n: given_on + timedelta(days=n)))
    revoked_on = given_on + timedelta(days=draw(st.integers(0, 1500)))
    revocations = [*draw(partial_revocations), RevocationFact(revoked_on, RevocationScope.WHOLE)]
    consent = ConsentFact(
        "c", given_on, valid_until,
        frozenset(draw(st.lists(st.sampled_from(CATEGORIES), min_size=1))),
        frozenset(draw(st.lists(st.sampled_from(RECIPIENTS), min_size=1))),
        tuple(draw(st.permutations(revocations))),
    )
    return consent, revoked_on


@settings(max_examples=200, deadline=None)
@given(consent_with_whole_revocation(), grounds_strategy, st.lists(st.integers(0, 3000), min_size=1, max_size=5))
def test_after_a_whole_revocation_no_later_day_rests_on_consent(
    revoked: tuple[ConsentFact, date], grounds: list[GroundFact], offsets: list[int]
) -> None:
    consent, revoked_on = revoked
    facts = SharingFacts(tuple(grounds), (consent,))
    for offset in offsets:
        day = revoked_on + timedelta(days=offset)
        for category in CATEGORIES:
            for recipient in RECIPIENTS:
                decision = may_share(facts, category, recipient, day)
                assert decision.basis != Ground.CONSENT
                if decision.allowed:  # only the law can still carry it, and only to its chain partners
                    assert decision.basis == Ground.WET_STRAFFEN_EN_BESCHERMEN
                    assert recipient in WSB_CHAIN_PARTNERS


@settings(max_examples=200, deadline=None)
@given(grounds_strategy, st.lists(consent_with_whole_revocation().map(lambda pair: pair[0]), max_size=2), days,
       st.sampled_from(CATEGORIES), st.sampled_from(RECIPIENTS))
def test_a_decision_names_a_basis_exactly_when_it_allows(grounds: list[GroundFact], consents: list[ConsentFact],
                                                         day: date, category: str, recipient: str) -> None:
    decision = may_share(SharingFacts(tuple(grounds), tuple(consents)), category, recipient, day)
    assert decision.allowed == (decision.basis is not None)
    assert decision.reason_code == {None: decision.reason_code, Ground.CONSENT: ALLOWED_ON_CONSENT,
                                    Ground.WET_STRAFFEN_EN_BESCHERMEN: ALLOWED_ON_WSB}[decision.basis]
    if not grounds and not consents:
        assert decision.reason_code == NO_BASIS


# --- rule 9: the municipality's own back office -----------------------------------------------------------------


def test_back_office_gets_a_case_with_nothing_recorded_on_the_public_task() -> None:
    decision = may_go_to_back_office(SharingFacts(), date(2025, 3, 1))
    assert (decision.allowed, decision.basis) == (True, Ground.PUBLIC_TASK)


def test_back_office_gets_a_case_on_its_firmest_ground_or_consent() -> None:
    wsb = SharingFacts(grounds=(GroundFact(Ground.WET_STRAFFEN_EN_BESCHERMEN, date(2024, 1, 1)),))
    assert may_go_to_back_office(wsb, date(2025, 3, 1)).basis == Ground.WET_STRAFFEN_EN_BESCHERMEN
    consent = ConsentFact("c1", date(2025, 1, 1), None, frozenset({"identity"}), frozenset({"uwv"}))
    assert may_go_to_back_office(SharingFacts(consents=(consent,)), date(2025, 3, 1)).basis == Ground.CONSENT


def test_back_office_does_not_get_a_case_whose_only_consent_was_revoked() -> None:
    revoked = ConsentFact("c1", date(2025, 1, 1), None, frozenset({"identity"}), frozenset({"uwv"}),
                          (RevocationFact(date(2025, 2, 1), RevocationScope.WHOLE),))
    facts = SharingFacts(consents=(revoked,))
    assert may_go_to_back_office(facts, date(2025, 1, 31)).allowed
    refused = may_go_to_back_office(facts, date(2025, 2, 1))
    assert (refused.allowed, refused.basis, refused.reason_code) == (False, None, NO_BASIS)
    ended = SharingFacts(grounds=(GroundFact(Ground.AGREEMENT, date(2024, 1, 1), date(2025, 1, 1)),))
    assert not may_go_to_back_office(ended, date(2025, 3, 1)).allowed


def test_a_matrix_whose_every_cell_was_revoked_one_by_one_is_revoked() -> None:
    cells = [RevocationFact(REVOKED_ON, RevocationScope.CELL, f"{recipient}:{category}")
             for recipient, category in sorted(MATRIX.grants or ())]
    assert consent_status(_matrix(*cells[:-1]), REVOKED_ON) is ConsentStatus.PARTIALLY_REVOKED
    assert consent_status(_matrix(*cells), REVOKED_ON) is ConsentStatus.REVOKED

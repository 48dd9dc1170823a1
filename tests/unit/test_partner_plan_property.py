"""Property: for random consents (matrices), revocations and legal bases, the plan printed for a partner holds every
field of a kind that may go to it and none of a kind that may not.

Every field of the plan holds a unique marker (a word, or a date of its own); the kinds come from
app.casework.field_kinds, the decision from app.casework.sharing_policy as the print asks it (held_back per kind),
and the check reads the text pypdf extracts from the rendered PDF.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.casework.consent_terms import DETENTION, IDENTITY, PLAN, Ground, RevocationScope, cell_value
from app.casework.field_kinds import for_recipient
from app.casework.sharing_policy import ConsentFact, GroundFact, RevocationFact, SharingFacts, held_back
from app.pdf.plan import PlanAction, PlanContent, PlanDomainSection, render_plan

from .pdf_samples import plan

RECIPIENTS = ("housing_corporation", "mental_health_addiction", "uwv", "probation", "social_team")
DOMAINS = ("housing", "care", "debts")
KINDS = (IDENTITY, DETENTION, PLAN, *DOMAINS)
START = date(2024, 1, 1)
DAYS = 200


def _day(offset: int) -> date:
    return START + timedelta(days=offset)


@st.composite
def consents(draw: st.DrawFn, number: int) -> ConsentFact:
    cells = draw(st.frozensets(st.tuples(st.sampled_from(RECIPIENTS), st.sampled_from(KINDS)), min_size=1,
                               max_size=12))
    given_on = draw(st.integers(0, DAYS))
    valid_until = draw(st.none() | st.integers(given_on + 1, DAYS + 30).map(_day))
    recipients = frozenset(recipient for recipient, _ in cells)
    kinds = frozenset(kind for _, kind in cells)
    scopes = st.one_of(
        st.just((RevocationScope.WHOLE, "")),
        st.sampled_from(sorted(recipients)).map(lambda r: (RevocationScope.RECIPIENT, r)),
        st.sampled_from(sorted(kinds)).map(lambda k: (RevocationScope.CATEGORY, k)),
        st.sampled_from(sorted(cells)).map(lambda cell: (RevocationScope.CELL, cell_value(*cell))),
    )
    revocations = tuple(RevocationFact(_day(draw(st.integers(given_on, DAYS + 30))), scope, value)
                        for scope, value in draw(st.lists(scopes, max_size=3)))
    return ConsentFact(f"c{number}", _day(given_on), valid_until, kinds, recipients, revocations, grants=cells)


grounds = st.builds(GroundFact, st.sampled_from([g for g in Ground if g is not Ground.CONSENT]),
                    st.integers(0, DAYS).map(_day), st.none() | st.integers(0, DAYS + 30).map(_day))


def _marked_plan() -> tuple[PlanContent, dict[str, list[str]]]:
    """The sample plan with a unique marker in every field that can hold one, and the markers per kind."""
    markers: dict[str, list[str]] = {kind: [] for kind in KINDS}
    counter = iter(range(1, 1000))

    def word(kind: str) -> str:
        marker = f"Mk{next(counter):03d}q"
        markers[kind].append(marker)
        return marker

    def day(kind: str) -> date:
        value = date(1900 + next(counter), 3, 4)  # no other date of the plan lies in these years
        markers[kind].append(value.strftime("%d-%m-%Y"))
        return value

    sections = tuple(PlanDomainSection(
        word(domain), word(domain), word(domain), word(domain),
        (PlanAction(word(domain), word(domain), day(domain)),), domain_id=domain) for domain in DOMAINS)
    content = replace(
        plan(), client_name=word(IDENTITY), date_of_birth=day(IDENTITY), bsn=word(IDENTITY),
        prison=word(DETENTION), detention_start=day(DETENTION), expected_release=day(DETENTION),
        actual_release=day(DETENTION), aftercare_end=day(DETENTION),
        coordinator=word(PLAN), plan_status=word(PLAN), self_reliance=word(PLAN), case_direction=word(PLAN),
        direction_reason=word(PLAN), contact_persons=word(PLAN), agreements=word(PLAN), domains=sections)
    return content, markers


MARKED, MARKERS = _marked_plan()


@settings(max_examples=25, deadline=None)
@given(consent_list=st.integers(0, 3).flatmap(lambda count: st.tuples(*(consents(n) for n in range(count)))),
       ground_list=st.lists(grounds, max_size=2),
       recipient=st.sampled_from(RECIPIENTS), today=st.integers(0, DAYS + 40).map(_day))
def test_a_partners_plan_holds_exactly_the_kinds_that_may_go_to_it(
        consent_list: tuple[ConsentFact, ...], ground_list: list[GroundFact], recipient: str, today: date) -> None:
    facts = SharingFacts(tuple(ground_list), consent_list, frozenset(KINDS))
    refused = {item.category for item in held_back(facts, [(kind, recipient) for kind in KINDS], today)}
    content = for_recipient(replace(MARKED, recipient="Partner"), lambda kind: kind not in refused)
    reader = PdfReader(io.BytesIO(render_plan(content).data))
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    for kind in KINDS:
        present = [marker for marker in MARKERS[kind] if marker in text]
        if kind in refused:
            assert present == [], (kind, present)
        else:
            assert present == MARKERS[kind], (kind, set(MARKERS[kind]) - set(present))

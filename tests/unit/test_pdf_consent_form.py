"""The consent form PDF from hand-made content: every clause valid consent needs, in plain Dutch (B1), boxes per
category and recipient, signatures; and its content from a case (no database)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date

import pytest
from pdf_checks import drawn_boxes_and_ticks

from app.casework.cases import CaseData, CaseFile, ClientData, DetentionData, FileVersion
from app.casework.checklist import load_catalogue
from app.casework.consent_terms import DETENTION, IDENTITY, PLAN, RevocationScope, consent_terms
from app.domain import case_hints
from app.pdf.consent_form import GivenConsent, RevokedCell, consent_form_content, render_consent_form
from app.pdf.structure import structure_problems

from .pdf_samples import (
    CLIENT,
    consent,
    document_text,
    image_count,
    metadata,
    outline_titles,
    pages_text,
    reader,
)

# What a valid consent must tell the detainee (DOMAIN.md, issue 4), each as the form words it.
REQUIRED_CLAUSES = {
    "who the municipality is": "Wij zijn de gemeente Teststad.",
    "the municipality is responsible": "De gemeente is verantwoordelijk voor wat er met uw gegevens gebeurt.",
    "the coordinator": "Uw nazorgcoördinator is Şahin Dvořák.",
    "purpose": "Met dit formulier vragen wij of wij uw gegevens met hen mogen delen.",
    "nature of the processing": "Wij schrijven uw gegevens op in een beveiligd systeem van de gemeente.",
    "only what is needed": "Wij geven alleen de gegevens door die zij nodig hebben om u te helpen.",
    "which data": "Welke gegevens mogen wij delen?",
    "to whom": "Met wie mogen wij ze delen?",
    "voluntary": "Toestemming geven is vrijwillig. U mag ook nee zeggen.",
    "partial consent": "U mag ook voor een deel toestemming geven",
    "no consequences in detention": "Zegt u nee? Dan heeft dat geen gevolgen voor uw voorzieningen tijdens uw "
                                    "detentie.",
    "withdraw at any time": "U mag uw toestemming altijd intrekken.",
    "how to withdraw": "Zeg het tegen uw nazorgcoördinator of neem contact op met de gemeente Teststad.",
    "when withdrawal takes effect": "Het intrekken geldt vanaf de dag dat u het doorgeeft.",
    "what withdrawal cannot undo": "Wat wij vóór die dag al hebben gedeeld, kunnen wij niet terughalen.",
    "retention": "Wij bewaren uw gegevens tot 2 jaar na het einde van de nazorg. Daarna verwijderen wij ze.",
    "retention date": "bewaren wij uw gegevens tot 01-07-2027",
    "right of access": "Dat heet inzage.",
    "right to correction": "Dat heet correctie.",
    "right to erasure": "Dat heet verwijdering.",
    "complaint": "Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens "
                 "(www.autoriteitpersoonsgegevens.nl).",
    "legal basis without consent": "Wet straffen en beschermen",
    "declaration": "Ik geef toestemming voor de gegevens en de organisaties die ik heb aangekruist.",
    "detainee signs": "Gedetineerde Naam: " + CLIENT,
    "coordinator signs": "Nazorgcoördinator Naam: Şahin Dvořák",
}


@pytest.fixture(scope="module")
def blank_form() -> bytes:
    return render_consent_form(consent()).data


@pytest.mark.parametrize("clause", list(REQUIRED_CLAUSES))
def test_every_required_clause(blank_form: bytes, clause: str) -> None:
    assert REQUIRED_CLAUSES[clause] in document_text(blank_form)


def test_client_details_and_every_choice_are_printed(blank_form: bytes) -> None:
    text = document_text(blank_form)
    assert f"Naam {CLIENT}" in text and "Geboortedatum 17-05-1990" in text and "PI PI Vught" in text
    content = consent()
    for purpose in content.purposes:
        assert purpose in text
    for choice in (*content.categories, *content.recipients):
        assert choice.label in text, choice.label
    assert "■" not in text


def test_signature_lines_date_and_place(blank_form: bytes) -> None:
    last_page = pages_text(blank_form)[-1]
    assert last_page.count("Handtekening:") == 2
    assert last_page.count("Datum:") == 2 and last_page.count("Plaats:") == 2


def test_plain_language_short_sentences(blank_form: bytes) -> None:
    """B1: sentences (and list items) of at most 16 words, and no legal jargon."""
    text = re.sub(r"Gemeente Teststad Toestemming voor .*?pagina \d+ van \d+", ".", document_text(blank_form))
    body = text[text.index("Wie zijn wij?"):text.index("Welke gegevens mogen wij delen?")]
    for heading in [title for _, title, _ in outline_titles(blank_form)]:
        body = body.replace(heading, ".")  # a heading ends where the next sentence starts
    sentences = [s for s in re.split(r"[.?!:•]", body) if s.strip()]
    too_long = [s for s in sentences if len(s.split()) > 16]
    assert too_long == []
    for jargon in ("verwerkingsverantwoordelijke", "grondslag", "betrokkene", "rechtmatigheid"):
        assert jargon not in text.lower()


def test_pages_numbered_and_metadata(blank_form: bytes) -> None:
    pages = pages_text(blank_form)
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in text
    info = metadata(blank_form)
    assert info["title"] == f"Toestemming voor het delen van uw gegevens – {CLIENT}"
    assert info["author"] == "Gemeente Teststad"
    assert info["lang"] == "nl-NL"
    assert structure_problems(blank_form) == []


def test_outline_has_the_questions(blank_form: bytes) -> None:
    titles = [title for _, title, _ in outline_titles(blank_form)]
    for heading in ("Wie zijn wij?", "U beslist zelf", "Toestemming intrekken", "Uw rechten", "Ondertekening"):
        assert heading in titles


def test_without_kept_until_the_retention_date_is_left_out() -> None:
    text = document_text(render_consent_form(consent(kept_until=None, retention_years=1)).data)
    assert "tot 1 jaar na het einde van de nazorg" in text
    assert "Als u op de verwachte datum vrijkomt" not in text


def _signature_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (400, 120), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 90), (80, 20), (150, 100), (390, 40)], fill=(20, 20, 120, 255), width=5)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_signature_image_is_drawn_on_the_signature_page(blank_form: bytes) -> None:
    given = GivenConsent(date(2025, 2, 4), None, (), signature_png=_signature_png())
    signed = render_consent_form(consent(given=(given,), place="Vught"))
    assert image_count(blank_form) == 0
    pdf = reader(signed.data)
    assert len(pdf.pages[-1].images) == 1
    assert sum(len(page.images) for page in pdf.pages[:-1]) == 0
    last_page = pages_text(signed.data)[-1]
    assert "Datum: 04-02-2025" in last_page and "Plaats: Vught" in last_page


def test_the_matrix_has_a_box_per_organisation_and_kind_and_ticks_what_was_given(blank_form: bytes) -> None:
    empty = consent()
    boxes = len(empty.categories) * len(empty.recipients)
    signature_fields = 2
    assert drawn_boxes_and_ticks(blank_form) == (boxes + signature_fields, 0)
    ticked = ((empty.recipients[0].id, empty.categories[0].id), (empty.recipients[3].id, empty.categories[2].id))
    given = GivenConsent(date(2025, 2, 4), None, ticked)
    assert drawn_boxes_and_ticks(render_consent_form(consent(given=(given,))).data) == (boxes + signature_fields, 2)


def test_a_filled_form_shows_every_consent_in_force_and_what_was_revoked_when() -> None:
    empty = consent()
    first = GivenConsent(date(2025, 2, 4), None, (("housing_corporation", "identity"),),
                         revoked=(RevokedCell("housing_corporation", "identity", date(2025, 3, 1)),),
                         revocations=("Ingetrokken vanaf 01-03-2025: alle gegevens voor Woningcorporatie.",))
    second = GivenConsent(date(2025, 2, 20), date(2025, 12, 31), (("uwv", "identity"),))
    text = document_text(render_consent_form(replace(empty, given=(first, second))).data)
    assert "Uw toestemming van 04-02-2025." in text
    assert "Uw toestemming van 20-02-2025, geldig tot en met 31-12-2025." in text
    assert "Een grijs vak: dit hebt u ingetrokken." in text
    assert "Ingetrokken vanaf 01-03-2025: alle gegevens voor Woningcorporatie." in text


# --- content from a case ---------------------------------------------------------------------------------------

TEMPLATE = load_catalogue().active()


@dataclass(frozen=True)
class _Revocation:
    revoked_on: date
    scope: RevocationScope
    scope_value: str


@dataclass(frozen=True)
class _Recorded:
    grants: tuple[tuple[str, tuple[str, ...]], ...]
    categories: tuple[str, ...]
    signature_png: bytes | None
    given_on: date
    valid_until: date | None = None
    revocations: tuple[_Revocation, ...] = ()


def _case_file(expected_release: date | None = date(2025, 4, 1)) -> CaseFile:
    detention = DetentionData("PI Vught", date(2024, 11, 1), expected_release)
    return CaseFile(
        case_id="case-1", client_id="client-1", version=FileVersion(1, 1, 1),
        client=ClientData("Zoë", "Ĳsselmeer-Łukasiewicz", date(1990, 5, 17), bsn="123456782"),
        detention=detention, case=CaseData(coordinator="Şahin Dvořák"),
        hints=case_hints(detention.start_date, detention.expected_release_date, None),
    )


def test_content_lists_identity_detention_and_the_domains_in_use() -> None:
    content = consent_form_content(_case_file(), TEMPLATE, "Teststad", consent_terms(), date(2025, 2, 3))
    ids = [choice.id for choice in content.categories]
    assert ids[:3] == [IDENTITY, DETENTION, PLAN]
    assert ids[3:] == [d.id for d in TEMPLATE.domains if not d.optional]
    assert content.given == ()
    assert [choice.id for choice in content.recipients] == [term.id for term in consent_terms().recipients]
    assert content.kept_until == date(2027, 7, 1)  # release + 3 months + 2 years


def test_content_ticks_a_recorded_consent_per_organisation_and_marks_its_revocations() -> None:
    recorded = _Recorded((("probation", ("identity", "motivation")), ("uwv", ("identity",))),
                         ("identity", "motivation"), b"png", date(2025, 2, 4),
                         revocations=(_Revocation(date(2025, 3, 1), RevocationScope.CELL, "probation:motivation"),
                                      _Revocation(date(2025, 4, 1), RevocationScope.RECIPIENT, "uwv")))
    content = consent_form_content(_case_file(), TEMPLATE, "Teststad", consent_terms(), date(2025, 2, 3),
                                   recorded=[recorded], place="Vught")
    assert "motivation" in {c.id for c in content.categories}  # not enabled, but named by the consent
    [given] = content.given
    assert set(given.ticked) == {("probation", "identity"), ("probation", "motivation"), ("uwv", "identity")}
    assert {(r.recipient, r.category, r.revoked_on) for r in given.revoked} == {
        ("probation", "motivation", date(2025, 3, 1)), ("uwv", "identity", date(2025, 4, 1))}
    assert given.revocations == ("Ingetrokken vanaf 01-03-2025: Reclassering – Motivatie voor gedragsverandering.",
                                 "Ingetrokken vanaf 01-04-2025: alle gegevens voor UWV.")
    assert (given.signature_png, given.given_on, content.place) == (b"png", date(2025, 2, 4), "Vught")


def test_content_without_release_date_has_no_retention_date() -> None:
    content = consent_form_content(_case_file(None), TEMPLATE, "Teststad", consent_terms(), date(2025, 2, 3))
    assert content.kept_until is None

"""The plan of approach PDF from hand-made content, and its content from hand-made read models (no database)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.casework.cases import CaseData, CaseFile, ClientData, DetentionData, FileVersion
from app.casework.checklist import load_catalogue
from app.casework.intake import (
    ActionData,
    ActionOwner,
    Assessment,
    DomainStatus,
    IntakeFile,
    Moment,
    PlanDomainData,
    PlanStatus,
    SelfReliance,
)
from app.domain import CaseDirection, case_hints
from app.pdf.page import Letterhead, page_label
from app.pdf.plan import ACTION_HEADER, PlanAction, plan_content, render_plan
from app.pdf.structure import page_count, structure_problems

from .pdf_samples import (
    CLIENT,
    DIACRITICS,
    DOMAINS,
    document_text,
    image_count,
    metadata,
    outline_titles,
    pages_text,
    plan,
    reader,
)

HEADER_ROW = " ".join(ACTION_HEADER)


@pytest.fixture(scope="module")
def typical() -> bytes:
    return render_plan(plan()).data


@pytest.fixture(scope="module")
def forty_actions() -> bytes:
    """40 actions in one domain: one table that must run over a page break."""
    return render_plan(plan(actions_per_domain=(40, 0, 0, 0, 0))).data


def test_structure_and_page_count(typical: bytes) -> None:
    assert structure_problems(typical) == []
    assert page_count(typical) == len(reader(typical).pages)


def test_every_page_says_which_page_of_how_many(typical: bytes, forty_actions: bytes) -> None:
    for data in (typical, forty_actions):
        pages = pages_text(data)
        total = len(pages)
        for number, text in enumerate(pages, start=1):
            assert f"pagina {number} van {total}" in text
            assert "VERTROUWELIJK" in text and "Vertrouwelijk · afgedrukt op 03-02-2025" in text
            assert "Gemeente Teststad" in text


def test_page_label_is_dutch() -> None:
    assert page_label(2, 5) == "pagina 2 van 5"


def test_everything_the_plan_must_show(typical: bytes) -> None:
    text = document_text(typical)
    content = plan()
    expected = [
        "Plan van aanpak nazorg", f"Naam {CLIENT}", "Geboortedatum 17-05-1990", "BSN ••••••782",
        "Penitentiaire inrichting (PI) PI Vught", "Begin detentie 01-11-2024", "Verwachte datum vrijlating 01-04-2025",
        "Einde nazorg 01-07-2025", "Nazorgcoördinator Şahin Dvořák", "status van het plan: Besproken",
        "Zelfredzaamheid Beperkt zelfredzaam", "Casusregie Zorgregisseur sociaal (kern)team",
        "Reden Meerdere problemen tegelijk.", "Contactpersonen Casemanager PI: mw. S. Proefmans",
        "Afspraken Cliënt belt op de dag van vrijlating.", "Ondertekening", "Cliënt", "Handtekening:", "Datum:",
        "Plaats:",
    ]
    for section in content.domains:
        expected += [section.title, "Status bij intake: Hulpvraag", f"Situatie: {section.situation}",
                     f"Doel: {section.goal}"]
    for phrase in expected:
        assert phrase in text, phrase
    assert DIACRITICS in text and "■" not in text


def test_actions_table_rows(typical: bytes) -> None:
    text = document_text(typical)
    assert HEADER_ROW in text
    for section in plan().domains:
        for item in section.actions:
            assert f"{item.who} {item.what} {item.due:%d-%m-%Y} {'ja' if item.done else 'nee'}" in text  # type: ignore[union-attr]
    assert "Geen acties afgesproken." in text  # the domains without actions say so


def test_forty_actions_span_pages_each_once_with_the_header_repeated(forty_actions: bytes) -> None:
    pages = pages_text(forty_actions)
    assert len(pages) >= 2
    whole = " ".join(pages)
    for number in range(1, 41):
        assert len(re.findall(rf"Taak {number:02d} regelen", whole)) == 1, number
    pages_with_rows = [text for text in pages if "Taak " in text]
    assert len(pages_with_rows) >= 2
    for text in pages_with_rows:
        assert HEADER_ROW in text  # the header row is repeated on every page the table runs onto
    # Rows stay whole and in order over the page break.
    order = [int(found) for found in re.findall(r"Taak (\d\d) regelen", whole)]
    assert order == list(range(1, 41))


def test_forty_actions_over_all_domains_still_end_with_the_signatures() -> None:
    data = render_plan(plan(actions_per_domain=(8, 8, 8, 8, 8))).data
    pages = pages_text(data)
    assert "Ondertekening" in pages[-1]
    assert all(len(re.findall(rf"Taak {n:02d} regelen", " ".join(pages))) == 1 for n in range(1, 41))


def test_metadata_title_author_subject_and_language(typical: bytes) -> None:
    info = metadata(typical)
    assert info["title"] == f"Plan van aanpak nazorg – {CLIENT}"
    assert info["author"] == "Gemeente Teststad"
    assert CLIENT in info["subject"]
    assert info["lang"] == "nl-NL"


def test_outline_has_sections_and_domains_pointing_at_their_pages(forty_actions: bytes) -> None:
    outline = outline_titles(forty_actions)
    titles = [title for _, title, _ in outline]
    for section in ("Persoonsgegevens en detentie", "Triage en casusregie", "Leefgebieden", "Contactpersonen",
                    "Afspraken", "Ondertekening"):
        assert (0, section) in [(level, title) for level, title, _ in outline]
    assert [title for level, title, _ in outline if level == 1] == list(DOMAINS)
    pages = pages_text(forty_actions)
    for _, title, page in outline:
        assert title in pages[page], title
    assert titles.index("Leefgebieden") < titles.index(DOMAINS[0])


def test_user_text_is_printed_literally() -> None:
    data = render_plan(plan(agreements="Schuld < € 500 & huur > 0 <b>niet vet</b>\ntweede regel")).data
    assert "Schuld < € 500 & huur > 0 <b>niet vet</b> tweede regel" in document_text(data)


def test_empty_fields_say_not_filled_in() -> None:
    content = plan(actions_per_domain=(), self_reliance="", contact_persons="", agreements="")
    text = document_text(render_plan(content).data)
    assert "Zelfredzaamheid (niet ingevuld)" in text
    assert "Er zijn geen leefgebieden ingevuld." in text
    assert "Contactpersonen (niet ingevuld)" in text


def test_actual_release_date_is_shown_when_known() -> None:
    text = document_text(render_plan(plan(actual_release=date(2025, 3, 28))).data)
    assert "Datum vrijlating 28-03-2025" in text


def test_a_configured_logo_is_drawn_on_every_page(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 78, 121)).save(logo)
    plain = render_plan(plan(actions_per_domain=(40,)))
    with_logo = render_plan(plan(actions_per_domain=(40,), letterhead=Letterhead("Teststad", logo)))
    assert image_count(plain.data) == 0
    assert image_count(with_logo.data) == with_logo.pages == plain.pages


def test_a_long_name_in_the_footer_is_shortened_not_overflowing() -> None:
    long_name = "Zoë " + "Ĳsselmeer-Łukasiewicz-" * 8
    text = document_text(render_plan(plan(client_name=long_name)).data)
    assert "…" in text and "pagina 1 van" in text


# --- content from the read models -------------------------------------------------------------------------------

TEMPLATE = load_catalogue().active()


def _case_file(bsn: str = "123456782") -> CaseFile:
    detention = DetentionData("PI Vught", date(2024, 11, 1), date(2025, 4, 1))
    return CaseFile(
        case_id="case-1", client_id="client-1", version=FileVersion(1, 1, 1),
        client=ClientData("Zoë", "Łukasiewicz", date(1990, 5, 17), surname_prefix="van der", bsn=bsn),
        detention=detention,
        case=CaseData(coordinator="Şahin Dvořák"),
        hints=case_hints(detention.start_date, detention.expected_release_date, None),
    )


def _intake_file(**changes: object) -> IntakeFile:
    intake = IntakeFile(
        case_id="case-1", client_id="client-1", template=TEMPLATE, current_step="plan", answers={},
        assessments={("id_document", Moment.INTAKE): Assessment(DomainStatus.NEED),
                     ("housing", Moment.INTAKE): Assessment(DomainStatus.ARRANGED)},
        actions=[ActionData("a1", "id_document", "ID-kaart aanvragen", ActionOwner.PI_CASE_MANAGER, date(2025, 2, 1),
                            True),
                 ActionData("a2", "id_document", "  ", ActionOwner.COORDINATOR, None, False),
                 ActionData("a3", "housing", "Briefadres regelen", ActionOwner.COORDINATOR, None, False)],
        case_direction=CaseDirection.PROBATION, self_reliance=SelfReliance.NOT_SELF_RELIANT,
        direction_reason="Toezicht na vrijlating", plan_status=PlanStatus.SIGNED, agreements="Afspraak",
        contact_persons="Contact", plan_domains={"id_document": PlanDomainData("Verlopen", "Nieuwe ID-kaart")},
    )
    return replace(intake, **changes)  # type: ignore[arg-type]


def test_content_masks_the_bsn_unless_asked() -> None:
    masked = plan_content(_case_file(), _intake_file(), "Teststad", date(2025, 2, 3))
    full = plan_content(_case_file(), _intake_file(), "Teststad", date(2025, 2, 3), show_full_bsn=True)
    assert masked.bsn == "••••••782"
    assert full.bsn == "123456782"
    assert plan_content(_case_file(bsn=""), _intake_file(), "Teststad", date(2025, 2, 3)).bsn == ""


def test_content_resolves_dutch_labels_and_dates() -> None:
    content = plan_content(_case_file(), _intake_file(), "Teststad", date(2025, 2, 3))
    assert content.client_name == "Zoë van der Łukasiewicz"
    assert content.letterhead.sender == "Gemeente Teststad"
    assert (content.plan_status, content.self_reliance, content.case_direction) == (
        "Ondertekend", "Niet zelfredzaam", "Reclassering")
    assert content.aftercare_end == date(2025, 7, 1)
    assert content.coordinator == "Şahin Dvořák"
    first = content.domains[0]
    assert (first.title, first.status, first.situation, first.goal) == (
        "Identiteitsbewijs", "Hulpvraag", "Verlopen", "Nieuwe ID-kaart")
    assert [(a.who, a.what, a.done) for a in first.actions] == [("Casemanager PI", "ID-kaart aanvragen", True)]
    assert content.domains[1].status == "Geregeld"


def test_content_has_the_municipalitys_domains() -> None:
    required = [d.label.nl for d in TEMPLATE.domains if not d.optional]
    content = plan_content(_case_file(), _intake_file(), "Teststad", date(2025, 2, 3))
    assert [d.title for d in content.domains] == required
    with_motivation = plan_content(_case_file(), _intake_file(), "Teststad", date(2025, 2, 3),
                                   optional_domains=frozenset({"motivation"}))
    assert [d.title for d in with_motivation.domains][-1] == TEMPLATE.domain("motivation").label.nl


def test_content_keeps_an_optional_domain_that_holds_actions() -> None:
    actions = [ActionData("m1", "social_network", "Contact met broer herstellen", ActionOwner.DETAINEE, None, False)]
    content = plan_content(_case_file(), _intake_file(actions=actions), "Teststad", date(2025, 2, 3))
    assert content.domains[-1].title == TEMPLATE.domain("social_network").label.nl


def test_municipality_already_called_gemeente_is_not_doubled() -> None:
    assert Letterhead("Gemeente Westland").sender == "Gemeente Westland"
    assert Letterhead(" Demostad ").sender == "Gemeente Demostad"


def test_texts_longer_than_a_page_continue_instead_of_failing() -> None:
    """A row taller than a page cannot be laid out: long action texts continue in extra rows, long details split."""
    sentences = [f"Zin{number} van een lange uitleg." for number in range(400)]
    long_action = PlanAction("Ketenpartner", " ".join(sentences))
    content = plan(direction_reason=" ".join(sentences))
    content = replace(content, domains=(replace(content.domains[0], actions=(long_action,)), *content.domains[1:]))
    pages = pages_text(render_plan(content).data)
    whole = " ".join(pages)
    for number in range(len(sentences)):
        assert len(re.findall(rf"Zin{number} ", whole)) == 2, number  # once in the reason, once in the action
    domains_start = next(index for index, page in enumerate(pages) if "Leefgebieden" in page)
    assert all(HEADER_ROW in page for page in pages[domains_start + 1:] if "Zin" in page)


def test_a_missing_or_broken_logo_file_prints_the_letterhead_without_it(tmp_path: Path) -> None:
    broken = tmp_path / "logo.png"
    broken.write_text("geen plaatje", encoding="utf-8")
    for logo in (tmp_path / "weg.png", broken):
        data = render_plan(plan(letterhead=Letterhead("Teststad", logo))).data
        assert image_count(data) == 0 and "Gemeente Teststad" in document_text(data)


def test_a_control_character_in_a_name_never_reaches_the_header_footer_or_metadata() -> None:
    """Refused where names are typed or read in; one stored by an older version is printed on one line."""
    data = render_plan(plan(client_name="Jan\nvan\tder\x07Berg\r\x1b[0m")).data
    info = metadata(data)
    assert info["title"] == "Plan van aanpak nazorg – Jan van der Berg [0m"
    assert "Jan van der Berg [0m" in info["subject"]
    footer = reader(data).pages[0].extract_text().splitlines()
    assert "Plan van aanpak nazorg – Jan van der Berg [0m" in footer
    assert not [ch for ch in info["title"] + info["subject"] if ord(ch) < 32]

"""Hand-made document contents and PDF reading helpers for the PDF tests (pypdf is a test dependency only)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from typing import Any

from pypdf import PdfReader

from app.casework.consent_terms import consent_terms
from app.pdf.consent_form import ConsentChoice, ConsentFormContent
from app.pdf.page import Letterhead
from app.pdf.plan import PlanAction, PlanContent, PlanDomainSection

CLIENT = "Zoë Ĳsselmeer-Łukasiewicz"
DIACRITICS = "é ë ï ř Ş Ł € ĳ"
PRINTED_ON = date(2025, 2, 3)
DOMAINS = ("Identiteitsbewijs", "Huisvesting / onderdak", "Inkomen en werk", "Schulden", "Zorg")


def action(number: int, *, done: bool = False) -> PlanAction:
    """An action whose text occurs once in a whole document: "Taak 07 regelen"."""
    return PlanAction("Nazorgcoördinator" if number % 2 else "Gedetineerde", f"Taak {number:02d} regelen",
                      date(2025, 3, 1 + number % 28), done)


def plan(actions_per_domain: tuple[int, ...] = (2, 1, 1, 0, 0), **changes: Any) -> PlanContent:
    numbers = iter(range(1, 1000))
    sections = tuple(
        PlanDomainSection(title, "Hulpvraag", f"Situatie bij {title.lower()} met {DIACRITICS}.",
                          f"Doel voor {title.lower()}.",
                          tuple(action(next(numbers), done=i == 0) for i in range(count)), domain_id=title.lower())
        for title, count in zip(DOMAINS, actions_per_domain, strict=False)
    )
    content = PlanContent(
        letterhead=Letterhead("Teststad"),
        printed_on=PRINTED_ON,
        client_name=CLIENT,
        date_of_birth=date(1990, 5, 17),
        bsn="••••••782",
        prison="PI Vught",
        detention_start=date(2024, 11, 1),
        expected_release=date(2025, 4, 1),
        actual_release=None,
        aftercare_end=date(2025, 7, 1),
        coordinator="Şahin Dvořák",
        plan_status="Besproken",
        self_reliance="Beperkt zelfredzaam",
        case_direction="Zorgregisseur sociaal (kern)team",
        direction_reason="Meerdere problemen tegelijk.",
        domains=sections,
        contact_persons="Casemanager PI: mw. S. Proefmans",
        agreements="Cliënt belt op de dag van vrijlating.",
    )
    return replace(content, **changes)


def consent(**changes: Any) -> ConsentFormContent:
    terms = consent_terms()
    categories = (("identity", "Uw persoonsgegevens: naam, geboortedatum, BSN en adres", "Persoonsgegevens"),
                  ("detention", "Uw detentie: de PI, de begindatum en de datum van vrijlating", "Detentie"),
                  ("plan", "Uw plan: hoe het met u gaat, wie de regie heeft en waarom, uw contactpersonen en de "
                   "afspraken", "Plan en afspraken"),
                  *((title, f"Uw situatie: {title}", title) for title in DOMAINS))
    content = ConsentFormContent(
        letterhead=Letterhead("Teststad"),
        printed_on=PRINTED_ON,
        client_name=CLIENT,
        date_of_birth=date(1990, 5, 17),
        prison="PI Vught",
        coordinator="Şahin Dvořák",
        purposes=tuple(purpose.label.nl for purpose in terms.purposes),
        categories=tuple(ConsentChoice(category_id, label, heading) for category_id, label, heading in categories),
        recipients=tuple(ConsentChoice(term.id, term.label.nl) for term in terms.recipients),
        retention_years=terms.retention_years,
        kept_until=date(2027, 7, 1),
    )
    return replace(content, **changes)


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def flat(text: str) -> str:
    """Text with every run of white space as one space: extracted lines break where the layout wrapped."""
    return " ".join(text.split())


def pages_text(data: bytes) -> list[str]:
    """The flattened text of each page."""
    return [flat(page.extract_text()) for page in reader(data).pages]


def document_text(data: bytes) -> str:
    return " ".join(pages_text(data))


def outline_titles(data: bytes) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark, depth first."""
    pdf = reader(data)
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                page = pdf.get_destination_page_number(item)
                assert page is not None, item.title
                found.append((level, str(item.title), page))

    walk(pdf.outline, 0)
    return found


def font_names(data: bytes) -> set[str]:
    """The base font of every font any page uses."""
    names: set[str] = set()
    for page in reader(data).pages:
        resources: Any = page["/Resources"]
        names.update(str(font.get_object()["/BaseFont"]) for font in resources["/Font"].values())
    return names


def metadata(data: bytes) -> dict[str, str]:
    """Title, author, subject of the document information, and the catalogue's /Lang."""
    pdf = reader(data)
    info = pdf.metadata
    assert info is not None
    root: Any = pdf.trailer["/Root"]
    return {"title": info.title or "", "author": info.author or "", "subject": info.subject or "",
            "lang": str(root["/Lang"])}


def image_count(data: bytes) -> int:
    return sum(len(page.images) for page in reader(data).pages)


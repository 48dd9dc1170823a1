"""The consent form (*toestemmingsformulier*) in plain Dutch at language level B1.

It says who the municipality is, why and how it processes the data, which data and to whom (boxes to tick), that
consent is voluntary and refusing has no consequences for facilities during detention, how to withdraw it and from
when that counts, how long data is kept, and the detainee's rights; it ends with signature lines. Valid consent is
informed, specific, free and revocable (DOMAIN.md): each of those has its own paragraph here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from dateutil.relativedelta import relativedelta
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer, Table, TableStyle

from app.casework.cases import CaseFile
from app.casework.checklist import ChecklistTemplate
from app.casework.consent_terms import DETENTION, IDENTITY, ConsentTerms
from app.pdf.flowables import CheckBox
from app.pdf.labels import NOT_FILLED_IN, dutch_date
from app.pdf.page import MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH, DocumentInfo, Letterhead, RenderedPdf, render
from app.pdf.signatures import SigningParty, signature_block
from app.pdf.styles import FONT, Styles, key_value_table_style, markup, styles
from app.person_names import full_name

TITLE = "Toestemming voor het delen van uw gegevens"
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
BODY_SIZE = 10.5  # a little larger than the plan: this form is read by the detainee, often in a cell
BOX_SIZE = 4.8 * mm  # big enough to tick with a pen
AP_WEBSITE = "www.autoriteitpersoonsgegevens.nl"
CATEGORY_LABELS = {
    IDENTITY: "Uw persoonsgegevens: naam, geboortedatum, BSN en adres",
    DETENTION: "Uw detentie: de PI, de begindatum en de datum van vrijlating",
}


@dataclass(frozen=True)
class ConsentChoice:
    """One box on the form: a data category or a recipient; `ticked` when a recorded consent includes it."""

    id: str
    label: str
    ticked: bool = False


class RecordedConsent(Protocol):
    """What the form needs of a recorded consent (app.casework.consent.ConsentData has these fields)."""

    @property
    def categories(self) -> tuple[str, ...]: ...
    @property
    def recipients(self) -> tuple[str, ...]: ...
    @property
    def signature_png(self) -> bytes | None: ...
    @property
    def given_on(self) -> date: ...


@dataclass(frozen=True)
class ConsentFormContent:
    """Everything the consent form prints, in Dutch; `kept_until` is the end of the retention period if known."""

    letterhead: Letterhead
    printed_on: date
    client_name: str
    date_of_birth: date
    prison: str
    coordinator: str
    purposes: tuple[str, ...]
    categories: tuple[ConsentChoice, ...]
    recipients: tuple[ConsentChoice, ...]
    retention_years: int
    kept_until: date | None = None
    signature_png: bytes | None = None  # the detainee's signature given on screen
    signed_on: date | None = None
    place: str = ""


def consent_form_content(case_file: CaseFile, template: ChecklistTemplate, municipality: str, terms: ConsentTerms,
                         printed_on: date, *, optional_domains: frozenset[str] = frozenset(),
                         recorded: RecordedConsent | None = None, place: str = "",
                         logo_path: Path | None = None) -> ConsentFormContent:
    """The form's content for one case: categories are identity, detention and each domain in use (and any other
    domain a recorded consent names); recipients and purposes come from the municipality's consent terms.

    Without `recorded` the boxes are empty, for the detainee to fill in. With a recorded consent its categories and
    recipients are ticked, its date is printed and its signature (given on screen) is drawn in the detainee's box."""
    client, detention = case_file.client, case_file.detention
    categories_given = frozenset(recorded.categories) if recorded else frozenset()
    recipients_given = frozenset(recorded.recipients) if recorded else frozenset()
    in_use = {domain.id for domain in template.enabled_domains(optional_domains)} | categories_given
    category_labels = {**CATEGORY_LABELS, **{
        domain.id: f"Uw situatie: {domain.label.nl}" for domain in template.domains if domain.id in in_use}}
    aftercare_end = case_file.hints.aftercare_ends_on
    return ConsentFormContent(
        letterhead=Letterhead(municipality, logo_path),
        printed_on=printed_on,
        client_name=full_name(client.given_names, client.surname_prefix, client.surname),
        date_of_birth=client.date_of_birth,
        prison=detention.prison,
        coordinator=case_file.case.coordinator,
        purposes=tuple(purpose.label.nl for purpose in terms.purposes),
        categories=tuple(ConsentChoice(category_id, label, category_id in categories_given)
                         for category_id, label in category_labels.items()),
        recipients=tuple(ConsentChoice(term.id, term.label.nl, term.id in recipients_given)
                         for term in terms.recipients),
        retention_years=terms.retention_years,
        kept_until=aftercare_end + relativedelta(years=terms.retention_years) if aftercare_end else None,
        signature_png=recorded.signature_png if recorded else None,
        signed_on=recorded.given_on if recorded else None,
        place=place,
    )


def render_consent_form(content: ConsentFormContent, version_label: str = "", *,
                        preview: bool = False) -> RenderedPdf:
    """The consent form as PDF bytes with its page count."""
    info = DocumentInfo(
        title=f"{TITLE} – {content.client_name}",
        subject=f"Toestemmingsformulier nazorg van {content.client_name}, {content.letterhead.sender}",
        letterhead=content.letterhead,
        printed_on=content.printed_on,
        version_label=version_label,
        preview=preview,
        footer_note=f"Toestemmingsformulier – {content.client_name}",
    )
    return render(info, lambda: _story(content, styles(BODY_SIZE)))


def _in_sentence(sender: str) -> str:
    """"Gemeente Demostad" as it reads inside a sentence: "de gemeente Demostad"."""
    return "de " + (sender[0].lower() + sender[1:] if sender.startswith("Gemeente") else sender)


def _story(c: ConsentFormContent, s: Styles) -> list[Flowable]:
    # The choices and the signatures close the form, so the part to fill in reads as one.
    return [*_opening(c, s), *_how_we_work(c, s), *_your_rights(c, s), *_to_fill_in(c, s)]


def _p(s: Styles, text: str) -> Paragraph:
    return Paragraph(text, s.body)


def _h(s: Styles, text: str) -> Paragraph:
    return Paragraph(text, s.heading1)


def _opening(c: ConsentFormContent, s: Styles) -> list[Flowable]:
    """The title, who the form is about, who we are and why we ask."""
    coordinator = f" Uw nazorgcoördinator is {markup(c.coordinator)}." if c.coordinator.strip() else ""
    return [
        Paragraph(TITLE, s.title),
        Paragraph(f"Nazorg na detentie · {markup(c.letterhead.sender)}", s.subtitle),
        _details(s, [("Naam", c.client_name), ("Geboortedatum", dutch_date(c.date_of_birth)),
                     ("PI", c.prison), ("Nazorgcoördinator", c.coordinator)]),
        _h(s, "Wie zijn wij?"),
        _p(s, f"Wij zijn {_in_sentence(c.letterhead.sender)}. De gemeente helpt inwoners die uit detentie komen. "
              f"Die hulp heet nazorg.{coordinator} De gemeente is verantwoordelijk voor wat er met uw gegevens "
              "gebeurt."),
        _h(s, "Waarom vragen wij uw toestemming?"),
        _p(s, "Wij willen dat u goed geholpen wordt als u vrijkomt. Denk aan een identiteitsbewijs, een woning, "
              "inkomen, hulp bij schulden en zorg. Daarvoor werken wij samen met andere organisaties. Soms hebben "
              "zij uw gegevens nodig. Met dit formulier vragen wij of wij uw gegevens met hen mogen delen."),
        _p(s, "Wij gebruiken uw gegevens alleen voor:"),
        _bullets(c.purposes, s),
    ]


def _how_we_work(c: ConsentFormContent, s: Styles) -> list[Flowable]:
    """What we do with the data, that the choice is free, and how consent is revoked."""
    return [
        _h(s, "Wat doen wij met uw gegevens?"),
        _p(s, "Wij schrijven uw gegevens op in een beveiligd systeem van de gemeente. Alleen medewerkers die u "
              "helpen, kunnen ze zien. Wij bespreken uw situatie met de organisaties die u op dit formulier "
              "aankruist. Wij geven alleen de gegevens door die zij nodig hebben om u te helpen."),
        _h(s, "U beslist zelf"),
        _p(s, "Toestemming geven is vrijwillig. U mag ook nee zeggen. U mag ook voor een deel toestemming geven: "
              "alleen voor sommige gegevens of voor sommige organisaties."),
        _p(s, "<b>Zegt u nee? Dan heeft dat geen gevolgen voor uw voorzieningen tijdens uw detentie.</b> U houdt "
              "in de PI dezelfde rechten en dezelfde voorzieningen."),
        _h(s, "Toestemming intrekken"),
        _p(s, "U mag uw toestemming altijd intrekken. Dat kan voor alles, of alleen voor één organisatie of één "
              "soort gegevens. Zeg het tegen uw nazorgcoördinator of neem contact op met "
              f"{_in_sentence(c.letterhead.sender)}. Dat mag mondeling of op papier."),
        _p(s, "Het intrekken geldt vanaf de dag dat u het doorgeeft. Vanaf die dag delen wij die gegevens niet "
              "meer. Wat wij vóór die dag al hebben gedeeld, kunnen wij niet terughalen."),
    ]


def _your_rights(c: ConsentFormContent, s: Styles) -> list[Flowable]:
    """How long the data are kept, the client's rights, and what the law shares without consent."""
    retention = (f"Als u op de verwachte datum vrijkomt, bewaren wij uw gegevens tot {dutch_date(c.kept_until)}."
                 if c.kept_until else "")
    years = "1 jaar" if c.retention_years == 1 else f"{c.retention_years} jaar"
    return [
        _h(s, "Hoe lang bewaren wij uw gegevens?"),
        _p(s, f"De nazorg stopt 3 maanden na uw vrijlating. Wij bewaren uw gegevens tot {years} na het einde van "
              f"de nazorg. Daarna verwijderen wij ze. {retention}".rstrip()),
        _h(s, "Uw rechten"),
        _p(s, "U mag altijd vragen welke gegevens wij van u hebben. Dat heet inzage. Klopt er iets niet? Dan mag u "
              "vragen om het te verbeteren. Dat heet correctie. U mag ook vragen om uw gegevens te verwijderen. "
              "Dat heet verwijdering. Vraag het aan uw nazorgcoördinator of aan de gemeente."),
        _p(s, "Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de "
              f"Autoriteit Persoonsgegevens ({AP_WEBSITE})."),
        _h(s, "Delen zonder toestemming"),
        _p(s, "Soms mag de gemeente gegevens ook zonder uw toestemming delen, omdat een wet dat regelt. Een "
              "voorbeeld is de Wet straffen en beschermen: de PI, de reclassering, de politie, het Openbaar "
              "Ministerie en de gemeente mogen dan gegevens uitwisselen. Dit formulier gaat alleen over wat u zelf "
              "kiest."),
    ]


def _to_fill_in(c: ConsentFormContent, s: Styles) -> list[Flowable]:
    """The kinds of data and the recipients to tick, and the signatures; each part kept on one page."""
    return [
        KeepTogether([
            _h(s, "Welke gegevens mogen wij delen?"),
            _p(s, "Zet een kruisje in het vakje bij de gegevens die wij mogen delen."),
            _boxes(c.categories, s),
        ]),
        KeepTogether([
            _h(s, "Met wie mogen wij ze delen?"),
            _p(s, "Zet een kruisje in het vakje bij de organisaties die uw gegevens mogen krijgen."),
            _boxes(c.recipients, s),
        ]),
        KeepTogether([
            _h(s, "Ondertekening"),
            _p(s, "Ik heb deze uitleg gelezen of laten voorlezen. Ik heb vragen kunnen stellen. Ik geef toestemming "
                  "voor de gegevens en de organisaties die ik heb aangekruist. Ik krijg een kopie van dit "
                  "formulier."),
            Spacer(1, 2 * mm),
            signature_block((
                SigningParty("Gedetineerde", c.client_name, c.signature_png, c.signed_on, c.place),
                SigningParty("Nazorgcoördinator", c.coordinator, None, c.signed_on, c.place),
            ), s, CONTENT_WIDTH),
        ]),
    ]


def _details(s: Styles, rows: Iterable[tuple[str, str]]) -> Table:
    data = [[Paragraph(markup(label), s.label), Paragraph(markup(value) or NOT_FILLED_IN, s.cell)]
            for label, value in rows]
    table = Table(data, colWidths=(45 * mm, CONTENT_WIDTH - 45 * mm), hAlign="LEFT", splitInRow=1)
    table.setStyle(key_value_table_style())
    return table


def _bullets(items: tuple[str, ...], s: Styles) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(markup(item), s.body), leftIndent=6 * mm) for item in items],
                        bulletType="bullet", start="•", leftIndent=6 * mm, bulletFontName=FONT)


def _boxes(choices: tuple[ConsentChoice, ...], s: Styles) -> Table:
    """One row per choice: a drawn box (ticked when recorded) and its label."""
    label_style = ParagraphStyle("Choice", parent=s.body, spaceAfter=0)
    rows = [[CheckBox(choice.ticked, BOX_SIZE), Paragraph(markup(choice.label), label_style)] for choice in choices]
    table = Table(rows, colWidths=(10 * mm, CONTENT_WIDTH - 10 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (1, 0), (1, -1), 1),  # the label's baseline level with the bottom of its box
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8 * mm),
    ]))
    return table

"""The consent form (*toestemmingsformulier*) in plain Dutch at language level B1.

It says who the municipality is, why and how it processes the data, which data to whom (a matrix: per organisation a
box for each kind of data, so the detainee ticks per organisation what it may receive), that
consent is voluntary and refusing has no consequences for facilities during detention, how to withdraw it and from
when that counts, how long data is kept, and the detainee's rights; it ends with signature lines. Valid consent is
informed, specific, free and revocable (DOMAIN.md): each of those has its own paragraph here.

Blank, the form has one empty matrix and signature lines. Filled, it shows every consent in force for the client, each
with its matrix ticked, what was revoked of it and from when (shaded cells and a line in words), and its signature.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from dateutil.relativedelta import relativedelta
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer, Table, TableStyle

from app.casework.cases import CaseFile
from app.casework.checklist import ChecklistTemplate
from app.casework.consent_terms import (
    DETENTION,
    IDENTITY,
    PLAN,
    ConsentTerms,
    Grants,
    RevocationScope,
    parse_cell_value,
)
from app.pdf.flowables import CheckBox, VerticalLabel
from app.pdf.labels import NOT_FILLED_IN, dutch_date
from app.pdf.page import MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH, DocumentInfo, Letterhead, RenderedPdf, render
from app.pdf.signatures import SigningParty, signature_block
from app.pdf.styles import FONT, RULE, Styles, key_value_table_style, markup, styles
from app.person_names import full_name

TITLE = "Toestemming voor het delen van uw gegevens"
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
BODY_SIZE = 10.5  # a little larger than the plan: this form is read by the detainee, often in a cell
BOX_SIZE = 4.8 * mm  # big enough to tick with a pen
AP_WEBSITE = "www.autoriteitpersoonsgegevens.nl"
RECIPIENT_COLUMN = 52 * mm
CATEGORY_LABELS = {
    IDENTITY: "Uw persoonsgegevens: naam, geboortedatum, BSN en adres",
    DETENTION: "Uw detentie: de PI, de begindatum en de datum van vrijlating",
    PLAN: "Uw plan: hoe het met u gaat, wie de regie heeft en waarom, uw contactpersonen en de afspraken",
}
# The matrix's column headings.
CATEGORY_HEADINGS = {IDENTITY: "Persoonsgegevens", DETENTION: "Detentie", PLAN: "Plan en afspraken"}
REVOKED_SHADE = colors.HexColor("#c4c4c4")  # a revoked cell: grey that survives a black-and-white printer


@dataclass(frozen=True)
class ConsentChoice:
    """A column (kind of data) or row (organisation) of the matrix: its full label, and for a column a short
    heading."""

    id: str
    label: str
    heading: str = ""


@dataclass(frozen=True)
class RevokedCell:
    """A ticked cell that was taken back, and from which day."""

    recipient: str
    category: str
    revoked_on: date


@dataclass(frozen=True)
class GivenConsent:
    """One consent in force as the filled form shows it: its ticked cells (recipient, category), what of it was
    revoked and from when (cells, and in words), and its signature given on screen."""

    given_on: date
    valid_until: date | None
    ticked: tuple[tuple[str, str], ...]
    revoked: tuple[RevokedCell, ...] = ()
    revocations: tuple[str, ...] = ()
    signature_png: bytes | None = None


class RecordedRevocation(Protocol):
    @property
    def revoked_on(self) -> date: ...
    @property
    def scope(self) -> RevocationScope: ...
    @property
    def scope_value(self) -> str: ...


class RecordedConsent(Protocol):
    """What the form needs of a recorded consent (app.casework.consent.ConsentData has these fields)."""

    @property
    def grants(self) -> Grants: ...
    @property
    def categories(self) -> tuple[str, ...]: ...
    @property
    def signature_png(self) -> bytes | None: ...
    @property
    def given_on(self) -> date: ...
    @property
    def valid_until(self) -> date | None: ...
    @property
    def revocations(self) -> tuple[RecordedRevocation, ...]: ...


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
    given: tuple[GivenConsent, ...] = ()  # empty: a blank form to fill in
    place: str = ""


def consent_form_content(case_file: CaseFile, template: ChecklistTemplate, municipality: str, terms: ConsentTerms,
                         printed_on: date, *, optional_domains: frozenset[str] = frozenset(),
                         recorded: Iterable[RecordedConsent] = (), place: str = "",
                         logo_path: Path | None = None) -> ConsentFormContent:
    """The form's content for one case: the matrix's kinds of data are identity, detention and each domain in use
    (and any other domain a recorded consent names); recipients and purposes come from the municipality's consent
    terms.

    Without `recorded` the matrix is empty, for the detainee to fill in. With the consents in force each gets its
    matrix ticked, its revocations marked with their dates, its date and its signature (given on screen)."""
    client, detention = case_file.client, case_file.detention
    recorded = tuple(recorded)
    categories_given = {category for consent in recorded for category in consent.categories}
    in_use = {domain.id for domain in template.enabled_domains(optional_domains)} | categories_given
    domains = [domain for domain in template.domains if domain.id in in_use]
    categories = (
        *(ConsentChoice(category, CATEGORY_LABELS[category], CATEGORY_HEADINGS[category])
          for category in (IDENTITY, DETENTION, PLAN)),
        *(ConsentChoice(domain.id, f"Uw situatie: {domain.label.nl}", domain.label.nl) for domain in domains),
    )
    recipient_names = {term.id: term.label.nl for term in terms.recipients}
    heading = {choice.id: choice.heading for choice in categories}
    aftercare_end = case_file.hints.aftercare_ends_on
    return ConsentFormContent(
        letterhead=Letterhead(municipality, logo_path),
        printed_on=printed_on,
        client_name=full_name(client.given_names, client.surname_prefix, client.surname),
        date_of_birth=client.date_of_birth,
        prison=detention.prison,
        coordinator=case_file.case.coordinator,
        purposes=tuple(purpose.label.nl for purpose in terms.purposes),
        categories=categories,
        recipients=tuple(ConsentChoice(term.id, term.label.nl) for term in terms.recipients),
        retention_years=terms.retention_years,
        kept_until=aftercare_end + relativedelta(years=terms.retention_years) if aftercare_end else None,
        given=tuple(_given(consent, recipient_names, heading) for consent in recorded),
        place=place,
    )


def _given(consent: RecordedConsent, recipient_names: dict[str, str], heading: dict[str, str]) -> GivenConsent:
    """A recorded consent as the form shows it: each ticked cell revoked from the earliest revocation covering it."""
    ticked = tuple((recipient, category) for recipient, cells in consent.grants for category in cells)
    revoked: list[RevokedCell] = []
    for recipient, category in ticked:
        days = [revocation.revoked_on for revocation in consent.revocations
                if _covers(revocation, recipient, category)]
        if days:
            revoked.append(RevokedCell(recipient, category, min(days)))
    return GivenConsent(
        given_on=consent.given_on, valid_until=consent.valid_until, ticked=ticked, revoked=tuple(revoked),
        revocations=tuple(_revocation_words(revocation, recipient_names, heading)
                          for revocation in sorted(consent.revocations, key=lambda r: r.revoked_on)),
        signature_png=consent.signature_png)


def _covers(revocation: RecordedRevocation, recipient: str, category: str) -> bool:
    return {
        RevocationScope.WHOLE: True,
        RevocationScope.RECIPIENT: revocation.scope_value == recipient,
        RevocationScope.CATEGORY: revocation.scope_value == category,
        RevocationScope.CELL: parse_cell_value(revocation.scope_value) == (recipient, category),
    }[revocation.scope]


def _revocation_words(revocation: RecordedRevocation, recipient_names: dict[str, str],
                      heading: dict[str, str]) -> str:
    """"Ingetrokken vanaf 01-06-2024: Woningcorporatie – Wonen." in words the detainee reads."""
    since = f"Ingetrokken vanaf {dutch_date(revocation.revoked_on)}"
    if revocation.scope == RevocationScope.WHOLE:
        return f"{since}: alles."
    if revocation.scope == RevocationScope.RECIPIENT:
        return f"{since}: alle gegevens voor {recipient_names.get(revocation.scope_value, revocation.scope_value)}."
    if revocation.scope == RevocationScope.CATEGORY:
        return f"{since}: {heading.get(revocation.scope_value, revocation.scope_value)}, voor alle organisaties."
    recipient, category = parse_cell_value(revocation.scope_value)
    return f"{since}: {recipient_names.get(recipient, recipient)} – {heading.get(category, category)}."


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
    """The kinds of data, the matrix to tick per organisation, and the signatures: once blank, or once for every
    consent in force."""
    story: list[Flowable] = [
        _h(s, "Welke gegevens mogen wij delen?"),
        _p(s, "Dit zijn de soorten gegevens:"),
        _bullets(tuple(choice.label for choice in c.categories), s),
    ]
    if not c.given:
        return [*story, *_matrix_part(c, s, None)]
    for given in c.given:
        story.extend(_matrix_part(c, s, given))
    return story


def _matrix_part(c: ConsentFormContent, s: Styles, given: GivenConsent | None) -> list[Flowable]:
    """The matrix (blank or of `given`), what was revoked of it, and its signatures; the matrix on one page."""
    intro = ("Zet per organisatie een kruisje bij de gegevens die zij mogen krijgen. Een organisatie zonder "
             "kruisje krijgt niets.")
    heading = "Met wie mogen wij ze delen?"
    parts: list[Flowable] = []
    if given is not None:
        until = f", geldig tot en met {dutch_date(given.valid_until)}" if given.valid_until else ""
        intro = f"Uw toestemming van {dutch_date(given.given_on)}{until}. Een kruisje: dit mag gedeeld worden."
        if given.revoked:
            parts += [Spacer(1, 2 * mm), _p(s, "Een grijs vak: dit hebt u ingetrokken.")]
        parts.extend(_p(s, markup(line)) for line in given.revocations)
    return [
        KeepTogether([_h(s, heading), _p(s, intro), _matrix(c, s, given), *parts]),
        KeepTogether([
            _h(s, "Ondertekening"),
            _p(s, "Ik heb deze uitleg gelezen of laten voorlezen. Ik heb vragen kunnen stellen. Ik geef toestemming "
                  "voor de gegevens en de organisaties die ik heb aangekruist. Ik krijg een kopie van dit "
                  "formulier."),
            Spacer(1, 2 * mm),
            signature_block((
                SigningParty("Gedetineerde", c.client_name, given.signature_png if given else None,
                             given.given_on if given else None, c.place),
                SigningParty("Nazorgcoördinator", c.coordinator, None, given.given_on if given else None, c.place),
            ), s, CONTENT_WIDTH),
        ]),
    ]


def _matrix(c: ConsentFormContent, s: Styles, given: GivenConsent | None) -> Table:
    """Organisations down, kinds of data across (headings turned upright to fit), a box in every cell: ticked
    where the consent gives that kind to that organisation, shaded where that was revoked."""
    ticked = set(given.ticked) if given else set()
    revoked = {(cell.recipient, cell.category) for cell in given.revoked} if given else set()
    label_style = ParagraphStyle("MatrixRow", parent=s.body, fontSize=BODY_SIZE - 1, leading=BODY_SIZE + 1,
                                 spaceAfter=0)
    column = (CONTENT_WIDTH - RECIPIENT_COLUMN) / max(len(c.categories), 1)
    header: list[Flowable | str] = [Paragraph("<b>Organisatie</b>", label_style),
                                    *(VerticalLabel(choice.heading or choice.label) for choice in c.categories)]
    rows: list[list[Flowable | str]] = [header]
    shaded: list[tuple[int, int]] = []
    for row, recipient in enumerate(c.recipients, start=1):
        cells: list[Flowable | str] = [Paragraph(markup(recipient.label), label_style)]
        for col, category in enumerate(c.categories, start=1):
            cells.append(CheckBox((recipient.id, category.id) in ticked, BOX_SIZE))
            if (recipient.id, category.id) in revoked:
                shaded.append((col, row))
        rows.append(cells)
    table = Table(rows, colWidths=(RECIPIENT_COLUMN, *([column] * len(c.categories))), hAlign="LEFT",
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        *(("BACKGROUND", cell, cell, REVOKED_SHADE) for cell in shaded),
    ]))
    return table


def _details(s: Styles, rows: Iterable[tuple[str, str]]) -> Table:
    data = [[Paragraph(markup(label), s.label), Paragraph(markup(value) or NOT_FILLED_IN, s.cell)]
            for label, value in rows]
    table = Table(data, colWidths=(45 * mm, CONTENT_WIDTH - 45 * mm), hAlign="LEFT", splitInRow=1)
    table.setStyle(key_value_table_style())
    return table


def _bullets(items: tuple[str, ...], s: Styles) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(markup(item), s.body), leftIndent=6 * mm) for item in items],
                        bulletType="bullet", start="•", leftIndent=6 * mm, bulletFontName=FONT)

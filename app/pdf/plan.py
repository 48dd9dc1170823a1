"""The plan of approach (*plan van aanpak nazorg*) as a PDF: personal and detention details, triage and case
direction, per domain the situation, goal and actions, contact persons, agreements and a signature block."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from app.casework.cases import CaseFile
from app.casework.consent_terms import DETENTION
from app.casework.intake import IntakeFile, Moment
from app.domain import mask_bsn
from app.pdf import labels
from app.pdf.labels import NOT_FILLED_IN, dutch_date
from app.pdf.page import MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH, DocumentInfo, Letterhead, RenderedPdf, render
from app.pdf.signatures import SigningParty, signature_block
from app.pdf.styles import Styles, grid_table_style, key_value_table_style, markup, styles
from app.person_names import full_name

TITLE = "Plan van aanpak nazorg"
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
ACTION_HEADER = ("Wie", "Wat", "Wanneer", "Gedaan")
MAX_CELL_CHARACTERS = 1200  # about a third of a page in the "Wat" column
DOMAIN_START_ROOM = 65 * mm  # heading, three lines of text and the first rows of the actions
ACTION_COLUMNS = (34 * mm, CONTENT_WIDTH - 34 * mm - 24 * mm - 17 * mm, 24 * mm, 17 * mm)


@dataclass(frozen=True)
class PlanAction:
    """One agreed action: who does what, by when, and whether it is done."""

    who: str
    what: str
    due: date | None = None
    done: bool = False


@dataclass(frozen=True)
class PlanDomainSection:
    """One domain (*leefgebied*) of the plan; `status` is the Dutch label of its status at the intake."""

    title: str
    status: str = ""
    situation: str = ""
    goal: str = ""
    actions: tuple[PlanAction, ...] = ()


@dataclass(frozen=True)
class PlanContent:
    """Everything the plan of approach prints, in Dutch, labels resolved; `bsn` is already masked or not."""

    letterhead: Letterhead
    printed_on: date
    client_name: str
    date_of_birth: date
    bsn: str
    prison: str
    detention_start: date | None
    expected_release: date | None
    actual_release: date | None
    aftercare_end: date | None
    coordinator: str
    plan_status: str
    self_reliance: str
    case_direction: str
    direction_reason: str
    domains: tuple[PlanDomainSection, ...]
    contact_persons: str
    agreements: str
    # For a chain partner: its name, and the parts left out because they may not go to it (app.casework.sharing_policy).
    recipient: str = ""
    withheld: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanAudience:
    """Who the plan is printed for. The default is the client and the municipality's own file: everything.
    For a chain partner, `recipient` is its name and `shared` the data categories (app.casework.consent_terms ids) that
    may go to it; the others are left out and named in `withheld`."""

    recipient: str = ""
    shared: frozenset[str] | None = None
    withheld: tuple[str, ...] = ()

    def may_show(self, category: str) -> bool:
        return self.shared is None or category in self.shared


def plan_content(case_file: CaseFile, intake_file: IntakeFile, municipality: str, printed_on: date,
                 show_full_bsn: bool = False, *, optional_domains: frozenset[str] = frozenset(),
                 logo_path: Path | None = None, audience: PlanAudience = PlanAudience()) -> PlanContent:
    """The plan's content from the case and intake read models.

    The BSN is masked except its last 3 digits unless `show_full_bsn`. Domains: every domain the municipality uses
    (the required ones and the `optional_domains` switched on), plus any other domain of the intake's template that
    holds plan text or actions, so nothing recorded is left off the paper. Actions without text are left out.
    For a chain partner (`audience`), domains and detention details that may not go to it are left out."""
    client, detention = case_file.client, case_file.detention
    enabled = {domain.id for domain in intake_file.template.enabled_domains(optional_domains)}
    show_detention = audience.may_show(DETENTION)
    sections = []
    for domain in intake_file.template.domains:
        if not audience.may_show(domain.id):
            continue
        plan_domain = intake_file.plan_domains.get(domain.id)
        actions = tuple(
            PlanAction(labels.ACTION_OWNER[action.who], action.what.strip(), action.due_date, action.done)
            for action in intake_file.actions if action.domain_id == domain.id and action.what.strip()
        )
        has_text = plan_domain is not None and bool(plan_domain.situation or plan_domain.goal)
        if domain.id not in enabled and not actions and not has_text:
            continue
        status = intake_file.assessment(domain.id, Moment.INTAKE).status
        sections.append(PlanDomainSection(
            title=domain.label.nl,
            status=labels.DOMAIN_STATUS[status] if status else "",
            situation=plan_domain.situation if plan_domain else "",
            goal=plan_domain.goal if plan_domain else "",
            actions=actions,
        ))
    return PlanContent(
        letterhead=Letterhead(municipality, logo_path),
        printed_on=printed_on,
        client_name=full_name(client.given_names, client.surname_prefix, client.surname),
        date_of_birth=client.date_of_birth,
        bsn=client.bsn if show_full_bsn else mask_bsn(client.bsn),
        prison=detention.prison if show_detention else "",
        detention_start=detention.start_date if show_detention else None,
        expected_release=detention.expected_release_date if show_detention else None,
        actual_release=detention.actual_release_date if show_detention else None,
        aftercare_end=case_file.hints.aftercare_ends_on,
        coordinator=case_file.case.coordinator,
        plan_status=labels.PLAN_STATUS[intake_file.plan_status],
        self_reliance=labels.SELF_RELIANCE[intake_file.self_reliance] if intake_file.self_reliance else "",
        case_direction=labels.CASE_DIRECTION[intake_file.case_direction],
        direction_reason=intake_file.direction_reason,
        domains=tuple(sections),
        contact_persons=intake_file.contact_persons,
        agreements=intake_file.agreements,
        recipient=audience.recipient,
        withheld=audience.withheld,
    )


def render_plan(content: PlanContent, version_label: str = "", *,
                preview: bool = False) -> RenderedPdf:
    """The plan of approach as PDF bytes with its page count."""
    info = DocumentInfo(
        title=f"{TITLE} – {content.client_name}",
        subject=f"{TITLE} van {content.client_name}, {content.letterhead.sender}",
        letterhead=content.letterhead,
        printed_on=content.printed_on,
        version_label=version_label,
        preview=preview,
        footer_note=f"{TITLE} – {content.client_name}",
    )
    return render(info, lambda: _story(content, styles()))


def _story(content: PlanContent, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(TITLE, s.title),
        Paragraph(f"{markup(content.client_name)} · status van het plan: {markup(content.plan_status)}", s.subtitle),
        *_audience(content, s),
        Paragraph("Persoonsgegevens en detentie" if content.detention_start else "Persoonsgegevens", s.heading1),
        _details(s, [
            ("Naam", content.client_name),
            ("Geboortedatum", dutch_date(content.date_of_birth)),
            ("BSN", content.bsn),
            *_detention_rows(content),
            ("Einde nazorg", dutch_date(content.aftercare_end)),
            ("Nazorgcoördinator", content.coordinator),
        ]),
        Paragraph("Triage en casusregie", s.heading1),
        _details(s, [
            ("Zelfredzaamheid", content.self_reliance),
            ("Casusregie", content.case_direction),
            ("Reden", content.direction_reason),
        ]),
        CondPageBreak(DOMAIN_START_ROOM),
        Paragraph("Leefgebieden", s.heading1),
    ]
    if not content.domains:
        story.append(Paragraph("Er zijn geen leefgebieden ingevuld.", s.body))
    for index, section in enumerate(content.domains):
        story.extend(_domain(section, s, first=index == 0))
    story += [
        Paragraph("Contactpersonen", s.heading1),
        _text_or_placeholder(content.contact_persons, s),
        Paragraph("Afspraken", s.heading1),
        _text_or_placeholder(content.agreements, s),
        KeepTogether([
            Paragraph("Ondertekening", s.heading1),
            Paragraph("Dit plan is samen besproken. Met uw handtekening zegt u dat u het plan kent en dat u "
                      "meedoet aan de afspraken.", s.body),
            Spacer(1, 2 * mm),
            signature_block((SigningParty("Cliënt", content.client_name),
                             SigningParty("Nazorgcoördinator", content.coordinator)), s, CONTENT_WIDTH),
        ]),
    ]
    return story


def _audience(content: PlanContent, s: Styles) -> list[Flowable]:
    """For a chain partner: whom the copy is for, and what was left out and why."""
    if not content.recipient:
        return []
    flowables: list[Flowable] = [Paragraph(f"<b>Bestemd voor:</b> {markup(content.recipient)}", s.body)]
    if content.withheld:
        flowables.append(Paragraph(
            "Niet opgenomen, omdat er geen toestemming of wettelijke grondslag is om deze gegevens met "
            f"{markup(content.recipient)} te delen: {markup(', '.join(content.withheld))}.", s.body))
    return flowables


def _detention_rows(content: PlanContent) -> list[tuple[str, str]]:
    if content.detention_start is None:
        return []
    return [
        ("Penitentiaire inrichting (PI)", content.prison),
        ("Begin detentie", dutch_date(content.detention_start)),
        ("Verwachte datum vrijlating", dutch_date(content.expected_release)),
        *([("Datum vrijlating", dutch_date(content.actual_release))] if content.actual_release else []),
    ]


def _details(s: Styles, rows: Iterable[tuple[str, str]]) -> Table:
    data = [[Paragraph(markup(label), s.label), Paragraph(markup(value) or NOT_FILLED_IN, s.cell)]
            for label, value in rows]
    table = Table(data, colWidths=(55 * mm, CONTENT_WIDTH - 55 * mm), hAlign="LEFT", splitInRow=1)
    table.setStyle(key_value_table_style())
    return table


def _text_or_placeholder(text: str, s: Styles) -> Paragraph:
    return Paragraph(markup(text) or NOT_FILLED_IN, s.body)


def _domain(section: PlanDomainSection, s: Styles, first: bool) -> list[Flowable]:
    """Heading, status, situation and goal kept together, then the actions. A domain starts on a new page when
    too little room is left for its text and the first rows of its actions (a table longer than a page simply
    continues on the next one; keeping all of it with the heading would leave half-empty pages)."""
    flowables: list[Flowable] = [] if first else [CondPageBreak(DOMAIN_START_ROOM)]
    text = [Paragraph(markup(section.title), s.heading2)]
    for label, value in (("Status bij intake", section.status), ("Situatie", section.situation),
                         ("Doel", section.goal)):
        text.append(Paragraph(f"<b>{label}:</b> {markup(value) or NOT_FILLED_IN}", s.body))
    flowables.append(KeepTogether(text))
    if section.actions:
        flowables.append(_actions_table(section.actions, s))
    else:
        flowables.append(Paragraph("Geen acties afgesproken.", s.body))
    return flowables


def _chunks(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most about `limit` characters, cut between words."""
    pieces: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > limit:
            pieces.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*pieces, current]


def _actions_table(actions: tuple[PlanAction, ...], s: Styles) -> Table:
    """Wie / wat / wanneer / gedaan; splits between rows over pages and repeats its header row on each page."""
    header = [Paragraph(title, s.cell_bold) for title in ACTION_HEADER]
    rows: list[list[Flowable | str]] = []
    for a in actions:
        first, *rest = _chunks(a.what, MAX_CELL_CHARACTERS)
        rows.append([Paragraph(markup(a.who), s.cell), Paragraph(markup(first), s.cell),
                     Paragraph(dutch_date(a.due) or "—", s.cell), Paragraph("ja" if a.done else "nee", s.cell)])
        rows.extend(["", Paragraph(markup(more), s.cell), "", ""] for more in rest)
    # Rows are never split inside (reportlab then repeats the header row in mid-page); a text too long for one
    # row continues in the next row instead.
    table = Table([header, *rows], colWidths=ACTION_COLUMNS, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_table_style(header=True))
    table.spaceAfter = 2 * mm
    return table

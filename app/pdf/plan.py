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
from app.casework.intake import IntakeFile, Moment
from app.domain import mask_bsn
from app.pdf import labels
from app.pdf.labels import NOT_FILLED_IN, dutch_date
from app.pdf.page import MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH, DocumentInfo, Letterhead, RenderedPdf, render
from app.pdf.paragraphs import paragraph
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
    """One domain (*leefgebied*) of the plan; `status` is the Dutch label of its status at the intake. `domain_id`
    is its kind of data for a partner (app.casework.field_kinds); a version printed before it was kept has none."""

    title: str
    status: str = ""
    situation: str = ""
    goal: str = ""
    actions: tuple[PlanAction, ...] = ()
    domain_id: str = ""


@dataclass(frozen=True)
class PlanContent:
    """Everything the plan of approach prints, in Dutch, labels resolved; `bsn` is already masked or not."""

    letterhead: Letterhead
    printed_on: date
    client_name: str
    date_of_birth: date | None
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
    # For a chain partner: its name, the kinds of data left out because they may not go to it (in words, see
    # app.casework.sharing_policy), and the fields emptied for that reason (app.casework.field_kinds), not printed.
    recipient: str = ""
    withheld: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanAudience:
    """Who the plan is printed for. The default is the client and the municipality's own file: everything.
    For a chain partner, `recipient` is its name and `shared` the data categories (app.casework.consent_terms ids) that
    may go to it; the others are left out (app.casework.field_kinds) and named in `withheld`."""

    recipient: str = ""
    shared: frozenset[str] | None = None
    withheld: tuple[str, ...] = ()


def plan_content(case_file: CaseFile, intake_file: IntakeFile, municipality: str, printed_on: date,
                 show_full_bsn: bool = False, *, optional_domains: frozenset[str] = frozenset(),
                 logo_path: Path | None = None, audience: PlanAudience = PlanAudience()) -> PlanContent:
    """The plan's content from the case and intake read models.

    The BSN is masked except its last 3 digits unless `show_full_bsn`. Domains: every domain the municipality uses
    (the required ones and the `optional_domains` switched on), plus any other domain of the intake's template that
    holds plan text or actions, so nothing recorded is left off the paper. Actions without text are left out.
    The content is whole; for a chain partner (`audience` names it and what is withheld) the caller leaves out what
    may not go to it with app.casework.field_kinds.for_recipient."""
    client, detention = case_file.client, case_file.detention
    enabled = {domain.id for domain in intake_file.template.enabled_domains(optional_domains)}
    sections = []
    for domain in intake_file.template.domains:
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
            domain_id=domain.id,
        ))
    return PlanContent(
        letterhead=Letterhead(municipality, logo_path),
        printed_on=printed_on,
        client_name=full_name(client.given_names, client.surname_prefix, client.surname),
        date_of_birth=client.date_of_birth,
        bsn=client.bsn if show_full_bsn else mask_bsn(client.bsn),
        prison=detention.prison,
        detention_start=detention.start_date,
        expected_release=detention.expected_release_date,
        actual_release=detention.actual_release_date,
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
    shown = _Shown(content)
    subtitle = markup(content.client_name) + (
        f" · status van het plan: {markup(content.plan_status)}" if shown("plan_status") else "")
    story: list[Flowable] = [
        paragraph(TITLE, s.title),
        paragraph(subtitle, s.subtitle),
        *_audience(content, s),
    ]
    details = shown.rows(
        ("client_name", "Naam", content.client_name),
        ("date_of_birth", "Geboortedatum", dutch_date(content.date_of_birth)),
        ("bsn", "BSN", content.bsn),
        *_detention_rows(content),
        ("aftercare_end", "Einde nazorg", dutch_date(content.aftercare_end)),
        ("coordinator", "Nazorgcoördinator", content.coordinator),
    )
    if details:  # a copy for a partner may hold none of them
        story += [paragraph("Persoonsgegevens en detentie" if shown("detention_start") else "Persoonsgegevens",
                            s.heading1), _details(s, details)]
    if shown("direction_reason"):
        story += [paragraph("Triage en casusregie", s.heading1), _details(s, shown.rows(
            ("self_reliance", "Zelfredzaamheid", content.self_reliance),
            ("case_direction", "Casusregie", content.case_direction),
            ("direction_reason", "Reden", content.direction_reason),
        ))]
    story += [CondPageBreak(DOMAIN_START_ROOM), paragraph("Leefgebieden", s.heading1)]
    if not content.domains:
        story.append(paragraph("Er zijn geen leefgebieden ingevuld.", s.body))
    for index, section in enumerate(content.domains):
        story.extend(_domain(section, s, first=index == 0))
    for field, heading, text in (("contact_persons", "Contactpersonen", content.contact_persons),
                                 ("agreements", "Afspraken", content.agreements)):
        if shown(field):
            story += [paragraph(heading, s.heading1), _text_or_placeholder(text, s)]
    story += [
        KeepTogether([
            paragraph("Ondertekening", s.heading1),
            paragraph("Dit plan is samen besproken. Met uw handtekening zegt u dat u het plan kent en dat u "
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
    flowables: list[Flowable] = [paragraph(f"<b>Bestemd voor:</b> {markup(content.recipient)}", s.body)]
    if content.withheld:
        flowables.append(paragraph(
            "Niet opgenomen, omdat er geen toestemming of wettelijke grondslag is om deze gegevens met "
            f"{markup(content.recipient)} te delen: {markup(', '.join(content.withheld))}.", s.body))
    return flowables


class _Shown:
    """Whether a field of the plan is printed: not when it was left out for the recipient
    (app.casework.field_kinds); a field left out is not even named, so "niet ingevuld" never stands for "withheld"."""

    def __init__(self, content: PlanContent) -> None:
        self._left_out = frozenset(content.left_out)

    def __call__(self, field: str) -> bool:
        return field not in self._left_out

    def rows(self, *rows: tuple[str, str, str]) -> list[tuple[str, str]]:
        return [(label, value) for field, label, value in rows if self(field)]


def _detention_rows(content: PlanContent) -> list[tuple[str, str, str]]:
    if content.detention_start is None:
        return []
    return [
        ("prison", "Penitentiaire inrichting (PI)", content.prison),
        ("detention_start", "Begin detentie", dutch_date(content.detention_start)),
        ("expected_release", "Verwachte datum vrijlating", dutch_date(content.expected_release)),
        *([("actual_release", "Datum vrijlating", dutch_date(content.actual_release))]
          if content.actual_release else []),
    ]


def _details(s: Styles, rows: Iterable[tuple[str, str]]) -> Table:
    data = [[paragraph(markup(label), s.label), paragraph(markup(value) or NOT_FILLED_IN, s.cell)]
            for label, value in rows]
    table = Table(data, colWidths=(55 * mm, CONTENT_WIDTH - 55 * mm), hAlign="LEFT", splitInRow=1)
    table.setStyle(key_value_table_style())
    return table


def _text_or_placeholder(text: str, s: Styles) -> Paragraph:
    return paragraph(markup(text) or NOT_FILLED_IN, s.body)


def _domain(section: PlanDomainSection, s: Styles, first: bool) -> list[Flowable]:
    """Heading, status, situation and goal kept together, then the actions. A domain starts on a new page when
    too little room is left for its text and the first rows of its actions (a table longer than a page simply
    continues on the next one; keeping all of it with the heading would leave half-empty pages)."""
    flowables: list[Flowable] = [] if first else [CondPageBreak(DOMAIN_START_ROOM)]
    text = [paragraph(markup(section.title), s.heading2)]
    for label, value in (("Status bij intake", section.status), ("Situatie", section.situation),
                         ("Doel", section.goal)):
        text.append(paragraph(f"<b>{label}:</b> {markup(value) or NOT_FILLED_IN}", s.body))
    flowables.append(KeepTogether(text))
    if section.actions:
        flowables.append(_actions_table(section.actions, s))
    else:
        flowables.append(paragraph("Geen acties afgesproken.", s.body))
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
    header = [paragraph(title, s.cell_bold) for title in ACTION_HEADER]
    rows: list[list[Flowable | str]] = []
    for a in actions:
        first, *rest = _chunks(a.what, MAX_CELL_CHARACTERS)
        rows.append([paragraph(markup(a.who), s.cell), paragraph(markup(first), s.cell),
                     paragraph(dutch_date(a.due) or "—", s.cell), paragraph("ja" if a.done else "nee", s.cell)])
        rows.extend(["", paragraph(markup(more), s.cell), "", ""] for more in rest)
    # Rows are never split inside (reportlab then repeats the header row in mid-page); a text too long for one
    # row continues in the next row instead.
    table = Table([header, *rows], colWidths=ACTION_COLUMNS, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_table_style(header=True))
    table.spaceAfter = 2 * mm
    return table

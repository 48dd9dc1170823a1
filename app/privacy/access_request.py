"""The access request (*inzageverzoek*): everything the workspace holds about one person, as a readable PDF.

Personal and detention data of every detention, the intake per measurement moment (domain statuses), the plans
with their actions, consents and revocations with their history, processing grounds, to whom data was shared
(prints for chain partners and bundles), and the access history from the audit log: who looked, and when. Notes
the coordinator wrote for internal use may be withheld (AVG art. 15(4) when they touch others' rights): they are
listed as such, and the user decides before the export whether they go in. Nothing about another person is read:
every query starts from this client's id. The export is audit-logged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app import audit, audit_trail
from app.audit import Actor, AuditAction
from app.audit_words import AUDIT_ACTIONS, RECORD_TYPES, device_words, roles_words, words
from app.casework.cases import ClientData, DetentionData, read_case_file
from app.casework.checklist import load_catalogue, parse_template
from app.casework.consent import read_consent_file
from app.casework.consent_terms import (
    DETENTION,
    IDENTITY,
    PLAN,
    PLAN_WORDS,
    RevocationScope,
    consent_terms,
    parse_cell_value,
)
from app.casework.documents import Deliver
from app.casework.intake import Moment, read_intake
from app.errors import TerugkeerError
from app.pdf.access_request import AccessRequestContent, Section, build_access_request_pdf
from app.pdf.labels import ACTION_OWNER, CASE_DIRECTION, CASE_STATUS, DOMAIN_STATUS, PLAN_STATUS, dutch_date
from app.pdf.page import Letterhead
from app.permissions import Permission
from app.person_names import full_name
from app.workspace.session import OpenWorkspace
from db.models import Case
from db.uow import UnitOfWork

ACCESS_REQUEST_RECORD = "access_request"
DUTCH = "nl"  # the language of the document, whatever the screens speak
WITHHELD = "(interne notitie, achtergehouden)"
MOMENT_LABELS = {Moment.INTAKE: "bij intake", Moment.RELEASE: "bij vrijlating", Moment.END: "einde nazorg"}
GROUND_LABELS = {"consent": "Toestemming", "agreement": "Overeenkomst met u", "public_task": "Publieke taak",
                 "imposed_guidance": "Opgelegde begeleiding", "wsb": "Wet straffen en beschermen"}
MEANS = {"plan_pdf": "plan van aanpak", "consent_pdf": "toestemmingsformulier",
         "sync_bundle": "uitwisseling binnen de gemeente"}


@dataclass(frozen=True)
class InternalNote:
    """A note that may be withheld: where it is, for the user to decide."""

    case_id: str
    where: str


def internal_notes(workspace: OpenWorkspace, client_id: str) -> list[InternalNote]:
    """The internal notes an access request of this client would hold (not logged: nothing is shown)."""
    with workspace.transaction(Permission.PRIVACY_REQUESTS) as uow:
        return [InternalNote(case.id, "Notities bij het traject") for case in uow.privacy.client_cases(client_id)
                if case.notes.strip()]


def make_access_request_pdf(workspace: OpenWorkspace, client_id: str, *, include_internal_notes: bool,
                            today: date | None = None, deliver: Deliver | None = None) -> bytes:
    """The access request of one client as PDF bytes; logged as an export once `deliver` (e.g. writing the
    file) succeeded. Raises TerugkeerError "client_not_found"."""
    with workspace.transaction(Permission.PRIVACY_REQUESTS) as uow:
        data = _access_request_pdf(uow, workspace.actor, client_id, include_internal_notes, today or date.today())
        audit.append(uow, workspace.actor, AuditAction.EXPORT, client_id=client_id,
                     record_type=ACCESS_REQUEST_RECORD, record_id=client_id)
        if deliver is not None:
            deliver(data)
        uow.commit()
        return data


def _access_request_pdf(uow: UnitOfWork, actor: Actor, client_id: str, include_internal_notes: bool,
                        today: date) -> bytes:
    cases = uow.privacy.client_cases(client_id)
    if not cases:
        raise TerugkeerError("client_not_found")
    sections: list[Section] = []
    name = ""
    for case in cases:
        file = read_case_file(uow, actor, case.id)
        name = full_name(file.client.given_names, file.client.surname_prefix, file.client.surname)
        if not sections:
            sections.append(_personal_section(file.client, name))
        sections.append(_detention_section(file.detention, case, CASE_DIRECTION.get(file.case.case_direction, ""),
                                           include_internal_notes))
        sections.extend(_intake_sections(uow, actor, case))
        sections.extend(_consent_sections(uow, actor, case.id))
    sections.append(_disclosures(uow, client_id))
    sections.append(_access_history(uow, client_id))
    return build_access_request_pdf(AccessRequestContent(
        Letterhead(uow.workspace.info().municipality), today, name, tuple(sections)))


def _personal_section(client: ClientData, name: str) -> Section:
    return Section("Uw persoonsgegevens", rows=(
        ("Naam", name), ("Geboortedatum", dutch_date(client.date_of_birth)), ("BSN", client.bsn),
        ("Gemeente van inschrijving", client.municipality_of_registration), ("Adres", client.address),
        ("Telefoon", client.phone)))


def _detention_section(detention: DetentionData, case: Case, direction: str, include_internal_notes: bool) -> Section:
    notes = case.notes.strip()
    return Section(f"Detentie vanaf {dutch_date(detention.start_date)}", rows=(
        ("Penitentiaire inrichting", detention.prison),
        ("Begin detentie", dutch_date(detention.start_date)),
        ("Verwachte datum vrijlating", dutch_date(detention.expected_release_date)),
        ("Datum vrijlating", dutch_date(detention.actual_release_date)),
        ("Status van het traject", CASE_STATUS.get(case.status, case.status)), ("Nazorgcoördinator", case.coordinator),
        ("Casusregie", direction),
        ("Notities", (notes if include_internal_notes else WITHHELD) if notes else "")))


def _intake_sections(uow: UnitOfWork, actor: Actor, case: Case) -> list[Section]:
    stored = uow.intake.intake(case.id)
    if stored is None:
        return []
    text = uow.intake.template_text(stored.template_id, stored.template_version)
    if text is None:
        return []
    template = parse_template(text, f"{stored.template_id} v{stored.template_version}")
    intake = read_intake(uow, actor, case.id, template)
    statuses = tuple(
        (domain.label.nl, *(DOMAIN_STATUS[status] if (status := intake.assessment(domain.id, moment).status)
                            else "" for moment in Moment))
        for domain in template.domains)
    actions = tuple((ACTION_OWNER[action.who], action.what, dutch_date(action.due_date),
                     "ja" if action.done else "nee") for action in intake.actions if action.what.strip())
    plan_rows = tuple((domain.label.nl, f"Situatie: {plan.situation} · Doel: {plan.goal}")
                      for domain in template.domains if (plan := intake.plan_domains.get(domain.id)))
    return [
        Section("Uw situatie per leefgebied", table=(("Leefgebied", *MOMENT_LABELS.values()), *statuses)),
        Section(f"Plan van aanpak ({PLAN_STATUS[intake.plan_status].lower()})",
                rows=(*plan_rows, ("Afspraken", intake.agreements), ("Contactpersonen", intake.contact_persons)),
                table=(("Wie", "Wat", "Wanneer", "Gedaan"), *actions) if actions else None),
    ]


def _consent_sections(uow: UnitOfWork, actor: Actor, case_id: str) -> list[Section]:
    file = read_consent_file(uow, actor, case_id)
    terms = consent_terms()
    grounds = tuple((GROUND_LABELS.get(g.ground.value, g.ground.value), dutch_date(g.noted_on),
                     dutch_date(g.ended_on)) for g in file.grounds)
    consents = []
    for consent in file.consents:
        matrix = "; ".join(f"{terms.recipient(recipient).label.nl}: {_categories(categories)}"
                           for recipient, categories in consent.grants)
        revoked = "; ".join(f"{dutch_date(r.revoked_on)}: {_revoked_what(r.scope, r.scope_value)}"
                            + (f" ({r.reason})" if r.reason else "") for r in consent.revocations)
        consents.append((dutch_date(consent.given_on), matrix,
                         "vervangen" if consent.superseded_by else "geldig", revoked))
    sections = []
    if grounds:
        sections.append(Section("Grondslagen", table=(("Grondslag", "Sinds", "Tot"), *grounds)))
    if consents:
        sections.append(Section("Toestemmingen en intrekkingen", table=(
            ("Gegeven op", "Welke gegevens aan wie", "Stand", "Ingetrokken"), *consents)))
    return sections


def _categories(ids: Iterable[str]) -> str:
    """Data categories in words: identity and detention data, and the domains by their Dutch names."""
    labels = {IDENTITY: "persoonsgegevens", DETENTION: "detentiegegevens", PLAN: PLAN_WORDS,
              **{domain.id: domain.label.nl for domain in load_catalogue().active().domains}}
    return ", ".join(labels.get(category, category) for category in ids if category)


def _revoked_what(scope: RevocationScope, value: str) -> str:
    if scope == RevocationScope.WHOLE:
        return "alles ingetrokken"
    if scope == RevocationScope.RECIPIENT:
        return f"ingetrokken voor {consent_terms().recipient(value).label.nl}"
    if scope == RevocationScope.CELL:
        recipient, category = parse_cell_value(value)
        return f"ingetrokken: {_categories([category])} voor {consent_terms().recipient(recipient).label.nl}"
    return f"ingetrokken voor {_categories([value])}"


def _disclosures(uow: UnitOfWork, client_id: str) -> Section:
    rows = tuple((dutch_date(d.disclosed_at.date()), d.recipient,
                  "alle gegevens van het traject" if d.means == "sync_bundle" else _categories(d.categories.split(",")),
                  MEANS.get(d.means, d.means))
                 for d in uow.privacy.disclosures(client_id))
    return Section("Aan wie uw gegevens zijn gegeven", table=(("Datum", "Aan", "Welke gegevens", "Hoe"), *rows),
                   empty="Uw gegevens zijn niet aan anderen gegeven.")


def _access_history(uow: UnitOfWork, client_id: str) -> Section:
    """Every look at and change of the client's data, at the office and on the coordinator's laptop alike."""
    rows = tuple((line.occurred_at.astimezone().strftime("%d-%m-%Y %H:%M"),
                  f"{line.user_name} ({roles_words(line.user_role, DUTCH).lower()})",
                  words(AUDIT_ACTIONS, line.action, DUTCH), words(RECORD_TYPES, line.record_type, DUTCH),
                  device_words(line.device, DUTCH, from_here=False))
                 for line in audit_trail.access_history(uow, client_id))
    return Section("Wie uw gegevens heeft bekeken of gewijzigd",
                   table=(("Wanneer", "Wie", "Wat", "Welk deel", "Waar"), *rows), widths=(22, 42, 24, 40, 42))

"""Intakes, plans of approach and consents for demo cases, so printed demo documents look like real ones.

Only the first cases that reached the intake get them (DEMO_PLANS), written as plain records in the demo's own
transaction: demo creation stays fast at 20,000 cases. All text is invented; the names are the demo's fictional ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.audit import Actor
from app.casework.checklist import ChecklistTemplate
from app.casework.consent_terms import (
    DETENTION,
    IDENTITY,
    PLAN,
    Ground,
    HowGiven,
    RevocationScope,
    consent_terms,
    format_grants,
)
from app.casework.intake import ActionOwner, DomainStatus, Moment, PlanStatus, SelfReliance
from app.domain import STATUS_FLOW, CaseDirection, CaseStatus
from db.models import (
    ChecklistTemplateRecord,
    ConsentRecord,
    ConsentRevocation,
    DomainAssessment,
    FollowUpAction,
    Intake,
    Plan,
    PlanDomain,
    ProcessingGround,
)
from db.uow import UnitOfWork

DEMO_PLANS = 20


@dataclass(frozen=True)
class _DomainText:
    situations: tuple[str, ...]
    goals: tuple[str, ...]
    actions: tuple[tuple[str, ActionOwner], ...]


_TEXT: dict[str, _DomainText] = {
    "id_document": _DomainText(
        ("Geen geldig identiteitsbewijs: de ID-kaart is verlopen.",
         "Paspoort kwijtgeraakt bij de aanhouding; aangifte van vermissing is gedaan.",
         "Heeft geen identiteitsbewijs meer sinds een verhuizing; geen geld voor een nieuwe aanvraag."),
        ("Een geldige ID-kaart op de dag van vrijlating.", "Identiteitsbewijs aangevraagd vóór vrijlating."),
        (("Pasfoto laten maken in de PI", ActionOwner.DETAINEE),
         ("ID-kaart aanvragen bij de gemeente via de PI", ActionOwner.PI_CASE_MANAGER),
         ("Bijzondere bijstand aanvragen voor de kosten van de ID-kaart", ActionOwner.COORDINATOR),
         ("ID-kaart ophalen bij het gemeentehuis na vrijlating", ActionOwner.DETAINEE)),
    ),
    "housing": _DomainText(
        ("Huurt een woning bij een woningcorporatie; de huur loopt door tijdens de detentie.",
         "Had geen vaste woonplek en sliep bij vrienden.",
         "Woonde bij zijn moeder en kan daar na vrijlating terug."),
        ("Een woonplek of opvangplek op de dag van vrijlating.", "De huurwoning behouden tijdens de detentie."),
        (("Briefadres regelen bij de gemeente", ActionOwner.COORDINATOR),
         ("Woningcorporatie bellen over doorbetaling van de huur (max. 6 maanden)", ActionOwner.COORDINATOR),
         ("Aanmelden voor maatschappelijke opvang", ActionOwner.SOCIAL_TEAM),
         ("Inschrijving als woningzoekende verlengen", ActionOwner.DETAINEE)),
    ),
    "income_work": _DomainText(
        ("Had een WW-uitkering; die is gestopt bij de detentie.",
         "Werkte via een uitzendbureau; het contract is beëindigd.",
         "Geen inkomen en geen werk; wil graag aan de slag in de groenvoorziening."),
        ("Inkomen vanaf de eerste dag na vrijlating.", "Dagbesteding of werk binnen een maand na vrijlating."),
        (("Bijstandsaanvraag indienen vóór vrijlating", ActionOwner.COORDINATOR),
         ("Inschrijven bij het UWV als werkzoekende", ActionOwner.DETAINEE),
         ("Met de werkgever afspraken maken over onbetaald verlof", ActionOwner.DETAINEE),
         ("Dagbesteding zoeken via het sociaal team", ActionOwner.SOCIAL_TEAM)),
    ),
    "debts": _DomainText(
        ("Schulden bij het CJIB (boetes) en bij de zorgverzekeraar, samen ongeveer € 6.500.",
         "Weet niet precies welke schulden er zijn; denkt aan een huurachterstand.",
         "Zat in een schuldhulptraject; dat loopt door tijdens de detentie."),
        ("Een overzicht van alle schulden en een aanmelding bij de schuldhulpverlening.",
         "Het lopende schuldhulptraject blijft behouden."),
        (("Schuldenoverzicht opvragen (CJIB, zorgverzekeraar, verhuurder)", ActionOwner.COORDINATOR),
         ("Aanmelden bij de schuldhulpverlening", ActionOwner.COORDINATOR),
         ("Schuldhulptraject laten opschorten tijdens de detentie", ActionOwner.PARTNER),
         ("Betalingsregeling met het CJIB bespreken", ActionOwner.DETAINEE)),
    ),
    "care": _DomainText(
        ("De zorgverzekering is geschorst tijdens de detentie; gebruikt dagelijks medicatie.",
         "Drinkt veel alcohol en wil na vrijlating behandeling.",
         "Heeft contact gehad met de GGZ; die behandeling is gestopt bij de aanhouding."),
        ("Zorgverzekering actief en medicatie geregeld op de dag van vrijlating.",
         "Een intake bij de verslavingszorg vóór vrijlating."),
        (("Zorgverzekering weer laten ingaan na vrijlating", ActionOwner.DETAINEE),
         ("Medicatieoverdracht regelen met de arts van de PI", ActionOwner.PI_CASE_MANAGER),
         ("Intake bij de verslavingszorg plannen vóór vrijlating", ActionOwner.PARTNER),
         ("Huisarts zoeken in de woonplaats", ActionOwner.COORDINATOR)),
    ),
}

_CONTACTS = (
    "Casemanager PI: mw. S. Proefmans (bereikbaar via de PI)\nWoningcorporatie: dhr. B. Testerink",
    "Casemanager PI: dhr. K. Oefenaar\nSociaal team Demostad: mw. F. Voorbeeld\nReclassering: dhr. R. Nepstra",
    "Casemanager PI: mw. T. Demowijk\nMoeder van cliënt (na toestemming van cliënt)",
)
_AGREEMENTS = (
    "Cliënt meldt zich binnen drie werkdagen na vrijlating bij de nazorgcoördinator.",
    "Cliënt belt de nazorgcoördinator op de dag van vrijlating. Wekelijks contact in de eerste maand.",
    "Cliënt houdt zich aan de afspraken met de reclassering en laat het weten als er iets verandert.",
)
# The chain partner who helps with each domain, named in a demo consent when that domain needs help.
_DOMAIN_PARTNER = {"housing": "housing_corporation", "income_work": "uwv", "debts": "debt_counselling",
                   "care": "mental_health_addiction"}
_REVOCATION_REASON = "Cliënt wil niet dat de woningcorporatie nog gegevens krijgt."

_REASONS = (
    "Lichte praktische hulp is genoeg; de nazorgcoördinator houdt de regie.",
    "Meerdere problemen tegelijk; het sociaal team neemt de regie na vrijlating.",
    "Toezicht van de reclassering na vrijlating; de reclassering heeft de regie.",
)


def add_demo_plans(uow: UnitOfWork, actor: Actor, cases: list[dict[str, Any]], template: ChecklistTemplate,
                   now: datetime, today: date, seed: int) -> int:
    """Give the first DEMO_PLANS cases that reached the intake an intake, domain statuses, a plan with situation
    and goal per domain that needs help, and actions; returns how many cases got one. The caller commits."""
    rng = random.Random(seed)
    chosen = [c for c in cases if STATUS_FLOW.index(CaseStatus(c["status"])) >= STATUS_FLOW.index(CaseStatus.INTAKE)]
    chosen = chosen[:DEMO_PLANS]
    if chosen and uow.intake.template_text(template.id, template.version) is None:
        uow.intake.add(ChecklistTemplateRecord(template_id=template.id, version=template.version,
                                               content=template.source_text))
    stamp = {"created_at": now, "updated_at": now, "changed_by_device": actor.device_id, "version": 1}
    for case in chosen:
        _add_plan(uow, case, template, rng, stamp, today)
    return len(chosen)


def _add_plan(uow: UnitOfWork, case: dict[str, Any], template: ChecklistTemplate, rng: random.Random,
              stamp: dict[str, Any], today: date) -> None:
    case_id, status = case["id"], CaseStatus(case["status"])
    released = status in (CaseStatus.AFTERCARE, CaseStatus.CLOSED)
    plan_status = {CaseStatus.INTAKE: PlanStatus.CONCEPT, CaseStatus.PLAN: PlanStatus.DISCUSSED}.get(
        status, PlanStatus.SIGNED)
    uow.intake.add(Intake(case_id=case_id, template_id=template.id, template_version=template.version,
                          current_step="plan", self_reliance=rng.choice(list(SelfReliance)).value,
                          direction_reason=rng.choice(_REASONS), **stamp))
    uow.intake.add(Plan(case_id=case_id, status=plan_status.value, agreements=rng.choice(_AGREEMENTS),
                        contact_persons=rng.choice(_CONTACTS), **stamp))
    start = case["intake_on"] or today
    action_number = 0
    helped: list[str] = []
    for domain in template.domains:
        text = _TEXT.get(domain.id)
        if text is None:  # optional domains the municipality may not use
            continue
        needs_help = rng.random() < 0.7
        intake_status = (rng.choice((DomainStatus.NEED, DomainStatus.IN_PROGRESS)) if needs_help
                         else DomainStatus.NO_NEED)
        uow.intake.add(DomainAssessment(case_id=case_id, domain_id=domain.id, moment=Moment.INTAKE.value,
                                        status=intake_status.value, notes="", aftercare_needed=needs_help, **stamp))
        if released:
            after = DomainStatus.ARRANGED if not needs_help or rng.random() < 0.75 else DomainStatus.IN_PROGRESS
            uow.intake.add(DomainAssessment(case_id=case_id, domain_id=domain.id, moment=Moment.RELEASE.value,
                                            status=after.value, notes="", aftercare_needed=None, **stamp))
        if not needs_help:
            continue
        helped.append(domain.id)
        uow.intake.add(PlanDomain(case_id=case_id, domain_id=domain.id, situation=rng.choice(text.situations),
                                  goal=rng.choice(text.goals), **stamp))
        for what, who in rng.sample(text.actions, rng.randint(2, len(text.actions))):
            action_number += 1
            due = start + timedelta(days=7 * action_number)
            # Actions are listed in the order they were made: give each its own moment.
            made = {**stamp, "created_at": stamp["created_at"] + timedelta(microseconds=action_number)}
            uow.intake.add(FollowUpAction(case_id=case_id, domain_id=domain.id, what=what, who=who.value,
                                          due_date=due, done=released or (due < today and rng.random() < 0.6),
                                          deleted=False, **made))
    _add_consent(uow, case, helped, rng, stamp, start, today)


def _add_consent(uow: UnitOfWork, case: dict[str, Any], helped: list[str], rng: random.Random,
                 stamp: dict[str, Any], given_on: date, today: date) -> None:
    """Most demo cases have a consent signed on paper at the intake, for identity, detention and the domains that
    need help, to the social team and each domain's partner; some rest on the WSB (probation has the direction)
    or on the public task alone, and a few consents were partly revoked later."""
    case_id = case["id"]
    if case["case_direction"] == CaseDirection.PROBATION.value:
        uow.consent.add(ProcessingGround(case_id=case_id, ground=Ground.WET_STRAFFEN_EN_BESCHERMEN.value,
                                         noted_on=given_on, note="Reclasseringstoezicht na vrijlating.",
                                         ended_on=None, deleted=False, **stamp))
    if rng.random() < 0.15:  # no consent asked yet: the case rests on the public task only
        return
    # The matrix: the social team and the PI case manager see everything; each domain's partner the identity and
    # its own domain, as the detainee ticks it per organisation.
    everything = [IDENTITY, DETENTION, PLAN, *helped]
    grants: dict[str, list[str]] = {"social_team": everything, "pi_case_manager": everything}
    for domain in helped:
        if domain in _DOMAIN_PARTNER:
            grants.setdefault(_DOMAIN_PARTNER[domain], [IDENTITY]).append(domain)
    recipients = list(grants)
    consent = ConsentRecord(
        case_id=case_id, given_on=given_on, how_given=HowGiven.SIGNED_ON_PAPER.value, witness="", valid_until=None,
        purposes=",".join(term.id for term in consent_terms().purposes),
        categories=",".join(everything), recipients=",".join(recipients), grants=format_grants(grants),
        signature_png=None, superseded_by=None, **stamp)
    uow.consent.add(consent)
    revoked_on = given_on + timedelta(days=rng.randint(10, 60))
    if "housing_corporation" in recipients and revoked_on < today and rng.random() < 0.3:
        uow.flush()
        uow.consent.add(ConsentRevocation(consent_id=consent.id, revoked_on=revoked_on,
                                          scope=RevocationScope.RECIPIENT.value, scope_value="housing_corporation",
                                          reason=_REVOCATION_REASON, **stamp))

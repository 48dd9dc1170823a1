"""Intakes, plans of approach and consents for demo cases, so the demo's files and printed documents look like real
ones.

Every case in the plan or aftercare status gets them, and the first DEMO_PLANS others that reached the intake; a
case may ask for a plan and consent of its own (`PlanWish`: the demo's showcase of every warning and consent state).
The others' consents are in every state (given, partly revoked, revoked, expired, none, another legal basis). All is
written as plain rows in one executemany per kind in the demo's own transaction: demo creation stays fast at 20,000
cases. All text is invented; the names are the demo's fictional ones.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from app.audit import Actor
from app.casework.case_warnings import PARTNER_OWNERS
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
PLANNED = frozenset({CaseStatus.PLAN, CaseStatus.AFTERCARE})  # every case in these statuses has a plan ...
# ... up to this many: some 30 records each, and an encrypted workspace writes a few thousand a second, so the
# benchmarks' demos of 20,000 cases hold plans for their first cases only. A demo of a caseload (the GUI's holds
# 250 cases) has them all.
PLANS_AT_MOST = 400
ASSESSED_AT_MOST = 1000  # likewise the cases with domain statuses only (see `add_demo_plans`)


class ConsentKind(StrEnum):
    """The state a demo case's consent is made in."""

    GIVEN = "given"
    PARTIAL = "partial"  # one recipient revoked
    REVOKED = "revoked"  # the whole consent revoked
    EXPIRED = "expired"  # given for a time that has passed
    NONE = "none"  # no consent and no other ground
    OTHER_BASIS = "other_basis"  # no consent, but another legal ground


_CONSENT_WEIGHTS = {ConsentKind.GIVEN: 55, ConsentKind.PARTIAL: 12, ConsentKind.REVOKED: 6, ConsentKind.EXPIRED: 7,
                    ConsentKind.NONE: 10, ConsentKind.OTHER_BASIS: 10}


@dataclass(frozen=True)
class PlanWish:
    """What a showcase case must have: a plan (in `plan_status`), a consent in `consent`, a key domain still open
    at intake, an action for a partner."""

    plan_status: PlanStatus | None = None
    consent: ConsentKind | None = None
    open_key_domain: bool = False
    partner_action: bool = False


@dataclass
class _Rows:
    """The records to insert, per kind, parents first."""

    intakes: list[dict[str, Any]] = field(default_factory=list)
    plans: list[dict[str, Any]] = field(default_factory=list)
    assessments: list[dict[str, Any]] = field(default_factory=list)
    plan_domains: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    grounds: list[dict[str, Any]] = field(default_factory=list)
    consents: list[dict[str, Any]] = field(default_factory=list)
    revocations: list[dict[str, Any]] = field(default_factory=list)

    def batches(self) -> list[tuple[type[Any], list[dict[str, Any]]]]:
        return [(Intake, self.intakes), (Plan, self.plans), (DomainAssessment, self.assessments),
                (PlanDomain, self.plan_domains), (FollowUpAction, self.actions), (ProcessingGround, self.grounds),
                (ConsentRecord, self.consents), (ConsentRevocation, self.revocations)]


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
_REVOCATION_REASON = "Cliënt wil niet dat deze organisatie nog gegevens krijgt."
_WHOLE_REASON = "Cliënt wil de nazorg zonder de gemeente regelen en trekt de toestemming in."

_REASONS = (
    "Lichte praktische hulp is genoeg; de nazorgcoördinator houdt de regie.",
    "Meerdere problemen tegelijk; het sociaal team neemt de regie na vrijlating.",
    "Toezicht van de reclassering na vrijlating; de reclassering heeft de regie.",
)


def add_demo_plans(uow: UnitOfWork, actor: Actor, cases: list[dict[str, Any]], template: ChecklistTemplate,
                   now: datetime, today: date, seed: int, wishes: Mapping[str, PlanWish] | None = None,
                   assessed_only: frozenset[CaseStatus] = frozenset()) -> int:
    """Give every case in the plan or aftercare status (the first PLANS_AT_MOST), the first DEMO_PLANS other
    cases that reached the intake, and the cases with a wish an intake, domain statuses (at release too once
    released), a plan with situation and goal per domain that needs help, actions, and a consent; returns how many
    cases got one. The other cases in `assessed_only` (the first ASSESSED_AT_MOST) get the domain statuses at
    intake and at release only (a back office's years of closed cases, for the monitor, without the weight of a
    plan each). The caller commits."""
    rng = random.Random(seed)
    wishes = wishes or {}
    intake_index = STATUS_FLOW.index(CaseStatus.INTAKE)
    others = 0
    chosen: list[dict[str, Any]] = []
    assessed: list[dict[str, Any]] = []
    for case in cases:
        status = CaseStatus(case["status"])
        if case["id"] in wishes or (status in PLANNED and len(chosen) < PLANS_AT_MOST):
            chosen.append(case)
        elif STATUS_FLOW.index(status) >= intake_index and others < DEMO_PLANS:
            others += 1
            chosen.append(case)
        elif status in assessed_only and len(assessed) < ASSESSED_AT_MOST:
            assessed.append(case)
    if chosen and uow.intake.template_text(template.id, template.version) is None:
        uow.intake.add(ChecklistTemplateRecord(template_id=template.id, version=template.version,
                                               content=template.source_text))
    stamp = {"created_at": now, "updated_at": now, "changed_by_device": actor.device_id, "version": 1}
    rows = _Rows()
    for case in chosen:
        _add_plan(rows, case, template, rng, stamp, today, wishes.get(case["id"], PlanWish()))
    for case in assessed:
        for domain in template.domains:
            if domain.id in _TEXT:
                _assess(rows, case["id"], domain.id, rng.random() < 0.7, True, rng, stamp)
    uow.cases.bulk_insert_records(rows.batches())
    return len(chosen)


def _add_plan(rows: _Rows, case: dict[str, Any], template: ChecklistTemplate, rng: random.Random,
              stamp: dict[str, Any], today: date, wish: PlanWish) -> None:
    case_id, status = case["id"], CaseStatus(case["status"])
    released = status in (CaseStatus.AFTERCARE, CaseStatus.CLOSED)
    plan_status = wish.plan_status or {CaseStatus.INTAKE: PlanStatus.CONCEPT,
                                       CaseStatus.PLAN: PlanStatus.DISCUSSED}.get(status, PlanStatus.SIGNED)
    rows.intakes.append({"id": _id(), **stamp, "case_id": case_id, "template_id": template.id,
                         "template_version": template.version, "current_step": "plan",
                         "self_reliance": rng.choice(list(SelfReliance)).value,
                         "direction_reason": rng.choice(_REASONS)})
    rows.plans.append({"id": _id(), **stamp, "case_id": case_id, "status": plan_status.value,
                       "agreements": rng.choice(_AGREEMENTS), "contact_persons": rng.choice(_CONTACTS)})
    start = case["intake_on"] or today
    open_key = next((domain.id for domain in template.domains if domain.key and domain.id in _TEXT), None) \
        if wish.open_key_domain else None
    action_number = 0
    helped: list[str] = []
    for domain in template.domains:
        text = _TEXT.get(domain.id)
        if text is None:  # optional domains the municipality may not use
            continue
        needs_help = domain.id == open_key or rng.random() < 0.7
        _assess(rows, case_id, domain.id, needs_help, released, rng, stamp, open_at_intake=domain.id == open_key)
        if not needs_help:
            continue
        helped.append(domain.id)
        rows.plan_domains.append({"id": _id(), **stamp, "case_id": case_id, "domain_id": domain.id,
                                  "situation": rng.choice(text.situations), "goal": rng.choice(text.goals)})
        actions = rng.sample(text.actions, rng.randint(2, len(text.actions)))
        if wish.partner_action and not any(who in PARTNER_OWNERS for _what, who in actions):
            actions.append(next(action for action in text.actions if action[1] in PARTNER_OWNERS))
        for what, who in actions:
            action_number += 1
            due = start + timedelta(days=7 * action_number)
            # Actions are listed in the order they were made: give each its own moment.
            rows.actions.append({"id": _id(), **stamp,
                                 "created_at": stamp["created_at"] + timedelta(microseconds=action_number),
                                 "case_id": case_id, "domain_id": domain.id, "what": what, "who": who.value,
                                 "due_date": due, "done": released or (due < today and rng.random() < 0.6),
                                 "deleted": False})
    _add_consent(rows, case, helped, rng, stamp, start, today, wish.consent)


def _assess(rows: _Rows, case_id: str, domain_id: str, needs_help: bool, released: bool, rng: random.Random,
            stamp: dict[str, Any], open_at_intake: bool = False) -> None:
    """The domain's status at intake and, once released, at release (mostly arranged by then)."""
    intake_status = DomainStatus.NEED if open_at_intake else (
        rng.choice((DomainStatus.NEED, DomainStatus.IN_PROGRESS)) if needs_help else DomainStatus.NO_NEED)
    rows.assessments.append({"id": _id(), **stamp, "case_id": case_id, "domain_id": domain_id,
                             "moment": Moment.INTAKE.value, "status": intake_status.value, "notes": "",
                             "aftercare_needed": needs_help})
    if released:
        after = DomainStatus.ARRANGED if not needs_help or rng.random() < 0.75 else DomainStatus.IN_PROGRESS
        rows.assessments.append({"id": _id(), **stamp, "case_id": case_id, "domain_id": domain_id,
                                 "moment": Moment.RELEASE.value, "status": after.value, "notes": "",
                                 "aftercare_needed": None})


def _add_consent(rows: _Rows, case: dict[str, Any], helped: list[str], rng: random.Random,
                 stamp: dict[str, Any], given_on: date, today: date, wished: ConsentKind | None) -> None:
    """Most demo cases have a consent signed on paper at the intake, for identity, detention and the domains that
    need help, to the social team and each domain's partner; others have one that was partly or wholly revoked
    later or that expired, none at all, or rest on another ground (the WSB when probation has the direction)."""
    case_id = case["id"]
    probation = case["case_direction"] == CaseDirection.PROBATION.value
    kind = wished or rng.choices(list(_CONSENT_WEIGHTS), weights=list(_CONSENT_WEIGHTS.values()))[0]
    if kind is ConsentKind.NONE and probation:
        kind = ConsentKind.OTHER_BASIS  # probation's direction rests on the WSB
    if kind is ConsentKind.EXPIRED and given_on > today - timedelta(days=40):
        kind = ConsentKind.GIVEN  # too recent to have run out
    if probation or kind is ConsentKind.OTHER_BASIS:
        ground, note = (Ground.WET_STRAFFEN_EN_BESCHERMEN, "Reclasseringstoezicht na vrijlating.") if probation \
            else (Ground.PUBLIC_TASK, "Nazorg als publieke taak van de gemeente.")
        rows.grounds.append({"id": _id(), **stamp, "case_id": case_id, "ground": ground.value, "noted_on": given_on,
                             "note": note, "ended_on": None, "deleted": False})
    if kind in (ConsentKind.NONE, ConsentKind.OTHER_BASIS):
        return
    # The matrix: the social team and the PI case manager see everything; each domain's partner the identity and
    # its own domain, as the detainee ticks it per organisation.
    everything = [IDENTITY, DETENTION, PLAN, *helped]
    grants: dict[str, list[str]] = {"social_team": everything, "pi_case_manager": everything}
    for domain in helped:
        if domain in _DOMAIN_PARTNER:
            grants.setdefault(_DOMAIN_PARTNER[domain], [IDENTITY]).append(domain)
    recipients = list(grants)
    consent_id = _id()
    valid_until = given_on + timedelta(days=30) if kind is ConsentKind.EXPIRED else None
    rows.consents.append({
        "id": consent_id, **stamp, "case_id": case_id, "given_on": given_on,
        "how_given": HowGiven.SIGNED_ON_PAPER.value, "witness": "", "valid_until": valid_until,
        "purposes": ",".join(term.id for term in consent_terms().purposes),
        "categories": ",".join(everything), "recipients": ",".join(recipients), "grants": format_grants(grants),
        "signature_png": None, "superseded_by": None})
    if kind not in (ConsentKind.PARTIAL, ConsentKind.REVOKED):
        return
    revoked_on = min(today, given_on + timedelta(days=rng.randint(10, 60)))
    whole = kind is ConsentKind.REVOKED
    recipient = "housing_corporation" if "housing_corporation" in recipients else "pi_case_manager"
    rows.revocations.append({
        "id": _id(), **stamp, "consent_id": consent_id, "revoked_on": revoked_on,
        "scope": (RevocationScope.WHOLE if whole else RevocationScope.RECIPIENT).value,
        "scope_value": "" if whole else recipient, "reason": _WHOLE_REASON if whole else _REVOCATION_REASON})


def _id() -> str:
    return str(uuid.uuid4())

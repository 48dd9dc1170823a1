"""The intake interview: checklist answers, domain situation per measurement moment, follow-up actions,
triage and the plan of approach.

Every save is one small committed transaction (the screen autosaves each field within a second), audited, and
returns what changed. An intake keeps the template version it was started with: its exact text is stored in the
workspace, so a newer template never changes how an older intake reads.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from app import audit
from app.audit import Actor, AuditAction
from app.cases import Changes
from app.checklist import ChecklistTemplate, ItemTemplate, parse_template
from app.domain import STATUS_DATE_FIELD, STATUS_FLOW, CaseDirection, CaseStatus
from app.errors import TerugkeerError, ValidationError
from app.records import stamp
from db.models import (
    Case,
    ChecklistAnswer,
    ChecklistTemplateRecord,
    DomainAssessment,
    FollowUpAction,
    Intake,
    Plan,
    PlanDomain,
    SyncedRecord,
)
from db.uow import UnitOfWork

R = TypeVar("R", bound=SyncedRecord)


class Moment(StrEnum):
    """The three measurement moments: the situation before, at and after detention can be compared."""

    INTAKE = "intake"
    RELEASE = "release"
    END = "end"  # end of aftercare, three months after release


class DomainStatus(StrEnum):
    NO_NEED = "geen_hulpvraag"
    NEED = "hulpvraag"
    IN_PROGRESS = "actie_loopt"
    ARRANGED = "geregeld"
    NOT_APPLICABLE = "nvt"


OPEN_STATUSES = frozenset({DomainStatus.NEED, DomainStatus.IN_PROGRESS})


class ActionOwner(StrEnum):
    COORDINATOR = "coordinator"
    DETAINEE = "detainee"
    PI_CASE_MANAGER = "pi_case_manager"
    SOCIAL_TEAM = "social_team"
    PARTNER = "partner"


class SelfReliance(StrEnum):
    SELF_RELIANT = "zelfredzaam"
    LIMITED = "beperkt_zelfredzaam"
    NOT_SELF_RELIANT = "niet_zelfredzaam"


class PlanStatus(StrEnum):
    CONCEPT = "concept"
    DISCUSSED = "besproken"
    SIGNED = "ondertekend"


YES_NO_UNKNOWN = ("yes", "no", "unknown")

AnswerValue = str | date | Decimal | None


@dataclass(frozen=True)
class Assessment:
    status: DomainStatus | None = None
    notes: str = ""
    aftercare_needed: bool | None = None


@dataclass(frozen=True)
class ActionData:
    id: str
    domain_id: str
    what: str
    who: ActionOwner
    due_date: date | None
    done: bool


@dataclass(frozen=True)
class PlanDomainData:
    situation: str = ""
    goal: str = ""


@dataclass(frozen=True)
class IntakeFile:
    """Everything the intake screen shows for one case, as plain data."""

    case_id: str
    client_id: str
    template: ChecklistTemplate
    current_step: str
    answers: dict[str, AnswerValue]
    assessments: dict[tuple[str, Moment], Assessment]
    actions: list[ActionData]
    case_direction: CaseDirection
    self_reliance: SelfReliance | None
    direction_reason: str
    plan_status: PlanStatus
    agreements: str
    contact_persons: str
    plan_domains: dict[str, PlanDomainData] = field(default_factory=dict)

    def assessment(self, domain_id: str, moment: Moment = Moment.INTAKE) -> Assessment:
        return self.assessments.get((domain_id, moment), Assessment())


# --- values ----------------------------------------------------------------------------------------------------


def validate_answer(item: ItemTemplate, value: AnswerValue) -> AnswerValue:
    """The value in its stored form for this item's type, or ValidationError (field = item id)."""
    if value is None or value == "":
        return None
    if item.type == "yes_no_unknown" and value in YES_NO_UNKNOWN:
        return value
    if item.type == "choice" and value in {choice.id for choice in item.choices}:
        return value
    if item.type == "date" and isinstance(value, date):
        return value
    if item.type == "text" and isinstance(value, str):
        return value
    if item.type == "amount":
        try:
            amount = Decimal(str(value).replace(",", ".")) if not isinstance(value, Decimal) else value
        except InvalidOperation:
            raise ValidationError(item.id, "amount_invalid") from None
        if amount.is_finite() and amount >= 0:
            return amount.quantize(Decimal("0.01"))
        raise ValidationError(item.id, "amount_invalid")
    raise ValidationError(item.id, "answer_invalid")


def _encode(item: ItemTemplate, value: AnswerValue) -> str:
    if isinstance(value, date):
        return json.dumps(value.isoformat())
    if isinstance(value, Decimal):
        return json.dumps(str(value))
    return json.dumps(value)


def _decode(item: ItemTemplate | None, stored: str) -> AnswerValue:
    raw = json.loads(stored)
    if item is None or raw is None:
        return raw
    if item.type == "date":
        return date.fromisoformat(raw)
    if item.type == "amount":
        return Decimal(raw)
    return raw


# --- reading ---------------------------------------------------------------------------------------------------


def open_intake(uow: UnitOfWork, actor: Actor, case_id: str, template: ChecklistTemplate,
                today: date | None = None) -> IntakeFile:
    """The case's intake, started with `template` if it has none yet (the case then moves to status intake).
    An intake that exists keeps its own template version. Logged as a view of the client's file."""
    case = _case(uow, case_id)
    intake = uow.intake.intake(case_id)
    if intake is None:
        intake = _start(uow, actor, case, template, today or date.today())
    else:
        audit.append(uow, actor, AuditAction.VIEW, client_id=case.client_id, record_type="intake",
                     record_id=intake.id)
    uow.commit()
    own_template = _stored_template(uow, intake.template_id, intake.template_version)
    return _intake_file(uow, case, intake, own_template)


def _start(uow: UnitOfWork, actor: Actor, case: Case, template: ChecklistTemplate, today: date) -> Intake:
    if uow.intake.template_text(template.id, template.version) is None:
        uow.intake.add(ChecklistTemplateRecord(template_id=template.id, version=template.version,
                                               content=template.source_text))
    intake = Intake(case_id=case.id, template_id=template.id, template_version=template.version)
    stamp(intake, actor, new=True)
    uow.intake.add(intake)
    uow.intake.add(stamp_new(Plan(case_id=case.id), actor))
    _advance_case(case, CaseStatus.INTAKE, today, actor)
    uow.flush()
    audit.append(uow, actor, AuditAction.CREATE, client_id=case.client_id, record_type="intake",
                 record_id=intake.id)
    return intake


def _stored_template(uow: UnitOfWork, template_id: str, version: int) -> ChecklistTemplate:
    text = uow.intake.template_text(template_id, version)
    if text is None:
        raise TerugkeerError("template_missing", template=f"{template_id} v{version}")
    return parse_template(text, f"{template_id} v{version}")


def _intake_file(uow: UnitOfWork, case: Case, intake: Intake, template: ChecklistTemplate) -> IntakeFile:
    items = {item.id: item for domain in template.domains for item in domain.items}
    plan = uow.intake.plan(case.id)
    return IntakeFile(
        case_id=case.id,
        client_id=case.client_id,
        template=template,
        current_step=intake.current_step,
        answers={a.item_id: _decode(items.get(a.item_id), a.value) for a in uow.intake.answers(case.id)},
        assessments={
            (a.domain_id, Moment(a.moment)): Assessment(
                DomainStatus(a.status) if a.status else None, a.notes, a.aftercare_needed)
            for a in uow.intake.assessments(case.id)
        },
        actions=[
            ActionData(a.id, a.domain_id, a.what, ActionOwner(a.who), a.due_date, a.done)
            for a in uow.intake.actions(case.id)
        ],
        case_direction=CaseDirection(case.case_direction),
        self_reliance=SelfReliance(intake.self_reliance) if intake.self_reliance else None,
        direction_reason=intake.direction_reason,
        plan_status=PlanStatus(plan.status) if plan else PlanStatus.CONCEPT,
        agreements=plan.agreements if plan else "",
        contact_persons=plan.contact_persons if plan else "",
        plan_domains={p.domain_id: PlanDomainData(p.situation, p.goal) for p in uow.intake.plan_domains(case.id)},
    )


# --- saving ----------------------------------------------------------------------------------------------------


def save_answer(uow: UnitOfWork, actor: Actor, case_id: str, item_id: str, value: AnswerValue) -> Changes:
    """Store one checklist answer (None clears it)."""
    case, intake = _case_with_intake(uow, case_id)
    template = _stored_template(uow, intake.template_id, intake.template_version)
    item = next((i for d in template.domains for i in d.items if i.id == item_id), None)
    if item is None:
        raise ValidationError(item_id, "answer_invalid")
    encoded = _encode(item, validate_answer(item, value))
    record = uow.intake.answer(case_id, item_id)
    if record is None:
        record = stamp_new(ChecklistAnswer(case_id=case_id, item_id=item_id, value=encoded), actor)
        uow.intake.add(record)
        return _commit(uow, actor, case, record, "checklist_answer", AuditAction.CREATE)
    if record.value == encoded:
        return Changes()
    record.value = encoded
    return _commit(uow, actor, case, stamp(record, actor), "checklist_answer", AuditAction.UPDATE)


_UNCHANGED = object()


def save_assessment(uow: UnitOfWork, actor: Actor, case_id: str, domain_id: str, moment: Moment, *,
                    status: DomainStatus | object | None = _UNCHANGED, notes: str | object = _UNCHANGED,
                    aftercare_needed: bool | object | None = _UNCHANGED) -> Changes:
    """Store the status, notes or triage verdict of one domain at one moment (only the given fields)."""
    case, intake = _case_with_intake(uow, case_id)
    domain_ids = {d.id for d in _stored_template(uow, intake.template_id, intake.template_version).domains}
    if domain_id not in domain_ids:
        raise ValidationError(domain_id, "answer_invalid")
    record = uow.intake.assessment(case_id, domain_id, moment.value)
    new = record is None
    if record is None:
        record = DomainAssessment(case_id=case_id, domain_id=domain_id, moment=moment.value, status="", notes="",
                                  aftercare_needed=None)
    values = {"status": (status or "") if status is not _UNCHANGED else _UNCHANGED,
              "notes": notes, "aftercare_needed": aftercare_needed}
    return _apply_fields(uow, actor, case, record, values, "domain_assessment", new)


def save_intake_details(uow: UnitOfWork, actor: Actor, case_id: str, *,
                        self_reliance: SelfReliance | object | None = _UNCHANGED,
                        direction_reason: str | object = _UNCHANGED,
                        case_direction: CaseDirection | object = _UNCHANGED) -> Changes:
    """Store the triage: self-reliance, case direction (*casusregie*) and the reason for it."""
    case, intake = _case_with_intake(uow, case_id)
    changes = _apply_fields(uow, actor, case, intake, {
        "self_reliance": (self_reliance or "") if self_reliance is not _UNCHANGED else _UNCHANGED,
        "direction_reason": direction_reason,
    }, "intake", new=False)
    if case_direction is not _UNCHANGED:
        changes = _merge(changes, _apply_fields(uow, actor, case, case, {"case_direction": case_direction},
                                                "case", new=False))
    return changes


def save_current_step(uow: UnitOfWork, case_id: str, step: str) -> None:
    """Remember where the coordinator is, so reopening resumes there (navigation, not client data: no audit)."""
    intake = uow.intake.intake(case_id)
    if intake is not None and intake.current_step != step:
        intake.current_step = step
        uow.commit()


def save_plan(uow: UnitOfWork, actor: Actor, case_id: str, *, status: PlanStatus | object = _UNCHANGED,
              agreements: str | object = _UNCHANGED, contact_persons: str | object = _UNCHANGED,
              today: date | None = None) -> Changes:
    """Store the plan's status, agreements or contact persons. A plan discussed or signed moves the case to
    status plan."""
    case, _intake = _case_with_intake(uow, case_id)
    plan = uow.intake.plan(case_id)
    assert plan is not None  # made with the intake
    if status in (PlanStatus.DISCUSSED, PlanStatus.SIGNED):
        _advance_case(case, CaseStatus.PLAN, today or date.today(), actor)
    return _apply_fields(uow, actor, case, plan, {"status": status, "agreements": agreements,
                                                  "contact_persons": contact_persons}, "plan", new=False)


def save_plan_domain(uow: UnitOfWork, actor: Actor, case_id: str, domain_id: str, *,
                     situation: str | object = _UNCHANGED, goal: str | object = _UNCHANGED) -> Changes:
    case, _intake = _case_with_intake(uow, case_id)
    record = uow.intake.plan_domain(case_id, domain_id)
    new = record is None
    if record is None:
        record = PlanDomain(case_id=case_id, domain_id=domain_id, situation="", goal="")
    return _apply_fields(uow, actor, case, record, {"situation": situation, "goal": goal}, "plan_domain", new)


def add_action(uow: UnitOfWork, actor: Actor, case_id: str, domain_id: str, what: str = "",
               who: ActionOwner = ActionOwner.COORDINATOR, due_date: date | None = None) -> tuple[Changes, str]:
    """A new follow-up action for a domain; returns what changed and the action's id."""
    case, _intake = _case_with_intake(uow, case_id)
    record = stamp_new(FollowUpAction(case_id=case_id, domain_id=domain_id, what=what, who=who.value,
                                     due_date=due_date, done=False, deleted=False), actor)
    uow.intake.add(record)
    return _commit(uow, actor, case, record, "follow_up_action", AuditAction.CREATE), record.id


def save_action(uow: UnitOfWork, actor: Actor, action_id: str, *, what: str | object = _UNCHANGED,
                who: ActionOwner | object = _UNCHANGED, due_date: date | object | None = _UNCHANGED,
                done: bool | object = _UNCHANGED) -> Changes:
    record = uow.intake.action(action_id)
    if record is None or record.deleted:
        raise TerugkeerError("action_not_found")
    case = _case(uow, record.case_id)
    return _apply_fields(uow, actor, case, record, {"what": what, "who": who, "due_date": due_date, "done": done},
                         "follow_up_action", new=False)


def delete_action(uow: UnitOfWork, actor: Actor, action_id: str) -> Changes:
    """Remove an action; it stays as a tombstone so the removal can travel to other devices."""
    record = uow.intake.action(action_id)
    if record is None or record.deleted:
        return Changes()
    case = _case(uow, record.case_id)
    record.deleted = True
    return _commit(uow, actor, case, stamp(record, actor), "follow_up_action", AuditAction.DELETE)


# --- helpers ---------------------------------------------------------------------------------------------------


def _case(uow: UnitOfWork, case_id: str) -> Case:
    case = uow.cases.case(case_id)
    if case is None:
        raise TerugkeerError("case_not_found")
    return case


def _case_with_intake(uow: UnitOfWork, case_id: str) -> tuple[Case, Intake]:
    case = _case(uow, case_id)
    intake = uow.intake.intake(case_id)
    if intake is None:
        raise TerugkeerError("intake_not_started")
    return case, intake


def stamp_new(record: R, actor: Actor) -> R:
    return stamp(record, actor, new=True)


def _advance_case(case: Case, status: CaseStatus, today: date, actor: Actor) -> None:
    """Move the case forward to `status` (never back), dating the step."""
    if STATUS_FLOW.index(CaseStatus(case.status)) >= STATUS_FLOW.index(status):
        return
    case.status = status.value
    if getattr(case, STATUS_DATE_FIELD[status]) is None:
        setattr(case, STATUS_DATE_FIELD[status], today)
    stamp(case, actor)


def _apply_fields(uow: UnitOfWork, actor: Actor, case: Case, record: SyncedRecord, values: Mapping[str, object],
                  kind: str, new: bool) -> Changes:
    changed = False
    for name, value in values.items():
        if value is _UNCHANGED:
            continue
        stored = value.value if isinstance(value, StrEnum) else value
        if getattr(record, name) != stored:
            setattr(record, name, stored)
            changed = True
    if new:
        uow.intake.add(stamp_new(record, actor))
        return _commit(uow, actor, case, record, kind, AuditAction.CREATE)
    if not changed:
        uow.commit()  # the case may have moved forward all the same
        return Changes()
    return _commit(uow, actor, case, stamp(record, actor), kind, AuditAction.UPDATE)


def _commit(uow: UnitOfWork, actor: Actor, case: Case, record: SyncedRecord, kind: str,
            action: AuditAction) -> Changes:
    uow.flush()
    audit.append(uow, actor, action, client_id=case.client_id, record_type=kind, record_id=record.id)
    uow.commit()
    return Changes(case_ids=(case.id,), client_ids=(case.client_id,))


def _merge(first: Changes, second: Changes) -> Changes:
    return Changes(case_ids=tuple(dict.fromkeys(first.case_ids + second.case_ids)),
                   client_ids=tuple(dict.fromkeys(first.client_ids + second.client_ids)))

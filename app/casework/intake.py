"""The intake interview: checklist answers, domain situation per measurement moment, follow-up actions,
triage and the plan of approach.

Every save is a service with one small committed transaction (the screen autosaves each field within a second),
audited, and returns what changed. An intake keeps the template version it was started with: its exact text is
stored in the workspace, so a newer template never changes how an older intake reads.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from app import audit
from app.audit import Actor, AuditAction
from app.casework.case_facts import case_basis
from app.casework.cases import Changes
from app.casework.checklist import ChecklistTemplate, ItemTemplate, parse_template
from app.casework.intake_terms import ActionOwner, DomainStatus, Moment, PlanStatus, SelfReliance
from app.domain import STATUS_DATE_FIELD, STATUS_FLOW, CaseDirection, CaseStatus
from app.errors import TerugkeerError, ValidationError
from app.permissions import Permission
from app.records import stamp
from app.workspace.session import OpenWorkspace
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


OPEN_STATUSES = frozenset({DomainStatus.NEED, DomainStatus.IN_PROGRESS})


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


_AMOUNT = re.compile(r"(?P<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](?P<cents>\d{1,2}))?")
MAX_AMOUNT_DIGITS = 9  # no aftercare amount comes near a billion euros


def parse_amount(text: str) -> Decimal:
    """Euros as people type them in Dutch: "1.500", "1.500,50", "12,5" or "12.50"; raises ValueError otherwise.

    A dot followed by exactly three digits groups thousands (as in Dutch); a comma, or a dot followed by one or two
    digits, marks the cents. Anything else is refused rather than guessed."""
    match = _AMOUNT.fullmatch(text.strip().removeprefix("€").strip())
    if match is None:
        raise ValueError(text)
    whole = match["whole"].replace(".", "").lstrip("0") or "0"
    if len(whole) > MAX_AMOUNT_DIGITS:
        raise ValueError(text)
    return Decimal(f"{whole}.{match['cents'] or '0'}").quantize(Decimal("0.01"))


def validate_answer(item: ItemTemplate, value: AnswerValue) -> AnswerValue:
    """The value in its stored form for this item's type, or ValidationError (field = item id)."""
    if value is None or value == "":
        return None
    if item.type == "yes_no_unknown" and value in YES_NO_UNKNOWN:
        return value
    if item.type == "choice" and value in {choice.id for choice in item.choices}:
        return value
    if item.type == "date" and isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if item.type == "text" and isinstance(value, str):
        return value
    if item.type == "amount":
        try:
            return parse_amount(str(value))
        except (ValueError, TypeError, InvalidOperation):
            raise ValidationError(item.id, "amount_invalid") from None
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


def open_intake(workspace: OpenWorkspace, case_id: str, template: ChecklistTemplate,
                today: date | None = None) -> IntakeFile:
    """The case's intake, started with `template` if it has none yet (the case then moves to status intake).
    An intake that exists keeps its own template version. Logged as a view of the client's file."""
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        return read_intake(uow, workspace.actor, case_id, template, today)


def read_intake(uow: UnitOfWork, actor: Actor, case_id: str, template: ChecklistTemplate,
                today: date | None = None, *, commit_view: bool = True) -> IntakeFile:
    """`open_intake` inside the caller's transaction (a document or an access request shows the intake); the start
    or the view is committed at once, or with the rest of a batch (`commit_view` False, as read_case_file)."""
    case = _case(uow, case_id)
    intake = uow.intake.intake(case_id)
    if intake is None:
        intake = _start(uow, actor, case, template, today or date.today())
    else:
        _log_view(uow, actor, case, intake, today)
    if commit_view:
        uow.commit()
    own_template = _stored_template(uow, intake.template_id, intake.template_version)
    return _intake_file(uow, case, intake, own_template)


def view_intake(workspace: OpenWorkspace, case_id: str, today: date | None = None) -> IntakeFile:
    """The case's intake to read, never started here: for who may read the casework but not change it (a team
    leader). Logged as a view of the client's file. Raises TerugkeerError "intake_not_started" when there is none."""
    with workspace.transaction(Permission.READ_CASEWORK) as uow:
        case = _case(uow, case_id)
        intake = uow.intake.intake(case_id)
        if intake is None:
            raise TerugkeerError("intake_not_started")
        _log_view(uow, workspace.actor, case, intake, today)
        uow.commit()
        return _intake_file(uow, case, intake, _stored_template(uow, intake.template_id, intake.template_version))


def _log_view(uow: UnitOfWork, actor: Actor, case: Case, intake: Intake, today: date | None) -> None:
    audit.append(uow, actor, AuditAction.VIEW, client_id=case.client_id, record_type="intake", record_id=intake.id,
                 legal_basis=case_basis(uow, case.id, today))


def _start(uow: UnitOfWork, actor: Actor, case: Case, template: ChecklistTemplate, today: date) -> Intake:
    if uow.intake.template_text(template.id, template.version) is None:
        uow.intake.add(ChecklistTemplateRecord(template_id=template.id, version=template.version,
                                               content=template.source_text))
    intake = Intake(case_id=case.id, template_id=template.id, template_version=template.version)
    stamp(intake, actor, new=True)
    uow.intake.add(intake)
    plan = stamp_new(Plan(case_id=case.id), actor)
    uow.intake.add(plan)
    uow.flush()
    for kind, record_id in (("intake", intake.id), ("plan", plan.id)):
        audit.append(uow, actor, AuditAction.CREATE, client_id=case.client_id, record_type=kind,
                     record_id=record_id, legal_basis=case_basis(uow, case.id, today))
    _advance_case(uow, actor, case, CaseStatus.INTAKE, today)
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


def save_answer(workspace: OpenWorkspace, case_id: str, item_id: str, value: AnswerValue) -> Changes:
    """Store one checklist answer (None or "" clears it). Raises ValidationError (field = item id) for a value
    the item's type does not take."""
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        changes = _save_answer(uow, workspace.actor, case_id, item_id, value)
        uow.commit()
        return changes


def _save_answer(uow: UnitOfWork, actor: Actor, case_id: str, item_id: str, value: AnswerValue) -> Changes:
    case, intake = _case_with_intake(uow, case_id)
    template = _stored_template(uow, intake.template_id, intake.template_version)
    item = next((i for d in template.domains for i in d.items if i.id == item_id), None)
    if item is None:
        raise ValidationError(item_id, "answer_invalid")
    valid = validate_answer(item, value)
    encoded = _encode(item, valid)
    record = uow.intake.answer(case_id, item_id)
    if record is None:
        if valid is None:
            return Changes()  # clearing what was never answered changes nothing
        record = stamp_new(ChecklistAnswer(case_id=case_id, item_id=item_id, value=encoded), actor)
        uow.intake.add(record)
        return _audited(uow, actor, case, record, "checklist_answer", AuditAction.CREATE)
    if record.value == encoded:
        return Changes()
    record.value = encoded
    return _audited(uow, actor, case, stamp(record, actor), "checklist_answer", AuditAction.UPDATE)


class _Unchanged:
    """The value of a keyword that was not given: that field keeps what it holds."""


UNCHANGED = _Unchanged()
E = TypeVar("E", bound=StrEnum)


def _code(kind: type[E], value: object, field: str, *, optional: bool = False) -> object:
    """A stored code checked against its vocabulary (never store what could not be read back)."""
    if value is UNCHANGED:
        return value
    if optional and value in (None, ""):
        return ""
    try:
        return kind(str(value)).value
    except ValueError:
        raise ValidationError(field, "answer_invalid") from None


def save_assessment(workspace: OpenWorkspace, case_id: str, domain_id: str, moment: Moment, *,
                    status: DomainStatus | _Unchanged | None = UNCHANGED, notes: str | _Unchanged = UNCHANGED,
                    aftercare_needed: bool | _Unchanged | None = UNCHANGED) -> Changes:
    """Store the status, notes or triage verdict of one domain at one moment (only the given fields)."""
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        case, intake = _case_with_intake(uow, case_id)
        _require_domain(uow, intake, domain_id)
        record = uow.intake.assessment(case_id, domain_id, Moment(moment).value)
        values = {"status": _code(DomainStatus, status, "status", optional=True), "notes": notes,
                  "aftercare_needed": aftercare_needed}
        if record is None:
            record = DomainAssessment(case_id=case_id, domain_id=domain_id, moment=Moment(moment).value, status="",
                                      notes="", aftercare_needed=None)
            changes = _create_unless_empty(uow, workspace.actor, case, record, values, "domain_assessment")
        else:
            changes = _apply_fields(uow, workspace.actor, case, record, values, "domain_assessment")
        uow.commit()
        return changes


def save_intake_details(workspace: OpenWorkspace, case_id: str, *,
                        self_reliance: SelfReliance | _Unchanged | None = UNCHANGED,
                        direction_reason: str | _Unchanged = UNCHANGED,
                        case_direction: CaseDirection | _Unchanged = UNCHANGED) -> Changes:
    """Store the triage: self-reliance, case direction (*casusregie*) and the reason for it."""
    actor = workspace.actor
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        case, intake = _case_with_intake(uow, case_id)
        direction = _code(CaseDirection, case_direction, "case_direction")
        changes = _apply_fields(uow, actor, case, intake, {
            "self_reliance": _code(SelfReliance, self_reliance, "self_reliance", optional=True),
            "direction_reason": direction_reason,
        }, "intake")
        changes = _merge(changes, _apply_fields(uow, actor, case, case, {"case_direction": direction}, "case"))
        uow.commit()
        return changes


def save_current_step(workspace: OpenWorkspace, case_id: str, step: str) -> None:
    """Remember where the coordinator is, so reopening resumes there (navigation, not client data: no audit)."""
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        intake = uow.intake.intake(case_id)
        if intake is not None and intake.current_step != step:
            intake.current_step = step
            uow.commit()


def save_plan(workspace: OpenWorkspace, case_id: str, *, status: PlanStatus | _Unchanged = UNCHANGED,
              agreements: str | _Unchanged = UNCHANGED, contact_persons: str | _Unchanged = UNCHANGED,
              today: date | None = None) -> Changes:
    """Store the plan's status, agreements or contact persons. A plan discussed or signed moves the case to
    status plan."""
    actor = workspace.actor
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        case, _intake = _case_with_intake(uow, case_id)
        plan = uow.intake.plan(case_id)
        assert plan is not None  # made with the intake
        code = _code(PlanStatus, status, "plan_status")
        changes = Changes()
        if code in (PlanStatus.DISCUSSED.value, PlanStatus.SIGNED.value):
            changes = _advance_case(uow, actor, case, CaseStatus.PLAN, today or date.today())
        changes = _merge(changes, _apply_fields(uow, actor, case, plan, {
            "status": code, "agreements": agreements, "contact_persons": contact_persons}, "plan"))
        uow.commit()
        return changes


def save_plan_domain(workspace: OpenWorkspace, case_id: str, domain_id: str, *,
                     situation: str | _Unchanged = UNCHANGED, goal: str | _Unchanged = UNCHANGED) -> Changes:
    """Store the situation or goal of one domain in the plan of approach."""
    values = {"situation": situation, "goal": goal}
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        case, intake = _case_with_intake(uow, case_id)
        _require_domain(uow, intake, domain_id)
        record = uow.intake.plan_domain(case_id, domain_id)
        if record is None:
            record = PlanDomain(case_id=case_id, domain_id=domain_id, situation="", goal="")
            changes = _create_unless_empty(uow, workspace.actor, case, record, values, "plan_domain")
        else:
            changes = _apply_fields(uow, workspace.actor, case, record, values, "plan_domain")
        uow.commit()
        return changes


def add_action(workspace: OpenWorkspace, case_id: str, domain_id: str, what: str = "",
               who: ActionOwner = ActionOwner.COORDINATOR, due_date: date | None = None) -> tuple[Changes, str]:
    """A new follow-up action for a domain; returns what changed and the action's id."""
    actor = workspace.actor
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        case, intake = _case_with_intake(uow, case_id)
        _require_domain(uow, intake, domain_id)
        record = stamp_new(FollowUpAction(case_id=case_id, domain_id=domain_id, what=what,
                                          who=_code(ActionOwner, who, "who"), due_date=due_date, done=False,
                                          deleted=False), actor)
        uow.intake.add(record)
        changes = _audited(uow, actor, case, record, "follow_up_action", AuditAction.CREATE)
        uow.commit()
        return changes, record.id


def save_action(workspace: OpenWorkspace, action_id: str, *, what: str | _Unchanged = UNCHANGED,
                who: ActionOwner | _Unchanged = UNCHANGED, due_date: date | _Unchanged | None = UNCHANGED,
                done: bool | _Unchanged = UNCHANGED) -> Changes:
    """Store what changed in one follow-up action."""
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        record = uow.intake.action(action_id)
        if record is None or record.deleted:
            raise TerugkeerError("action_not_found")
        case = _case(uow, record.case_id)
        changes = _apply_fields(uow, workspace.actor, case, record, {
            "what": what, "who": _code(ActionOwner, who, "who"), "due_date": due_date, "done": done},
            "follow_up_action")
        uow.commit()
        return changes


def delete_action(workspace: OpenWorkspace, action_id: str) -> Changes:
    """Remove an action; it stays as a tombstone so the removal can travel to other devices."""
    with workspace.transaction(Permission.EDIT_CASEWORK) as uow:
        record = uow.intake.action(action_id)
        if record is None or record.deleted:
            return Changes()
        case = _case(uow, record.case_id)
        record.deleted = True
        changes = _audited(uow, workspace.actor, case, stamp(record, workspace.actor), "follow_up_action",
                           AuditAction.DELETE)
        uow.commit()
        return changes


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


def _require_domain(uow: UnitOfWork, intake: Intake, domain_id: str) -> None:
    template = _stored_template(uow, intake.template_id, intake.template_version)
    if domain_id not in {domain.id for domain in template.domains}:
        raise ValidationError(domain_id, "answer_invalid")


def _advance_case(uow: UnitOfWork, actor: Actor, case: Case, status: CaseStatus, today: date) -> Changes:
    """Move the case forward to `status` (never back), dating the step; audited like any change of the case."""
    if STATUS_FLOW.index(CaseStatus(case.status)) >= STATUS_FLOW.index(status):
        return Changes()
    case.status = status.value
    if getattr(case, STATUS_DATE_FIELD[status]) is None:
        setattr(case, STATUS_DATE_FIELD[status], today)
    stamp(case, actor)
    uow.flush()
    audit.append(uow, actor, AuditAction.UPDATE, client_id=case.client_id, record_type="case", record_id=case.id,
                 legal_basis=case_basis(uow, case.id, today))
    return Changes(case_ids=(case.id,), client_ids=(case.client_id,))


def _assign(record: SyncedRecord, values: Mapping[str, object]) -> bool:
    """Set the given fields (skipping UNCHANGED); True when any value differs from what was stored."""
    changed = False
    for name, value in values.items():
        if value is not UNCHANGED and getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    return changed


def _create_unless_empty(uow: UnitOfWork, actor: Actor, case: Case, record: SyncedRecord,
                         values: Mapping[str, object], kind: str) -> Changes:
    """A new record for the given values; saving only empty values where nothing was changes nothing."""
    if not _assign(record, values):
        return Changes()
    uow.intake.add(stamp_new(record, actor))
    return _audited(uow, actor, case, record, kind, AuditAction.CREATE)


def _apply_fields(uow: UnitOfWork, actor: Actor, case: Case, record: SyncedRecord, values: Mapping[str, object],
                  kind: str) -> Changes:
    if not _assign(record, values):
        return Changes()
    return _audited(uow, actor, case, stamp(record, actor), kind, AuditAction.UPDATE)


def _audited(uow: UnitOfWork, actor: Actor, case: Case, record: SyncedRecord, kind: str,
             action: AuditAction) -> Changes:
    """The audit entry of one created, changed or removed record; the service commits."""
    uow.flush()
    audit.append(uow, actor, action, client_id=case.client_id, record_type=kind, record_id=record.id,
                 legal_basis=case_basis(uow, case.id))
    return Changes(case_ids=(case.id,), client_ids=(case.client_id,))


def _merge(first: Changes, second: Changes) -> Changes:
    return Changes(case_ids=tuple(dict.fromkeys(first.case_ids + second.case_ids)),
                   client_ids=tuple(dict.fromkeys(first.client_ids + second.client_ids)))

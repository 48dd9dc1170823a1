"""The intake services for one case, each call in its own unit of work. Every method runs on the database worker
(inside an operation's work function), never on the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.casework import cases, intake
from app.casework.cases import CaseFile, Changes
from app.casework.checklist import ChecklistTemplate
from app.casework.intake import AnswerValue, IntakeFile, Moment
from app.domain import TargetGroup
from app.workspace.folder import OpenWorkspace


@dataclass(frozen=True)
class LoadedIntake:
    case: CaseFile
    intake: IntakeFile


class IntakeStore:
    def __init__(self, workspace: OpenWorkspace, case_id: str) -> None:
        self._workspace = workspace
        self._actor = workspace.actor
        self.case_id = case_id

    def open(self, template: ChecklistTemplate) -> LoadedIntake:
        """The case and its intake, started with `template` if it has none yet."""
        with self._workspace.unit_of_work() as uow:
            intake_file = intake.open_intake(uow, self._actor, self.case_id, template)
            case_file = cases.open_case(uow, self._actor, self.case_id)  # after: starting the intake moves the status
        return LoadedIntake(case_file, intake_file)

    def answer(self, item_id: str, value: AnswerValue) -> Changes:
        with self._workspace.unit_of_work() as uow:
            return intake.save_answer(uow, self._actor, self.case_id, item_id, value)

    def assessment(self, domain_id: str, moment: Moment, **fields: Any) -> Changes:
        """`fields`: status, notes or aftercare_needed."""
        with self._workspace.unit_of_work() as uow:
            return intake.save_assessment(uow, self._actor, self.case_id, domain_id, moment, **fields)

    def details(self, **fields: Any) -> Changes:
        """`fields`: self_reliance, direction_reason or case_direction."""
        with self._workspace.unit_of_work() as uow:
            return intake.save_intake_details(uow, self._actor, self.case_id, **fields)

    def plan(self, **fields: Any) -> Changes:
        """`fields`: status, agreements or contact_persons."""
        with self._workspace.unit_of_work() as uow:
            return intake.save_plan(uow, self._actor, self.case_id, **fields)

    def plan_domain(self, domain_id: str, **fields: Any) -> Changes:
        """`fields`: situation or goal."""
        with self._workspace.unit_of_work() as uow:
            return intake.save_plan_domain(uow, self._actor, self.case_id, domain_id, **fields)

    def add_action(self, domain_id: str) -> tuple[Changes, str]:
        """A new, empty action for the coordinator; returns its id."""
        with self._workspace.unit_of_work() as uow:
            return intake.add_action(uow, self._actor, self.case_id, domain_id)

    def action(self, action_id: str, **fields: Any) -> Changes:
        """`fields`: what, who, due_date or done."""
        with self._workspace.unit_of_work() as uow:
            return intake.save_action(uow, self._actor, action_id, **fields)

    def delete_action(self, action_id: str) -> Changes:
        with self._workspace.unit_of_work() as uow:
            return intake.delete_action(uow, self._actor, action_id)

    def target_groups(self, groups: frozenset[TargetGroup]) -> Changes:
        with self._workspace.unit_of_work() as uow:
            return cases.save_target_groups(uow, self._actor, self.case_id, groups)

    def current_step(self, step: str) -> None:
        with self._workspace.unit_of_work() as uow:
            intake.save_current_step(uow, self.case_id, step)

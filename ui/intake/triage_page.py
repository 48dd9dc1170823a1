"""Triage: self-reliance, who takes case direction (*casusregie*) and why, and which domains need aftercare."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from app.casework.checklist import DomainTemplate
from app.casework.intake import DomainStatus, IntakeFile, SelfReliance, save_intake_details
from app.domain import CaseDirection
from app.workspace.session import OpenWorkspace
from ui.intake.checklist_widgets import ChoiceBox, line_edit
from ui.intake.page import IntakePage
from ui.texts.labels import answer_label, label
from ui.widgets.autosave import Autosaver

_RELIANCE = tuple(SelfReliance)


@dataclass(frozen=True)
class DomainVerdict:
    """What the triage summary shows of one domain, as the domain page has it now."""

    domain_id: str
    aftercare_needed: bool | None
    status_at_intake: DomainStatus | None


class TriagePage(IntakePage):
    def __init__(self, intake_file: IntakeFile, domains: Sequence[DomainTemplate], language: str,
                 workspace: OpenWorkspace, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Triage"), "page_triage", parent)
        body = self.body
        case_id = intake_file.case_id

        self.self_reliance = QButtonGroup(self)
        reliance_row = QHBoxLayout()
        for number, reliance in enumerate(_RELIANCE):
            button = QRadioButton(label(reliance), body)
            button.setObjectName(f"selfReliance_{reliance.value}")
            button.setAccessibleName(label(reliance))
            button.setChecked(reliance is intake_file.self_reliance)
            self.self_reliance.addButton(button, number)
            reliance_row.addWidget(button)
        reliance_row.addStretch(1)
        autosaver.add("triage:self_reliance", self.chosen_self_reliance,
                      lambda value: save_intake_details(workspace, case_id, self_reliance=value),
                      edited=self.self_reliance.idToggled, widgets=self.self_reliance.buttons())
        self.self_reliance.idToggled.connect(self.progress_changed)

        self.case_direction = ChoiceBox(
            [(label(direction), direction.value) for direction in CaseDirection],
            intake_file.case_direction.value, "caseDirectionCombo", self.tr("Case direction"), body)
        autosaver.add("triage:case_direction", lambda: CaseDirection(self.case_direction.value()),
                      lambda value: save_intake_details(workspace, case_id, case_direction=value),
                      edited=self.case_direction.currentIndexChanged, widgets=(self.case_direction,))
        self.reason = line_edit(intake_file.direction_reason, "directionReasonEdit",
                                self.tr("Reason for the case direction"), body)
        autosaver.add("triage:reason", self.reason.text,
                      lambda value: save_intake_details(workspace, case_id, direction_reason=value), edited=self.reason.textChanged, widgets=(self.reason,), finished=self.reason.returnPressed)

        form = QFormLayout()
        form.addRow(self.tr("Self-reliance"), reliance_row)
        form.addRow(self.tr("Case direction"), self.case_direction)
        form.addRow(self.tr("Reason"), self.reason)
        triage_box = QGroupBox(self.tr("Assessment"), body)
        triage_box.setLayout(form)

        self._verdicts: dict[str, tuple[QLabel, QLabel]] = {}
        summary = QGridLayout()
        for row, heading in enumerate((self.tr("Domain"), self.tr("Aftercare needed?"), self.tr("Status at intake"))):
            summary.addWidget(_bold(QLabel(heading, body)), 0, row)
        for row, domain in enumerate(domains, start=1):
            needed, status = QLabel(body), QLabel(body)
            needed.setObjectName(f"triageNeeded_{domain.id}")
            summary.addWidget(QLabel(domain.label.in_language(language), body), row, 0)
            summary.addWidget(needed, row, 1)
            summary.addWidget(status, row, 2)
            self._verdicts[domain.id] = (needed, status)
        summary.setColumnStretch(3, 1)
        summary_box = QGroupBox(self.tr("Domains: is aftercare needed?"), body)
        summary_box.setObjectName("triageSummary")
        summary_box.setLayout(summary)

        self.content.addWidget(triage_box)
        self.content.addWidget(summary_box)
        self.finish()

    def chosen_self_reliance(self) -> SelfReliance | None:
        number = self.self_reliance.checkedId()
        return _RELIANCE[number] if number >= 0 else None

    def is_done(self) -> bool:
        """Done when self-reliance is assessed."""
        return self.chosen_self_reliance() is not None

    def show_verdicts(self, verdicts: Sequence[DomainVerdict]) -> None:
        """Show, per domain, what its page says now (the summary is read-only; edit it on the domain page)."""
        for verdict in verdicts:
            needed, status = self._verdicts[verdict.domain_id]
            needed.setText(answer_label({True: "yes", False: "no", None: "unknown"}[verdict.aftercare_needed]))
            status.setText(label(verdict.status_at_intake) if verdict.status_at_intake else "–")


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label

"""The plan of approach: its status, per domain the situation (which can take over the intake's notes of the
domain), the goal and the agreed actions, the agreements with the detainee and the contact persons, and at the end
what comes after the intake: look at the plan, record the consent, back to the case. Every field autosaves; the
actions are the domain pages' own."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from app.casework.checklist import DomainTemplate
from app.casework.intake import IntakeFile, PlanDomainData, PlanStatus, save_plan, save_plan_domain
from app.workspace.session import OpenWorkspace
from ui.intake.actions import ActionList, ActionsEditor
from ui.intake.checklist_widgets import ChoiceBox, text_box
from ui.intake.notes_takeover import TakeOverButton
from ui.intake.page import IntakePage
from ui.operations import Operations
from ui.texts.labels import label
from ui.widgets.autosave import Autosaver
from ui.widgets.buttons import push_button

DOMAIN_TEXT_LINES = 3
PLAN_TEXT_LINES = 5


class PlanPage(IntakePage):
    """`notes` holds each domain page's notes field, by domain id (the situation can take them over)."""

    preview_requested = Signal()
    consent_requested = Signal()
    back_requested = Signal()

    def __init__(self, intake_file: IntakeFile, domains: Sequence[DomainTemplate], language: str,
                 operations: Operations, workspace: OpenWorkspace, autosaver: Autosaver, actions: ActionList,
                 notes: Mapping[str, QPlainTextEdit], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plan of approach"), "page_plan", parent)
        body = self.body
        self._case_id = case_id = intake_file.case_id
        self._notes = notes
        self.take_over_buttons: dict[str, TakeOverButton] = {}

        self.status = ChoiceBox([(label(status), status.value) for status in PlanStatus],
                                intake_file.plan_status.value, "planStatusCombo", self.tr("Plan status"), body)
        autosaver.add("plan:status", lambda: PlanStatus(self.status.value()),
                      lambda value: save_plan(workspace, case_id, status=value),
                      edited=self.status.currentIndexChanged, widgets=(self.status,))
        self.status.currentIndexChanged.connect(self.progress_changed)
        status_row = QFormLayout()
        status_row.addRow(self.tr("Plan status"), self.status)
        self.content.addLayout(status_row)

        self.action_editors: dict[str, ActionsEditor] = {}
        for domain in domains:
            self.content.addWidget(self._domain_box(domain, intake_file.plan_domains.get(domain.id, PlanDomainData()),
                                                    language, operations, workspace, autosaver, actions))

        self.agreements = text_box(intake_file.agreements, "agreementsEdit", self.tr("Agreements with the detainee"),
                                   PLAN_TEXT_LINES, body)
        autosaver.add("plan:agreements", self.agreements.toPlainText,
                      lambda value: save_plan(workspace, case_id, agreements=value),
                      edited=self.agreements.textChanged, widgets=(self.agreements,))
        self.contact_persons = text_box(intake_file.contact_persons, "contactPersonsEdit",
                                        self.tr("Contact persons"), PLAN_TEXT_LINES, body)
        autosaver.add("plan:contact_persons", self.contact_persons.toPlainText,
                      lambda value: save_plan(workspace, case_id, contact_persons=value),
                      edited=self.contact_persons.textChanged, widgets=(self.contact_persons,))
        closing = QFormLayout()
        closing.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        closing.addRow(self.tr("Agreements with the detainee"), self.agreements)
        closing.addRow(self.tr("Contact persons"), self.contact_persons)
        closing_box = QGroupBox(self.tr("Agreements"), body)
        closing_box.setLayout(closing)
        self.content.addWidget(closing_box)
        self.content.addWidget(self._next_steps_box())
        self.finish()

    def _next_steps_box(self) -> QGroupBox:
        """What comes after the intake, at the end of its last step."""
        box = QGroupBox(self.tr("Finishing the intake"), self.body)
        self.preview_button = push_button(box, self.tr("View the &plan…"), "intakePlanPreviewButton",
                                          self.preview_requested.emit,
                                          self.tr("Preview the plan of approach, to print or save it"))
        self.consent_button = push_button(box, self.tr("Record &consent"), "intakeConsentButton",
                                          self.consent_requested.emit,
                                          self.tr("The consent and legal basis of this case"))
        self.back_to_case_button = push_button(box, self.tr("Back to the &case"), "intakeBackToCaseButton",
                                               self.back_requested.emit, self.tr("Everything is saved"))
        note = QLabel(self.tr("Everything you typed is saved. Look at the plan, record the client's consent, or go "
                              "back to the case."), box)
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.consent_button)
        row.addStretch(1)
        row.addWidget(self.back_to_case_button)
        layout = QGridLayout(box)
        layout.addWidget(note, 0, 0)
        layout.addLayout(row, 1, 0)
        return box

    def _domain_box(self, domain: DomainTemplate, stored: PlanDomainData, language: str, operations: Operations,
                    workspace: OpenWorkspace, autosaver: Autosaver, actions: ActionList) -> QGroupBox:
        case_id = self._case_id
        box = QGroupBox(domain.label.in_language(language), self.body)
        label = domain.label.in_language(language)
        situation = text_box(stored.situation, f"situation_{domain.id}",
                             self.tr("Situation: {domain}").format(domain=label), DOMAIN_TEXT_LINES, box)
        goal = text_box(stored.goal, f"goal_{domain.id}", self.tr("Goal: {domain}").format(domain=label),
                        DOMAIN_TEXT_LINES, box)
        autosaver.add(f"situation:{domain.id}", situation.toPlainText,
                      lambda value: save_plan_domain(workspace, case_id, domain.id, situation=value),
                      edited=situation.textChanged, widgets=(situation,))
        autosaver.add(f"goal:{domain.id}", goal.toPlainText,
                      lambda value: save_plan_domain(workspace, case_id, domain.id, goal=value),
                      edited=goal.textChanged, widgets=(goal,))
        editor = ActionsEditor(operations, workspace, case_id, autosaver, actions, domain.id,
                               f"planActions_{domain.id}", box)
        self.action_editors[domain.id] = editor
        add = QShortcut(QKeySequence("Ctrl+Shift+N"), box)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(editor.add_action)

        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Situation"), box), 0, 0)
        grid.addWidget(QLabel(self.tr("Goal"), box), 0, 1)
        grid.addWidget(situation, 1, 0)
        grid.addWidget(goal, 1, 1)
        if (notes := self._notes.get(domain.id)) is not None:
            take_over = TakeOverButton(situation, notes, label, box)
            take_over.setObjectName(f"takeOverNotes_{domain.id}")
            self.take_over_buttons[domain.id] = take_over
            grid.addWidget(take_over, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(editor, 3, 0, 1, 2)
        return box

    def is_done(self) -> bool:
        """Done when the plan is no longer a concept."""
        return self.status.value() != PlanStatus.CONCEPT.value

"""One domain of the intake: its checklist items, the status at the three measurement moments, whether aftercare
is needed, free notes and the follow-up actions. Every field autosaves."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.casework.cases import Changes
from app.casework.checklist import DomainTemplate
from app.casework.intake import DomainStatus, IntakeFile, Moment, save_answer, save_assessment
from app.workspace.session import OpenWorkspace
from ui.intake.actions import ActionList, ActionsEditor
from ui.intake.checklist_widgets import ChoiceBox, item_input, text_box
from ui.intake.page import IntakePage
from ui.operations import Operations
from ui.texts.labels import answer_label, label
from ui.widgets.autosave import Autosaver

NOTES_LINES = 7


def _status_options() -> list[tuple[str, object]]:
    return [("", None), *((label(status), status.value) for status in DomainStatus)]


class DomainPage(IntakePage):
    def __init__(self, domain: DomainTemplate, intake_file: IntakeFile, language: str, operations: Operations,
                 workspace: OpenWorkspace, autosaver: Autosaver, actions: ActionList,
                 parent: QWidget | None = None) -> None:
        super().__init__(domain.label.in_language(language), f"page_domain_{domain.id}", parent)
        self.domain = domain
        case_id = intake_file.case_id
        assessment = partial(save_assessment, workspace, case_id, domain.id)  # (moment, **fields)
        checklist_box = self._build_checklist(intake_file, language, partial(save_answer, workspace, case_id),
                                              autosaver)
        situation_box = self._build_situation(intake_file, assessment, autosaver)
        notes_box = self._build_notes(intake_file, assessment, autosaver)

        self.action_editor = ActionsEditor(operations, workspace, case_id, autosaver, actions, domain.id,
                                           f"actions_{domain.id}", self.body)
        actions_box = QGroupBox(self.tr("Follow-up actions"), self.body)
        QVBoxLayout(actions_box).addWidget(self.action_editor)
        add = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.action_editor.add_action)

        right = QVBoxLayout()
        right.addWidget(situation_box)
        right.addWidget(notes_box)
        columns = QHBoxLayout()
        columns.addWidget(checklist_box, 3, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(right, 2)
        self.content.addLayout(columns)
        self.content.addWidget(actions_box)
        self.finish()

    def _build_checklist(self, intake_file: IntakeFile, language: str, answer: Callable[..., Changes],
                         autosaver: Autosaver) -> QGroupBox:
        """The domain's checklist items, each saved on its own as `answer(item id, value)`."""
        body = self.body
        checklist = QFormLayout()
        checklist.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for item in self.domain.items:
            field = item_input(item, intake_file.answers.get(item.id), language, body)
            label = QLabel(item.label.in_language(language), body)
            label.setBuddy(field.input)
            checklist.addRow(label, field.field)
            autosaver.add(f"answer:{item.id}", field.value, partial(answer, item.id),
                          edited=field.edited, widgets=(field.input,), finished=field.finished,
                          check=field.check, message=field.field)
        checklist_box = QGroupBox(self.tr("Checklist"), body)
        checklist_box.setLayout(checklist)
        return checklist_box

    def _build_situation(self, intake_file: IntakeFile, assessment: Callable[..., Changes],
                         autosaver: Autosaver) -> QGroupBox:
        """The status at the three moments and whether aftercare is needed, saved as `assessment(moment, ...)`."""
        body, domain_id = self.body, self.domain.id
        self.statuses: dict[Moment, ChoiceBox] = {}
        situation = QFormLayout()
        for moment in Moment:
            box = ChoiceBox(_status_options(), _value(intake_file.assessment(domain_id, moment).status),
                            f"status_{domain_id}_{moment.value}",
                            self.tr("Status: {moment}").format(moment=label(moment)), body)
            self.statuses[moment] = box
            situation.addRow(label(moment), box)
            autosaver.add(f"status:{domain_id}:{moment.value}", partial(_status_of, box),
                          partial(_save_status, assessment, moment),
                          edited=box.currentIndexChanged, widgets=(box,))
        self.statuses[Moment.INTAKE].currentIndexChanged.connect(self.progress_changed)
        self.aftercare = ChoiceBox(
            [(answer_label("unknown"), None), (answer_label("yes"), True), (answer_label("no"), False)],
            intake_file.assessment(domain_id).aftercare_needed, f"aftercare_{domain_id}",
            self.tr("Aftercare needed?"), body)
        situation.addRow(self.tr("Aftercare needed?"), self.aftercare)
        autosaver.add(f"aftercare:{domain_id}", self.aftercare.value,
                      lambda value: assessment(Moment.INTAKE, aftercare_needed=value),
                      edited=self.aftercare.currentIndexChanged, widgets=(self.aftercare,))
        situation_box = QGroupBox(self.tr("Situation"), body)
        situation_box.setLayout(situation)
        return situation_box

    def _build_notes(self, intake_file: IntakeFile, assessment: Callable[..., Changes],
                     autosaver: Autosaver) -> QGroupBox:
        body, domain_id = self.body, self.domain.id
        self.notes = text_box(intake_file.assessment(domain_id).notes, f"notes_{domain_id}", self.tr("Notes"),
                              NOTES_LINES, body)
        self.notes.setToolTip(self.tr("Ctrl+Enter saves the note at once"))
        autosaver.add(f"notes:{domain_id}", self.notes.toPlainText,
                      lambda value: assessment(Moment.INTAKE, notes=value),
                      edited=self.notes.textChanged, widgets=(self.notes,))
        notes_box = QGroupBox(self.tr("Notes"), body)
        QVBoxLayout(notes_box).addWidget(self.notes)
        notes_box.setFocusProxy(self.notes)
        return notes_box

    def is_done(self) -> bool:
        """Done when the situation at intake has a status."""
        return self.status_at_intake() is not None

    def status_at_intake(self) -> DomainStatus | None:
        return _status(self.statuses[Moment.INTAKE].value())

    def aftercare_needed(self) -> bool | None:
        value = self.aftercare.value()
        return value if isinstance(value, bool) else None


def _value(status: DomainStatus | None) -> str | None:
    return status.value if status is not None else None


def _status(value: object) -> DomainStatus | None:
    return DomainStatus(value) if isinstance(value, str) and value else None


def _status_of(box: ChoiceBox) -> DomainStatus | None:
    return _status(box.value())


def _save_status(assessment: Callable[..., Changes], moment: Moment, status: DomainStatus | None) -> Changes:
    return assessment(moment, status=status)

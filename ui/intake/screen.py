"""The intake interview as a guided, autosaving form: a list of steps on the left (personal data, target group, one
step per domain, triage, plan of approach) with a ✓ for each step done, and the step's page on the right.

Jump freely: click a step, or Ctrl+PgDown / Ctrl+PgUp (Alt+Right / Alt+Left) for the next / previous one. The
step is remembered, so reopening the intake (also after a restart) resumes there. There is no save key: every
field is stored within a second (ui/widgets/autosave.py); `flush()` writes what is still waiting, at once.

Who may read the casework but not change it (a team leader) gets the intake read only: the same steps, nothing to
change, nothing saved, a note saying so; an intake not started yet is not started for them.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.casework import cases, intake
from app.casework.case_warnings import WarningFacts, case_warnings
from app.casework.cases import CaseFile, Changes
from app.casework.checklist import DomainTemplate
from app.casework.documents import DocumentKind
from app.casework.intake import OPEN_STATUSES, IntakeFile
from app.casework.warning_facts import case_warning_facts
from app.permissions import Permission
from app.person_names import full_name
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents.preview import PdfPreviewDialog
from ui.intake.actions import ActionList
from ui.intake.case_pages import PersonalPage, TargetGroupPage
from ui.intake.domain_page import DomainPage
from ui.intake.page import IntakePage
from ui.intake.plan_page import PlanPage
from ui.intake.triage_page import DomainVerdict, TriagePage
from ui.operations import Progress
from ui.widgets.autosave import Autosaver, SaveState
from ui.widgets.field_marks import INVALID_COLOUR
from ui.widgets.hint import HINT_STYLE
from ui.widgets.warnings_banner import WarningsBanner

_TEMPLATE_BANNER_STYLE = "background: #fff4e5; color: #663c00; border: 1px solid #f0b429; padding: 6px;"
_READ_ONLY_STYLE = "background: #e8f0fe; color: #1a3e72; border: 1px solid #8ab4f8; padding: 6px;"


class IntakeScreen(QWidget):
    """`open_intake(case_id)` loads (and if needed starts) the case's intake; `closed` asks to go back to the case."""

    closed = Signal(str)  # the case id, to show the case again
    consent_requested = Signal(str)  # the case id: record its consent (the workspace view opens the screen)
    loaded = Signal()  # an intake is on screen

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0  # results of a load started before the last clear are dropped
        self._case_id: str | None = None
        self._workspace: OpenWorkspace | None = None  # while an intake is shown: the workspace it is saved to
        self._autosaver: Autosaver | None = None
        self._warning_facts: WarningFacts | None = None  # of the case shown, as read when the intake opened
        self._steps: list[tuple[str, IntakePage]] = []
        self.plan_preview: PdfPreviewDialog | None = None
        self._saved_step = ""
        self.read_only = False  # the intake on screen is only to read

        self.title = QLabel(self)
        self.title.setObjectName("intakeTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.save_indicator = QLabel(self)
        self.save_indicator.setObjectName("saveIndicator")
        self.save_indicator.setStyleSheet(HINT_STYLE)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("intakeBackButton")
        self.back_button.clicked.connect(self.go_back)
        self.template_banner = self._banner("templateProblems", "", _TEMPLATE_BANNER_STYLE)
        self.warnings = WarningsBanner(self)
        self.read_only_note = self._banner("intakeReadOnlyNote", self.tr(
            "Read only: your role lets you read the intake and the plan of approach, not change them."),
            _READ_ONLY_STYLE)

        self.steps = QListWidget(self)
        self.steps.setObjectName("intakeSteps")
        self.steps.setAccessibleName(self.tr("Steps of the intake"))
        self.steps.setWordWrap(True)
        self.steps.setSpacing(2)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.currentRowChanged.connect(self._show_step)
        self.progress = QLabel(self)
        self.progress.setObjectName("intakeProgress")
        self.progress.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.previous_button.setObjectName("previousStepButton")
        self.previous_button.setToolTip(self.tr("Previous step (Ctrl+PgUp)"))
        self.previous_button.clicked.connect(lambda: self.step_by(-1))
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("nextStepButton")
        self.next_button.setToolTip(self.tr("Next step (Ctrl+PgDown)"))
        self.next_button.clicked.connect(lambda: self.step_by(1))
        self._build_layout()

        for keys, step in (("Ctrl+PgDown", 1), ("Alt+Right", 1), ("Ctrl+PgUp", -1), ("Alt+Left", -1)):
            self._shortcut(keys, lambda step=step: self.step_by(step))
        self._shortcut("Esc", self.go_back)
        self._shortcut("Ctrl+S", self.flush)  # by habit; there is nothing else to save

    def _shortcut(self, keys: str, slot: object) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _banner(self, object_name: str, text: str, style: str) -> QLabel:
        """A note across the screen under the title, hidden until there is reason to show it."""
        banner = QLabel(text, self)
        banner.setObjectName(object_name)
        banner.setWordWrap(True)
        banner.setStyleSheet(style)
        banner.hide()
        return banner

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_indicator)
        top.addWidget(self.back_button)
        navigation = QVBoxLayout()
        navigation.addWidget(self.steps, 1)
        navigation.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(navigation)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.template_banner)
        layout.addWidget(self.warnings)
        layout.addWidget(self.read_only_note)
        layout.addLayout(body, 1)

    # --- opening and closing ------------------------------------------------------------------------------------

    def open_intake(self, case_id: str) -> None:
        """Load the case's intake; `loaded` follows. Who may change the casework gets it to edit, started with the
        active template if the case has none; who may only read it gets it read only (`read_only`)."""
        self.clear()
        generation = self._generation
        self._case_id = case_id
        workspace = self._context.workspace
        read_only = self.read_only = not workspace.may(Permission.EDIT_CASEWORK)
        template = self._context.catalogue.active()
        if not read_only:  # the template is only used to start an intake
            self._show_template_problems()
        self.back_button.setToolTip(self.tr("Back to the case (Esc)") if read_only else
                                    self.tr("Back to the case (Esc); everything is saved"))
        opened: list[tuple[IntakeFile, CaseFile, WarningFacts]] = []

        key_domains = template.key_domain_ids

        def work(_progress: Progress) -> Changes:
            intake_file = intake.view_intake(workspace, case_id) if read_only else \
                intake.open_intake(workspace, case_id, template)
            case_file = cases.open_case(workspace, case_id)  # after: starting the intake moves the status
            opened.append((intake_file, case_file, case_warning_facts(workspace, case_id, key_domains)))
            return Changes(case_ids=(case_id,), client_ids=(case_file.client_id,))  # the status may have moved

        def failed(error: Exception) -> None:
            if generation == self._generation:
                dialogs.show_error(self, error)
                self.clear()
                self.closed.emit(case_id)

        run = self._context.operations.read if read_only else self._context.operations.write
        run(self, work).initiator(self).success(
            lambda _changes: self._show(workspace, *opened[0], generation)).failure(failed).run()

    def flush(self) -> None:
        """Queue a write for every edit not stored yet (leaving, locking, closing the app)."""
        if self._autosaver is not None:
            self._autosaver.flush_all()

    def leave(self) -> bool:
        """Write what is pending, before the screen is left. False (stay) while a field holds a value that could
        not be stored: its step is shown with the cursor in the marked field."""
        if self._autosaver is None:
            return True
        self._autosaver.flush_all()
        refused = self._autosaver.first_failed()
        if refused is None:
            return True
        step = next(step for step, page in self._steps if page.isAncestorOf(refused))
        self.go_to_step(step, focus_input=False)
        refused.setFocus()
        return False

    def go_back(self) -> None:
        """Back to the case (Back button, Esc): nothing to ask, everything is written."""
        if self.leave():
            case_id = self._case_id or ""
            self.clear()
            self.closed.emit(case_id)

    def clear(self) -> None:
        """Forget the intake and its widgets (after a flush, or when the workspace locks)."""
        self._generation += 1
        self._case_id = None
        self._close_plan_preview()
        if self._autosaver is not None:
            self._autosaver.state_changed.disconnect(self._show_save_state)
            self._autosaver.discard()
        self._workspace = self._autosaver = self._warning_facts = None
        self.warnings.hide()
        for _step, page in self._steps:
            self.pages.removeWidget(page)
            page.deleteLater()
        self._steps = []
        self._saved_step = ""
        self.steps.blockSignals(True)
        self.steps.clear()
        self.steps.blockSignals(False)
        self.title.clear()
        self.progress.clear()
        self.save_indicator.clear()
        self.read_only_note.hide()

    @property
    def case_id(self) -> str | None:
        return self._case_id

    # --- after the intake -------------------------------------------------------------------------------------------

    def show_plan(self) -> None:
        """Preview the plan of approach, after what is still waiting to be saved (the read follows those writes)."""
        if self._case_id is None or not self._context.workspace.may(Permission.PRINT_DOCUMENTS):
            return
        self.flush()
        self._close_plan_preview()
        self.plan_preview = PdfPreviewDialog(self._context, self._case_id, DocumentKind.PLAN, self)
        self.plan_preview.open()

    def _close_plan_preview(self) -> None:
        dialog, self.plan_preview = self.plan_preview, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _request_consent(self) -> None:
        """The consent screen of this case; the workspace view leaves the intake first (everything is written)."""
        if self._case_id is not None:
            self.consent_requested.emit(self._case_id)

    def _show_next_steps(self, page: PlanPage) -> None:
        """Offer only what the account may do."""
        workspace = self._context.workspace
        page.preview_button.setEnabled(workspace.may(Permission.PRINT_DOCUMENTS))
        page.consent_button.setEnabled(workspace.may(Permission.READ_CASEWORK))

    # --- steps ----------------------------------------------------------------------------------------------------

    def step_names(self) -> list[str]:
        """The steps in order: "personal", "target_groups", "domain:<id>" per domain, "triage", "plan"."""
        return [step for step, _page in self._steps]

    def page(self, step: str) -> IntakePage:
        return dict(self._steps)[step]

    def current_step(self) -> str:
        row = self.steps.currentRow()
        return self._steps[row][0] if 0 <= row < len(self._steps) else ""

    def go_to_step(self, step: str, focus_input: bool = True) -> None:
        self.steps.setCurrentRow(self.step_names().index(step))
        if focus_input:
            self.page(step).focus_first_input()

    def step_by(self, offset: int) -> None:
        """The next (1) or previous (-1) step, with the cursor in its first input."""
        row = self.steps.currentRow() + offset
        if 0 <= row < len(self._steps):
            self.go_to_step(self._steps[row][0])

    def domain_pages(self) -> list[DomainPage]:
        return [page for _step, page in self._steps if isinstance(page, DomainPage)]

    # --- building -----------------------------------------------------------------------------------------------

    def _show(self, workspace: OpenWorkspace, intake_file: IntakeFile, case_file: CaseFile, facts: WarningFacts,
              generation: int) -> None:
        if generation != self._generation:
            return
        self._warning_facts = facts
        language = self._context.settings.language
        operations = self._context.operations
        autosaver = Autosaver(operations, self)
        actions = ActionList(intake_file.actions)  # the domain and plan pages edit the same actions
        self._workspace, self._autosaver = workspace, autosaver
        domains = self._shown_domains(intake_file)

        steps: list[tuple[str, IntakePage]] = [
            ("personal", PersonalPage(case_file)),
            ("target_groups", TargetGroupPage(case_file, workspace, autosaver)),
        ]
        steps += [(f"domain:{domain.id}", DomainPage(domain, intake_file, language, operations, workspace, autosaver,
                                                     actions)) for domain in domains]
        notes = {page.domain.id: page.notes for _step, page in steps if isinstance(page, DomainPage)}
        plan_page = PlanPage(intake_file, domains, language, operations, workspace, autosaver, actions, notes)
        plan_page.preview_requested.connect(self.show_plan)
        plan_page.consent_requested.connect(self._request_consent)
        plan_page.back_requested.connect(self.go_back)
        self._show_next_steps(plan_page)
        steps += [("triage", TriagePage(intake_file, domains, language, workspace, autosaver)), ("plan", plan_page)]
        self._steps = steps
        client = case_file.client
        self.title.setText(self.tr("Intake: {name}").format(
            name=full_name(client.given_names, client.surname_prefix, client.surname)))
        self.steps.blockSignals(True)
        for _step, page in steps:
            self.pages.addWidget(page)
            self.steps.addItem(QListWidgetItem(page.title.text()))
            page.progress_changed.connect(self._update_progress)
        self.steps.blockSignals(False)
        self._fit_steps()
        # Built last, the pages' fields come last in the focus chain, just before it wraps around: putting the steps
        # list at the end makes the order steps → page → Previous → Next → Back.
        for first, second in itertools.pairwise(
                [self.previous_button, self.next_button, self.back_button, self.steps]):
            QWidget.setTabOrder(first, second)
        if self.read_only:
            self._make_read_only()
        else:
            autosaver.state_changed.connect(self._show_save_state)
            self._show_save_state()
        self._update_progress()
        names = self.step_names()
        self._saved_step = intake_file.current_step
        self.steps.setCurrentRow(names.index(intake_file.current_step) if intake_file.current_step in names else 0)
        self.steps.setFocus()
        self.loaded.emit()

    def _make_read_only(self) -> None:
        """Nothing to change and nothing saved: every page read only, no autosave, the note instead of the save
        indicator."""
        assert self._autosaver is not None
        for _step, page in self._steps:
            page.make_read_only()
        self._autosaver.discard()
        self._autosaver = None
        self.read_only_note.show()

    def _fit_steps(self) -> None:
        """Wide enough for the longest step with its ✓, up to a quarter of the screen (longer names wrap)."""
        metrics = self.steps.fontMetrics()
        widest = max(metrics.horizontalAdvance("✓ " + page.title.text()) for _step, page in self._steps)
        frame = 2 * self.steps.frameWidth() + 4 * self.steps.spacing() + metrics.averageCharWidth() * 3
        screen_width = self.screen().availableGeometry().width()
        self.steps.setFixedWidth(min(widest + frame + self.steps.verticalScrollBar().sizeHint().width(),
                                     screen_width // 4))

    def _shown_domains(self, intake_file: IntakeFile) -> tuple[DomainTemplate, ...]:
        """The domains switched on, and any other domain of the intake's template that holds data (a domain
        switched off later must not hide what was recorded in it)."""
        enabled = {domain.id for domain in
                   intake_file.template.enabled_domains(frozenset(self._context.settings.optional_domains))}
        with_data = {domain_id for domain_id, _moment in intake_file.assessments}
        with_data |= {action.domain_id for action in intake_file.actions} | set(intake_file.plan_domains)
        with_data |= {domain.id for domain in intake_file.template.domains
                      if any(intake_file.answers.get(item.id) is not None for item in domain.items)}
        return tuple(domain for domain in intake_file.template.domains if domain.id in enabled | with_data)

    def _show_template_problems(self) -> None:
        problems = self._context.catalogue.problems
        self.template_banner.setText("\n".join(
            self.tr("The checklist template {file} was not used: {problem}. The last valid template is used.").format(
                file=problem.source, problem=problem.problem) for problem in problems))
        self.template_banner.setVisible(bool(problems))

    # --- reacting -----------------------------------------------------------------------------------------------

    def _show_step(self, row: int) -> None:
        if not 0 <= row < len(self._steps) or self._workspace is None:
            return
        if self._autosaver is not None:
            self._autosaver.flush_all()
        step, page = self._steps[row]
        if isinstance(page, TriagePage):
            page.show_verdicts([DomainVerdict(domain.domain.id, domain.aftercare_needed(), domain.status_at_intake())
                                for domain in self.domain_pages()])
        self.pages.setCurrentWidget(page)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self._steps) - 1)
        if step != self._saved_step and self._case_id is not None and not self.read_only:
            self._saved_step = step
            workspace, case_id = self._workspace, self._case_id
            self._context.operations.write(self, lambda _progress: intake.save_current_step(
                workspace, case_id, step)).run()

    def _show_warnings(self) -> None:
        """The case's warnings as the register has them, with the key domains' status as this intake has it now."""
        if self._warning_facts is None:
            return
        domains = self.domain_pages()
        open_key_domains = tuple(sorted(domain.domain.id for domain in domains
                                        if domain.domain.key and domain.status_at_intake() in OPEN_STATUSES))
        labels = {domain.domain.id: domain.title.text() for domain in domains}
        facts = replace(self._warning_facts, open_key_domains=open_key_domains)
        self.warnings.show_warnings(case_warnings(facts, date.today()),
                                    lambda domain_id: labels.get(domain_id, domain_id))

    def _update_progress(self) -> None:
        """The ✓ per step, the count of domains done, and the warnings (they follow the key domains' status)."""
        for row, (_step, page) in enumerate(self._steps):
            item = self.steps.item(row)
            done = page.is_done()
            mark = "" if done is None else "✓ " if done else "○ "
            item.setText(mark + page.title.text())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{step}, done").format(step=page.title.text())
                         if done else page.title.text())
        domains = self.domain_pages()
        self.progress.setText(self.tr("{done} of {total} domains done").format(
            done=sum(page.is_done() for page in domains), total=len(domains)))
        self._show_warnings()

    def _show_save_state(self) -> None:
        if self._autosaver is None:
            return
        state = self._autosaver.state
        texts = {
            SaveState.SAVED: self.tr("All changes saved"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.FAILED: self.tr("Not saved: see the marked field"),
        }
        self.save_indicator.setText(texts[state])
        self.save_indicator.setStyleSheet(f"color: {INVALID_COLOUR};" if state is SaveState.FAILED
                                          else HINT_STYLE)

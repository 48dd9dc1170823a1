"""One client with one detention and one case: create and edit, with the domain's hints while typing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.casework import cases, consent, documents, edit_conflict
from app.casework.case_warnings import CaseWarning, case_warnings
from app.casework.cases import (
    CaseData,
    CaseFile,
    Changes,
    ClientData,
    DetentionData,
    FileVersion,
    OtherPersonError,
    SamePerson,
    StaleEditError,
)
from app.casework.consent import Badge
from app.casework.documents import DocumentKind
from app.casework.edit_conflict import EditConflict, FileInput
from app.casework.warning_facts import case_warning_facts
from app.domain import (
    BSN_SEPARATORS,
    STATUS_FLOW,
    CaseDirection,
    CaseStatus,
    TargetGroup,
    case_hints,
    normalise_bsn,
    one_line,
    require_text,
    required_line,
    validate_bsn,
    validate_date_of_birth,
    validate_detention_dates,
)
from app.errors import ValidationError
from app.permissions import Permission
from app.person_names import full_name
from app.reference_data import prisons
from ui import dialogs
from ui.case.access_history import AccessHistoryDialog
from ui.case.edit_conflict_dialog import EditConflictDialog
from ui.case.same_person_dialog import SamePersonDialog
from ui.consent.badge import BadgeLabel
from ui.context import WorkspaceContext
from ui.documents.preview import PdfPreviewDialog
from ui.icons import Icon, decorate
from ui.operations import Progress
from ui.privacy.client_requests import ClientRequestsButton
from ui.texts.formatting import format_date
from ui.texts.labels import label
from ui.texts.messages import error_text
from ui.widgets.bsn import BsnField
from ui.widgets.buttons import chain_tab_order, push_button
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.field_marks import INVALID_COLOUR, FieldMessage
from ui.widgets.save_wait import may_leave, save_and_wait
from ui.widgets.scroll_area import scroll_area
from ui.widgets.submit_dialog import WriteDialog
from ui.widgets.warnings_banner import WarningsBanner


@dataclass(frozen=True)
class _FormState:
    """Everything the user can change, to tell whether the form differs from what was loaded or saved."""

    client: tuple[object, ...]
    detention: tuple[object, ...]
    case: tuple[object, ...]


class CaseScreen(QWidget):
    """Create (`new_case`) or edit (`open_case`) a case file; `save` writes it through the case services.

    The main window should call `confirm_leave()` before it shows another screen or opens another case.
    """

    closed = Signal()
    saved = Signal(str)  # case id
    intake_requested = Signal(str)  # case id: open its intake and plan
    consent_requested = Signal(str)  # case id: open its consent and legal basis
    loaded = Signal()  # an opened case is on screen
    _save_finished = Signal(bool)  # succeeded; lets confirm_leave wait for a save

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._case_id: str | None = None
        self._client_id: str | None = None
        self._version: FileVersion | None = None
        self._base: FileInput | None = None  # the file as read: what someone else's save is compared with
        self._loaded_status_dates: dict[CaseStatus, date] = {}
        self._generation = 0  # results of a load started before the last clear/new/open are dropped
        self._saving = False
        self._focus_before_save: QWidget | None = None
        self._history_dialog: AccessHistoryDialog | None = None
        self._document_dialog: PdfPreviewDialog | None = None
        self._has_plan = False
        self._conflict = DialogSlot(self._choice_closed)  # the choice per field after someone else's save
        self._identity = DialogSlot(self._identity_closed)  # a new case's BSN is another known client's
        self._typed_new: FileInput | None = None  # the new case being saved, to save again as the same person

        self._build_client_fields()
        self._build_detention_fields()
        self._build_case_fields()
        self._build_layout()
        self._connect_hints()
        self._show_what_the_account_may()

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.go_back)
        print_plan = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_plan.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_plan.activated.connect(self.show_plan)
        self.clear()

    # Building

    def _line_edit(self, object_name: str, accessible_name: str, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(object_name)
        edit.setAccessibleName(accessible_name)
        edit.setMaxLength(max_length)
        return edit

    def _build_client_fields(self) -> None:
        self.given_names = self._line_edit("givenNamesEdit", self.tr("Given names"))
        self.surname_prefix = self._line_edit("surnamePrefixEdit", self.tr("Surname prefix"), 40)
        self.surname = self._line_edit("surnameEdit", self.tr("Surname"))
        self.date_of_birth = DateEdit(self, allow_empty=True)
        self.date_of_birth.setObjectName("dateOfBirthEdit")
        self.date_of_birth.setAccessibleName(self.tr("Date of birth"))
        self.bsn = BsnField(self)
        self.bsn.setObjectName("bsnField")
        self.bsn.edited.connect(self._check_bsn_as_typed)
        self.bsn.line_edit.editingFinished.connect(lambda: self._check_bsn_as_typed(finished=True))
        self.municipality = self._line_edit("municipalityEdit", self.tr("Municipality of registration"))
        self.address = self._line_edit("addressEdit", self.tr("Address"))
        self.phone = self._line_edit("phoneEdit", self.tr("Phone"), 40)

    def _build_detention_fields(self) -> None:
        self.prison = QComboBox(self)
        self.prison.setObjectName("prisonCombo")
        self.prison.setAccessibleName(self.tr("PI (prison)"))
        self.prison.setEditable(True)
        self.prison.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.prison.addItems(list(prisons()))
        completer = QCompleter(list(prisons()), self.prison)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.prison.setCompleter(completer)
        self.detention_start = DateEdit(self)
        self.detention_start.setObjectName("detentionStartEdit")
        self.detention_start.setAccessibleName(self.tr("Start of detention"))
        self.expected_release_check = QCheckBox(self.tr("E&xpected release"), self)
        self.expected_release_check.setObjectName("expectedReleaseCheck")
        self.expected_release_check.setAccessibleName(self.tr("Expected release date known"))
        self.expected_release = DateEdit(self)
        self.expected_release.setObjectName("expectedReleaseEdit")
        self.expected_release.setAccessibleName(self.tr("Expected release date"))
        self.actual_release_check = QCheckBox(self.tr("A&ctual release"), self)
        self.actual_release_check.setObjectName("actualReleaseCheck")
        self.actual_release_check.setAccessibleName(self.tr("Released"))
        self.actual_release = DateEdit(self)
        self.actual_release.setObjectName("actualReleaseEdit")
        self.actual_release.setAccessibleName(self.tr("Actual release date"))
        for check, edit in ((self.expected_release_check, self.expected_release),
                            (self.actual_release_check, self.actual_release)):
            check.toggled.connect(edit.setEnabled)
            edit.setEnabled(False)
        self.no_duty_hint = QLabel(self.tr("Detention shorter than 10 days: no duty of care"), self)
        self.no_duty_hint.setObjectName("noDutyOfCareHint")
        self.no_duty_hint.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.no_duty_hint.setWordWrap(True)
        self.aftercare_end_hint = QLabel(self)
        self.aftercare_end_hint.setObjectName("aftercareEndHint")
        self.aftercare_end_hint.setWordWrap(True)

    def _build_case_fields(self) -> None:
        self.status = QComboBox(self)
        self.status.setObjectName("statusCombo")
        self.status.setAccessibleName(self.tr("Case status"))
        for status in CaseStatus:
            self.status.addItem(label(status), status.value)
        self.status_steps = QLabel(self)
        self.status_steps.setObjectName("statusSteps")
        self.status_steps.setAccessibleName(self.tr("Dates of the status steps"))
        self.case_direction = QComboBox(self)
        self.case_direction.setObjectName("caseDirectionCombo")
        self.case_direction.setAccessibleName(self.tr("Case direction"))
        for direction in CaseDirection:
            self.case_direction.addItem(label(direction), direction.value)
        self.coordinator = self._line_edit("coordinatorEdit", self.tr("Coordinator"), 120)
        self.target_groups: dict[TargetGroup, QCheckBox] = {}
        for group in TargetGroup:
            box = QCheckBox(label(group), self)
            box.setObjectName(f"targetGroup_{group.value}")
            box.setAccessibleName(label(group))
            self.target_groups[group] = box
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes, as everywhere else in the form

    def _build_layout(self) -> None:
        self._build_title()
        self._build_buttons()
        self._messages: dict[str, FieldMessage] = {}
        scroll = self._build_form()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.plan_button)
        top.addWidget(self.consent_form_button)
        top.addSpacing(12)
        top.addWidget(self.back_button)
        bottom = QHBoxLayout()
        for widget in (self.access_history_button, self.client_requests, self.intake_button, self.consent_button):
            bottom.addWidget(widget)
        bottom.addWidget(self.form_message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self._set_tab_order()

    def _warnings_reader(self) -> Callable[[str], list[CaseWarning]]:
        """Today's warnings of a case, read on the worker as the register reads them."""
        workspace, key_domains = self._context.workspace, self._context.catalogue.active().key_domain_ids

        def read(case_id: str) -> list[CaseWarning]:
            today = date.today()
            return case_warnings(case_warning_facts(workspace, case_id, key_domains, today), today)
        return read

    def _domain_label(self, domain_id: str) -> str:
        template = self._context.catalogue.active()
        return template.domain(domain_id).label.in_language(self._context.settings.language)

    def _build_title(self) -> None:
        self.warnings = WarningsBanner(self)
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)

    def _build_buttons(self) -> None:
        """Back, what else there is of the case (access history, client requests, intake, consent), its consent
        badge, the documents to view, and Save."""
        self.back_button = push_button(self, self.tr("Back"), "backButton", self.go_back,
                                       self.tr("Back to the register (Esc)"))
        self.access_history_button = push_button(self, self.tr("Access &history…"), "accessHistoryButton",
                                                 self.show_access_history)
        self.client_requests = ClientRequestsButton(self._context, self.confirm_leave, self)
        self.client_requests.corrected.connect(self.open_case)  # read again: the correction changed the client
        self.intake_button = push_button(
            self, self.tr("Inta&ke and plan"), "intakeButton", self._request_intake,
            self.tr("The intake interview, triage and plan of approach of this case"))
        self.consent_button = push_button(
            self, self.tr("Consent and &legal basis"), "consentButton", self._request_consent,
            self.tr("The legal bases, consents and revocations of this case"))
        self.badge = BadgeLabel("caseConsentBadge", self)
        self.plan_button = push_button(self, self.tr("View plan of approach…"), "viewPlanButton", self.show_plan)
        self.consent_form_button = push_button(
            self, self.tr("View consent form…"), "viewConsentFormButton", self.show_consent_form,
            self.tr("Preview, print or save the consent form, blank or filled in"))
        self.save_button = push_button(self, self.tr("Save"), "saveButton", self.save, self.tr("Save (Ctrl+S)"))
        for button, which in ((self.back_button, Icon.BACK), (self.intake_button, Icon.INTAKE),
                              (self.consent_button, Icon.CONSENT), (self.plan_button, Icon.PLAN),
                              (self.consent_form_button, Icon.PLAN), (self.save_button, Icon.SAVE)):
            decorate(button, which)
        self.form_message = QLabel(self)
        self.form_message.setObjectName("formMessage")
        self.form_message.setWordWrap(True)

    def _build_form(self) -> QScrollArea:
        """The client, detention and case columns over the notes, in a scroll area (1366×768 must do)."""
        columns = QHBoxLayout()
        for title, column in ((self.tr("Client"), self._client_rows()), (self.tr("Detention"), self._detention_rows()),
                              (self.tr("Case"), self._case_rows())):
            group = QGroupBox(title, self)
            group.setLayout(column)
            columns.addWidget(group, 1, Qt.AlignmentFlag.AlignTop)
        notes_box = QGroupBox(self.tr("No&tes"), self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        notes_box.setFocusProxy(self.notes)

        form = QWidget(self)
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(columns)
        form_layout.addWidget(notes_box, 1)
        self._form = form
        return scroll_area(form, self)

    def _client_rows(self) -> QFormLayout:
        client = QFormLayout()
        self._checked_row(client, self.tr("&Given names *"), "given_names", self.given_names)
        self._checked_row(client, self.tr("Surname &prefix"), "surname_prefix", self.surname_prefix)
        self._checked_row(client, self.tr("Sur&name *"), "surname", self.surname)
        self._checked_row(client, self.tr("Date of &birth *"), "date_of_birth", self.date_of_birth)
        self._checked_row(client, self.tr("BSN"), "bsn", self.bsn, self.bsn.line_edit)
        client.addRow(self.tr("&Municipality of registration"), self.municipality)
        client.addRow(self.tr("&Address"), self.address)
        client.addRow(self.tr("Phon&e"), self.phone)
        return client

    def _detention_rows(self) -> QFormLayout:
        detention = QFormLayout()
        self._checked_row(detention, self.tr("P&I *"), "prison", self.prison)
        detention.addRow(self.tr("Sta&rt of detention *"), self.detention_start)
        self._checked_row(detention, self.expected_release_check, "expected_release_date", self.expected_release)
        self._checked_row(detention, self.actual_release_check, "actual_release_date", self.actual_release)
        detention.addRow(self.no_duty_hint)
        detention.addRow(self.aftercare_end_hint)
        return detention

    def _case_rows(self) -> QFormLayout:
        groups = QVBoxLayout()  # one column: the Dutch labels are long, and 1366 pixels must do
        groups.setContentsMargins(0, 0, 0, 0)
        groups.setSpacing(2)
        for box in self.target_groups.values():
            groups.addWidget(box)
        groups_box = QWidget(self)
        groups_box.setLayout(groups)
        case = QFormLayout()
        case.addRow(self.tr("Stat&us"), self.status)
        case.addRow(self.tr("Status dates"), self.status_steps)
        case.addRow(self.tr("Case &direction"), self.case_direction)
        self._checked_row(case, self.tr("C&oordinator"), "coordinator", self.coordinator)
        case.addRow(self.tr("Target groups"), groups_box)
        return case

    def _set_tab_order(self) -> None:
        """The form in reading order, then the buttons below it, then those at the top."""
        chain_tab_order(
            self.given_names, self.surname_prefix, self.surname, self.date_of_birth, self.bsn.line_edit,
            self.bsn.show_button, self.bsn.copy_button, self.municipality, self.address, self.phone, self.prison,
            self.detention_start, self.expected_release_check, self.expected_release, self.actual_release_check,
            self.actual_release, self.status, self.case_direction, self.coordinator, *self.target_groups.values(),
            self.notes, self.access_history_button, self.client_requests, self.intake_button, self.consent_button,
            self.save_button, self.plan_button, self.consent_form_button, self.back_button)

    def _checked_row(self, form: QFormLayout, label: str | QCheckBox, field: str, widget: QWidget,
                     marked: QWidget | None = None) -> None:
        """A form row whose input gets room for its validation message below it; Alt+letter of the label
        focuses the input itself (`marked`, when the input is a composite such as the BSN field)."""
        message = FieldMessage(widget, marked or widget, field)
        self._messages[field] = message
        form.addRow(label, message)
        label_widget = form.labelForField(message)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(marked or widget)

    def _connect_hints(self) -> None:
        for edit in (self.detention_start, self.expected_release, self.actual_release):
            edit.dateChanged.connect(self._update_hints)
        for check in (self.expected_release_check, self.actual_release_check):
            check.toggled.connect(self._update_hints)
        self.status.currentIndexChanged.connect(self._update_status_steps)

    def _show_what_the_account_may(self) -> None:
        """Only the buttons of work the account's roles allow; without the right to edit cases (a team leader, the
        privacy officer) the file is read only. Who may read the casework but not edit it gets the intake to view
        (opening it to edit may start it); the consent screen shows its history to anyone who may read casework."""
        may = self._context.workspace.may
        self.read_only = not may(Permission.EDIT_CASES)
        self._views_intake_only = not may(Permission.EDIT_CASEWORK)
        if self._views_intake_only:
            self.intake_button.setText(self.tr("View inta&ke"))
        for widget, permission in ((self.save_button, Permission.EDIT_CASES),
                                   (self.intake_button, Permission.READ_CASEWORK),
                                   (self.consent_button, Permission.READ_CASEWORK),
                                   (self.plan_button, Permission.PRINT_DOCUMENTS),
                                   (self.consent_form_button, Permission.PRINT_DOCUMENTS),
                                   (self.access_history_button, Permission.AUDIT),
                                   (self.client_requests, Permission.PRIVACY_REQUESTS)):
            widget.setHidden(not may(permission))
        if self.read_only:
            self._make_read_only()

    def _make_read_only(self) -> None:
        """Texts stay readable and selectable; choices cannot be changed."""
        for edit in (self.given_names, self.surname_prefix, self.surname, self.bsn.line_edit, self.municipality,
                     self.address, self.phone, self.coordinator):
            edit.setReadOnly(True)
        self.notes.setReadOnly(True)
        for widget in (self.date_of_birth, self.prison, self.detention_start, self.expected_release_check,
                       self.expected_release, self.actual_release_check, self.actual_release, self.status,
                       self.case_direction, *self.target_groups.values()):
            widget.setEnabled(False)

    # Public API

    def new_case(self) -> None:
        """An empty form for a new client and case; the coordinator defaults to the workspace's user."""
        self.clear()
        self.title.setText(self.tr("New client and case"))
        self.coordinator.setText(self._context.workspace.summary.user_name)
        self._form.setEnabled(True)
        self.save_button.setEnabled(True)
        self._remember_state()
        self.given_names.setFocus()

    def open_case(self, case_id: str) -> None:
        """Read the case (logged as a view) and show it; `loaded` follows."""
        self.clear()
        self.title.setText(self.tr("Loading…"))
        generation = self._generation
        workspace = self._context.workspace

        read_warnings = self._warnings_reader()

        def work(_progress: Progress) -> tuple[CaseFile, Badge, bool, list[CaseWarning]]:
            case_file = cases.open_case(workspace, case_id)
            badge = consent.consent_badges(workspace, date.today(), [case_id]).get(case_id, Badge.NONE)
            return case_file, badge, documents.has_plan(workspace, case_id), read_warnings(case_id)

        def failed(error: Exception) -> None:
            if generation == self._generation:
                dialogs.show_error(self, error)
                self.closed.emit()

        self._context.operations.read(self, work).success(
            lambda loaded: self._show_loaded(*loaded, generation)).failure(failed).run()

    def save(self) -> bool:
        """Validate and write; returns False when the save could not start (nothing to save, or an input error).
        When someone else saved the case since it was read, the user chooses per field (`conflict_dialog`)."""
        if self._saving or self.read_only or not self.save_button.isEnabled():
            return False
        self._clear_messages()
        self.form_message.clear()
        errors = self._input_errors()
        if errors:
            self._show_validation(*errors)
            return False
        mine = FileInput(*self._collect())
        case_id = self._case_id
        if case_id is not None:
            assert self._version is not None and self._base is not None
            self._write_update(case_id, self._version, self._base, mine, None)
            return True

        self._register(mine, None, None)
        return True

    def _register(self, mine: FileInput, same: SamePerson | None, dialog: SamePersonDialog | None) -> None:
        """Save a new case; a BSN of another known client is refused unless `same` says it is that client."""
        workspace = self._context.workspace
        self._typed_new = mine

        def register() -> tuple[Changes, str]:
            changes = cases.register_case(workspace, mine.client, mine.detention, mine.case, same=same)
            return changes, changes.case_ids[0]

        self._write(register, [], dialog)

    def _ask_same_person(self, error: OtherPersonError, mine: FileInput) -> None:
        """Both people side by side: the same person (with the details chosen per field), or a typing error."""
        dialog = SamePersonDialog(error, self)
        dialog.submitted.connect(lambda use_typed: self._register(mine, SamePerson(use_typed), dialog))
        dialog.typing_error.connect(self._back_to_bsn)
        self._identity.open(dialog)

    def _identity_closed(self) -> None:
        if self._case_id is None and self.has_unsaved_changes():  # cancelled: the input stays, unsaved
            self.form_message.setStyleSheet(f"color: {INVALID_COLOUR};")
            self.form_message.setText(self.tr(
                "Not saved: this BSN belongs to another client. Check the BSN, or save again to choose."))

    def _back_to_bsn(self) -> None:
        """A typing error in the BSN: nothing saved, the keyboard in the BSN field to correct it."""
        self._messages["bsn"].show_message(self.tr("This BSN belongs to another client: check it."))
        self.form_message.setStyleSheet(f"color: {INVALID_COLOUR};")
        self.form_message.setText(self.tr("Not saved: check the BSN."))
        self.bsn.line_edit.setFocus()
        self.bsn.line_edit.selectAll()

    @property
    def same_person_dialog(self) -> SamePersonDialog | None:
        dialog = self._identity.dialog
        return dialog if isinstance(dialog, SamePersonDialog) else None

    def _write_update(self, case_id: str, version: FileVersion, base: FileInput, mine: FileInput,
                      dialog: WriteDialog | None) -> None:
        """Save `mine` over `version`. Refused because someone else saved since (`base` is what the user read),
        it reads what differs, for the choice per field."""
        workspace = self._context.workspace
        conflicts: list[EditConflict] = []

        def update() -> tuple[Changes, str]:
            try:
                changes = cases.update_case(workspace, case_id, version, mine.client, mine.detention, mine.case)
            except StaleEditError:
                conflicts.append(edit_conflict.read_conflict(workspace, case_id, base, mine))
                raise
            return changes, case_id

        self._write(update, conflicts, dialog)

    def _write(self, write: Callable[[], tuple[Changes, str]], conflicts: list[EditConflict],
               dialog: WriteDialog | None) -> None:
        """Run `write` (it returns the saved case's id) on the worker and show the case as stored."""
        self._saving = True
        # Disabling the form takes the keyboard focus away; the keyboard user gets it back after the save.
        self._focus_before_save = self.focusWidget()
        self._form.setEnabled(False)
        self.save_button.setEnabled(False)
        generation, workspace = self._generation, self._context.workspace
        read_warnings = self._warnings_reader()
        stored: list[tuple[CaseFile, list[CaseWarning]]] = []

        def work(_progress: Progress) -> Changes:
            changes, saved_id = write()
            # Read back on the same single worker, so no other write comes in between: the screen shows exactly
            # what was stored (a known BSN reuses that client) and holds the version for the next save.
            stored.append((cases.open_case(workspace, saved_id), read_warnings(saved_id)))
            return changes

        self._context.operations.write(self, work).initiator(self).success(
            lambda _changes: self._saved(*stored[0], generation, dialog)).failure(
            lambda error: self._save_failed(error, generation, conflicts, dialog)).run()

    def _ask_choice(self, conflict: EditConflict) -> None:
        """Someone else saved first: their values beside the user's, a choice per field; the merged file is saved
        against the version they saved, so yet another save in between asks again."""
        if not conflict.differences:  # they saved just what the user typed
            self._fill(conflict.current)
            self.form_message.setText(self.tr("Saved."))
            return
        dialog = EditConflictDialog(conflict, self)
        base = FileInput.of(conflict.current)
        dialog.submitted.connect(lambda use_mine: self._write_update(
            conflict.current.case_id, conflict.current.version, base,
            edit_conflict.merge(base, conflict.mine, use_mine), dialog))
        self._conflict.open(dialog)

    def _choice_closed(self) -> None:
        if self.has_unsaved_changes():  # cancelled: the input stays, unsaved
            self.form_message.setStyleSheet(f"color: {INVALID_COLOUR};")
            self.form_message.setText(self.tr(
                "Not saved: someone else changed the case. Your input is still here; save again to choose."))

    @property
    def conflict_dialog(self) -> EditConflictDialog | None:
        dialog = self._conflict.dialog
        return dialog if isinstance(dialog, EditConflictDialog) else None

    def has_unsaved_changes(self) -> bool:
        return not self.read_only and self._form.isEnabled() and self.save_button.isEnabled() \
            and self._state() != self._saved_state

    def confirm_leave(self) -> bool:
        """May the user leave? Asks to save, discard or stay when there are unsaved changes."""
        return may_leave(self, self.has_unsaved_changes(), self._saving, self._save_and_wait)

    def go_back(self) -> None:
        """Back to the register (Back button, Esc), after confirming unsaved changes."""
        if self.confirm_leave():
            self.clear()
            self.closed.emit()

    def clear(self) -> None:
        """Empty every field and forget the case (used when the workspace locks)."""
        self._generation += 1
        self._case_id = self._client_id = self._version = self._base = None
        self._loaded_status_dates = {}
        self._conflict.close()
        self._identity.close()
        self._typed_new = None
        self._has_plan = False
        for dialog in (self._history_dialog, self._document_dialog):
            if dialog is not None:
                dialog.close()  # the preview drops its document on closing
                dialog.deleteLater()
        self._history_dialog = self._document_dialog = None
        self.client_requests.set_client(None, None, None)
        self.title.clear()
        self.badge.show_badge(None)
        self.warnings.hide()
        for line_edit in (self.given_names, self.surname_prefix, self.surname, self.municipality, self.address,
                          self.phone, self.coordinator):
            line_edit.clear()
        self.date_of_birth.set_value(None)
        self.bsn.set_value("")
        self.prison.setCurrentIndex(-1)
        self.prison.clearEditText()
        self.detention_start.set_value(date.today())
        for check, edit in ((self.expected_release_check, self.expected_release),
                            (self.actual_release_check, self.actual_release)):
            check.setChecked(False)
            edit.set_value(date.today())
        self.status.setCurrentIndex(0)
        self.case_direction.setCurrentIndex(0)
        for box in self.target_groups.values():
            box.setChecked(False)
        self.notes.clear()
        self._clear_messages()
        self.form_message.clear()
        self.access_history_button.setEnabled(False)
        self.intake_button.setEnabled(False)
        self.consent_button.setEnabled(False)
        self._update_document_buttons()
        self._form.setEnabled(False)
        self.save_button.setEnabled(False)
        self._update_hints()
        self._update_status_steps()
        self._remember_state()

    def show_access_history(self) -> None:
        if self._client_id is None:
            return
        if self._history_dialog is not None:
            self._history_dialog.deleteLater()
        self._history_dialog = AccessHistoryDialog(self._context, self._client_id, self)
        self._history_dialog.open()

    def show_plan(self) -> None:
        """Preview the plan of approach (Ctrl+P), to print or save it."""
        self._show_document(DocumentKind.PLAN)

    def show_consent_form(self) -> None:
        """Preview the consent form, blank or filled in, to print or save it."""
        self._show_document(DocumentKind.CONSENT)

    def _show_document(self, kind: DocumentKind) -> None:
        button = self.plan_button if kind is DocumentKind.PLAN else self.consent_form_button
        if self._case_id is None or not button.isEnabled():
            return
        if self._document_dialog is not None:
            self._document_dialog.close()
            self._document_dialog.deleteLater()
        self._document_dialog = PdfPreviewDialog(self._context, self._case_id, kind, self)
        self._document_dialog.open()

    @property
    def document_dialog(self) -> PdfPreviewDialog | None:
        return self._document_dialog

    def _update_document_buttons(self) -> None:
        opened = self._case_id is not None and self._context.workspace.may(Permission.PRINT_DOCUMENTS)
        self.plan_button.setEnabled(opened and self._has_plan)
        self.plan_button.setToolTip(
            self.tr("Preview, print or save the plan of approach (Ctrl+P)") if self._has_plan else
            self.tr("There is no plan of approach yet: start the intake first (Intake and plan)"))
        self.consent_form_button.setEnabled(opened)

    def _update_intake_button(self) -> None:
        """Who only views the intake cannot start one: before it exists (it starts with the plan) there is nothing
        to view."""
        self.intake_button.setEnabled(self._has_plan or not self._views_intake_only)
        if self._views_intake_only:
            self.intake_button.setToolTip(
                self.tr("Read the intake interview, triage and plan of approach of this case") if self._has_plan
                else self.tr("There is no intake yet: the coordinator of the case starts it"))

    def _request_intake(self) -> None:
        if self._case_id is not None:
            self.intake_requested.emit(self._case_id)

    def _request_consent(self) -> None:
        if self._case_id is not None:
            self.consent_requested.emit(self._case_id)

    @property
    def case_id(self) -> str | None:
        return self._case_id

    # Loading and saving

    def _show_loaded(self, case_file: CaseFile, badge: Badge, plan: bool, warnings: list[CaseWarning],
                     generation: int) -> None:
        if generation != self._generation:
            return
        self._has_plan = plan
        self._fill(case_file)
        self.badge.show_badge(badge)
        self.warnings.show_warnings(warnings, self._domain_label)
        self.given_names.setFocus()
        self.loaded.emit()

    def _fill(self, case_file: CaseFile) -> None:
        client, detention, case = case_file.client, case_file.detention, case_file.case
        self._case_id, self._client_id, self._version = case_file.case_id, case_file.client_id, case_file.version
        self._base = FileInput.of(case_file)
        self._loaded_status_dates = dict(case.status_dates)
        self.title.setText(full_name(client.given_names, client.surname_prefix, client.surname))
        self.given_names.setText(client.given_names)
        self.surname_prefix.setText(client.surname_prefix)
        self.surname.setText(client.surname)
        self.date_of_birth.set_value(client.date_of_birth)
        self.bsn.set_value(client.bsn)
        self.municipality.setText(client.municipality_of_registration)
        self.address.setText(client.address)
        self.phone.setText(client.phone)
        self.prison.setCurrentText(detention.prison)
        self.detention_start.set_value(detention.start_date)
        for check, edit, value in ((self.expected_release_check, self.expected_release,
                                    detention.expected_release_date),
                                   (self.actual_release_check, self.actual_release, detention.actual_release_date)):
            check.setChecked(value is not None)
            edit.set_value(value or date.today())
        self.status.setCurrentIndex(self.status.findData(case.status.value))
        self.case_direction.setCurrentIndex(self.case_direction.findData(case.case_direction.value))
        self.coordinator.setText(case.coordinator)
        for group, box in self.target_groups.items():
            box.setChecked(group in case.target_groups)
        self.notes.setPlainText(case.notes)
        self.access_history_button.setEnabled(True)
        self.client_requests.set_client(case_file.case_id, case_file.client_id, client)
        self._update_intake_button()
        self.consent_button.setEnabled(True)
        self._update_document_buttons()
        self._form.setEnabled(True)
        self.save_button.setEnabled(True)
        if self.read_only:
            self._make_read_only()  # ticking a release date above enabled its field
            self.form_message.setText(self.tr("Read only: your role does not allow changes to the case file."))
        self._update_hints()
        self._update_status_steps()
        self._remember_state()

    def _saved(self, case_file: CaseFile, warnings: list[CaseWarning], generation: int,
               dialog: WriteDialog | None) -> None:
        self._saving = False
        if generation == self._generation:
            self._fill(case_file)
            self.warnings.show_warnings(warnings, self._domain_label)
            if self.badge.badge is None:  # a new case: nothing about consent recorded yet
                self.badge.show_badge(Badge.NONE)
            self.form_message.setStyleSheet("")
            self.form_message.setText(self.tr("Saved."))
            if dialog is not None:
                dialog.finish()
            self._restore_focus()
        self._save_finished.emit(True)
        self.saved.emit(case_file.case_id)

    def _restore_focus(self) -> None:
        widget = self._focus_before_save
        self._focus_before_save = None
        if self.isVisible():
            (widget if widget is not None and widget.isEnabled() else self.given_names).setFocus()

    def _save_failed(self, error: Exception, generation: int, conflicts: list[EditConflict],
                     dialog: WriteDialog | None) -> None:
        self._saving = False
        if generation != self._generation:  # cleared meanwhile (the workspace locked): nothing left to mark
            self._save_finished.emit(False)
            return
        self._form.setEnabled(True)
        self.save_button.setEnabled(True)
        self._restore_focus()
        if conflicts:
            self._ask_choice(conflicts[0])
        elif isinstance(error, OtherPersonError) and dialog is None and self._typed_new is not None:
            self._ask_same_person(error, self._typed_new)
        elif dialog is not None:  # the merged file was refused: choose again
            dialog.show_error(error)
        elif isinstance(error, ValidationError):
            self._show_validation(error)
        else:
            dialogs.show_error(self, error)
        self._save_finished.emit(False)

    def _save_and_wait(self) -> bool:
        return save_and_wait(self, self._save_finished, self.save, self._saving)

    def _input_errors(self) -> list[ValidationError]:
        """Every input error at once, by the domain's own rules, so all wrong fields are marked together (the
        services stop at the first; they stay the authority, e.g. for a BSN that another client has)."""
        start, date_of_birth = self.detention_start.value(), self.date_of_birth.value()
        assert start is not None  # a DateEdit without allow_empty always holds a date
        checks: list[Callable[[], object]] = [
            lambda: required_line("given_names", self.given_names.text()),
            lambda: one_line("surname_prefix", self.surname_prefix.text()),
            lambda: required_line("surname", self.surname.text()),
            lambda: required_line("prison", self.prison.currentText()),
            lambda: one_line("coordinator", self.coordinator.text()),
            lambda: validate_detention_dates(
                start, self._optional_date(self.expected_release_check, self.expected_release),
                self._optional_date(self.actual_release_check, self.actual_release)),
        ]
        if date_of_birth is None:
            checks.append(lambda: require_text("date_of_birth", ""))
        else:
            checks.append(lambda: validate_date_of_birth(date_of_birth, date.today()))
        if self.bsn.value().strip():
            checks.append(lambda: validate_bsn(self.bsn.value()))
        errors = []
        for check in checks:
            try:
                check()
            except ValidationError as error:
                errors.append(error)
        return errors

    def _collect(self) -> tuple[ClientData, DetentionData, CaseData]:
        """The form as the services' input; call after `_input_errors` found nothing."""
        date_of_birth, start = self.date_of_birth.value(), self.detention_start.value()
        assert date_of_birth is not None and start is not None
        client = ClientData(
            given_names=self.given_names.text(),
            surname=self.surname.text(),
            date_of_birth=date_of_birth,
            surname_prefix=self.surname_prefix.text(),
            bsn=self.bsn.value(),
            municipality_of_registration=self.municipality.text(),
            address=self.address.text(),
            phone=self.phone.text(),
        )
        detention = DetentionData(
            prison=self.prison.currentText(),
            start_date=start,
            expected_release_date=self._optional_date(self.expected_release_check, self.expected_release),
            actual_release_date=self._optional_date(self.actual_release_check, self.actual_release),
        )
        status = CaseStatus(self.status.currentData())
        case = CaseData(
            status=status,
            status_dates=self._status_dates(status),
            target_groups=frozenset(group for group, box in self.target_groups.items() if box.isChecked()),
            case_direction=CaseDirection(self.case_direction.currentData()),
            coordinator=self.coordinator.text(),
            notes=self.notes.toPlainText(),
        )
        return client, detention, case

    def _status_dates(self, status: CaseStatus) -> dict[CaseStatus, date]:
        """The loaded dates of the steps up to `status`; a later step's date goes when the status goes back."""
        reached = STATUS_FLOW[: STATUS_FLOW.index(status) + 1]
        return {step: day for step, day in self._loaded_status_dates.items() if step in reached}

    @staticmethod
    def _optional_date(check: QCheckBox, edit: DateEdit) -> date | None:
        return edit.value() if check.isChecked() else None

    # State, hints and messages

    def _state(self) -> _FormState:
        return _FormState(
            client=(self.given_names.text(), self.surname_prefix.text(), self.surname.text(),
                    self.date_of_birth.value(), normalise_bsn(self.bsn.value()), self.municipality.text(),
                    self.address.text(), self.phone.text()),
            detention=(self.prison.currentText(), self.detention_start.value(),
                       self._optional_date(self.expected_release_check, self.expected_release),
                       self._optional_date(self.actual_release_check, self.actual_release)),
            case=(self.status.currentData(), self.case_direction.currentData(), self.coordinator.text(),
                  tuple(box.isChecked() for box in self.target_groups.values()), self.notes.toPlainText()),
        )

    def _remember_state(self) -> None:
        self._saved_state = self._state()

    def _update_hints(self) -> None:
        start = self.detention_start.value()
        assert start is not None
        hints = case_hints(start, self._optional_date(self.expected_release_check, self.expected_release),
                           self._optional_date(self.actual_release_check, self.actual_release))
        self.no_duty_hint.setVisible(hints.no_duty_of_care)
        self.aftercare_end_hint.setVisible(hints.aftercare_ends_on is not None)
        self.aftercare_end_hint.setText(
            self.tr("Aftercare ends on {date}").format(date=format_date(hints.aftercare_ends_on)))

    def _update_status_steps(self) -> None:
        status = CaseStatus(self.status.currentData())
        dates = self._status_dates(status)
        dates.setdefault(status, date.today())  # as the service does: reaching a status without a date is today
        self.status_steps.setText("\n".join(
            f"{label(step)}  {format_date(dates.get(step)) or '–'}"
            for step in STATUS_FLOW[: STATUS_FLOW.index(status) + 1]
        ))

    def _check_bsn_as_typed(self, finished: bool = False) -> None:
        """The 11-test as you type: complain at a character that is no digit, once nine digits are there, or when
        the field is left incomplete."""
        text = self.bsn.value()
        message = self._messages["bsn"]
        if self.bsn.is_masked or not text.strip():
            message.clear()
            return
        typing_digits = all(ch.isdigit() or ch in BSN_SEPARATORS for ch in text)
        if typing_digits and len(normalise_bsn(text)) < 9 and not finished:
            message.clear()
            return
        try:
            validate_bsn(text)
        except ValidationError as error:
            message.show_message(error_text(error))
        else:
            message.clear()

    def _show_validation(self, *errors: ValidationError) -> None:
        """Mark each field named by an error and focus the first; errors of no field on the form are spelled out."""
        unplaced = [error for error in errors if error.field not in self._messages]
        for error in reversed([error for error in errors if error.field in self._messages]):
            message = self._messages[error.field]
            message.show_message(error_text(error))
            message.input.setFocus()
        self.form_message.setStyleSheet(f"color: {INVALID_COLOUR};")
        if unplaced:
            self.form_message.setText(self.tr("Not saved: {reason}").format(reason=error_text(unplaced[0])))
        else:
            self.form_message.setText(self.tr("Not saved: correct the marked fields."))

    def _clear_messages(self) -> None:
        for message in self._messages.values():
            message.clear()

"""Consent and legal basis of one case: its legal bases (grounds), the consent in effect with its full history, the
form that records a consent or a new version of it, and revocation. The badge at the top says where it stands.

History is never edited: a change is recorded as a new version, a revocation is added to a version. What may be
shared is decided by app.casework.sharing_policy, never here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.casework import consent as consents
from app.casework import register
from app.casework.cases import Changes
from app.casework.consent import ConsentData, ConsentFile, GroundData, consent_badge
from app.casework.consent_terms import RevocationScope
from app.casework.sharing_policy import consent_status, processing_basis
from app.errors import ValidationError
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.consent.badge import BadgeLabel
from ui.consent.dialogs import AddGroundDialog, EndGroundDialog, NewGround, Revocation, RevokeDialog
from ui.consent.form import ConsentForm, ConsentInput
from ui.consent.history import ConsentHistory
from ui.context import WorkspaceContext
from ui.icons import Icon, decorate
from ui.operations import Progress
from ui.texts.consent import ConsentVocabulary
from ui.texts.formatting import format_date
from ui.texts.labels import label
from ui.texts.messages import error_text
from ui.widgets.buttons import chain_tab_order, push_button
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.field_marks import INVALID_COLOUR
from ui.widgets.save_wait import may_leave, save_and_wait
from ui.widgets.scroll_area import scroll_area
from ui.widgets.simple_table import SimpleTable

_NOTE_COLUMN = 3  # of the grounds table: it takes the width that is left

# A change of the case's consent file, run on the worker: (workspace, case id) → what changed.
Change = Callable[[OpenWorkspace, str], Changes]


class ConsentScreen(QWidget):
    """`open_case(case_id)` reads the case's consent file (`loaded` follows); `closed` asks to go back to the case.
    The workspace view calls `confirm_leave()` before it shows another screen."""

    closed = Signal(str)  # the case id, to show the case again
    loaded = Signal()
    _save_finished = Signal(bool)  # lets confirm_leave wait for a save

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._vocabulary = ConsentVocabulary(context.catalogue, context.settings.language)
        self._generation = 0  # results of work started before the last clear/open are dropped
        self._case_id: str | None = None
        self._shown_case: str | None = None  # the case whose consent file is on screen (None while it loads)
        self._file: ConsentFile | None = None
        self._saving = False
        self._dialogs = DialogSlot(self._update_buttons)
        # Who may read the casework but not change it (a team leader) sees the history and nothing to change it with.
        self.read_only = not context.workspace.may(Permission.EDIT_CASEWORK)
        self._build()
        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self.go_back)
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Save), self.save_consent)
        self.clear()

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # --- building -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self._build_header()
        self._build_grounds()
        self._build_consents()
        self._build_form()
        self._layout()
        if self.read_only:
            for widget in (self.add_ground_button, self.end_ground_button, self.remove_ground_button,
                           self.new_version_button, self.revoke_button, self.form_box):
                widget.hide()

    def _build_header(self) -> None:
        """The client's name, the badge, the basis the data are processed on today, and Back."""
        self.title = QLabel(self)
        self.title.setObjectName("consentTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = BadgeLabel("consentBadge", self)
        badge_font = self.badge.font()
        badge_font.setPointSizeF(badge_font.pointSizeF() * 1.2)
        self.badge.setFont(badge_font)
        self.basis = QLabel(self)
        self.basis.setObjectName("processingBasis")
        self.basis.setWordWrap(True)
        self.back_button = push_button(self, self.tr("Back"), "consentBackButton", self.go_back,
                                        self.tr("Back to the case (Esc)"))

    def _build_grounds(self) -> None:
        self.grounds_table = SimpleTable(
            [self.tr("Legal basis"), self.tr("Noted on"), self.tr("Ended on"), self.tr("Note")], _NOTE_COLUMN,
            self.tr("Legal bases"), self)
        self.grounds_table.setObjectName("groundsTable")
        self.grounds_table.setAlternatingRowColors(False)
        self.grounds_table.setMaximumHeight(self.fontMetrics().height() * 9)
        self.grounds_table.itemSelectionChanged.connect(self._update_buttons)
        self.grounds_empty = QLabel(self.tr("No legal basis other than consent has been noted."), self)
        self.grounds_empty.setObjectName("groundsEmpty")
        self.grounds_empty.setWordWrap(True)
        self.add_ground_button = push_button(self, self.tr("&Add legal basis…"), "addGroundButton", self.add_ground)
        self.end_ground_button = push_button(self, self.tr("&End legal basis…"), "endGroundButton", self.end_ground,
                                              self.tr("The legal basis no longer applies from a date"))
        self.remove_ground_button = push_button(self, self.tr("Re&move legal basis"), "removeGroundButton",
                                                 self.remove_ground,
                                                 self.tr("Remove a legal basis that was noted by mistake"))

    def _build_consents(self) -> None:
        self.current_list = QListWidget(self)
        self.current_list.setObjectName("currentConsents")
        self.current_list.setAccessibleName(self.tr("Current consents"))
        self.current_list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.current_list.currentRowChanged.connect(self._update_buttons)
        self.new_version_button = push_button(self, self.tr("&New version"), "newVersionButton", self.start_new_version,
                                               self.tr("Record a changed consent; the current version is kept in the history"))
        self.revoke_button = push_button(self, self.tr("Revo&ke…"), "revokeButton", self.revoke,
                                          self.tr("Revoke the whole consent, one recipient or one kind of data"))
        self.history = ConsentHistory(self)
        self.history.setTabChangesFocus(True)

    def _build_form(self) -> None:
        self.form = ConsentForm(self)
        self.form.setObjectName("consentForm")
        self.form.changed.connect(self._form_changed)
        self.form_scroll = scroll_area(self.form, self, "consentFormScroll")
        self.form_message = QLabel(self)
        self.form_message.setObjectName("consentFormMessage")
        self.form_message.setWordWrap(True)
        self.cancel_version_button = push_button(self, self.tr("Cancel new versi&on"), "cancelVersionButton",
                                                  self.cancel_new_version)
        self.record_button = push_button(self, self.tr("Re&cord consent"), "recordConsentButton", self.save_consent,
                                          self.tr("Save (Ctrl+S)"))
        decorate(self.back_button, Icon.BACK)
        decorate(self.record_button, Icon.CONSENT)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.badge)
        top.addSpacing(12)
        top.addWidget(self.back_button)

        ground_buttons = QHBoxLayout()
        for button in (self.add_ground_button, self.end_ground_button, self.remove_ground_button):
            ground_buttons.addWidget(button)
        ground_buttons.addStretch(1)
        grounds = QGroupBox(self.tr("Legal bases other than consent"), self)
        grounds_layout = QVBoxLayout(grounds)
        grounds_layout.addWidget(self.grounds_table)
        grounds_layout.addWidget(self.grounds_empty)
        grounds_layout.addLayout(ground_buttons)

        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self.new_version_button)
        consent_buttons.addWidget(self.revoke_button)
        consent_buttons.addStretch(1)
        history_label = QLabel(self.tr("History (every version, newest first)"), self)
        history_label.setBuddy(self.history)
        consents = QGroupBox(self.tr("Consent"), self)
        consents_layout = QVBoxLayout(consents)
        consents_layout.addWidget(self.current_list)
        consents_layout.addLayout(consent_buttons)
        consents_layout.addWidget(history_label)
        consents_layout.addWidget(self.history, 1)

        left = QVBoxLayout()
        left.addWidget(grounds)
        left.addWidget(consents, 1)

        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.form_message, 1)
        form_buttons.addWidget(self.cancel_version_button)
        form_buttons.addWidget(self.record_button)
        self.form_box = form_box = QGroupBox(self)
        form_box.setObjectName("consentFormBox")
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.form_scroll, 1)
        form_layout.addLayout(form_buttons)

        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addWidget(form_box, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.basis)
        layout.addLayout(body, 1)

    def _chain_focus(self) -> None:
        """Left column, then the form, its buttons and Back (set in one pass: Qt moves a widget it is given)."""
        chain_tab_order(self.grounds_table, self.add_ground_button, self.end_ground_button, self.remove_ground_button,
                        self.current_list, self.new_version_button, self.revoke_button, self.history,
                        *self.form.focus_chain(), self.cancel_version_button, self.record_button, self.back_button)

    # --- opening and leaving ----------------------------------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        """Read the case's grounds and consents (logged as a view) and show them; `loaded` follows."""
        self.clear()
        self.title.setText(self.tr("Loading…"))
        generation = self._generation
        self._case_id = case_id
        workspace = self._context.workspace

        def load(_progress: Progress) -> tuple[str, ConsentFile]:
            row = register.load_register_row(workspace, case_id, frozenset())  # the client's name, as listed
            return (row.name if row is not None else ""), consents.consent_file(workspace, case_id)

        def failed(error: Exception) -> None:
            if generation == self._generation:
                dialogs.show_error(self, error)
                self.clear()
                self.closed.emit(case_id)

        self._context.operations.read(self, load).success(
            lambda loaded: self._show_loaded(case_id, *loaded, generation)).failure(failed).run()

    def confirm_leave(self) -> bool:
        """May the user leave? A filled-in form that was not recorded: save, discard or stay."""
        return may_leave(self, self.form.has_changes(), self._saving, self._save_and_wait)

    def go_back(self) -> None:
        """Back to the case (Back button, Esc)."""
        if self.confirm_leave():
            case_id = self._case_id or ""
            self.clear()
            self.closed.emit(case_id)

    def clear(self) -> None:
        """Forget the case, its consents and the signature (leaving, or the workspace locks)."""
        self._generation += 1
        self._dialogs.close()
        self._case_id = None
        self._shown_case = None
        self._file = None
        self.title.clear()
        self.badge.show_badge(None)
        self.basis.clear()
        self.grounds_table.setRowCount(0)
        self.current_list.clear()
        self.history.clear()
        self.form.clear()
        self.form_message.clear()
        self._update_form_mode()
        self._set_enabled(False)

    @property
    def case_id(self) -> str | None:
        return self._case_id

    @property
    def file(self) -> ConsentFile | None:
        return self._file

    def _show_loaded(self, case_id: str, name: str, file: ConsentFile, generation: int) -> None:
        if generation != self._generation:
            return
        self._shown_case = case_id
        self.title.setText(self.tr("Consent and legal basis: {name}").format(name=name))
        categories = tuple(dict.fromkeys([*file.categories,
                                          *(c for current in file.current_consents for c in current.categories)]))
        self.form.set_terms(self._vocabulary, categories)
        self.form.start_new()
        self._chain_focus()
        self._set_enabled(True)
        self._show_file(file)
        self._update_form_mode()
        if file.current_consents or self.read_only:
            self.current_list.setFocus()
        else:
            self.form.focus_first()
        self.loaded.emit()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.grounds_table, self.add_ground_button, self.current_list, self.history,
                       self.form_scroll, self.record_button, self.cancel_version_button):
            widget.setEnabled(enabled)
        self._update_buttons()

    # --- showing ----------------------------------------------------------------------------------------------

    def _show_file(self, file: ConsentFile) -> None:
        self._file = file
        today = date.today()
        self.badge.show_badge(consent_badge(file, today))
        basis = processing_basis(file.facts, today)
        self.basis.setText(self.tr("No legal basis to process this client's data today: record a consent or a legal basis.")
                           if basis is None else
                           self.tr("Today this client's data are processed on: {basis}.").format(basis=label(basis)))
        self.basis.setStyleSheet(f"color: {INVALID_COLOUR};" if basis is None else "")
        self._show_grounds(file.grounds)
        self.history.show_file(file, self._vocabulary, today)
        self._show_current(file, today)
        self._update_buttons()

    def _show_grounds(self, grounds: tuple[GroundData, ...]) -> None:
        selected = self._selected_ground()
        self.grounds_table.setRowCount(len(grounds))
        for row, ground in enumerate(grounds):
            values = (label(ground.ground), format_date(ground.noted_on), format_date(ground.ended_on) or "–",
                      ground.note)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, ground.id)
                self.grounds_table.setItem(row, column, item)
            if selected is not None and ground.id == selected.id:
                self.grounds_table.selectRow(row)
        self.grounds_table.setVisible(bool(grounds))
        self.grounds_empty.setVisible(not grounds)

    def _show_current(self, file: ConsentFile, today: date) -> None:
        selected = self._selected_consent()
        facts = {fact.consent_id: fact for fact in file.facts.consents}
        self.current_list.clear()
        for consent in file.current_consents:
            text = self.tr("{version}: given on {date} — {status}").format(
                version=self.history.version_name(consent.id), date=format_date(consent.given_on),
                status=label(consent_status(facts[consent.id], today)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, consent.id)
            self.current_list.addItem(item)
            if selected is not None and consent.id == selected.id:
                self.current_list.setCurrentItem(item)
        if self.current_list.currentRow() < 0 and self.current_list.count():
            self.current_list.setCurrentRow(self.current_list.count() - 1)  # the newest
        if not self.current_list.count():
            self.current_list.addItem(self.tr("No consent recorded yet.") if self.read_only else
                                      self.tr("No consent recorded yet: use the form on the right."))
            self.current_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def _selected_ground(self) -> GroundData | None:
        if self._file is None:
            return None
        ground_id = self.grounds_table.selected_key()
        return next((ground for ground in self._file.grounds if ground.id == ground_id), None)

    def _selected_consent(self) -> ConsentData | None:
        item = self.current_list.currentItem()
        if self._file is None or item is None:
            return None
        consent_id = item.data(Qt.ItemDataRole.UserRole)
        return next((consent for consent in self._file.current_consents if consent.id == consent_id), None)

    def _update_buttons(self) -> None:
        loaded = self._shown_case is not None
        ground, consent = self._selected_ground(), self._selected_consent()
        self.end_ground_button.setEnabled(loaded and ground is not None and ground.ended_on is None)
        self.remove_ground_button.setEnabled(loaded and ground is not None)
        self.new_version_button.setEnabled(loaded and consent is not None)
        wholly_revoked = consent is not None and any(
            revocation.scope is RevocationScope.WHOLE for revocation in consent.revocations)
        self.revoke_button.setEnabled(loaded and consent is not None and not wholly_revoked)

    def _update_form_mode(self) -> None:
        version = self.form.replacing is not None
        self.record_button.setText(self.tr("Re&cord new version") if version else self.tr("Re&cord consent"))
        self.cancel_version_button.setVisible(version)

    def _form_changed(self) -> None:
        if self.form_message.text() and not self._saving:
            self.form_message.clear()

    def _say(self, text: str, problem: bool = False) -> None:
        self.form_message.setStyleSheet(f"color: {INVALID_COLOUR};" if problem else "")
        self.form_message.setText(text)

    # --- writing ----------------------------------------------------------------------------------------------

    def _write(self, change: Change, succeeded: Callable[[], None], failed: Callable[[Exception], None],
               finished: Callable[[bool], None] | None = None) -> None:
        """Run `change` on the worker and read the file back (logged as a view, as every opening is); show it, then
        `succeeded` (or `failed`) while the same case is shown; `finished` is told the outcome in any case."""
        case_id = self._shown_case
        if case_id is None:
            return
        workspace, generation = self._context.workspace, self._generation
        result: list[ConsentFile] = []

        def work(_progress: Progress) -> Changes:
            changes = change(workspace, case_id)
            result.append(consents.consent_file(workspace, case_id))  # exactly what was stored
            return changes

        def done(_changes: Changes) -> None:
            if generation == self._generation:
                self._show_file(result[0])
                succeeded()
            if finished is not None:
                finished(True)

        def refused(error: Exception) -> None:
            if generation == self._generation:
                failed(error)
            if finished is not None:
                finished(False)

        self._context.operations.write(self, work).initiator(self).success(done).failure(refused).run()

    def save_consent(self) -> bool:
        """Check the form and record the consent (or the new version); False when it could not start."""
        if self._shown_case is None or self._saving or self.read_only or not self.record_button.isEnabled():
            return False
        self.form.clear_messages()
        self.form_message.clear()
        errors = self.form.input_errors(date.today())
        if errors:
            self._show_form_errors(errors)
            return False
        given, replacing = self.form.value(), self.form.replacing
        self._saving = True
        self.form_scroll.setEnabled(False)
        self.record_button.setEnabled(False)
        self._write(lambda workspace, case_id: _record(workspace, case_id, given, replacing), self._recorded,
                    self._record_failed, self._record_finished)
        return True

    def _recorded(self) -> None:
        replaced = self.form.replacing is not None
        self.form.start_new()
        self._update_form_mode()
        self._say(self.tr("New version recorded.") if replaced else self.tr("Consent recorded."))
        self.form_scroll.verticalScrollBar().setValue(0)
        self.current_list.setFocus()

    def _record_failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self._show_form_errors([error])
        else:
            dialogs.show_error(self, error)

    def _record_finished(self, succeeded: bool) -> None:
        self._saving = False
        if self._shown_case is not None:
            self.form_scroll.setEnabled(True)
            self.record_button.setEnabled(True)
        self._save_finished.emit(succeeded)

    def _show_form_errors(self, errors: list[ValidationError]) -> None:
        unplaced = self.form.show_errors(*errors)
        if unplaced:
            self._say(self.tr("Not recorded: {reason}").format(reason=error_text(unplaced[0])), problem=True)
        else:
            self._say(self.tr("Not recorded: correct the marked fields."), problem=True)
        focused = QApplication.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            self.form_scroll.ensureWidgetVisible(focused)

    def _save_and_wait(self) -> bool:
        return save_and_wait(self, self._save_finished, self.save_consent, self._saving)

    # --- consent versions and revocations ---------------------------------------------------------------------

    def start_new_version(self) -> None:
        consent = self._selected_consent()
        if consent is None:
            return
        if self.form.has_changes() and not dialogs.ask_yes_no(
                self, self.tr("The form holds a consent that was not recorded. Replace it with the new version?")):
            return
        self.form.start_new_version(consent, self.tr("New version of {version} (given on {date})").format(
            version=self.history.version_name(consent.id), date=format_date(consent.given_on)))
        self._update_form_mode()
        self.form_message.clear()
        self.form.focus_first()
        self.form_scroll.ensureVisible(0, 0)

    def cancel_new_version(self) -> None:
        self.form.start_new()
        self._update_form_mode()
        self.form_message.clear()
        self.current_list.setFocus()

    def revoke(self) -> None:
        consent = self._selected_consent()
        if consent is None:
            return
        dialog = RevokeDialog(consent, self._vocabulary, self.tr("{version}, given on {date}").format(
            version=self.history.version_name(consent.id), date=format_date(consent.given_on)), self)

        def submitted(revocation: Revocation) -> None:
            self._write(lambda workspace, _case_id: consents.revoke(
                workspace, revocation.consent_id, revocation.revoked_on, revocation.scope, revocation.scope_value,
                revocation.reason)[0], dialog.finish, dialog.show_error)

        dialog.submitted.connect(submitted)
        self._dialogs.open(dialog)

    # --- legal bases --------------------------------------------------------------------------------------------

    def add_ground(self) -> None:
        dialog = AddGroundDialog(self)

        def submitted(new: NewGround) -> None:
            self._write(lambda workspace, case_id: consents.add_ground(
                workspace, case_id, new.ground, new.noted_on, new.note)[0], dialog.finish, dialog.show_error)

        dialog.submitted.connect(submitted)
        self._dialogs.open(dialog)

    def end_ground(self) -> None:
        ground = self._selected_ground()
        if ground is None:
            return
        dialog = EndGroundDialog(ground, self)

        def submitted(ended_on: date) -> None:
            self._write(lambda workspace, _case_id: consents.end_ground(workspace, ground.id, ended_on), dialog.finish,
                        dialog.show_error)

        dialog.submitted.connect(submitted)
        self._dialogs.open(dialog)

    def remove_ground(self) -> None:
        ground = self._selected_ground()
        if ground is None or not dialogs.ask_yes_no(self, self.tr(
                "Remove the legal basis “{ground}”? Only remove one that was noted by mistake; end it when it no longer applies.").format(
                ground=label(ground.ground))):
            return
        self._write(lambda workspace, _case_id: consents.remove_ground(workspace, ground.id),
                    lambda: self.grounds_table.setFocus(),
                    lambda error: dialogs.show_error(self, error))

    @property
    def dialog(self) -> QDialog | None:
        """The open add/end/revoke dialog (for tests and the focus after it closes)."""
        return self._dialogs.dialog


def _record(workspace: OpenWorkspace, case_id: str, given: ConsentInput, replacing: str | None) -> Changes:
    """A new consent, or (`replacing` its id) a new version of one."""
    if replacing is None:
        return consents.record_consent(workspace, case_id, **asdict(given))[0]
    return consents.replace_consent(workspace, replacing, **asdict(given))[0]

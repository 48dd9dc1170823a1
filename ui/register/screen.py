"""The case register: every case in one table, searched as you type, opened with Enter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.casework import register
from app.casework.cases import Changes
from app.casework.consent import Badge
from app.casework.register import RegisterFilter, RegisterRow, RegisterView, RowUpdate
from app.casework.register_pages import RegisterQuery
from app.domain import CaseStatus, WorkspaceKind
from app.errors import TerugkeerError
from app.permissions import Permission
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents.batch import BatchCase, BatchPrint, BatchReport, BatchSave, summary
from ui.documents.batch_dialog import BatchPlanDialog
from ui.icons import Icon, decorate
from ui.register.backoffice import BackOfficeRegister
from ui.register.model import Column, RegisterTableModel
from ui.register.paged_model import PagedRegisterModel
from ui.source_lines import release_source_lines
from ui.texts.labels import label
from ui.widgets.buttons import chain_tab_order, push_button
from ui.widgets.cut_text_tooltip import CutTextTooltipDelegate
from ui.widgets.empty_state import EmptyState
from ui.widgets.worker_run import RunSlot

DEFAULT_RELEASE_WINDOW_DAYS = 14
ONGOING = "ongoing"  # the status filter's first choice
ONGOING_STATUSES = frozenset(status for status in CaseStatus if status is not CaseStatus.CLOSED)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Initial column widths in average character widths; Name takes the rest of the width.
_COLUMN_CHARS = {Column.DATE_OF_BIRTH: 14, Column.BSN: 13, Column.PRISON: 21, Column.RELEASE_DATE: 15,
                 Column.STATUS: 16, Column.COORDINATOR: 18, Column.WARNINGS: 38, Column.CONSENT: 18}


class RegisterScreen(QWidget):
    """Search field, filters, the table of cases and a count; asks the main window to open or create cases."""

    open_case_requested = Signal(str)  # case id
    new_case_requested = Signal()
    loaded = Signal()

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        template = context.catalogue.active()
        language = context.settings.language

        def domain_label(domain_id: str) -> str:
            return template.domain(domain_id).label.in_language(language)

        self.model: RegisterTableModel | PagedRegisterModel = (
            PagedRegisterModel(context, self, domain_label) if context.workspace.register_in_pages
            else RegisterTableModel(self, domain_label=domain_label))
        self._selected_case_id: str | None = None
        self._batches: RunSlot[BatchPrint | BatchSave] = RunSlot(self._update_batch_buttons)
        self.batch_dialog: BatchPlanDialog | None = None  # what is about to be printed or saved, before it starts

        self._build_filters()
        self._build_table()
        self._build_bottom()
        # The back office sees every coordinator's cases: it filters and hands them over (ui.register.backoffice).
        self.back_office: BackOfficeRegister | None = None
        if context.workspace.summary.kind is WorkspaceKind.BACKOFFICE:
            self.back_office = BackOfficeRegister(context, self, self.selected_rows)
            self.back_office.filter_changed.connect(self._apply_filter)
        self._build_layout()
        self._set_tab_order()
        self._show_what_the_account_may()

        context.operations.changed.connect(self._on_changed)
        self._apply_filter()  # the default "ongoing"; a server's register reads nothing until it is loaded
        self._update_batch_buttons()

    # --- building -------------------------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Search name, BSN or PI"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Ongoing"), ONGOING)  # the default: everything but the closed cases
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.status_filter.addItem(label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)

        self.release_within_check = QCheckBox(self.tr("&Release within"), self)
        self.release_within_check.setObjectName("releaseWithinCheck")
        self.release_within_check.setAccessibleName(self.tr("Only cases released within the number of days"))
        self.release_within_check.toggled.connect(self._apply_filter)
        self.release_within_days = QSpinBox(self)
        self.release_within_days.setObjectName("releaseWithinDays")
        self.release_within_days.setAccessibleName(self.tr("Release within days"))
        self.release_within_days.setRange(1, 365)
        self.release_within_days.setValue(DEFAULT_RELEASE_WINDOW_DAYS)
        self.release_within_days.setSuffix(self.tr(" days"))
        self.release_within_days.setEnabled(False)
        self.release_within_check.toggled.connect(self.release_within_days.setEnabled)
        self.release_within_days.valueChanged.connect(self._apply_filter)

        self.new_case_button = push_button(self, self.tr("&New client and case"), "newCaseButton",
                                           self.new_case_requested.emit)
        decorate(self.new_case_button, Icon.NEW_CASE)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows for printing or saving their plans; Enter and double-click still open the current one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegate(CutTextTooltipDelegate(self.table))
        self.empty_state = EmptyState(self.table)  # says what to do when there is no case at all
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 20,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # The status and consent columns hold a few known words: as wide as the longest (translated) one.
        known_words = {Column.STATUS: [label(status) for status in CaseStatus],
                       Column.CONSENT: [label(badge) for badge in Badge]}
        for column, chars in _COLUMN_CHARS.items():
            # Wide enough for the values and for the (translated) heading with its sort arrow.
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            values = max((self.fontMetrics().horizontalAdvance(word) + 16 for word in known_words.get(column, ())),
                         default=self.fontMetrics().averageCharWidth() * chars)
            header.resizeSection(column, max(values, header.fontMetrics().horizontalAdvance(heading) + 28))
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        # A coordinator's laptop holds one coordinator's caseload: the column would say the same on every row.
        header.setSectionHidden(Column.COORDINATOR, self._context.workspace.summary.kind is WorkspaceKind.COORDINATOR)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._remember_current)
        self.table.selectionModel().selectionChanged.connect(self._update_batch_buttons)
        if isinstance(self.model, PagedRegisterModel):
            self.model.loaded.connect(self._show_page)
        self.model.modelReset.connect(self._restore_current)
        self.model.modelReset.connect(self._update_batch_buttons)
        self.model.rowsRemoved.connect(self._update_batch_buttons)

    def _build_bottom(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setObjectName("registerCount")
        self.clear_filters_button = push_button(self, self.tr("C&lear filters"), "clearFiltersButton",
                                                self.clear_filters, self.tr("Show every case again"))
        self.clear_filters_button.hide()
        self.print_plans_button = push_button(
            self, self.tr("&Print plans…"), "printPlansButton", self.print_plans,
            self.tr("Print the plans of approach of the selected cases in one go"))
        self.save_plans_button = push_button(
            self, self.tr("Save pl&ans…"), "savePlansButton", self.save_plans,
            self.tr("Save the plans of approach of the selected cases as PDF files in a folder"))
        decorate(self.print_plans_button, Icon.PRINT)
        decorate(self.save_plans_button, Icon.SAVE_PDF)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.release_within_check)
        filters.addWidget(self.release_within_days)
        filters.addStretch(0)
        filters.addWidget(self.new_case_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        if self.back_office is not None:
            layout.addWidget(self.back_office.bar)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.clear_filters_button)
        bottom.addStretch(1)
        if self.back_office is not None:
            bottom.addWidget(self.back_office.hand_over_button)
        bottom.addWidget(self.print_plans_button)
        bottom.addWidget(self.save_plans_button)
        layout.addLayout(bottom)

    def _set_tab_order(self) -> None:
        """Filters (and the back office's), New, the table, then the buttons below it."""
        bar_filters: list[QWidget] = []
        hand_over: list[QWidget] = []
        if self.back_office is not None:
            bar = self.back_office.bar
            bar_filters = [bar.coordinator, bar.prison, bar.target_group, bar.only_warnings]
            hand_over = [self.back_office.hand_over_button]
        chain_tab_order(self.search, self.status_filter, self.release_within_check, self.release_within_days,
                        *bar_filters, self.new_case_button, self.table, *hand_over, self.print_plans_button,
                        self.save_plans_button)

    def _show_what_the_account_may(self) -> None:
        """Only the buttons of work the account's roles allow (the services refuse the rest anyway)."""
        may = self._context.workspace.may
        self.new_case_button.setHidden(not may(Permission.EDIT_CASES))
        for button in (self.print_plans_button, self.save_plans_button):
            button.setHidden(not may(Permission.PRINT_DOCUMENTS))
        if self.back_office is not None:
            self.back_office.hand_over_button.setHidden(not may(Permission.ASSIGN_CASES))

    def load(self) -> None:
        """Read the whole register, or a server's first page (off the GUI thread), and show it; `loaded` follows."""
        workspace = self._context.workspace
        key_domains = self._context.catalogue.active().key_domain_ids
        self.count_label.setText(self.tr("Loading…"))
        self.empty_state.set_text("")
        if isinstance(self.model, PagedRegisterModel):
            self.model.reload()
            if self.back_office is not None:
                self.back_office.load_choices()
            return
        release_source_lines()  # before the register's rows: the largest memory the process needs (ui.source_lines)
        self._context.operations.read(self, lambda _progress: register.open_register(
            workspace, key_domains, date.today())).success(self._show_rows).run()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.search and event.key() == Qt.Key.Key_Down:
                self._focus_table()
                return True
            if watched is self.table and event.key() in _ENTER_KEYS:
                self._open_index(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # --- plans of several cases ----------------------------------------------------------------------------------

    def selected_rows(self) -> list[RegisterRow]:
        """The selected rows, in the order the register shows them."""
        positions = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [row for position in positions if (row := self.model.row_at(self.model.index(position, 0))) is not None]

    def selected_cases(self) -> list[BatchCase]:
        """The selected cases, in the order the register shows them."""
        return [BatchCase(row.case_id, row.name) for row in self.selected_rows()]

    def print_plans(self) -> None:
        """One print job with the plan of every selected case: first which have a plan, a look if wanted, then the
        printer (ui.documents.batch_dialog)."""
        self._ask_batch(saved=False)

    def save_plans(self) -> None:
        """One PDF per selected case in a chosen folder, after the same summary and the not-encrypted warning."""
        self._ask_batch(saved=True)

    def _ask_batch(self, saved: bool) -> None:
        cases = self.selected_cases()
        if not cases or self._batches.run is not None or self.batch_dialog is not None:
            return
        dialog = self.batch_dialog = BatchPlanDialog(self._context, cases, saved, self)
        dialog.accepted.connect(lambda: self._start_batch(dialog))
        dialog.finished.connect(lambda _result: self._forget_batch_dialog(dialog))
        dialog.open()

    def _start_batch(self, dialog: BatchPlanDialog) -> None:
        if self._context.workspace.is_locked or self._batches.run is not None:
            return
        if dialog.printer is not None:
            self._batches.start(BatchPrint(self._context, dialog.cases, dialog.printer, self, dialog.report),
                                self._batch_finished)
        elif dialog.folder is not None:
            self._batches.start(BatchSave(self._context, dialog.cases, dialog.folder, self, dialog.report),
                                self._batch_finished)

    def _forget_batch_dialog(self, dialog: BatchPlanDialog) -> None:
        if self.batch_dialog is dialog:
            self.batch_dialog = None
        dialog.deleteLater()

    @property
    def batch(self) -> BatchPrint | BatchSave | None:
        return self._batches.run

    def stop_batches(self) -> None:
        """Before the workspace locks: a batch stops after its current case and reports nothing more; a batch
        about to start does not."""
        if self.batch_dialog is not None:
            self.batch_dialog.reject()
        self._batches.stop()

    def _batch_finished(self, batch: BatchPrint | BatchSave, report: object) -> None:
        assert isinstance(report, BatchReport)
        if report.error is not None and not isinstance(report.error, TerugkeerError):
            dialogs.show_error(self, report.error)  # logs where it happened
        dialogs.show_info(self, summary(report, saved=isinstance(batch, BatchSave)))

    def _update_batch_buttons(self) -> None:
        enabled = self._batches.run is None and self.table.selectionModel().hasSelection()
        self.print_plans_button.setEnabled(enabled)
        self.save_plans_button.setEnabled(enabled)
        if self.back_office is not None:
            self.back_office.update_button(self.table.selectionModel().hasSelection())

    def _show_rows(self, loaded: RegisterView) -> None:
        assert isinstance(self.model, RegisterTableModel)
        self.model.set_rows(loaded.rows, loaded.badges)
        if self.back_office is not None:
            self.back_office.show_choices(loaded.rows)
        self._update_count()
        release_source_lines()  # of the modules the first register imported (holidays)
        self.loaded.emit()

    def _show_page(self) -> None:
        self._update_count()
        self.loaded.emit()

    def _apply_filter(self) -> None:
        status = self.status_filter.currentData()
        days = self.release_within_days.value() if self.release_within_check.isChecked() else None
        register_filter = RegisterFilter(
            text=self.search.text(),
            statuses=ONGOING_STATUSES if status == ONGOING else frozenset({CaseStatus(status)}) if status
            else frozenset(),
            release_within_days=days,
        )
        if isinstance(self.model, PagedRegisterModel):  # the count follows with the first page
            self.model.set_query(self.back_office.query(register_filter) if self.back_office is not None
                                 else RegisterQuery(register_filter))
            return
        self.model.set_filter(register_filter)
        if self.back_office is not None:
            self.model.set_overview(self.back_office.overview())
        self._update_count()

    def _update_count(self) -> None:
        if self.back_office is not None and self.back_office.waiting_for_target_groups:
            self.count_label.setText(self.tr("Loading target groups…"))
            return
        self.empty_state.set_text(self._no_cases_text() if self.model.total_count == 0 else "")
        nothing_found = self.model.found_count == 0 and self.model.total_count > 0
        self.clear_filters_button.setVisible(nothing_found)
        if nothing_found:
            self.count_label.setText(self.tr("No cases found ({total} in all)").format(total=self.model.total_count))
            return
        if self.model.more_found:
            self.count_label.setText(self.tr("More than {visible} of {total} cases").format(
                visible=self.model.found_count, total=self.model.total_count))
            return
        self.count_label.setText(self.tr("{visible} of {total} cases").format(
            visible=self.model.found_count, total=self.model.total_count))

    def _no_cases_text(self) -> str:
        if not self._context.workspace.may(Permission.EDIT_CASES):
            return self.tr("No cases yet.")
        shortcut = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        return self.tr("No cases yet — {shortcut} for a new one").format(shortcut=shortcut)

    def clear_filters(self) -> None:
        """Search, status, release window and the back office's filters back to "all" (also the closed cases, which
        the default "ongoing" leaves out); one new reading."""
        for widget in (self.search, self.status_filter, self.release_within_check):
            widget.blockSignals(True)
        self.search.clear()
        self.status_filter.setCurrentIndex(self.status_filter.findData(None))
        self.release_within_check.setChecked(False)
        self.release_within_days.setEnabled(False)
        for widget in (self.search, self.status_filter, self.release_within_check):
            widget.blockSignals(False)
        if self.back_office is not None:
            self.back_office.bar.clear()
        self._apply_filter()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_entered(self) -> None:
        if self.model.visible_count == 1:
            self._open_index(self.model.index(0, 0))
        else:
            self._focus_table()

    def _focus_table(self) -> None:
        if not self.table.currentIndex().isValid() and self.model.visible_count:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_case_requested.emit(row.case_id)

    def _remember_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current)
        if row is not None:
            self._selected_case_id = row.case_id

    def _restore_current(self) -> None:
        """After a filter or refresh, keep the selected case selected when it is still visible."""
        if self._selected_case_id is None:
            return
        index = self.model.index_of(self._selected_case_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _on_changed(self, changes: object, _initiator: object) -> None:
        workspace = self._context.workspace
        # A write that finished just before the workspace locked still announces its changes; nothing to read then.
        if not isinstance(changes, Changes) or not changes.case_ids or workspace.is_locked \
                or not workspace.may(Permission.READ_CASES):
            return
        case_ids = changes.case_ids
        if self.back_office is not None:
            self.back_office.cases_changed()
        if isinstance(self.model, PagedRegisterModel):
            self.model.refresh()
            if self.back_office is not None:
                self.back_office.load_choices()
            return
        key_domains = self._context.catalogue.active().key_domain_ids
        self._context.operations.read(self, lambda _progress: register.updated_rows(
            workspace, case_ids, key_domains, date.today())).success(self._apply_changed_rows).run()

    def _apply_changed_rows(self, updates: list[RowUpdate]) -> None:
        assert isinstance(self.model, RegisterTableModel)
        if len(updates) == 1:
            [update] = updates
            if update.row is None:
                self.model.remove_row(update.case_id)
            else:
                self.model.upsert_row(update.row, update.badge)
        elif updates:  # many at once (notifications read in, cases handed over): one sort, not one per row
            self.model.replace_rows([update.row for update in updates if update.row is not None],
                                    {update.case_id for update in updates if update.row is None},
                                    {update.case_id: update.badge for update in updates if update.row is not None})
        if self.back_office is not None:
            self.back_office.show_choices(self.model.all_rows())
        self._update_count()

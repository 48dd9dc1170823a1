"""Notifications (*meldingen*), at the back office: reading in the prison system's lists, the inbox of notifications
without a coordinator, assigning them, and the coordinators' and laptops' workload beside it.

A list of ends of detention and transfers (app.backoffice.releases) is read in here too, by its own button. Both
kinds of list choose their column mapping the same way: the built-in Dutch headers or a known mapping for that kind
that fits the headers, else the clerk sets one up in the mapping step (ui.backoffice.mapping_dialog) and saves it.

Reading a list and assigning are writes on the worker; both announce the cases they changed through
`Operations.changed`, so the register shows them without reading everything again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.backoffice.assignment import InboxOverview, Taken, inbox_overview, take_from_inbox
from app.backoffice.column_mapping import ColumnMapping, MappingStore
from app.backoffice.identity_review import ReviewItem, accept_review, refuse_review, reviews
from app.backoffice.list_kind import ListKind
from app.backoffice.notifications import NOTIFICATION_LIST, NotificationImport, import_notifications, read_table
from app.backoffice.releases import RELEASE_LIST, ReleaseImport, import_releases, release_table
from app.casework.cases import Changes
from app.errors import TerugkeerError
from ui import dialogs
from ui.backoffice import list_date
from ui.backoffice.coordinator_dialog import choose_coordinator
from ui.backoffice.inbox_tables import InboxTable, LaptopTable, ReviewTable, WorkloadTable
from ui.backoffice.mapping_dialog import MappingDialog
from ui.backoffice.notification_result import NotificationResultDialog
from ui.backoffice.release_result import ReleaseResultDialog
from ui.backoffice.review_dialog import ReviewDialog
from ui.context import WorkspaceContext
from ui.operations import Progress
from ui.widgets.buttons import push_button
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.empty_state import EmptyState

T = TypeVar("T")


@dataclass(frozen=True)
class NotificationsRead(Changes):
    """The cases a list of notifications added, with the import's report."""

    result: NotificationImport | None = None


@dataclass(frozen=True)
class ReleasesRead(Changes):
    """The cases a list of ends of detention and transfers changed, with the import's report."""

    result: ReleaseImport | None = None


class _Session:
    """The folder of the list read in last, for this session only."""

    folder: Path | None = None


class NotificationsScreen(QWidget):
    loaded = Signal()
    imported = Signal(object)  # the NotificationImport, after its result dialog opened
    releases_imported = Signal(object)  # the ReleaseImport, after its result dialog opened

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._busy = False
        self._loaded_once = False
        self.result_dialog: NotificationResultDialog | None = None
        self.release_result_dialog: ReleaseResultDialog | None = None
        self.today: Callable[[], date] = date.today  # the day an import counts from (history, terms)

        self.import_button = push_button(
            self, self.tr("&Read in notifications…"), "importNotificationsButton", self.read_in,
            self.tr("Read in a list of notifications from the prison system (CSV or Excel)"))
        self.releases_button = push_button(
            self, self.tr("Read in releases and &transfers…"), "importReleasesButton", self.read_in_releases,
            self.tr("Read in a list of ends of detention and transfers from the prison system (CSV or Excel): it sets "
                    "the release date or the new PI of the cases"))
        self.assign_button = push_button(self, self.tr("&Assign to…"), "assignButton", self.assign_selected,
                                         self.tr("Give the selected notifications to an aftercare coordinator"))
        self.inbox_count = QLabel(self)
        self.inbox_count.setObjectName("inboxCount")

        self.inbox_table = InboxTable(self)
        self.inbox_table.setObjectName("inboxTable")
        self.inbox_table.setAccessibleName(self.tr("Notifications without a coordinator"))
        self.inbox_table.itemSelectionChanged.connect(self._update_buttons)
        self.inbox_empty = EmptyState(self.inbox_table)  # its text once the inbox was read
        self.workload_table = WorkloadTable(self)
        self.workload_table.setObjectName("workloadTable")
        self.workload_table.setAccessibleName(self.tr("Workload per coordinator"))
        self.laptop_table = LaptopTable(self)
        self.laptop_table.setObjectName("laptopTable")
        self.laptop_table.setAccessibleName(self.tr("Cases per laptop"))
        self.laptop_hint = QLabel(self)
        self.laptop_hint.setObjectName("laptopHint")
        self.laptop_hint.setWordWrap(True)
        self._build_review()
        self._layout()
        context.operations.changed.connect(self._on_changed)
        self._update_buttons()

    def _build_review(self) -> None:
        """The notifications to check: a known BSN with another name or date of birth, never applied unasked."""
        self.review_box = QGroupBox(self.tr("To check: the BSN of a known client with another name or date of birth"),
                                    self)
        self.review_box.setObjectName("reviewBox")
        self.review_table = ReviewTable(self)
        self.review_table.setObjectName("reviewTable")
        self.review_table.setAccessibleName(self.tr("Notifications to check"))
        self.review_table.itemSelectionChanged.connect(self._update_buttons)
        self.review_table.doubleClicked.connect(lambda _index: self.review_selected())
        self.review_button = push_button(self, self.tr("&Check…"), "reviewButton", self.review_selected,
                                         self.tr("Compare the notification with the known client and decide"))
        self._review = DialogSlot(lambda: None)
        self._mapping = DialogSlot(lambda: None)
        layout = QHBoxLayout(self.review_box)
        layout.addWidget(self.review_table, 1)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        self.review_box.hide()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.releases_button)
        buttons.addWidget(self.assign_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.inbox_count, 1)
        inbox_box = QGroupBox(self.tr("Inbox: notifications without a coordinator"), self)
        inbox_layout = QVBoxLayout(inbox_box)
        inbox_layout.addLayout(buttons)
        inbox_layout.addWidget(self.inbox_table, 1)
        workload_box = QGroupBox(self.tr("Workload per coordinator"), self)
        QVBoxLayout(workload_box).addWidget(self.workload_table)
        laptop_box = QGroupBox(self.tr("Laptops"), self)
        laptop_layout = QVBoxLayout(laptop_box)
        laptop_layout.addWidget(self.laptop_table, 1)
        laptop_layout.addWidget(self.laptop_hint)
        bottom = QHBoxLayout()
        bottom.addWidget(workload_box, 1)
        bottom.addWidget(laptop_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.review_box, 1)
        layout.addWidget(inbox_box, 3)
        layout.addLayout(bottom, 2)

    # --- reading ---------------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the inbox, the workloads and the laptops' case counts; `loaded` follows."""
        workspace = self._context.workspace
        self._context.operations.read(
            self, lambda _progress: (inbox_overview(workspace), reviews(workspace))).success(self._show).run()

    def _show(self, read: tuple[InboxOverview, list[ReviewItem]]) -> None:
        loaded, to_check = read
        self._loaded_once = True
        self.review_table.show_items(to_check)
        self.review_box.setTitle(self.tr(
            "To check: %n notifications with the BSN of a known client and another name or date of birth", "",
            len(to_check)))
        self.review_box.setVisible(bool(to_check))
        self.inbox_table.show_items(loaded.inbox)
        overdue = self.inbox_table.overdue_count()
        text = self.tr("%n notifications wait for a coordinator.", "", len(loaded.inbox))
        if overdue:
            text += " " + self.tr("%n of them are past the date to exchange information.", "", overdue)
        self.inbox_count.setText(text if loaded.inbox else self.tr("No notifications wait for a coordinator."))
        self.inbox_empty.set_text(self.tr("The inbox is empty. Read in the prison system's list with "
                                          "Read in notifications…"))
        self.workload_table.show_workloads(loaded.workloads)
        limit = self._laptop_limit()
        self.laptop_table.show_caseloads(loaded.caseloads, limit)
        hint = self.tr("Limit per laptop (set by IT): %n cases.", "", limit) if limit is not None \
            else self.tr("IT has set no limit of cases per laptop.")
        if not loaded.caseloads:
            hint = self.tr("No laptop has sent a bundle yet.") + " " + hint
        self.laptop_hint.setText(hint)
        self._update_buttons()
        self.loaded.emit()

    def _laptop_limit(self) -> int | None:
        limit = self._context.policy.values.get("laptop_case_limit")
        return int(limit) if limit is not None else None

    def _on_changed(self, changes: object, initiator: object) -> None:
        """Cases changed elsewhere (a case edited, handed over from the register): read again when shown; the
        screen reads everything again whenever it is opened anyway."""
        if initiator is self or not self._loaded_once or not self.isVisible() or not isinstance(changes, Changes) \
                or self._context.workspace.is_locked:
            return
        self.load()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(not self._busy)
        self.releases_button.setEnabled(not self._busy)
        self.assign_button.setEnabled(not self._busy and bool(self.inbox_table.selected_case_ids()))
        self.review_button.setEnabled(not self._busy and self.review_table.selected_item() is not None)

    # --- reading in a list -----------------------------------------------------------------------------------------

    def read_in(self) -> None:
        path = dialogs.ask_notifications_file(self, _Session.folder or Path.home())
        if path is not None:
            _Session.folder = path.parent
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Read in `path`: its mapping first (see `_with_mapping`), the list's date when it has no column for it,
        then the rows on the worker; the result dialog follows (a file that cannot be used: a message)."""
        self._with_mapping(path, NOTIFICATION_LIST, read_table, lambda mapping: self._with_date(path, mapping))

    def _with_mapping(self, path: Path, kind: ListKind, read: Callable[[Path], list[tuple[int, list[str]]]],
                      then: Callable[[ColumnMapping], None]) -> None:
        """Read the table of `path` (a list of `kind`) on the worker and go on `then` with the mapping its headers
        choose; when none fits, the mapping step opens, and the mapping the clerk sets up is saved first. A list
        without a header goes on with the kind's built-in mapping, which says which columns are missing."""
        if self._busy or self._context.workspace.is_locked:
            return
        store = self.mapping_store()

        def chosen(table: list[tuple[int, list[str]]]) -> None:
            mapping = store.choose(table[0][1] if table else [], kind)
            if mapping is not None or not table:
                then(mapping or kind.builtin)
                return
            dialog = MappingDialog(table, path.name, kind, store, self.today(), self)
            dialog.chosen.connect(lambda made: self._save_and_go_on(store, kind, made, then))
            self._mapping.open(dialog)

        self._context.operations.read(self, lambda _progress: read(path)).success(chosen).failure(
            lambda error: dialogs.show_error(self, error)).run()

    def mapping_store(self) -> MappingStore:
        return MappingStore(self._context.config_folder, self._context.policy.notification_mappings)

    @property
    def mapping_dialog(self) -> MappingDialog | None:
        dialog = self._mapping.dialog
        return dialog if isinstance(dialog, MappingDialog) else None

    def _save_and_go_on(self, store: MappingStore, kind: ListKind, mapping: ColumnMapping,
                        then: Callable[[ColumnMapping], None]) -> None:
        try:
            store.save(mapping, kind)
        except TerugkeerError as error:
            dialogs.show_error(self, error)
            return
        then(mapping)

    def _with_date(self, path: Path, mapping: ColumnMapping) -> None:
        notified_on = None
        if "notified_on" not in mapping.columns:
            try:
                saved = date.fromtimestamp(path.stat().st_mtime)
            except OSError:
                saved = self.today()
            notified_on = list_date.ask_list_date(self, path.name, min(saved, self.today()))
            if notified_on is None:
                return
        self._import(path, mapping, notified_on)

    def _import(self, path: Path, mapping: ColumnMapping, notified_on: date | None) -> None:
        if self._busy or self._context.workspace.is_locked:
            return
        workspace = self._context.workspace
        today = self.today()

        def work(_progress: Progress) -> NotificationsRead:
            result = import_notifications(workspace, path, mapping, notified_on=notified_on, today=today)
            return NotificationsRead(case_ids=result.case_ids, result=result)

        def done(read: NotificationsRead) -> None:
            assert read.result is not None
            self._show_result(read.result, path.name, mapping)
            self.load()

        self.inbox_count.setText(self.tr("Reading in {file}…").format(file=path.name))
        self._write(work, done)

    def _show_result(self, result: NotificationImport, file_name: str, mapping: ColumnMapping) -> None:
        if self.result_dialog is not None:
            self.result_dialog.close()
        dialog = NotificationResultDialog(result, file_name, self, mapping)
        self.result_dialog = dialog
        dialog.finished.connect(lambda _code: self._forget_result(dialog))
        dialog.open()
        self.imported.emit(result)

    def _forget_result(self, dialog: NotificationResultDialog) -> None:
        if self.result_dialog is dialog:
            self.result_dialog = None
        dialog.deleteLater()

    # --- reading in ends of detention and transfers ------------------------------------------------------------

    def read_in_releases(self) -> None:
        path = dialogs.ask_notifications_file(self, _Session.folder or Path.home())
        if path is not None:
            _Session.folder = path.parent
            self.import_releases_file(path)

    def import_releases_file(self, path: Path) -> None:
        """Read in `path`: its mapping first, chosen or set up as a notification list's (`_with_mapping`), then the
        rows on the worker; the result dialog follows (a file that cannot be used: a message)."""
        self._with_mapping(path, RELEASE_LIST, release_table, lambda mapping: self._import_releases(path, mapping))

    def _import_releases(self, path: Path, mapping: ColumnMapping) -> None:
        if self._busy or self._context.workspace.is_locked:
            return
        workspace, today = self._context.workspace, self.today()

        def work(_progress: Progress) -> ReleasesRead:
            result = import_releases(workspace, path, mapping, today=today)
            return ReleasesRead(case_ids=result.case_ids, result=result)

        def done(read: ReleasesRead) -> None:
            assert read.result is not None
            self._show_release_result(read.result, path.name, mapping)
            self.load()

        self.inbox_count.setText(self.tr("Reading in {file}…").format(file=path.name))
        self._write(work, done)

    def _show_release_result(self, result: ReleaseImport, file_name: str, mapping: ColumnMapping) -> None:
        if self.release_result_dialog is not None:
            self.release_result_dialog.close()
        dialog = ReleaseResultDialog(result, file_name, mapping, self)
        self.release_result_dialog = dialog
        dialog.finished.connect(lambda _code: self._forget_release_result(dialog))
        dialog.open()
        self.releases_imported.emit(result)

    def _forget_release_result(self, dialog: ReleaseResultDialog) -> None:
        if self.release_result_dialog is dialog:
            self.release_result_dialog = None
        dialog.deleteLater()

    # --- checking a notification with a known BSN ----------------------------------------------------------------

    def review_selected(self) -> None:
        """Open the comparison of the chosen notification; accepting or refusing it writes on the worker."""
        item = self.review_table.selected_item()
        if item is None or self._busy:
            return
        dialog = ReviewDialog(item, self)
        workspace = self._context.workspace
        dialog.submitted.connect(lambda use_notified: self._decide(
            dialog, lambda _progress: accept_review(workspace, item.review_id, use_notified)))
        dialog.refused.connect(lambda: self._decide(
            dialog, lambda _progress: refuse_review(workspace, item.review_id)))
        self._review.open(dialog)

    @property
    def review_dialog(self) -> ReviewDialog | None:
        dialog = self._review.dialog
        return dialog if isinstance(dialog, ReviewDialog) else None

    def _decide(self, dialog: ReviewDialog, work: Callable[[Progress], Changes]) -> None:
        def failed(error: Exception) -> None:
            self._set_busy(False)
            dialog.show_error(error)
            self.load()  # decided by someone else meanwhile: the list as it is now

        def done(_changes: Changes) -> None:
            self._set_busy(False)
            dialog.finish()
            self.load()

        self._set_busy(True)
        self._context.operations.write(self, work).initiator(self).success(done).failure(failed).run()

    # --- assigning -------------------------------------------------------------------------------------------------

    def assign_selected(self) -> None:
        case_ids = self.inbox_table.selected_case_ids()
        if not case_ids or self._busy:
            return
        choose_coordinator(
            self._context, self, self.tr("Assign notifications"),
            self.tr("Give the %n selected notifications to:", "", len(case_ids)),
            lambda name: self.assign(case_ids, name))

    def assign(self, case_ids: list[str], coordinator: str) -> None:
        """Give `case_ids` to `coordinator` on the worker; the inbox and the register follow."""
        if self._context.workspace.is_locked:
            return
        workspace = self._context.workspace
        self._write(lambda _progress: take_from_inbox(workspace, case_ids, coordinator), self._assigned)

    def _assigned(self, result: Taken) -> None:
        if result.taken_by_others:
            dialogs.show_info(self, self.tr("%n of the notifications had just been taken by a colleague; they "
                                            "keep the coordinator they were given.", "",
                                            len(result.taken_by_others)))
        self.load()

    def _write(self, work: Callable[[Progress], T], then: Callable[[T], None]) -> None:
        """Run `work` as a write of this screen, busy until it answered; `then` follows success, an error shows."""
        def done(result: T) -> None:
            self._set_busy(False)
            then(result)

        def failed(error: Exception) -> None:
            self._set_busy(False)
            dialogs.show_error(self, error)

        self._set_busy(True)
        self._context.operations.write(self, work).initiator(self).success(done).failure(failed).run()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def clear(self) -> None:
        """Forget what the screen shows (names of people) and close its dialogs."""
        if self.result_dialog is not None:
            self.result_dialog.close()
        if self.release_result_dialog is not None:
            self.release_result_dialog.close()
        self._review.close()
        self._mapping.close()
        self.review_table.show_items([])
        self.review_box.hide()
        self.inbox_table.show_items([])
        self.workload_table.show_workloads([])
        self.laptop_table.show_caseloads([], None)
        self.inbox_count.clear()
        self._loaded_once = False

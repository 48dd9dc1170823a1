"""What the register adds at the back office: the overview filters (ui.register.overview) and handing cases over
to another coordinator in bulk (for a coordinator who leaves or is overloaded)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.backoffice.assignment import assign
from app.backoffice.overview import target_groups
from app.casework.cases import Changes
from app.casework.register import RegisterFilter, RegisterRow
from app.casework.register_pages import RegisterChoices, RegisterQuery, register_choices
from app.domain import CaseStatus
from ui import dialogs
from ui.backoffice.coordinator_dialog import choose_coordinator
from ui.context import WorkspaceContext
from ui.register.overview import OverviewFilter, OverviewFilterBar
from ui.widgets.buttons import push_button


class BackOfficeRegister(QObject):
    """The filter bar and the "Hand over to…" button; the register screen places them and asks `overview()`."""

    filter_changed = Signal()
    handed_over = Signal(object)  # the Changes of a hand-over

    def __init__(self, context: WorkspaceContext, screen: QWidget,
                 selected_rows: Callable[[], list[RegisterRow]]) -> None:
        super().__init__(screen)
        self._context, self._screen, self._selected_rows = context, screen, selected_rows
        # A server's register filters by target group itself; one in memory needs the cases of each group.
        self._in_pages = context.workspace.register_in_pages
        self._target_groups: dict[str, frozenset[str]] | None = None
        self._generation = 0  # raised when cases change, so a target-group read started before is read again
        self._loading = False
        self._writing = False
        self.bar = OverviewFilterBar(screen)
        self.bar.setObjectName("overviewFilters")
        self.bar.changed.connect(self._bar_changed)
        self.hand_over_button = push_button(screen, self.tr("&Hand over to…"), "handOverButton", self.hand_over,
                                            self.tr("Give the selected cases to another aftercare coordinator"))

    # --- filters ---------------------------------------------------------------------------------------------------

    def overview(self) -> OverviewFilter:
        group = self.bar.chosen_target_group()
        cases = None
        if group is not None:
            known = self._target_groups or {}
            cases = frozenset(case_id for case_id, groups in known.items() if group in groups)
        return self.bar.overview(cases)

    def query(self, register_filter: RegisterFilter) -> RegisterQuery:
        """The overview filters as chosen, on top of `register_filter`, for the register paged through a server."""
        chosen = self.bar.overview(None)
        return RegisterQuery(register_filter, coordinator=chosen.coordinator, prison=chosen.prison,
                             target_group=self.bar.chosen_target_group(), only_warnings=chosen.only_warnings)

    @property
    def waiting_for_target_groups(self) -> bool:
        return not self._in_pages and self.bar.chosen_target_group() is not None and self._target_groups is None

    def show_choices(self, rows: list[RegisterRow]) -> None:
        """Offer the coordinators and PIs of `rows` in the filters."""
        self.bar.set_choices(sorted({row.coordinator for row in rows if row.coordinator}, key=str.casefold),
                             sorted({row.prison for row in rows if row.prison}, key=str.casefold))

    def load_choices(self) -> None:
        """Offer every coordinator and PI of the server's register in the filters (read off the GUI thread)."""
        workspace = self._context.workspace
        if workspace.is_locked:
            return

        def done(choices: RegisterChoices) -> None:
            self.bar.set_choices(choices.coordinators, choices.prisons)

        self._context.operations.read(self._screen, lambda _progress: register_choices(workspace)).success(done).run()

    def cases_changed(self) -> None:
        """Cases changed: their target groups may have too."""
        self._generation += 1
        self._target_groups = None
        if self.waiting_for_target_groups:
            self._load_target_groups()

    def _bar_changed(self) -> None:
        if self.waiting_for_target_groups:
            self._load_target_groups()
        self.filter_changed.emit()

    def _load_target_groups(self) -> None:
        if self._loading or self._context.workspace.is_locked:
            return
        self._loading = True
        workspace, generation = self._context.workspace, self._generation

        def done(target_groups: dict[str, frozenset[str]]) -> None:
            self._loading = False
            if generation != self._generation:
                self._load_target_groups()
                return
            self._target_groups = target_groups
            self.filter_changed.emit()

        def failed(error: Exception) -> None:
            self._loading = False
            dialogs.show_error(self._screen, error)

        self._context.operations.read(self._screen, lambda _progress: target_groups(workspace)) \
            .success(done).failure(failed).run()

    # --- handing over ----------------------------------------------------------------------------------------------

    def update_button(self, has_selection: bool) -> None:
        self.hand_over_button.setEnabled(has_selection and not self._writing)

    def hand_over(self) -> None:
        rows = self._selected_rows()
        if not rows or self._writing:
            return
        choose_coordinator(self._context, self._screen, self.tr("Hand over cases"),
                           self.tr("Hand the %n selected cases over to:", "", len(rows)),
                           lambda name: self.confirm_hand_over(rows, name))

    def confirm_hand_over(self, rows: list[RegisterRow], coordinator: str) -> None:
        """Say how many cases move (closed ones and those already with `coordinator` do not) and, when the user
        agrees, hand them over on the worker."""
        name = coordinator.strip()
        moving = [row.case_id for row in rows if row.status is not CaseStatus.CLOSED and row.coordinator != name]
        if not moving:
            dialogs.show_info(self._screen, self.tr("Nothing to hand over: the selected cases are closed or already with {name}.").format(
                name=name))
            return
        if not dialogs.ask_yes_no(self._screen, self.tr("%n cases move to {name}. They go to that coordinator's laptop with the next bundle. Go on?", "",
                        len(moving)).format(name=name)):
            return
        workspace = self._context.workspace
        if workspace.is_locked:
            return

        def done(changes: Changes) -> None:
            self._set_writing(False)
            dialogs.show_info(self._screen, self.tr("%n cases were handed over to {name}.", "", len(changes.case_ids)).format(
                name=name))
            self.handed_over.emit(changes)

        def failed(error: Exception) -> None:
            self._set_writing(False)
            dialogs.show_error(self._screen, error)

        self._set_writing(True)
        self._context.operations.write(self._screen, lambda _progress: assign(workspace, moving, name)) \
            .success(done).failure(failed).run()

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self.hand_over_button.setEnabled(not writing and bool(self._selected_rows()))

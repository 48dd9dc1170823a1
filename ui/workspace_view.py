"""The screens of an unlocked workspace: register, case file, intake, consent, audit log, synchronisation, at the
back office notifications and the monitor, and the accounts of the application manager. Built on unlock, destroyed
on lock, so no widget keeps personal data after the workspace locks. Only what the account may use is read and
shown: an application manager, who has no business in client files, starts on the accounts, not the register."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.domain import WorkspaceKind
from app.permissions import Permission
from ui import dialogs
from ui.accounts.screen import AccountsScreen
from ui.backoffice.monitor_screen import MonitorScreen
from ui.backoffice.notifications_screen import NotificationsScreen
from ui.case.screen import CaseScreen
from ui.consent.screen import ConsentScreen
from ui.context import WorkspaceContext
from ui.intake.screen import IntakeScreen
from ui.privacy.audit_screen import AuditScreen
from ui.privacy.retention_dialog import RetentionDialog
from ui.register.screen import RegisterScreen
from ui.sync.screen import SyncScreen
from ui.widgets.change_watcher import ChangeWatcher


class WorkspaceView(QStackedWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.retention_dialog: RetentionDialog | None = None
        self.register_screen = RegisterScreen(context)
        self.case_screen = CaseScreen(context)
        self._case_opened_from: QWidget = self.register_screen  # where the case screen's Back returns to
        self.intake_screen = IntakeScreen(context)
        self.consent_screen = ConsentScreen(context)
        self.audit_screen = AuditScreen(context)
        self.sync_screen = SyncScreen(context)
        for screen in (self.register_screen, self.case_screen, self.intake_screen, self.consent_screen,
                       self.audit_screen, self.sync_screen):
            self.addWidget(screen)
        self.register_screen.open_case_requested.connect(self.open_case)
        self.register_screen.new_case_requested.connect(self.new_case)
        self.case_screen.closed.connect(self._close_case)
        self.case_screen.intake_requested.connect(self.open_intake)
        self.intake_screen.closed.connect(self._back_to_case)
        self.intake_screen.consent_requested.connect(self.open_consent)
        self.case_screen.consent_requested.connect(self.open_consent)
        self.consent_screen.closed.connect(self._back_to_case)
        self.sync_screen.records_changed.connect(self.register_screen.load)
        self._add_back_office_screens(context)
        self.accounts_screen: AccountsScreen | None = None
        if self._may(Permission.ACCOUNTS):
            self.accounts_screen = AccountsScreen(context)
            self.addWidget(self.accounts_screen)
        # What others change while this is open reaches the register and the inbox (ui/widgets/change_watcher.py).
        self.change_watcher = ChangeWatcher(context, self)
        if self._may(Permission.READ_CASES):
            self.register_screen.load()
            self.change_watcher.start()

    def _may(self, permission: Permission) -> bool:
        return self._context.workspace.may(permission)

    def _add_back_office_screens(self, context: WorkspaceContext) -> None:
        """Notifications and the monitor belong to the back office, which holds every coordinator's cases."""
        self.notifications_screen: NotificationsScreen | None = None
        self.monitor_screen: MonitorScreen | None = None
        if context.workspace.summary.kind is not WorkspaceKind.BACKOFFICE:
            return
        if self._may(Permission.NOTIFICATIONS):
            self.notifications_screen = NotificationsScreen(context)
            self.addWidget(self.notifications_screen)
        if self._may(Permission.MONITOR):
            self.monitor_screen = MonitorScreen(context)
            self.monitor_screen.open_case_requested.connect(self._open_case_from_monitor)
            self.addWidget(self.monitor_screen)

    def show_first(self) -> None:
        """The first screen after opening: the register when the account may read cases, else the accounts (the
        application manager), else what else it may see."""
        if self._may(Permission.READ_CASES):
            self.show_register()
        elif self.accounts_screen is not None:
            self.show_accounts()
        elif self._may(Permission.EXCHANGE_BUNDLES) or self._may(Permission.DEVICES):
            self.show_sync()
        elif self._may(Permission.AUDIT):
            self.show_audit()

    def open_case(self, case_id: str) -> None:
        if self.leave_current():
            self._case_opened_from = self.register_screen
            self.case_screen.open_case(case_id)
            self.setCurrentWidget(self.case_screen)

    def _open_case_from_monitor(self, case_id: str) -> None:
        """A case of a monitor figure: Back returns to the monitor, where the figure's list still is."""
        self.open_case(case_id)
        if self.currentWidget() is self.case_screen and self.monitor_screen is not None:
            self._case_opened_from = self.monitor_screen

    def _close_case(self) -> None:
        """Back from the case: to the screen it was opened from (the register, or the monitor)."""
        if self._case_opened_from is self.register_screen:
            self.show_register()
        else:
            self.setCurrentWidget(self._case_opened_from)

    def new_case(self) -> None:
        if self.leave_current():
            self._case_opened_from = self.register_screen
            self.case_screen.new_case()
            self.setCurrentWidget(self.case_screen)

    def open_intake(self, case_id: str) -> None:
        """The intake of `case_id` (asked from the case screen, whose unsaved edits are asked about first)."""
        if self.leave_current():
            self.intake_screen.open_intake(case_id)
            self.setCurrentWidget(self.intake_screen)

    def open_consent(self, case_id: str) -> None:
        """The consent and legal basis of `case_id` (asked from the case screen, whose unsaved edits are asked
        about first, or at the end of the intake, which is written first)."""
        if self.leave_current():
            self.consent_screen.open_case(case_id)
            self.setCurrentWidget(self.consent_screen)

    def _back_to_case(self, case_id: str) -> None:
        """Reopen the case after its intake or consent screen: the intake may have moved its status on, a consent
        changes the badge. The read is queued after the screen's last writes, so it shows them."""
        if not case_id:
            self.show_register()
            return
        self.case_screen.open_case(case_id)
        self.setCurrentWidget(self.case_screen)

    def show_register(self) -> None:
        self.setCurrentWidget(self.register_screen)
        self.register_screen.focus_search()

    def show_audit(self) -> None:
        if self.leave_current():
            self.setCurrentWidget(self.audit_screen)
            self.audit_screen.load()

    def show_sync(self) -> None:
        if self.leave_current():
            self.setCurrentWidget(self.sync_screen)
            self.sync_screen.load()

    def show_notifications(self) -> None:
        if self.notifications_screen is not None and self.leave_current():
            self.setCurrentWidget(self.notifications_screen)
            self.notifications_screen.load()

    def show_monitor(self) -> None:
        if self.monitor_screen is not None and self.leave_current():
            self.setCurrentWidget(self.monitor_screen)
            self.monitor_screen.load()

    def show_accounts(self) -> None:
        if self.accounts_screen is not None and self.leave_current():
            self.setCurrentWidget(self.accounts_screen)
            self.accounts_screen.load()

    def open_purge(self) -> None:
        """What may leave this coordinator's laptop, on the Synchronisation screen (where bundles confirm it)."""
        self.show_sync()
        if self.currentWidget() is self.sync_screen:
            self.sync_screen.open_purge()

    def open_retention(self) -> None:
        """The back office's cases past their retention period, over the register."""
        if not self.leave_current():
            return
        self.show_register()
        self._close_retention()
        self.retention_dialog = RetentionDialog(self._context, self)
        self.retention_dialog.open()

    def _close_retention(self) -> None:
        dialog, self.retention_dialog = self.retention_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def print_plan(self) -> None:
        """Print plan: the open case's plan in its preview (which prints it), the plans of the cases selected in the
        register; from any other screen the register, to choose the cases."""
        if self.currentWidget() is self.case_screen:
            if self.case_screen.plan_button.isEnabled():
                self.case_screen.show_plan()
            else:
                dialogs.show_info(self, self.case_screen.plan_button.toolTip())  # why there is no plan to print
        elif self.currentWidget() is self.register_screen:
            if self.register_screen.selected_cases():
                self.register_screen.print_plans()
            else:
                dialogs.show_info(self, self.tr("Select the cases in the register whose plans you want to print, "
                                                "then choose Print plan again."))
        else:
            self.go_to_search()

    def go_to_search(self) -> None:
        if self.leave_current():
            self.show_register()

    def leave_current(self) -> bool:
        """May the current screen be left (False means stay)? The case file and the consent form ask about unsaved
        changes; the intake autosaves, so its pending edits are written and it is left without a question, unless a
        field holds a value that cannot be stored (it is marked, and the user is kept on it)."""
        current = self.currentWidget()
        if current is self.consent_screen:
            if not self.consent_screen.confirm_leave():
                return False
            self.consent_screen.clear()
            return True
        if current is self.intake_screen:
            if not self.intake_screen.leave():
                return False
            self.intake_screen.clear()
            return True
        return current is not self.case_screen or self.case_screen.confirm_leave()

    def stop_batches(self) -> None:
        """Stop printing or saving plans in bulk after the current case, and making or reading bundles, and watching
        for others' changes (before a lock or quitting waits for the worker)."""
        self.change_watcher.stop()
        self.register_screen.stop_batches()
        self.sync_screen.stop()

    def flush_pending(self) -> None:
        """Queue the writes of every edit that waits for its autosave, now (before a lock or quitting)."""
        self.intake_screen.flush()

    def clear(self) -> None:
        self._close_retention()
        self.case_screen.clear()
        self.intake_screen.clear()
        self.consent_screen.clear()
        self.sync_screen.clear()
        for screen in (self.notifications_screen, self.monitor_screen, self.accounts_screen):
            if screen is not None:
                screen.clear()

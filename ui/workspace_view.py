"""The screens of an unlocked workspace: register, case file, audit log. Built on unlock, destroyed on lock,
so no widget keeps personal data after the workspace locks."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.audit_screen import AuditScreen
from ui.case_screen import CaseScreen
from ui.context import WorkspaceContext
from ui.register_screen import RegisterScreen


class WorkspaceView(QStackedWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register_screen = RegisterScreen(context)
        self.case_screen = CaseScreen(context)
        self.audit_screen = AuditScreen(context)
        for screen in (self.register_screen, self.case_screen, self.audit_screen):
            self.addWidget(screen)
        self.register_screen.open_case_requested.connect(self.open_case)
        self.register_screen.new_case_requested.connect(self.new_case)
        self.case_screen.closed.connect(self.show_register)
        self.register_screen.load()

    def open_case(self, case_id: str) -> None:
        if self.leave_current():
            self.case_screen.open_case(case_id)
            self.setCurrentWidget(self.case_screen)

    def new_case(self) -> None:
        if self.leave_current():
            self.case_screen.new_case()
            self.setCurrentWidget(self.case_screen)

    def show_register(self) -> None:
        self.setCurrentWidget(self.register_screen)
        self.register_screen.focus_search()

    def show_audit(self) -> None:
        if self.leave_current():
            self.setCurrentWidget(self.audit_screen)
            self.audit_screen.load()

    def go_to_search(self) -> None:
        if self.leave_current():
            self.show_register()

    def leave_current(self) -> bool:
        """Ask about unsaved changes when leaving the case file; False means stay."""
        return self.currentWidget() is not self.case_screen or self.case_screen.confirm_leave()

    def clear(self) -> None:
        self.case_screen.clear()

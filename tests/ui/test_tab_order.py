"""Tab from the first field of each main screen visits the fields top to bottom, left to right: never up to a field
above the one before, until it wraps round to the first. The screens are tall enough here that nothing scrolls, so
every field keeps its place during the walk."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

from accessibility import backward_jumps, focusable, tab_walk
from PySide6.QtWidgets import QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import VALID_BSN, add_case, open_intake_screen, start_plan

from app.demo.workspace import fill_with_demo_cases
from app.workspace.session import OpenWorkspace
from ui.accounts.screen import AccountsScreen
from ui.backoffice.monitor_screen import MonitorScreen
from ui.backoffice.notifications_screen import NotificationsScreen
from ui.case.screen import CaseScreen
from ui.consent.screen import ConsentScreen
from ui.context import WorkspaceContext
from ui.operations import Operations
from ui.privacy.audit_screen import AuditScreen
from ui.register.screen import RegisterScreen
from ui.sync.screen import SyncScreen
from ui.workspace.unlock_screen import UnlockScreen

W = TypeVar("W", bound=QWidget)


def tall(qtbot: QtBot, widget: W) -> W:
    """`widget` 1366 wide and tall enough that no scroll area scrolls."""
    qtbot.addWidget(widget)
    widget.resize(1366, 2400)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def assert_in_order(qtbot: QtBot, screen: QWidget, first: QWidget | None = None,
                    wrap: tuple[QWidget, QWidget] | None = None) -> None:
    """Tab from `first` (the screen's first field; by default its first focusable widget) reaches every enabled
    focusable widget, in order; `wrap` is the one designed step up (from the form's last button to the buttons
    at the top, which come last). Of a group of radio buttons Tab visits the chosen one (arrows choose)."""
    reachable = [widget for widget in focusable(screen) if widget.isEnabled() and not (
        isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked())]
    visited = tab_walk(qtbot, screen, first or reachable[0])
    designed = [] if wrap is None else backward_jumps(screen, list(wrap))
    assert backward_jumps(screen, visited) == designed
    assert {id(widget) for widget in reachable} <= {id(widget) for widget in visited}, \
        [type(widget).__name__ + " " + widget.objectName() for widget in reachable if widget not in visited]


def a_case(context: WorkspaceContext) -> str:
    case_id = add_case(context.workspace, "Hendriks", bsn=VALID_BSN, expected_release=date(2026, 2, 1))
    start_plan(context.workspace, case_id, actions=1)
    return case_id


def test_register(qtbot: QtBot, context: WorkspaceContext) -> None:
    a_case(context)
    screen = tall(qtbot, RegisterScreen(context))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    assert_in_order(qtbot, screen)


def test_case_file(qtbot: QtBot, context: WorkspaceContext) -> None:
    case_id = a_case(context)
    screen = tall(qtbot, CaseScreen(context))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_case(case_id)
    assert_in_order(qtbot, screen, screen.given_names, wrap=(screen.save_button, screen.plan_button))


def test_consent(qtbot: QtBot, context: WorkspaceContext) -> None:
    case_id = a_case(context)
    screen = tall(qtbot, ConsentScreen(context))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_case(case_id)
    assert_in_order(qtbot, screen)


def test_every_step_of_the_intake(qtbot: QtBot, context: WorkspaceContext) -> None:
    screen = open_intake_screen(qtbot, context, a_case(context))
    screen.resize(1366, 2400)
    jumps = {}
    for step in screen.step_names():
        screen.go_to_step(step)
        jumps[step] = backward_jumps(screen, tab_walk(qtbot, screen, screen.back_button))
    assert jumps == {step: [] for step in screen.step_names()}


def test_audit(qtbot: QtBot, context: WorkspaceContext) -> None:
    screen = tall(qtbot, AuditScreen(context))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    assert_in_order(qtbot, screen)


def test_sync(qtbot: QtBot, context: WorkspaceContext) -> None:
    screen = tall(qtbot, SyncScreen(context))
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    assert_in_order(qtbot, screen)


def test_back_office_screens(qtbot: QtBot, office: OpenWorkspace, office_context: WorkspaceContext) -> None:
    fill_with_demo_cases(office, 30, today=date(2026, 3, 31))
    inbox = tall(qtbot, NotificationsScreen(office_context))
    with qtbot.waitSignal(inbox.loaded, timeout=10_000):
        inbox.load()
    assert_in_order(qtbot, inbox)
    monitor = tall(qtbot, MonitorScreen(office_context))
    with qtbot.waitSignal(monitor.loaded, timeout=20_000):
        monitor.load()
    assert_in_order(qtbot, monitor)
    accounts = tall(qtbot, AccountsScreen(office_context))
    with qtbot.waitSignal(accounts.loaded, timeout=10_000):
        accounts.load()
    assert_in_order(qtbot, accounts)


def test_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    screen = tall(qtbot, UnlockScreen(Operations()))
    screen.prepare(tmp_path / "werkmap", "id", True, "Unlock", logins=("jdevries", "pbakker"))
    assert_in_order(qtbot, screen)

"""Every focusable widget of every screen has a name a screen reader can announce (Qt's accessible name, derived from
a button's text or a field's buddy label where none is set), on the coordinator's laptop and at the back office."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

from accessibility import unnamed
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import VALID_BSN, add_case, open_intake_screen, start_plan

from app.demo.workspace import fill_with_demo_cases
from app.policy import Policy
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
from ui.workspace.first_run import FirstRunWizard
from ui.workspace.settings_dialog import SettingsDialog
from ui.workspace.unlock_screen import UnlockScreen

W = TypeVar("W", bound=QWidget)


def shown(qtbot: QtBot, widget: W) -> W:
    """`widget` on screen at 1366×768."""
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def coordinator_case(context: WorkspaceContext) -> str:
    case_id = add_case(context.workspace, "Hendriks", bsn=VALID_BSN, expected_release=date(2026, 2, 1))
    start_plan(context.workspace, case_id, actions=1)
    return case_id


def test_register_case_file_consent_and_audit(qtbot: QtBot, context: WorkspaceContext) -> None:
    case_id = coordinator_case(context)
    register = shown(qtbot, RegisterScreen(context))
    with qtbot.waitSignal(register.loaded, timeout=10_000):
        register.load()
    assert unnamed(register) == []
    case = shown(qtbot, CaseScreen(context))
    with qtbot.waitSignal(case.loaded, timeout=10_000):
        case.open_case(case_id)
    assert unnamed(case) == []
    consent = shown(qtbot, ConsentScreen(context))
    with qtbot.waitSignal(consent.loaded, timeout=10_000):
        consent.open_case(case_id)
    assert unnamed(consent) == []
    audit = shown(qtbot, AuditScreen(context))
    with qtbot.waitSignal(audit.loaded, timeout=10_000):
        audit.load()
    assert unnamed(audit) == []


def test_every_step_of_the_intake(qtbot: QtBot, context: WorkspaceContext) -> None:
    case_id = coordinator_case(context)
    screen = open_intake_screen(qtbot, context, case_id)
    found = {}
    for step in screen.step_names():
        screen.go_to_step(step)
        found[step] = unnamed(screen)
    assert found == {step: [] for step in screen.step_names()}


def test_sync_and_settings(qtbot: QtBot, context: WorkspaceContext) -> None:
    sync = shown(qtbot, SyncScreen(context))
    with qtbot.waitSignal(sync.loaded, timeout=10_000):
        sync.load()
    assert unnamed(sync) == []
    settings = shown(qtbot, SettingsDialog(context))
    assert unnamed(settings) == []


def test_back_office_screens(qtbot: QtBot, office: OpenWorkspace, office_context: WorkspaceContext) -> None:
    fill_with_demo_cases(office, 30, today=date(2026, 3, 31))
    inbox = shown(qtbot, NotificationsScreen(office_context))
    with qtbot.waitSignal(inbox.loaded, timeout=10_000):
        inbox.load()
    assert unnamed(inbox) == []
    monitor = shown(qtbot, MonitorScreen(office_context))
    with qtbot.waitSignal(monitor.loaded, timeout=20_000):
        monitor.load()
    assert unnamed(monitor) == []
    accounts = shown(qtbot, AccountsScreen(office_context))
    with qtbot.waitSignal(accounts.loaded, timeout=10_000):
        accounts.load()
    assert unnamed(accounts) == []
    sync = shown(qtbot, SyncScreen(office_context))
    with qtbot.waitSignal(sync.loaded, timeout=10_000):
        sync.load()
    assert unnamed(sync) == []
    settings = shown(qtbot, SettingsDialog(office_context))
    assert unnamed(settings) == []


def test_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    screen = shown(qtbot, UnlockScreen(Operations()))
    screen.prepare(tmp_path / "werkmap", "id", True, "Unlock", logins=("jdevries", "pbakker"))
    assert unnamed(screen) == []


def test_every_page_of_the_first_run_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = shown(qtbot, FirstRunWizard(tmp_path / "werkmap", tmp_path / "demo", Policy()))
    found = {}
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        found[page_id] = unnamed(wizard)
    assert found == {page_id: [] for page_id in wizard.pageIds()}

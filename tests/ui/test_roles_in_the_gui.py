"""An embedded back office with a personal account per person: the unlock screen asks whose passphrase it is, and
each role sees only the menus and buttons of its own work (the services refuse the rest; the GUI does not offer
it). A team leader reads a case file and its consents but cannot change them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, start_plan, type_and_enter, wait_idle

from app.audit_trail import recent_entries
from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.casework.checklist import load_catalogue
from app.casework.intake import Moment, open_intake, save_assessment
from app.permissions import Role
from app.policy import Policy
from app.settings import Settings
from app.workspace import quick_unlock
from app.workspace.accounts import add_account
from app.workspace.folder import EmbeddedWorkspace, unlock
from app.workspace.session import OpenWorkspace
from ui.case.screen import CaseScreen
from ui.consent.screen import ConsentScreen
from ui.context import WorkspaceContext
from ui.intake.domain_page import DomainPage
from ui.intake.screen import IntakeScreen
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.workspace_view import WorkspaceView

OTHER_PASSPHRASE = "paars konijn springt hoog"
LOGINS = {Role.COORDINATOR: "jdevries", Role.BACKOFFICE: "pbakker", Role.SUPERVISOR: "tleider",
          Role.PRIVACY_OFFICER: "privacy", Role.APPLICATION_MANAGER: "beheer"}

# The menu actions each role sees (besides Lock, Quit and Settings, which everyone has).
MENUS = {
    Role.COORDINATOR: {"new_case", "find", "register"},
    Role.BACKOFFICE: {"new_case", "find", "register", "sync", "notifications"},
    Role.SUPERVISOR: {"find", "register", "audit", "monitor"},
    Role.PRIVACY_OFFICER: {"find", "register", "audit", "retention"},
    Role.APPLICATION_MANAGER: {"sync", "accounts"},
}
ACTIONS = ("new_case", "find", "register", "audit", "sync", "notifications", "monitor", "accounts", "purge",
           "retention")


@pytest.fixture
def team(office: OpenWorkspace) -> EmbeddedWorkspace:
    """The back office with one account per role besides its first one ("Backoffice Teststad"), then locked."""
    assert isinstance(office, EmbeddedWorkspace)
    for role, login in LOGINS.items():
        add_account(office, login, login.capitalize(), frozenset({role}), OTHER_PASSPHRASE)
    office.lock()
    return office


def open_window(qtbot: QtBot, tmp_path: Path, settings: Settings | None = None) -> MainWindow:
    window = MainWindow(settings or Settings(), tmp_path / "config", Policy())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def view_of(window: MainWindow) -> WorkspaceView:
    assert window.view is not None
    return window.view


def visible_actions(window: MainWindow) -> set[str]:
    shown = set()
    for name in ACTIONS:
        action = getattr(window, f"{name}_action")
        assert isinstance(action, QAction)
        assert action.isVisible() == action.isEnabled(), name
        if action.isVisible():
            shown.add(name)
    return shown


def test_the_unlock_screen_asks_whose_passphrase_it_is(qtbot: QtBot, team: EmbeddedWorkspace,
                                                      tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    window.show_unlock(team.folder)
    screen = window.unlock_screen
    assert screen.login.isVisible()
    assert [screen.login.itemText(index) for index in range(screen.login.count())] == [
        "Backoffice Teststad", *LOGINS.values()]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.passphrase)

    # Alt+A goes to the account, typing picks one, Tab to the passphrase.
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is screen.login
    qtbot.keyClicks(screen.login, "tleider")
    assert screen.login.currentText() == "tleider"
    qtbot.keyClick(screen.login, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.passphrase)

    # Another account's passphrase does not open it: the same clear message as any wrong passphrase.
    type_and_enter(qtbot, screen.passphrase, "correct horse battery staple")
    qtbot.waitUntil(lambda: "not correct" in screen.message.text(), timeout=10_000)
    assert window.workspace is None

    type_and_enter(qtbot, screen.passphrase, OTHER_PASSPHRASE)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    assert window.workspace is not None and window.workspace.account.login == "tleider"
    assert "Tleider" in window.windowTitle()

    window.lock(ask=False)  # the same account is chosen again
    assert window.stack.currentWidget() is screen and screen.login.currentText() == "tleider"


def test_one_account_gets_no_choice(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path) -> None:
    assert isinstance(workspace, EmbeddedWorkspace)
    workspace.lock()
    window = open_window(qtbot, tmp_path)
    window.show_unlock(workspace.folder)
    assert not window.unlock_screen.login.isVisible()
    assert window.unlock_screen.chosen_login() is None


def test_a_shared_workspace_offers_no_quick_unlock(qtbot: QtBot, office: OpenWorkspace, tmp_path: Path) -> None:
    """The keyring keeps the data key, which opens everyone's data: with a second account on the workspace the
    quick way in is gone (and the key leaves the keyring), so each person types their own passphrase."""
    assert isinstance(office, EmbeddedWorkspace)
    workspace_id = office.summary.workspace_id
    assert quick_unlock.store(workspace_id, office.data_key)
    add_account(office, "jdevries", "Jan de Vries", frozenset({Role.COORDINATOR}), OTHER_PASSPHRASE)
    office.lock()
    window = open_window(qtbot, tmp_path, Settings().with_quick_unlock(workspace_id, True))
    window.show_unlock(office.folder)
    assert not window.unlock_screen.quick_button.isVisible()
    assert quick_unlock.load(workspace_id) is None


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_each_role_sees_only_its_own_menus_and_buttons(qtbot: QtBot, team: EmbeddedWorkspace, tmp_path: Path,
                                                       role: Role, shown_errors: list[Exception]) -> None:
    window = open_window(qtbot, tmp_path)
    window.show_unlock(team.folder)
    window.unlock_screen.login.setCurrentText(LOGINS[role])
    type_and_enter(qtbot, window.unlock_screen.passphrase, OTHER_PASSPHRASE)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    view = view_of(window)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    assert visible_actions(window) == MENUS[role]

    register = view.register_screen
    if role is Role.APPLICATION_MANAGER:  # no business in client files: the accounts come first
        assert view.currentWidget() is view.accounts_screen
        assert view.accounts_screen is not None and view.accounts_screen.table.rowCount() == 6
    else:
        assert view.currentWidget() is register
        assert register.new_case_button.isVisible() == (role in (Role.COORDINATOR, Role.BACKOFFICE))
        assert register.print_plans_button.isVisible() == (role in (Role.COORDINATOR, Role.SUPERVISOR))
        assert register.back_office is not None
        assert register.back_office.hand_over_button.isVisible() == (role is Role.BACKOFFICE)
    if "sync" in MENUS[role]:
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
        sync = view.sync_screen
        assert sync.bundle_box.isVisible() == (role is Role.BACKOFFICE)
        assert sync.add_device_button.isVisible() == (role is Role.APPLICATION_MANAGER)
    assert shown_errors == []  # nothing was asked that the role may not do
    window.lock(ask=False)


@pytest.fixture
def leader_context(team: EmbeddedWorkspace, passphrase: str, qapp: object,
                   tmp_path: Path) -> Iterator[tuple[WorkspaceContext, str]]:
    """The team leader's context, on a back office with one case."""
    owner = unlock(team.folder, passphrase, "Backoffice Teststad")
    try:
        case_id = add_case(owner, "Leesman", expected_release=date(2026, 6, 1))
    finally:
        owner.lock()
    leader = unlock(team.folder, OTHER_PASSPHRASE, LOGINS[Role.SUPERVISOR])
    operations = Operations()
    yield WorkspaceContext(leader, operations, Settings(), tmp_path / "leader-config"), case_id
    operations.wait_until_idle()
    if not leader.is_locked:
        leader.lock()


def test_a_team_leaders_case_file_is_read_only(qtbot: QtBot, leader_context: tuple[WorkspaceContext, str],
                                              shown_errors: list[Exception]) -> None:
    context, case_id = leader_context
    screen = CaseScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_case(case_id)
    assert screen.read_only and not screen.save_button.isVisible()
    assert "Read only" in screen.form_message.text()
    qtbot.keyClicks(screen.surname, "Anders")
    assert screen.surname.text() == "Leesman"
    assert screen.expected_release_check.isChecked()
    assert not any(widget.isEnabled() for widget in (screen.status, screen.expected_release_check,
                                                     screen.expected_release, *screen.target_groups.values()))
    qtbot.keyClick(screen.surname, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not context.operations.busy and not screen.has_unsaved_changes()
    # What a team leader does: the consents, the intake and the plan to read, the access history.
    assert [button.isVisible() for button in (screen.consent_button, screen.plan_button, screen.consent_form_button,
                                              screen.access_history_button, screen.intake_button,
                                              screen.client_requests)] == [True, True, True, True, True, False]
    assert screen.intake_button.text() == "View inta&ke"
    assert not screen.intake_button.isEnabled()  # no intake yet, and viewing never starts one
    consent = ConsentScreen(context)
    qtbot.addWidget(consent)
    consent.show()
    with qtbot.waitSignal(consent.loaded, timeout=10_000):
        consent.open_case(case_id)
    assert consent.read_only and not consent.form_box.isVisible() and not consent.add_ground_button.isVisible()
    assert consent.current_list.item(0).text() == "No consent recorded yet."
    assert not consent.save_consent()
    wait_idle(qtbot, context)
    assert shown_errors == []


def test_the_register_offers_no_new_case_to_who_may_not_make_one(
        qtbot: QtBot, leader_context: tuple[WorkspaceContext, str]) -> None:
    context, _case_id = leader_context
    window = MainWindow(Settings(), context.config_folder, Policy())
    qtbot.addWidget(window)
    window.open_workspace(context.workspace)
    window.show()
    window.activateWindow()
    view = view_of(window)
    qtbot.waitUntil(lambda: view.register_screen.model.total_count == 1, timeout=10_000)
    qtbot.keyClick(view.register_screen.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.currentWidget() is view.register_screen  # Ctrl+N is not there for a team leader
    window.lock(ask=False)


@pytest.fixture
def intake_case(team: EmbeddedWorkspace, passphrase: str) -> str:
    """A case of the coordinator's, whose intake the coordinator started: a note and an action in housing."""
    owner = unlock(team.folder, passphrase, "Backoffice Teststad")
    try:
        case_id = register_case(
            owner, ClientData(given_names="Kees", surname="Inzage", date_of_birth=date(1980, 5, 17)),
            DetentionData(prison="PI Vught", start_date=date(2026, 1, 5)),
            CaseData(coordinator=LOGINS[Role.COORDINATOR].capitalize())).case_ids[0]
    finally:
        owner.lock()
    coordinator = unlock(team.folder, OTHER_PASSPHRASE, LOGINS[Role.COORDINATOR])
    try:
        start_plan(coordinator, case_id, actions=1)
        save_assessment(coordinator, case_id, "housing", Moment.INTAKE, notes="Woont bij zus")
    finally:
        coordinator.lock()
    return case_id


def open_as(qtbot: QtBot, team: EmbeddedWorkspace, role: Role, tmp_path: Path) -> MainWindow:
    window = MainWindow(Settings(), tmp_path / f"{role}-config", Policy())
    qtbot.addWidget(window)
    window.open_workspace(unlock(team.folder, OTHER_PASSPHRASE, LOGINS[role]))
    window.show()
    window.activateWindow()
    return window


def open_intake_from_the_case(qtbot: QtBot, view: WorkspaceView, case_id: str) -> IntakeScreen:
    with qtbot.waitSignal(view.case_screen.loaded, timeout=10_000):
        view.open_case(case_id)
    with qtbot.waitSignal(view.intake_screen.loaded, timeout=10_000):
        qtbot.mouseClick(view.case_screen.intake_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.intake_screen
    return view.intake_screen


def changeable_inputs(screen: IntakeScreen) -> list[QWidget]:
    """Every input on any step that a person could change, and every button there (Add, Remove)."""
    found: list[QWidget] = []
    for step in screen.step_names():
        body = screen.page(step).body
        found += [edit for kind in (QLineEdit, QPlainTextEdit) for edit in body.findChildren(kind)
                  if not edit.isReadOnly() and edit.isEnabled()]
        found += [choice for kind in (QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton)
                  for choice in body.findChildren(kind) if choice.isEnabled()]
        found += [button for button in body.findChildren(QPushButton) if button.isVisibleTo(body)]
    return found


def test_a_team_leader_reads_the_intake_and_changes_nothing(
        qtbot: QtBot, team: EmbeddedWorkspace, intake_case: str, tmp_path: Path,
        shown_errors: list[Exception]) -> None:
    window = open_as(qtbot, team, Role.SUPERVISOR, tmp_path)
    view = view_of(window)
    screen = open_intake_from_the_case(qtbot, view, intake_case)
    assert screen.read_only and screen.read_only_note.isVisible()
    assert screen.read_only_note.text().startswith("Read only")
    assert screen.save_indicator.text() == ""
    assert changeable_inputs(screen) == []

    screen.go_to_step("domain:housing")
    page = screen.page("domain:housing")
    assert isinstance(page, DomainPage)
    assert page.notes.toPlainText() == "Woont bij zus"
    qtbot.keyClicks(page.notes, " en haar man")
    qtbot.keyClick(page.notes, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.notes.toPlainText() == "Woont bij zus"
    assert [action.what for action in page.action_editor.rows()] == ["Actie 01"]
    assert not window.operations.busy  # nothing written: not the note, not an action, not the step

    qtbot.keyClick(page.notes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.currentWidget() is view.case_screen and not window.operations.busy, timeout=10_000)
    workspace = window.workspace
    assert workspace is not None
    with workspace.unit_of_work() as uow:
        mine = [(line.action, line.record_type) for line in recent_entries(uow, 1000) if line.user_name == "tleider"]
    assert ("view", "intake") in mine  # the reading is logged, as every view of a client's file
    assert not any(action in ("create", "update", "delete") for action, _type in mine)
    assert shown_errors == []
    window.lock(ask=False)


def test_a_coordinator_still_edits_the_intake(qtbot: QtBot, team: EmbeddedWorkspace, intake_case: str,
                                              tmp_path: Path, shown_errors: list[Exception]) -> None:
    window = open_as(qtbot, team, Role.COORDINATOR, tmp_path)
    view = view_of(window)
    assert view.case_screen.intake_button.text() == "Inta&ke and plan"
    screen = open_intake_from_the_case(qtbot, view, intake_case)
    assert not screen.read_only and not screen.read_only_note.isVisible()
    screen.go_to_step("domain:housing")
    page = screen.page("domain:housing")
    assert isinstance(page, DomainPage) and not page.notes.isReadOnly()
    assert page.action_editor.add_button.isVisible()
    qtbot.keyClick(page.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.notes, " en haar man")
    screen.flush()
    qtbot.waitUntil(lambda: screen.save_indicator.text() == "All changes saved" and not window.operations.busy,
                    timeout=10_000)
    workspace = window.workspace
    assert workspace is not None
    assert open_intake(workspace, intake_case, load_catalogue().active()).assessment("housing").notes == \
        "Woont bij zus en haar man"
    assert shown_errors == []
    window.lock(ask=False)

"""The application manager's accounts screen on a real embedded back office: adding an account from the keyboard
(its key slot opens the workspace), changing its roles, a new passphrase, and disabling it after the question;
refusals are said in the dialog, which keeps what was typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot
from ui_helpers import cell_text, wait_idle

from app.errors import TerugkeerError, WrongPassphraseError
from app.permissions import Role
from app.workspace.folder import EmbeddedWorkspace, keyfile_path, unlock
from app.workspace.keyfile import load_keyfile
from ui import dialogs
from ui.accounts.dialogs import AddAccountDialog, ResetPassphraseDialog, RolesDialog
from ui.accounts.screen import AccountsScreen
from ui.context import WorkspaceContext

NEW_PASSPHRASE = "paars konijn springt hoog"
LOGIN, NAME, STATUS = 0, 1, 3


@pytest.fixture
def screen(qtbot: QtBot, office_context: WorkspaceContext) -> AccountsScreen:
    shown = AccountsScreen(office_context)
    qtbot.addWidget(shown)
    shown.resize(1100, 600)
    shown.show()
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.load()
    return shown


def row_of(screen: AccountsScreen, login: str) -> int:
    return next(row for row in range(screen.table.rowCount()) if cell_text(screen.table, row, LOGIN) == login)


def add_from_the_keyboard(qtbot: QtBot, screen: AccountsScreen, login: str, name: str) -> AddAccountDialog:
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, AddAccountDialog)
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClick(dialog.login, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.display_name, name)
    coordinator = dialog.roles.box(Role.COORDINATOR.value)
    qtbot.keyClick(dialog.display_name, Qt.Key.Key_Tab)
    qtbot.keyClick(coordinator, Qt.Key.Key_Space)
    assert isinstance(coordinator, QCheckBox) and coordinator.isChecked()
    qtbot.keyClicks(dialog.passphrase.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.repeat, "niet hetzelfde wachtwoord")
    assert not dialog.confirm_button.isEnabled() and "not the same" in dialog.passphrase.verdict.text()
    dialog.passphrase.repeat.clear()
    qtbot.keyClicks(dialog.passphrase.repeat, NEW_PASSPHRASE)
    assert dialog.confirm_button.isEnabled()
    return dialog


def test_add_an_account_then_disable_it(qtbot: QtBot, screen: AccountsScreen, office_context: WorkspaceContext,
                                        monkeypatch: pytest.MonkeyPatch, shown_errors: list[Exception]) -> None:
    office = office_context.workspace
    assert isinstance(office, EmbeddedWorkspace)
    assert screen.table.rowCount() == 1
    dialog = add_from_the_keyboard(qtbot, screen, "jdevries", "Jan de Vries")
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.dialog is None
    row = row_of(screen, "jdevries")
    assert screen.table.texts(row)[:4] == ["jdevries", "Jan de Vries", "Coordinator", "Active"]
    assert screen.table.texts(row)[5] == "Backoffice Teststad"
    assert screen.selected() is not None and screen.selected().login == "jdevries"  # type: ignore[union-attr]
    assert "jdevries" in load_keyfile(keyfile_path(office.folder)).logins

    # A login that is taken is refused in the dialog, which keeps what was typed.
    taken = add_from_the_keyboard(qtbot, screen, "jdevries", "Jan de Vries (2)")
    qtbot.mouseClick(taken.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, office_context)
    assert [getattr(error, "code", None) for error in shown_errors] == ["login_taken"]
    assert screen.dialog is taken and taken.isEnabled() and taken.display_name.text() == "Jan de Vries (2)"
    taken.reject()

    # Disabling asks first; "no" changes nothing.
    screen.table.selectRow(row_of(screen, "jdevries"))
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _parent, question: questions.append(question) or False)
    qtbot.mouseClick(screen.disable_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and "jdevries" in questions[0]
    assert not office_context.operations.busy
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _parent, _question: True)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(screen.disable_button, Qt.MouseButton.LeftButton)
    row = row_of(screen, "jdevries")
    assert cell_text(screen.table, row, STATUS) == "Disabled"
    assert not screen.disable_button.isEnabled() and not screen.roles_button.isEnabled()
    assert "jdevries" not in load_keyfile(keyfile_path(office.folder)).logins
    with pytest.raises(WrongPassphraseError):
        unlock(office.folder, NEW_PASSPHRASE, "jdevries")
    # One's own account cannot be disabled: the button says so by being off.
    screen.table.selectRow(row_of(screen, office.account.login))
    assert screen.roles_button.isEnabled() and not screen.disable_button.isEnabled()


def test_change_the_roles_and_give_a_new_passphrase(qtbot: QtBot, screen: AccountsScreen,
                                                    office_context: WorkspaceContext,
                                                    shown_errors: list[Exception]) -> None:
    office = office_context.workspace
    assert isinstance(office, EmbeddedWorkspace)
    dialog = add_from_the_keyboard(qtbot, screen, "jdevries", "Jan de Vries")
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(screen.roles_button, Qt.MouseButton.LeftButton)
    roles = screen.dialog
    assert isinstance(roles, RolesDialog) and roles.roles.checked() == (Role.COORDINATOR.value,)
    roles.roles.box(Role.COORDINATOR.value).setChecked(False)
    assert not roles.confirm_button.isEnabled()  # at least one role
    qtbot.keyClick(roles.roles.box(Role.SUPERVISOR.value), Qt.Key.Key_Space)
    assert roles.confirm_button.isEnabled()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(roles.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.table.texts(row_of(screen, "jdevries"))[2] == "Team leader"

    qtbot.mouseClick(screen.reset_button, Qt.MouseButton.LeftButton)
    reset = screen.dialog
    assert isinstance(reset, ResetPassphraseDialog) and not reset.confirm_button.isEnabled()
    qtbot.keyClicks(reset.passphrase.passphrase, "een heel ander wachtwoord")
    qtbot.keyClicks(reset.passphrase.repeat, "een heel ander wachtwoord")
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(reset.confirm_button, Qt.MouseButton.LeftButton)
    assert shown_errors == []
    reopened = unlock(office.folder, "een heel ander wachtwoord", "jdevries")
    try:
        assert reopened.account.roles == frozenset({Role.SUPERVISOR})
    finally:
        reopened.lock()


def test_the_last_application_manager_keeps_the_role(qtbot: QtBot, screen: AccountsScreen,
                                                     office_context: WorkspaceContext,
                                                     shown_errors: list[Exception], tmp_path: Path) -> None:
    screen.table.selectRow(0)
    qtbot.mouseClick(screen.roles_button, Qt.MouseButton.LeftButton)
    roles = screen.dialog
    assert isinstance(roles, RolesDialog)
    roles.roles.box(Role.APPLICATION_MANAGER.value).setChecked(False)
    qtbot.mouseClick(roles.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, office_context)
    assert len(shown_errors) == 1 and isinstance(shown_errors[0], TerugkeerError)
    assert shown_errors[0].code == "last_application_manager"
    assert screen.dialog is roles  # still open, to decide again

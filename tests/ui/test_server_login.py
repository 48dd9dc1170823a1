"""The back office on the municipality's server, through the GUI and a real PostgreSQL: the first-run wizard's third
start remembers the server (never a password), its login screen connects as the person's own login role, locking
disconnects and shows that screen again, and a later start goes straight to it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from ui_helpers import type_and_enter

from app.permissions import Role
from app.settings import Settings, load_settings
from app.workspace.server import ServerWorkspace
from ui.gui import build_main_window
from ui.main_window import MainWindow
from ui.paths import config_folder
from ui.workspace.first_run import FirstRunWizard

if TYPE_CHECKING:  # tests/conftest.py's; tests/ui has a conftest of its own
    from tests.conftest import ServerDatabase

PASSWORD = "paars konijn springt hoog"


def address_of(server: ServerDatabase) -> str:
    """The server's address as IT gives it: no login in it."""
    return f"postgresql:///{server.name}?host={quote(str(server.cluster.folder), safe='')}"


def drive_wizard(qtbot: QtBot, address: str, office_key: Path) -> None:
    """Runs inside the wizard's modal loop: the fourth choice, the server's address, the login and the office key.
    A failing check closes the wizard, so the test ends instead of waiting in its loop."""
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, FirstRunWizard)
    try:
        fill_in_the_server(qtbot, wizard, address, office_key)
    except BaseException:
        wizard.reject()
        raise


def fill_in_the_server(qtbot: QtBot, wizard: FirstRunWizard, address: str, office_key: Path) -> None:
    choice = wizard.choice_page
    button = choice.use_server
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))  # its round button
    assert button.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.server_page
    assert wizard.currentPage() is page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    page.login.clear()
    assert not finish.isEnabled()
    qtbot.keyClicks(page.address, address)
    qtbot.keyClicks(page.login, "jdevries")
    qtbot.keyClicks(page.office_key.edit, str(office_key))
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)


def fail_on_a_wizard(seen: list[str]) -> None:
    """A later start must not ask again: a wizard that shows up is noted and closed."""
    wizard = QApplication.activeModalWidget()
    if isinstance(wizard, QWizard):
        seen.append("wizard")
        wizard.reject()


def log_in(qtbot: QtBot, window: MainWindow, password: str) -> None:
    type_and_enter(qtbot, window.server_login.password, password)


@pytest.mark.server
def test_the_wizard_connects_to_the_server_and_a_later_start_logs_in_again(
        qtbot: QtBot, qapp: QApplication, private_home: Path, server: ServerDatabase,
        shown_errors: list[Exception]) -> None:
    server.add_account("jdevries", "Jan de Vries", frozenset({Role.BACKOFFICE}), PASSWORD)
    QTimer.singleShot(0, lambda: drive_wizard(qtbot, address_of(server), server.office_key))
    window = build_main_window(qapp, None, None)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    screen = window.server_login
    assert window.stack.currentWidget() is screen
    assert screen.login.text() == "jdevries" and address_of(server) in screen.place.text()
    remembered = load_settings(config_folder())
    assert (remembered.server_url, remembered.server_login, remembered.office_key_file) == (
        address_of(server), "jdevries", str(server.office_key))
    assert PASSWORD not in (config_folder() / "settings.json").read_text(encoding="utf-8")

    log_in(qtbot, window, "niet het goede wachtwoord")
    qtbot.waitUntil(lambda: "not correct" in screen.message.text(), timeout=10_000)
    assert window.workspace is None and screen.password.text() == ""
    log_in(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    workspace = window.workspace
    assert isinstance(workspace, ServerWorkspace) and workspace.account.login == "jdevries"
    assert "Jan de Vries" in window.windowTitle()
    assert window.notifications_action.isVisible() and not window.accounts_action.isVisible()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)

    window.lock(ask=False)  # disconnects, and asks again
    assert workspace.is_locked and window.stack.currentWidget() is screen
    assert screen.login.text() == "jdevries" and screen.password.text() == ""
    window.close()

    seen: list[str] = []
    QTimer.singleShot(0, lambda: fail_on_a_wizard(seen))
    again = build_main_window(qapp, None, None)
    assert isinstance(again, MainWindow) and seen == []
    qtbot.addWidget(again)
    again.show()
    assert again.stack.currentWidget() is again.server_login
    log_in(qtbot, again, PASSWORD)
    qtbot.waitUntil(lambda: again.view is not None, timeout=10_000)
    assert again.workspace is not None and again.workspace.account.login == "jdevries"
    qtbot.waitUntil(lambda: not again.operations.busy, timeout=10_000)
    again.close()
    assert shown_errors == []


@pytest.mark.server
def test_the_server_login_names_what_went_wrong(qtbot: QtBot, qapp: QApplication, private_home: Path,
                                               server: ServerDatabase, tmp_path: Path) -> None:
    window = MainWindow(Settings(server_url=address_of(server), server_login="niemand"), tmp_path / "config")
    qtbot.addWidget(window)
    window.show_server_login()
    log_in(qtbot, window, PASSWORD)  # no such login role: as a wrong password, it says nothing about who exists
    qtbot.waitUntil(lambda: "not correct" in window.server_login.message.text(), timeout=10_000)
    window.server_login.prepare(f"postgresql:///{server.name}?host=/nergens", "jdevries", None, "Log in")
    log_in(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: "cannot be reached" in window.server_login.message.text(), timeout=10_000)
    assert window.workspace is None

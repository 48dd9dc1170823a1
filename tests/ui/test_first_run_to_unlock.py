"""The whole first session, as a coordinator does it: first-run wizard → add a client and case → search →
lock → wrong passphrase → unlock, by keyboard and mouse, on a real encrypted workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from app.workspace.folder import database_path, is_workspace
from ui.gui import build_main_window
from ui.main_window import MainWindow
from ui.workspace.first_run import FirstRunWizard

PASSPHRASE = "zeven kale kippen op een hek"


def ctrl(qtbot: QtBot, key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, Qt.KeyboardModifier.ControlModifier)


def drive_wizard(qtbot: QtBot, municipality: str, user_name: str) -> None:
    """Runs inside the wizard's modal loop: fill it in and finish."""
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, FirstRunWizard)
    assert wizard.choice_page.create_new.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.details_page.municipality, municipality)
    qtbot.keyClicks(wizard.details_page.user_name, user_name)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.keyClicks(wizard.passphrase_page.passphrase, "kort")
    assert not finish.isEnabled()  # too short: the verdict says why
    assert wizard.passphrase_page.verdict.text()
    wizard.passphrase_page.passphrase.clear()
    qtbot.keyClicks(wizard.passphrase_page.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase_page.repeat, PASSPHRASE)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)


def test_first_run_add_search_lock_and_unlock(qtbot: QtBot, qapp: QApplication, private_home: Path) -> None:
    folder = private_home / "werkmap"
    QTimer.singleShot(0, lambda: drive_wizard(qtbot, "Teststad", "Anna de Vries"))
    window = build_main_window(qapp, folder, None)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.view is not None, timeout=30_000)
    assert is_workspace(folder)
    assert "Teststad" in window.windowTitle() and "Anna de Vries" in window.windowTitle()
    assert view_of(window).register_screen.model.total_count == 0

    # Add a client and case from the keyboard: Ctrl+N, type, Ctrl+S, Esc.
    ctrl(qtbot, Qt.Key.Key_N)
    case_screen = view_of(window).case_screen
    assert view_of(window).currentWidget() is case_screen
    qtbot.keyClicks(case_screen.given_names, "Piet")
    qtbot.keyClicks(case_screen.surname, "Toetsenbordman")
    qtbot.keyClicks(case_screen.date_of_birth, "17-05-1980")
    qtbot.keyClicks(case_screen.bsn.line_edit, "111222333")
    qtbot.keyClicks(case_screen.prison.lineEdit(), "PI Zwolle")
    qtbot.keyClicks(case_screen.detention_start, "01-10-2026")
    case_screen.given_names.setFocus()
    with qtbot.waitSignal(case_screen.saved, timeout=10_000):
        ctrl(qtbot, Qt.Key.Key_S)
    qtbot.keyClick(case_screen.given_names, Qt.Key.Key_Escape)
    register = view_of(window).register_screen
    assert view_of(window).currentWidget() is register
    qtbot.waitUntil(lambda: register.model.total_count == 1)

    # Search as you type finds the case; the BSN is masked in the table.
    assert QApplication.focusWidget() is register.search
    qtbot.keyClicks(register.search, "toetsen")
    assert register.model.visible_count == 1
    qtbot.keyClicks(register.search, "x")
    assert register.model.visible_count == 0
    qtbot.keyClick(register.search, Qt.Key.Key_Backspace)
    assert register.model.visible_count == 1

    # Ctrl+L locks: the workspace screens are gone and the database is closed.
    ctrl(qtbot, Qt.Key.Key_L)
    assert window.workspace is None and window.view is None
    assert window.stack.currentWidget() is window.unlock_screen
    assert "Toetsenbordman" not in window.windowTitle()
    assert b"Toetsenbordman" not in database_path(folder).read_bytes()

    # A wrong passphrase is refused with the app's own message; the right one opens the register again.
    unlock_screen = window.unlock_screen
    qtbot.keyClicks(unlock_screen.passphrase, "niet het goede wachtwoord")
    qtbot.keyClick(unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not correct" in unlock_screen.message.text(), timeout=10_000)
    assert window.workspace is None
    qtbot.keyClicks(unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    register = view_of(window).register_screen
    qtbot.waitUntil(lambda: register.model.total_count == 1, timeout=10_000)
    assert register.model.row_at(register.model.index(0, 0)).name == "Toetsenbordman, Piet"
    window.close()


def view_of(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.view is not None
    return window.view

"""Locking by itself: after idle time (with a countdown first), on a session lock or suspend that the platform reports,
what a lock clears, and why it locked, said on the unlock screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot
from ui_helpers import VALID_BSN, add_case

from app.casework import intake
from app.casework.checklist import load_catalogue
from app.settings import Settings
from app.workspace.folder import unlock
from app.workspace.session import OpenWorkspace
from ui import main_window
from ui.lock_guard import WARNING_SECONDS, LockGuard
from ui.lock_reason import LockReason
from ui.main_window import MainWindow
from ui.session_events import SessionEvents
from ui.widgets.bsn import copy_bsn

IDLE_MINUTES = 0.01  # 600 ms


@pytest.fixture
def session_events(monkeypatch: pytest.MonkeyPatch) -> SessionEvents:
    """What the OS says about the session, in the test's hands: the window's guard listens to this source."""
    events = SessionEvents()
    monkeypatch.setattr(main_window, "platform_session_events", lambda _window: events)
    return events


@pytest.fixture
def window(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           session_events: SessionEvents) -> MainWindow:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    opened = MainWindow(Settings(auto_lock_minutes=5), tmp_path / "config")
    qtbot.addWidget(opened)
    opened.open_workspace(workspace)
    opened.show()
    return opened


def test_idle_time_locks_and_clears_the_screens(qtbot: QtBot, window: MainWindow) -> None:
    window.lock_guard.set_idle_minutes(IDLE_MINUTES)
    assert window.view is not None
    qtbot.waitUntil(lambda: window.workspace is None, timeout=5_000)
    assert window.view is None
    assert window.stack.currentWidget() is window.unlock_screen


def test_typing_keeps_the_workspace_open(qtbot: QtBot, window: MainWindow) -> None:
    window.lock_guard.set_idle_minutes(IDLE_MINUTES)
    assert window.view is not None
    search = window.view.register_screen.search
    for _ in range(8):  # 8 × 200 ms of typing is well past the idle time
        qtbot.keyClick(search, Qt.Key.Key_A)
        qtbot.wait(200)
    assert window.workspace is not None
    qtbot.waitUntil(lambda: window.workspace is None, timeout=5_000)


def warning_text(window: MainWindow) -> str:
    assert window.lock_warning.isVisible()
    return window.lock_warning.text.text()


def test_the_auto_lock_counts_down_and_a_key_press_cancels_it(qtbot: QtBot, window: MainWindow) -> None:
    guard = window.lock_guard
    assert guard.idle_timer.interval() == (5 * 60 - WARNING_SECONDS) * 1000
    assert not window.lock_warning.isVisible()
    guard.idle_timer.timeout.emit()  # 4½ minutes without input
    assert warning_text(window) == ("Terugkeer locks in 30 seconds without use. Move the mouse or press a key to "
                                    "keep working.")
    for _ in range(3):
        guard.tick_timer.timeout.emit()
    assert warning_text(window).startswith("Terugkeer locks in 27 seconds without use.")
    assert window.view is not None
    qtbot.keyClick(window.view.register_screen.search, Qt.Key.Key_Shift)
    assert not window.lock_warning.isVisible() and not guard.tick_timer.isActive()
    assert guard.idle_timer.isActive()  # the idle time starts again
    assert window.workspace is not None


def test_a_mouse_move_cancels_the_countdown(qtbot: QtBot, window: MainWindow) -> None:
    window.lock_guard.idle_timer.timeout.emit()
    assert window.lock_warning.isVisible()
    assert window.view is not None
    qtbot.mouseMove(window.view.register_screen.search)
    qtbot.mouseMove(window.view.register_screen.search, QPoint(5, 5))
    assert not window.lock_warning.isVisible()
    assert window.workspace is not None


def test_without_input_the_countdown_ends_in_a_lock_that_says_why(window: MainWindow) -> None:
    guard = window.lock_guard
    guard.idle_timer.timeout.emit()
    for _ in range(WARNING_SECONDS - 1):
        guard.tick_timer.timeout.emit()
    assert warning_text(window).startswith("Terugkeer locks in 1 second without use.")
    assert window.workspace is not None
    guard.tick_timer.timeout.emit()
    assert window.workspace is None and window.stack.currentWidget() is window.unlock_screen
    assert not window.lock_warning.isVisible()
    assert window.unlock_screen.lock_reason.text() == "Locked after 5 minutes without use."
    assert window.unlock_screen.lock_reason.isVisibleTo(window.unlock_screen)


@pytest.mark.parametrize(("signal", "reason"), [("locked", "Locked because the computer was locked."),
                                                ("suspending", "Locked because the computer went to sleep.")])
def test_a_session_lock_or_suspend_locks_and_says_so(window: MainWindow, session_events: SessionEvents,
                                                     signal: str, reason: str) -> None:
    getattr(session_events, signal).emit()
    assert window.workspace is None
    assert window.unlock_screen.lock_reason.text() == reason


def test_ctrl_l_locks_at_the_users_request(qtbot: QtBot, window: MainWindow) -> None:
    assert window.view is not None
    qtbot.keyClick(window.view.register_screen.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    assert window.unlock_screen.lock_reason.text() == "Locked at your request."


def test_the_unlock_screen_at_start_gives_no_reason(window: MainWindow, workspace: OpenWorkspace) -> None:
    window.lock(ask=False)
    window.show_unlock(workspace.folder)
    assert not window.unlock_screen.lock_reason.isVisibleTo(window.unlock_screen)


def test_a_session_event_while_locked_does_nothing(qapp: QApplication) -> None:
    events = SessionEvents()
    guard = LockGuard(qapp, idle_minutes=5, events=events)
    locks: list[LockReason] = []
    guard.lock_now.connect(locks.append)
    events.locked.emit()
    assert locks == []  # not armed: nothing is open
    guard.arm()
    events.suspending.emit()
    assert locks == [LockReason.SUSPENDED]


def test_lock_clears_a_copied_bsn(window: MainWindow) -> None:
    copy_bsn(VALID_BSN)
    window.lock(ask=False)
    assert QGuiApplication.clipboard().text() == ""


def test_lock_leaves_what_the_user_copied_after_the_bsn(window: MainWindow) -> None:
    copy_bsn(VALID_BSN)
    QGuiApplication.clipboard().setText("een adres")
    window.lock(ask=False)
    assert QGuiApplication.clipboard().text() == "een adres"


@pytest.mark.parametrize("how", ["lock", "close"])
def test_locking_or_closing_while_typing_in_the_intake_keeps_the_words(
        qtbot: QtBot, window: MainWindow, workspace: OpenWorkspace, passphrase: str, how: str) -> None:
    case_id = add_case(workspace, "Midden")
    assert window.view is not None
    screen = window.view.intake_screen
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        window.view.open_intake(case_id)
    screen.go_to_step("domain:housing")
    notes = screen.findChild(QPlainTextEdit, "notes_housing")
    assert notes is not None
    qtbot.keyClicks(notes, "Halverwege een zin")
    if how == "lock":
        window.lock(ask=False)  # at once, as the auto-lock would: the autosave timer has not fired yet
    else:
        window.close()
    assert window.workspace is None and workspace.is_locked

    reopened = unlock(workspace.folder, passphrase)
    try:
        stored = intake.open_intake(reopened, case_id, load_catalogue().active())
    finally:
        reopened.lock()
    assert stored.assessment("housing").notes == "Halverwege een zin"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session (Debian dbus-daemon)")
def test_screensaver_activation_on_the_session_bus_locks() -> None:
    script = Path(__file__).parent / "scripts" / "screensaver_locks.py"
    result = subprocess.run(["dbus-run-session", "--", sys.executable, str(script)], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60,
                            cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stdout + result.stderr

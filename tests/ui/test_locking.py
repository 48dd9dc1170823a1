"""Locking by itself: after idle time, on a session lock reported over D-Bus, and what a lock clears."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from ui_helpers import VALID_BSN, add_case

from app.casework import intake
from app.casework.checklist import load_catalogue
from app.settings import Settings
from app.workspace.folder import unlock
from app.workspace.session import OpenWorkspace
from ui.main_window import MainWindow
from ui.widgets.bsn import copy_bsn

IDLE_MINUTES = 0.01  # 600 ms


@pytest.fixture
def window(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    opened = MainWindow(Settings(auto_lock_minutes=1), tmp_path / "config")
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

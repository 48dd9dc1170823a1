"""The unlock card fits its texts: a long workspace path, the wrong-passphrase message and the countdown before the
next attempt, why the app locked — at 1366×768 and in the room a 1366×768 screen has at 200% (683×384)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import type_and_enter

from app.domain import WorkspaceKind
from app.settings import Settings
from app.workspace.folder import THROTTLE_NAME, create_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.unlock_throttle import UnlockThrottle
from ui.lock_reason import LockReason
from ui.main_window import MainWindow
from ui.workspace.unlock_screen import UnlockScreen, wrappable_path

LONG_FOLDERS = ("Gemeente Zuid-Westelijke Polderstreek", "Maatschappelijke dienstverlening en nazorg",
                "werkmap-coordinator-" + "nazorgtrajecten" * 8)


@pytest.fixture
def locked_window(qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams, passphrase: str,
                  monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """A main window locked after idle time, its workspace in a deep folder with one very long name."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    workspace = create_workspace(tmp_path.joinpath(*LONG_FOLDERS), kind=WorkspaceKind.COORDINATOR,
                                 municipality="Teststad", user_name="Anna de Vries", passphrase=passphrase,
                                 kdf=fast_kdf)
    window = MainWindow(Settings(auto_lock_minutes=5), tmp_path / "config")
    qtbot.addWidget(window)
    window.open_workspace(workspace)
    window.lock(ask=False, reason=LockReason.IDLE)
    return window


def refuse_with_a_delay(qtbot: QtBot, screen: UnlockScreen, folder: Path) -> None:
    """A wrong passphrase after six earlier failures (long ago): the message, and a 32-second wait counting down."""
    throttle = UnlockThrottle.load(folder / THROTTLE_NAME)
    for _ in range(6):
        throttle.record_failure(datetime.now(UTC) - timedelta(hours=1))
    type_and_enter(qtbot, screen.passphrase, "niet het goede wachtwoord")
    qtbot.waitUntil(lambda: "not correct" in screen.message.text(), timeout=10_000)
    assert screen.delay.text() == "Too many wrong attempts. You can try again in 32 seconds."


def assert_texts_fit(screen: UnlockScreen) -> None:
    """Every shown text has the width its longest word needs and the height its wrapped lines need."""
    shown = [label for label in screen.card.findChildren(QLabel) if label.isVisibleTo(screen) and label.text()]
    assert {screen.heading, screen.lock_reason, screen.place, screen.message, screen.delay} <= set(shown)
    for label in shown:
        assert label.minimumSizeHint().width() <= label.width(), label.text()
        assert label.heightForWidth(label.width()) <= label.height(), label.text()
        assert screen.card.contentsRect().contains(label.geometry()), label.text()


@pytest.mark.parametrize(("width", "height", "scrolls"), [(1366, 768, False), (683, 384, False), (640, 260, True)])
def test_the_card_fits_its_texts(qtbot: QtBot, locked_window: MainWindow, width: int, height: int,
                                 scrolls: bool) -> None:
    locked_window.resize(width, height)
    locked_window.show()
    qtbot.waitExposed(locked_window)
    screen = locked_window.unlock_screen
    assert locked_window.folder is not None
    refuse_with_a_delay(qtbot, screen, locked_window.folder)
    qtbot.waitUntil(lambda: assert_texts_fit(screen))
    bar = screen.scroll_area.verticalScrollBar()
    # The whole card shows, also at 200%; a window too low for it scrolls rather than cuts anything off.
    assert (bar.maximum() > 0) == scrolls
    bar.setValue(bar.maximum())
    assert screen.scroll_area.viewport().rect().contains(
        screen.delay.mapTo(screen.scroll_area.viewport(), screen.delay.rect().bottomRight()))


def test_the_countdown_runs_down_and_allows_the_next_attempt(qtbot: QtBot, locked_window: MainWindow) -> None:
    locked_window.show()
    screen = locked_window.unlock_screen
    assert locked_window.folder is not None
    refuse_with_a_delay(qtbot, screen, locked_window.folder)
    assert not screen.unlock_button.isEnabled()
    for _ in range(31):
        screen.countdown.timeout.emit()
    assert screen.delay.text() == "Too many wrong attempts. You can try again in 1 second."
    screen.countdown.timeout.emit()
    assert not screen.delay.isVisibleTo(screen) and not screen.countdown.isActive()
    assert screen.unlock_button.isEnabled()


def test_a_long_path_wraps_at_its_separators_and_inside_a_name_too_long_for_a_line() -> None:
    shown = wrappable_path(Path("/home/anna/Terugkeer") / ("x" * 50))
    assert shown.replace("\u200b", "") == f"/home/anna/Terugkeer/{'x' * 50}"
    assert shown.startswith("/\u200bhome/\u200banna/\u200bTerugkeer/\u200bx\u200bx")

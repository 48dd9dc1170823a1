"""A read-only workspace in the unlock screen and on the command line, in Dutch: its own message, no delay, no
traceback. The folder is made read-only as root cannot write through either: the system says it may not be written
(see tests/integration/test_read_only_workspace.py for chmod, SQLite and file-system errors)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import type_and_enter

from app.domain import WorkspaceKind
from app.settings import Settings
from app.workspace.folder import THROTTLE_NAME, create_workspace
from app.workspace.keyfile import KdfParams
from ui.cli.main import main
from ui.i18n import install_translations
from ui.main_window import MainWindow

READ_ONLY_NL = "De werkmap is alleen-lezen: {path} kan niet worden beschreven."


@pytest.fixture
def read_only_folder(tmp_path: Path, fast_kdf: KdfParams, passphrase: str,
                     monkeypatch: pytest.MonkeyPatch) -> Callable[[], Path]:
    """A locked workspace; calling the fixture's value makes its folder one the system refuses to write."""
    workspace = create_workspace(tmp_path / "werkmap", kind=WorkspaceKind.COORDINATOR, municipality="Teststad",
                                 user_name="Anna de Vries", passphrase=passphrase, kdf=fast_kdf)
    folder = workspace.folder
    workspace.lock()

    def make_read_only() -> Path:
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != folder and real_access(path, mode))
        return folder

    return make_read_only


def test_the_unlock_screen_says_read_only_and_counts_no_attempt(
        qtbot: QtBot, app_language: QApplication, private_home: Path, read_only_folder: Callable[[], Path]) -> None:
    install_translations(app_language, "nl")
    window = MainWindow(Settings(auto_lock_minutes=5), private_home / "config")
    qtbot.addWidget(window)
    folder = read_only_folder()
    window.show_unlock(folder)
    window.show()
    screen = window.unlock_screen
    for attempt in ("niet het goede wachtwoord", "ook niet goed", "nog een keer fout", "en de vierde"):
        type_and_enter(qtbot, screen.passphrase, attempt)
        qtbot.waitUntil(lambda: "alleen-lezen" in screen.message.text(), timeout=10_000)
        assert screen.message.text().startswith(READ_ONLY_NL.format(path=folder))
        assert screen.unlock_button.isEnabled() and not screen.delay.isVisibleTo(screen)
        screen.message.clear()
    assert not (folder / THROTTLE_NAME).exists()


@pytest.mark.parametrize("command", [["check"], ["accounts", "list"], ["report", "--from", "01-01-2024", "--to",
                                                                         "31-12-2024", "--out", "x.csv"]])
def test_every_command_says_read_only_not_damaged_and_no_traceback(
        app_language: QApplication, private_home: Path, read_only_folder: Callable[[], Path], passphrase: str,
        capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    folder = read_only_folder()
    secret = private_home / "wachtwoord.txt"
    secret.write_text(passphrase + "\n", encoding="utf-8")
    code = main([*command, "--workspace", str(folder), "--passphrase-file", str(secret)],
                lambda *_args: 0, lambda: app_language)
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith(READ_ONLY_NL.format(path=folder)) and "IT" in err
    assert "beschadigd" not in err.lower() and "Traceback" not in err and "wachtwoord" not in err.lower()

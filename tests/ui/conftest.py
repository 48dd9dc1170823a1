"""Fixtures for widget tests: a real encrypted workspace (from tests/conftest.py), its context, and dialogs that
record instead of blocking."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.policy import Policy
from app.settings import Settings
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.context import WorkspaceContext
from ui.i18n import install_translations
from ui.operations import Operations
from ui.workspace_view import WorkspaceView

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when pytest-qt creates the QApplication

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "terugkeer_nl.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


@pytest.fixture
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """QStandardPaths (settings, default folders) point into the test's own folder."""
    for variable, folder in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(variable, str(tmp_path / folder))
    return tmp_path


@pytest.fixture
def context(workspace: OpenWorkspace, tmp_path: Path, qapp: object) -> Iterator[WorkspaceContext]:
    """The context of the `workspace` fixture; waits for queued operations before the workspace locks."""
    operations = Operations()
    yield WorkspaceContext(workspace, operations, Settings(), tmp_path / "config")
    operations.wait_until_idle()


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    """Errors that would have been shown in a message box, in order; no modal box ever blocks a test."""
    shown: list[Exception] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error: shown.append(error))
    return shown


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that expects the unsaved-changes question replaces this with the answer it wants."""

    def unexpected(_parent: object) -> dialogs.UnsavedChoice:
        raise AssertionError("unexpected question about unsaved changes")

    monkeypatch.setattr(dialogs, "ask_unsaved_changes", unexpected)


@pytest.fixture(scope="session")
def compiled_dutch() -> Path:
    """resources/translations/*.qm (the app's own, English plurals, the supplement to Qt's), compiled as
    `make translations` does when missing or outdated; the app's own is returned."""
    for ts_file in sorted(TS_FILE.parent.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            continue
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        assert lrelease, f"pyside6-lrelease not found next to {sys.executable}"
        result = subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(qm_file)],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"pyside6-lrelease failed:\n{result.stdout}\n{result.stderr}"
    return QM_FILE


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication, compiled_dutch: Path) -> None:
    """The UI tests read English, as a user who chose English does: the source strings, with the English
    singular of counted messages ("1 correction")."""
    install_translations(qapp, "en")


@pytest.fixture
def app_language(qapp: QApplication, compiled_dutch: Path) -> Iterator[QApplication]:
    """The application, put back in English (and its previous default locale) after the test; the other UI tests
    compare the English source strings."""
    previous_locale = QLocale()
    try:
        yield qapp
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(previous_locale)


@pytest.fixture
def office_context(office: OpenWorkspace, tmp_path: Path, qapp: object) -> Iterator[WorkspaceContext]:
    """The back office's context, with an empty machine policy (tests that need one make their own context)."""
    operations = Operations()
    yield WorkspaceContext(office, operations, Settings(), tmp_path / "office-config", Policy())
    operations.wait_until_idle()


@pytest.fixture
def engine_kind(request: pytest.FixtureRequest) -> str:
    """Screens are tested on the embedded back office; the server's own behaviour is tested in tests/integration,
    and a screen that works differently on the server asks for both (`parametrize("engine_kind", …, indirect=True)`)."""
    return str(getattr(request, "param", "embedded"))


@pytest.fixture
def view(qtbot: QtBot, context: WorkspaceContext) -> WorkspaceView:
    """The screens of the `context` workspace, shown at 1366×768."""
    widget = WorkspaceView(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    return widget

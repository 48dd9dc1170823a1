"""Dutch is what users see: the compiled translation loads through ui.i18n, and switching back to English works.

Other UI tests compare the English source strings, so this test ends with the application in English again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain import CaseStatus
from ui.i18n import install_translations
from ui.labels import status_label
from ui.operations import Operations
from ui.unlock_screen import UnlockScreen

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "terugkeer_nl.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


@pytest.fixture(scope="module")
def compiled_dutch() -> Path:
    """resources/translations/terugkeer_nl.qm, compiled as `make translations` does when missing or outdated."""
    if not QM_FILE.exists() or QM_FILE.stat().st_mtime < TS_FILE.stat().st_mtime:
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        assert lrelease, f"pyside6-lrelease not found next to {sys.executable}"
        result = subprocess.run([lrelease, "-silent", str(TS_FILE), "-qm", str(QM_FILE)],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"pyside6-lrelease failed:\n{result.stdout}\n{result.stderr}"
    return QM_FILE


@pytest.fixture
def app_language(qapp: QApplication, compiled_dutch: Path) -> Iterator[QApplication]:
    """The application, put back in English (and its previous default locale) after the test."""
    previous_locale = QLocale()
    try:
        yield qapp
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(previous_locale)


def unlock_screen(qtbot: QtBot) -> UnlockScreen:
    screen = UnlockScreen(Operations())
    qtbot.addWidget(screen)
    return screen


def plain(text: str) -> str:
    return text.replace("&", "")


def test_dutch_then_english(qtbot: QtBot, app_language: QApplication) -> None:
    install_translations(app_language, "nl")
    dutch = unlock_screen(qtbot)
    assert plain(dutch.unlock_button.text()) == "Ontgrendelen"
    assert plain(dutch.quick_button.text()) == "Ontgrendelen met de systeemsleutelbos"
    assert dutch.passphrase.accessibleName() == "Wachtwoord"
    assert status_label(CaseStatus.AFTERCARE) == "Nazorg"
    assert QCoreApplication.translate("MainWindow", "DEMO — fictional people") == "DEMO — fictieve personen"
    assert QLocale().language() is QLocale.Language.Dutch

    install_translations(app_language, "en")
    english = unlock_screen(qtbot)
    assert plain(english.unlock_button.text()) == "Unlock"
    assert plain(english.quick_button.text()) == "Unlock with the system keyring"
    assert status_label(CaseStatus.AFTERCARE) == "Aftercare"

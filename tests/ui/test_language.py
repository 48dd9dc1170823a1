"""Dutch is what users see: the compiled translation loads through ui.i18n, and switching back to English works.

Other UI tests compare the English source strings, so this test ends with the application in English again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain import CaseStatus
from ui.i18n import install_translations
from ui.lock_reason import LockReason, describe
from ui.operations import Operations
from ui.texts.labels import label
from ui.workspace.unlock_screen import UnlockScreen


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
    assert label(CaseStatus.AFTERCARE) == "Nazorg"
    assert QCoreApplication.translate("MainWindow", "DEMO — fictional people") == "DEMO — fictieve personen"
    assert QLocale().language() is QLocale.Language.Dutch

    install_translations(app_language, "en")
    english = unlock_screen(qtbot)
    assert plain(english.unlock_button.text()) == "Unlock"
    assert plain(english.quick_button.text()) == "Unlock with the system keyring"
    assert label(CaseStatus.AFTERCARE) == "Aftercare"


def test_the_lock_reason_in_dutch(app_language: QApplication) -> None:
    install_translations(app_language, "nl")
    assert describe(LockReason.IDLE, 5) == "Vergrendeld na 5 minuten zonder gebruik."
    assert describe(LockReason.IDLE, 1) == "Vergrendeld na 1 minuut zonder gebruik."
    assert describe(LockReason.SUSPENDED, 5) == "Vergrendeld omdat de computer in slaapstand ging."

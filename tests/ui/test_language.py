"""Dutch is what users see: the compiled translation loads through ui.i18n, and switching back to English works.

Other UI tests compare the English source strings, so this test ends with the application in English again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
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


def test_qts_own_dialogs_are_dutch(qtbot: QtBot, app_language: QApplication) -> None:
    """Qt's file dialog and message box buttons come from Qt's qtbase_nl.qm and the app's supplement to it."""
    install_translations(app_language, "nl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
    dialog = QFileDialog(None, "Opslaan als PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on a desktop without a portal
    qtbot.addWidget(dialog)
    labels = {plain(widget.text()) for widget in dialog.findChildren(QLabel)}
    assert {"Zoeken in:", "Bestandsnaam:", "Bestandstype:"} <= labels
    box = QMessageBox(QMessageBox.Icon.Question, "Terugkeer", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert {plain(button.text()) for button in box.buttons()} == {"Ja", "Nee"}


def test_counts_read_as_dutch_and_english(app_language: QApplication) -> None:
    """Counted messages use Qt's plural forms: "1 regel", "2 regels"; in English "1 entry", "2 entries"."""
    install_translations(app_language, "nl")
    assert QCoreApplication.translate("AccessHistoryDialog", "%n entries", "", 1) == "1 regel"
    assert QCoreApplication.translate("AccessHistoryDialog", "%n entries", "", 2) == "2 regels"
    assert QCoreApplication.translate("NotificationsScreen", "Give the %n selected notifications to:", "", 1) \
        == "De gekozen melding toewijzen aan:"
    install_translations(app_language, "en")
    assert QCoreApplication.translate("AccessHistoryDialog", "%n entries", "", 1) == "1 entry"
    assert QCoreApplication.translate("AccessHistoryDialog", "%n entries", "", 2) == "2 entries"

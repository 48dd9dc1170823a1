"""Every modal question and message goes through these small helpers, so tests can replace them."""

from __future__ import annotations

import logging
import traceback
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import TerugkeerError
from ui.messages import error_text

log = logging.getLogger(__name__)



def show_error(parent: QWidget | None, error: Exception) -> None:
    """The user's message for an error; unexpected errors are logged by type and place only (no data)."""
    if isinstance(error, TerugkeerError):
        text = error_text(error)
    else:
        frames = traceback.extract_tb(error.__traceback__)[-5:]
        log.error("Unexpected %s at %s", type(error).__name__,
                  " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames)))
        text = QCoreApplication.translate("Dialogs", "Something unexpected went wrong. Nothing was saved from this action. If it happens again, contact IT.")
    QMessageBox.warning(parent, "Terugkeer", text)


def show_info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, "Terugkeer", text)


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved_changes(parent: QWidget | None) -> UnsavedChoice:
    """Save, discard or stay, when leaving a form with unsaved changes."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, "Terugkeer", QCoreApplication.translate("Dialogs", "This form has unsaved changes. Save them?"),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
    )
    return {buttons.Save: UnsavedChoice.SAVE, buttons.Discard: UnsavedChoice.DISCARD}.get(
        answer, UnsavedChoice.CANCEL)


def ask_yes_no(parent: QWidget | None, question: str) -> bool:
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(parent, "Terugkeer", question, buttons.Yes | buttons.No, buttons.No) == buttons.Yes

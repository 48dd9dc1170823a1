"""Every modal question and message goes through these small helpers, so tests can replace them."""

from __future__ import annotations

import logging
import traceback
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.errors import TerugkeerError
from ui.texts.messages import error_text

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


def ask_printer(parent: QWidget | None, page_count: int = 0) -> QPrinter | None:
    """The printer and settings the user chooses in the system's print dialog; None when cancelled. With a
    `page_count`, the dialog offers a page range within it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if page_count:
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, page_count)
        printer.setFromTo(1, page_count)
    else:
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def confirm_unencrypted_export(parent: QWidget | None) -> bool:
    """The warning before a PDF leaves the encrypted workspace: OK to go on, Cancel to stop."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.warning(
        parent, "Terugkeer",
        QCoreApplication.translate("Dialogs", "A saved PDF is not encrypted: anyone who can open the file can read this client's data. Keep it only where your municipality allows personal data to be stored, and delete it when it is no longer needed."),
        buttons.Ok | buttons.Cancel, buttons.Cancel)
    return answer == buttons.Ok


def ask_save_pdf(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save a PDF (the system's save dialog, which asks before replacing a file); None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Dialogs", "Save as PDF"), str(suggested),
        QCoreApplication.translate("Dialogs", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")


def ask_folder(parent: QWidget | None, start: Path) -> Path | None:
    """A folder to save several PDFs in; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Dialogs", "Choose a folder for the PDFs"), str(start))
    return Path(chosen) if chosen else None


# --- synchronisation ----------------------------------------------------------------------------------------------


def ask_identity_file(parent: QWidget | None, start: Path) -> Path | None:
    """The other device's key file to add; None when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Dialogs", "Choose the other device's key file"), str(start),
        QCoreApplication.translate("Dialogs", "Key files (*.json);;All files (*)"))
    return Path(chosen) if chosen else None


def ask_save_identity_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save this device's key file (the system's save dialog, which asks before replacing a file)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Dialogs", "Save key file"), str(suggested),
        QCoreApplication.translate("Dialogs", "Key files (*.json)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".json" else path.with_name(f"{path.name}.json")


def ask_export_folder(parent: QWidget | None, start: Path) -> Path | None:
    """The folder (usually the USB stick) to write a bundle in; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Dialogs", "Choose where to put the bundle (for example the USB stick)"),
        str(start))
    return Path(chosen) if chosen else None


def ask_bundle_files(parent: QWidget | None, start: Path) -> list[Path]:
    """The bundles to read in (several may be chosen); empty when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("Dialogs", "Choose the bundles to read in"), str(start),
        QCoreApplication.translate("Dialogs", "Terugkeer bundles (*.terugkeer)"))
    return [Path(name) for name in chosen]


def ask_import_folder(parent: QWidget | None, start: Path) -> Path | None:
    """A folder whose bundles are all read in; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Dialogs", "Choose the folder with the bundles (for example the USB stick)"),
        str(start))
    return Path(chosen) if chosen else None


def ask_choice(parent: QWidget | None, question: str, choices: list[str]) -> int | None:
    """The index of the choice the user picks from a list; None when cancelled."""
    chosen, ok = QInputDialog.getItem(parent, "Terugkeer", question, choices, 0, False)
    return choices.index(chosen) if ok and chosen in choices else None


# --- back office --------------------------------------------------------------------------------------------------


def ask_notifications_file(parent: QWidget | None, start: Path) -> Path | None:
    """The prison system's list of notifications to read in (CSV or Excel); None when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Dialogs", "Choose the list of notifications"), str(start),
        QCoreApplication.translate("Dialogs", "Notification lists (*.csv *.xlsx);;All files (*)"))
    return Path(chosen) if chosen else None


def ask_save_csv(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Where to save a CSV file (the system's save dialog, which asks before replacing a file); None when
    cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), QCoreApplication.translate("Dialogs", "CSV for Excel (*.csv)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".csv" else path.with_name(f"{path.name}.csv")


REPORT_SUFFIXES = (".csv", ".xlsx", ".pdf")


def ask_save_report(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save the monitor report; the file type follows the chosen filter when the name has no suffix of
    its own. None when cancelled."""
    filters = [QCoreApplication.translate("Dialogs", "CSV for Excel (*.csv)"),
               QCoreApplication.translate("Dialogs", "Excel workbook (*.xlsx)"),
               QCoreApplication.translate("Dialogs", "PDF report (*.pdf)")]
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Dialogs", "Export the monitor"), str(suggested), ";;".join(filters))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() in REPORT_SUFFIXES:
        return path
    suffix = REPORT_SUFFIXES[filters.index(chosen_filter)] if chosen_filter in filters else ".csv"
    return path.with_name(f"{path.name}{suffix}")

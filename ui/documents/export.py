"""Saving a document as a PDF file: the suggested names and the folder last used (the atomic write itself is
app.atomic.write_output).

An exported PDF is not encrypted; the user is warned before one is saved (dialogs.confirm_unencrypted_export).
Suggested names carry a short case id, never the client's name: a file name shows in folder listings, recent-file
lists and backups. The folder last used is remembered for this session only (settings never hold anything that
points at personal data).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.casework.documents import DocumentKind


class _Session:
    last_folder: Path | None = None


def last_folder() -> Path:
    """Where the save dialogs start: the folder used last in this session, else the home folder."""
    return _Session.last_folder or Path.home()


def remember_folder(folder: Path) -> None:
    _Session.last_folder = folder


def short_case_id(case_id: str) -> str:
    return case_id[:8]


def file_name(kind: DocumentKind, case_id: str) -> str:
    """"Plan van aanpak 1a2b3c4d.pdf" or "Toestemmingsformulier 1a2b3c4d.pdf" (translated)."""
    if kind is DocumentKind.PLAN:
        name = QCoreApplication.translate("PdfExport", "Plan of approach {case}.pdf")
    else:
        name = QCoreApplication.translate("PdfExport", "Consent form {case}.pdf")
    return name.format(case=short_case_id(case_id))

"""Saving a document as a PDF file: the suggested names and the folder last used (the atomic write itself is
app.atomic.write_output).

An exported PDF is not encrypted; the user is warned before one is saved (dialogs.confirm_unencrypted_export).
A plan's file name says whose plan it is, whether saved alone or in a batch: surname, initial, short case id (two
cases of one person differ) and the date, in characters every file system takes. The consent form saved from its
preview carries the short case id. The folder last used
is remembered for this session only (settings never hold anything that points at personal data).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.casework.documents import DocumentKind
from app.casework.plan_batch import PlanOwner

# Not allowed in a Windows file name (with the control characters); replaced by a space.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


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


def plan_file_name(owner: PlanOwner, day: date) -> str:
    """"Plan van aanpak - Bakker K - 3f2a9c1d - 06-12-2026.pdf" (translated), safe as a Windows file name."""
    person = " ".join(part for part in (owner.surname, owner.initial) if part)
    name = QCoreApplication.translate("PdfExport", "Plan of approach - {person} - {case} - {date}.pdf").format(
        person=person, case=short_case_id(owner.case_id), date=day.strftime("%d-%m-%Y"))
    return " ".join(_UNSAFE.sub(" ", name).split())

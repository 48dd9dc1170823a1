"""Saving a document as a PDF file: the suggested names, the folder last used and the atomic write.

An exported PDF is not encrypted; the user is warned before one is saved (dialogs.confirm_unencrypted_export).
Suggested names carry a short case id, never the client's name: a file name shows in folder listings, recent-file
lists and backups. The folder last used is remembered for this session only (settings never hold anything that
points at personal data).
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.atomic import write_atomic
from app.errors import TerugkeerError
from ui.documents.store import DocumentKind

_NO_ROOM = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


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


def save_error(error: OSError, path: Path) -> TerugkeerError:
    """The user's error for a failed write of `path`: a full disk or quota says so, anything else names the file."""
    if error.errno in _NO_ROOM:
        return TerugkeerError("disk_full", path=str(path.parent))
    return TerugkeerError("output_not_writable", path=str(path))


def write_pdf(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (a failed write leaves no half file). Raises TerugkeerError "disk_full"
    or "output_not_writable"."""
    try:
        write_atomic(path, data)
    except OSError as error:
        raise save_error(error, path) from None

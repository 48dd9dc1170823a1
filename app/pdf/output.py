"""Where a made PDF goes outside the app: the letterhead's logo when its file is there, and the atomic write of an
exported PDF with the user's error when it fails. For the screens and the command line alike.

An exported PDF is not encrypted; the caller warns the user before one is saved.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.atomic import write_atomic
from app.errors import TerugkeerError

_NO_ROOM = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def usable_logo(path: Path | None) -> Path | None:
    """The municipality's logo named by the machine policy, when the file is there: a logo that went missing
    leaves the letterhead with the municipality's name only, rather than making every document fail."""
    return path if path is not None and path.is_file() else None


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

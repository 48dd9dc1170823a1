"""A workspace that cannot be written: a write-protected USB stick, a copy on a read-only share, a folder or database
file without write permission or with the immutable attribute.

Unlocking writes (the audit log, the failed-attempt count, SQLite's -wal and -shm files), so such a workspace is told
as what it is ("workspace_read_only", naming the path) before any passphrase is tried: never as a wrong passphrase,
never counted towards the unlock delay, never as damage, and never as a traceback. `require_writable` asks the
operating system without writing; where it cannot tell (permissions on Windows are ACLs `os.access` does not read),
`read_only_cause` tries a write after an operation failed, and `is_read_only_error` classifies the error itself.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from app.errors import WorkspaceError

# EACCES: no permission (also Windows' "access denied"); EPERM: e.g. the immutable attribute; EROFS: a read-only
# file system.
READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
SQLITE_READ_ONLY = "readonly database"  # SQLITE_READONLY: "attempt to write a readonly database"


class ReadOnlyWorkspaceError(WorkspaceError):
    """The workspace folder or one of its files cannot be written; `path` names which."""

    def __init__(self, path: Path) -> None:
        super().__init__("workspace_read_only", path=str(path))


def is_read_only_error(error: BaseException) -> bool:
    """Whether `error` says a file cannot be written (an OSError of READ_ONLY_ERRNOS, or SQLite's read-only
    database error, also as SQLAlchemy wraps it), as opposed to a wrong key or damage."""
    if isinstance(error, OSError):
        return error.errno in READ_ONLY_ERRNOS
    original = getattr(error, "orig", None) or error
    return SQLITE_READ_ONLY in str(original).lower()


def workspace_files(folder: Path, names: tuple[str, ...]) -> list[Path]:
    """The folder, then those of `names` in it that exist (and the database's -wal and -shm files with it)."""
    return [folder, *(path for name in names for path in (folder / name, folder / f"{name}-wal", folder / f"{name}-shm")
                      if path.exists())]


def require_writable(folder: Path, names: tuple[str, ...]) -> None:
    """Raise ReadOnlyWorkspaceError naming the first of the folder and its files `names` that cannot be written."""
    for path in workspace_files(folder, names):
        if not os.access(path, os.W_OK):
            raise ReadOnlyWorkspaceError(path)


def read_only_cause(folder: Path, names: tuple[str, ...]) -> Path | None:
    """After a failure: the first of the folder and its files `names` that a real write attempt finds read-only
    (a temporary file made and removed in the folder; the files opened for writing, not changed), or None."""
    for path in workspace_files(folder, names):
        try:
            if path.is_dir():
                with tempfile.TemporaryFile(dir=path):
                    pass
            else:
                with path.open("r+b"):
                    pass
        except OSError as error:
            if is_read_only_error(error):
                return path
    return None

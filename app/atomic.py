"""Atomic file writes, the one way files that matter are written (key files, bundles, exported documents): a
temporary file in the same folder, fsync, os.replace, strict permissions.

`atomic_file` streams a large file and lets its writer read it back before it takes its name (a bundle checks the
bytes on the stick); `write_atomic` writes bytes at once; `write_output` is the same for a file the user asked for,
with the user's error when it fails. Many files written into one folder (a batch of plans) may leave the fsync of the
folder, which makes their new names durable, to one `fsync_dir` after the last of them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import TerugkeerError

NO_ROOM = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class PendingFile:
    """A file being written under a temporary name beside its target; it takes the target's name only when the
    `atomic_file` block ends without an error."""

    def __init__(self, handle: BinaryIO, temporary: Path) -> None:
        self.handle = handle
        self.temporary = temporary
        self._finished = False

    def write(self, data: bytes) -> None:
        self.handle.write(data)

    def finish(self, *, drop_cache: bool = False) -> None:
        """Flush and fsync what was written, so the file can be read back before it takes its name. `drop_cache`:
        ask the OS to forget the written pages, so that reading back reads the disk (or stick), not the cache."""
        if self._finished:
            return
        self.handle.flush()
        os.fsync(self.handle.fileno())
        if drop_cache and hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(self.handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        self._finished = True


@contextlib.contextmanager
def atomic_file(path: Path, *, mode: int = 0o600, suffix: str = ".tmp", sync_folder: bool = True
                ) -> Iterator[PendingFile]:
    """Write `path` through the PendingFile this yields. When the block ends normally the file is finished (if the
    block did not) and replaces `path`; on any error the temporary `.NAME.*SUFFIX` is removed and an existing file
    at `path` is untouched. A crash leaves the old file or the new one, never a mix; without `sync_folder` the
    caller makes the new name durable (`fsync_dir`). Raises OSError."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    temporary = Path(name)
    try:
        try:
            if hasattr(os, "fchmod"):  # not on Windows, where ACLs of the profile folder apply
                os.fchmod(fd, mode)
            handle = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            raise
        with handle:
            pending = PendingFile(handle, temporary)
            yield pending
            pending.finish()
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    if sync_folder:
        fsync_dir(path.parent)


def write_atomic(path: Path, data: bytes, mode: int = 0o600, *, sync_folder: bool = True) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file, never a mix."""
    with atomic_file(path, mode=mode, sync_folder=sync_folder) as pending:
        pending.write(data)


def write_output(path: Path, data: bytes, mode: int = 0o600, *, sync_folder: bool = True) -> None:
    """`write_atomic` for a file the user asked for (a key file, a document): raises TerugkeerError "disk_full"
    (path: the folder) or "output_not_writable" (path: the file)."""
    try:
        write_atomic(path, data, mode, sync_folder=sync_folder)
    except OSError as error:
        raise output_error(error, path) from None


def output_error(error: OSError, path: Path) -> TerugkeerError:
    """The user's error for a failed write of `path`: a full disk or quota says so, anything else names the file."""
    if error.errno in NO_ROOM:
        return TerugkeerError("disk_full", path=str(path.parent))
    return TerugkeerError("output_not_writable", path=str(path))


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

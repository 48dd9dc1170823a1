"""Which failures mean "the workspace cannot be written" (told as such), as opposed to a wrong key or damage. Runs
everywhere, also as root, where permissions do not stop a write."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy.exc import OperationalError

from app.workspace.writable import ReadOnlyWorkspaceError, is_read_only_error, read_only_cause, require_writable


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM, errno.EROFS])
def test_no_permission_an_immutable_file_and_a_read_only_file_system_are_read_only(code: int) -> None:
    assert is_read_only_error(OSError(code, os.strerror(code), "/media/usb/werkmap"))


@pytest.mark.parametrize("code", [errno.ENOENT, errno.ENOSPC, errno.EIO])
def test_other_file_errors_are_not(code: int) -> None:
    assert not is_read_only_error(OSError(code, os.strerror(code)))


def test_sqlite_s_read_only_database_error_is_read_only_also_as_sqlalchemy_wraps_it() -> None:
    raw = sqlcipher3.OperationalError("attempt to write a readonly database")
    assert is_read_only_error(raw)
    assert is_read_only_error(OperationalError("INSERT INTO audit_entry ...", {}, raw))


@pytest.mark.parametrize("message", ["file is not a database", "database disk image is malformed",
                                     "unable to open database file"])
def test_a_wrong_key_or_damage_is_not(message: str) -> None:
    assert not is_read_only_error(sqlcipher3.DatabaseError(message))


def test_require_writable_names_the_first_path_the_system_refuses(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "terugkeer.db").write_bytes(b"x")
    (tmp_path / "terugkeer.db-wal").write_bytes(b"")
    refused = {tmp_path / "terugkeer.db-wal"}
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) not in refused and real_access(path, mode))
    with pytest.raises(ReadOnlyWorkspaceError) as caught:
        require_writable(tmp_path, ("terugkeer.db",))
    assert caught.value.code == "workspace_read_only"
    assert caught.value.params == {"path": str(tmp_path / "terugkeer.db-wal")}
    refused.clear()
    require_writable(tmp_path, ("terugkeer.db",))


def test_read_only_cause_tries_a_real_write_and_finds_nothing_in_a_writable_folder(tmp_path: Path,
                                                                                   monkeypatch: pytest.MonkeyPatch
                                                                                   ) -> None:
    (tmp_path / "terugkeer.db").write_bytes(b"unchanged")
    assert read_only_cause(tmp_path, ("terugkeer.db",)) is None
    assert (tmp_path / "terugkeer.db").read_bytes() == b"unchanged" and len(list(tmp_path.iterdir())) == 1

    def read_only_open(self: Path, *_args: object, **_kwargs: object) -> object:
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "open", read_only_open)
    assert read_only_cause(tmp_path, ("terugkeer.db",)) == tmp_path / "terugkeer.db"

"""A workspace that cannot be written (a write-protected stick, a read-only share, permissions) is told as such: never
a wrong passphrase, never a counted attempt, never "damaged", never a traceback. Permissions do not stop root, so the
tests with chmod run only for another user; the others make the workspace read-only in ways root cannot write
through either: the system's answer to "may I write?", SQLite opening the database read-only, a read-only file
system's error."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlcipher3

from app.check import check_workspace
from app.errors import KeyFileError, TerugkeerError
from app.workspace import unlock_throttle
from app.workspace.folder import (
    DATABASE_NAME,
    THROTTLE_NAME,
    keyfile_path,
    unlock,
    unlock_wait_seconds,
    unlock_with_key,
)
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from app.workspace.writable import ReadOnlyWorkspaceError

from .helpers import audit_rows

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_permissions = pytest.mark.skipif(AS_ROOT, reason="root writes whatever the permissions say; the tests below "
                                                       "make the workspace read-only in ways that stop root too")


@pytest.fixture
def folder(workspace: OpenWorkspace) -> Path:
    """The `workspace` fixture's folder, locked."""
    workspace.lock()
    return workspace.folder


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    def derive(*_args: object) -> bytes:
        raise AssertionError("a passphrase was tried on a read-only workspace")

    monkeypatch.setattr(KdfParams, "derive", derive)


def _refused_as_read_only(folder: Path, passphrase: str, path: Path) -> None:
    for attempt in (passphrase, passphrase + "?", passphrase + "!", passphrase + "#", passphrase):
        with pytest.raises(ReadOnlyWorkspaceError) as caught:
            unlock(folder, attempt)
        assert caught.value.code == "workspace_read_only" and caught.value.params == {"path": str(path)}
    with pytest.raises(ReadOnlyWorkspaceError):
        check_workspace(folder, passphrase)
    assert unlock_wait_seconds(folder) == 0 and not (folder / THROTTLE_NAME).exists()


@contextmanager
def _without_write_permission(path: Path) -> Iterator[None]:
    mode = path.stat().st_mode
    path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        yield
    finally:
        path.chmod(mode)


@needs_permissions
def test_a_folder_without_write_permission_is_read_only_not_a_wrong_passphrase(folder: Path, passphrase: str) -> None:
    with _without_write_permission(folder):
        _refused_as_read_only(folder, passphrase, folder)
    unlock(folder, passphrase).lock()


@needs_permissions
def test_a_database_file_without_write_permission_is_read_only_not_a_traceback(folder: Path,
                                                                               passphrase: str) -> None:
    with _without_write_permission(folder / DATABASE_NAME):
        _refused_as_read_only(folder, passphrase, folder / DATABASE_NAME)


def test_a_folder_the_system_calls_read_only_is_refused_before_any_passphrase_is_tried(
        folder: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch, no_derivation: None) -> None:
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != folder and real_access(path, mode))
    _refused_as_read_only(folder, passphrase, folder)
    with pytest.raises(ReadOnlyWorkspaceError):
        unlock_with_key(folder, bytes(32))


def test_a_database_sqlite_can_only_read_is_read_only_and_leaves_nothing_open(
        folder: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only file looks like where the system's answer misses it (e.g. permissions in a Windows ACL)."""
    real_connect = sqlcipher3.connect
    monkeypatch.setattr(sqlcipher3, "connect",
                        lambda database, **options: real_connect(database.replace("mode=rw", "mode=ro"), **options))
    with pytest.raises(ReadOnlyWorkspaceError) as caught:
        unlock(folder, passphrase)
    assert caught.value.params == {"path": str(folder)}
    assert unlock_wait_seconds(folder) == 0
    monkeypatch.undo()
    reopened = unlock(folder, passphrase)
    assert [entry["action"] for entry in audit_rows(reopened)][-2:] == ["lock", "unlock"]  # none of the refused one
    reopened.lock()


def test_a_read_only_file_system_met_while_counting_a_wrong_passphrase_is_read_only(
        folder: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only_file_system(path: Path, _data: bytes, **_options: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(unlock_throttle, "write_atomic", read_only_file_system)
    with pytest.raises(ReadOnlyWorkspaceError):
        unlock(folder, passphrase + "?")


def test_a_key_file_with_tampered_kdf_parameters_is_damaged_not_a_wrong_passphrase(
        folder: Path, passphrase: str, no_derivation: None) -> None:
    path = keyfile_path(folder)
    path.write_text(path.read_text().replace('"memory_kib": 8192', '"memory_kib": 4194304'))
    for _ in range(4):
        with pytest.raises(KeyFileError) as caught:
            unlock(folder, passphrase)
        assert caught.value.code == "keyfile_damaged"
    with pytest.raises(TerugkeerError) as checked:
        check_workspace(folder, passphrase)
    assert checked.value.code == "keyfile_damaged"
    assert unlock_wait_seconds(folder) == 0

"""Nothing readable on disk: no SQLite header, no name, no BSN, in any file of the workspace, open or locked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.casework.cases import Changes
from app.domain import WorkspaceKind
from app.errors import WorkspaceError
from app.workspace.folder import create_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.layout import DATABASE_NAME, KEYFILE_NAME
from app.workspace.session import OpenWorkspace

from .helpers import CANARY_BSN, CANARY_SURNAME, file_contents

SQLITE_HEADER = b"SQLite format 3\x00"
SECRETS = (CANARY_SURNAME.encode(), CANARY_BSN.encode(), b"Kanariestraat", b"eerste gesprek")


def _assert_sealed(folder: Path, passphrase: str) -> None:
    contents = file_contents(folder)
    assert folder / DATABASE_NAME in contents
    for path, content in contents.items():
        assert not content.startswith(SQLITE_HEADER), f"{path.name} is a plaintext SQLite file"
        for secret in (*SECRETS, passphrase.encode()):
            assert secret not in content, f"{path.name} contains {secret!r}"


def test_new_database_and_wal_are_encrypted(tmp_path: Path, fast_kdf: KdfParams, passphrase: str) -> None:
    workspace = create_workspace(tmp_path / "new", kind=WorkspaceKind.COORDINATOR, municipality="Teststad",
                                 user_name="Test", passphrase=passphrase, kdf=fast_kdf)
    database = workspace.folder / DATABASE_NAME
    wal = workspace.folder / f"{DATABASE_NAME}-wal"
    for path in (database, wal):  # right after creation both hold pages: the schema sits in the WAL
        content = path.read_bytes()
        assert content, f"{path.name} is empty"
        assert not content.startswith(SQLITE_HEADER), f"{path.name} is a plaintext SQLite file"
    workspace.lock()


def test_the_canary_is_really_stored(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    # Guard for the tests below: the secrets are in the database, so not finding them on disk means something.
    with workspace.unit_of_work() as uow:
        client = uow.cases.client(kanariepiet.client_ids[0])
        assert client is not None
        assert (client.surname, client.bsn) == (CANARY_SURNAME, CANARY_BSN)


def test_no_personal_data_in_any_file_while_unlocked(
    workspace: OpenWorkspace, kanariepiet: Changes, passphrase: str
) -> None:
    assert (workspace.folder / f"{DATABASE_NAME}-wal").exists()  # the fresh writes sit in the WAL: check it too
    _assert_sealed(workspace.folder, passphrase)


def test_no_personal_data_in_any_file_after_lock(
    workspace: OpenWorkspace, kanariepiet: Changes, passphrase: str
) -> None:
    workspace.lock()
    _assert_sealed(workspace.folder, passphrase)
    assert (workspace.folder / DATABASE_NAME).stat().st_size > 0


def test_lock_leaves_only_the_database_and_the_key_file(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    workspace.lock()
    assert sorted(p.name for p in workspace.folder.iterdir()) == sorted([DATABASE_NAME, KEYFILE_NAME])


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_workspace_files_are_private(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    workspace.lock()
    assert workspace.folder.stat().st_mode & 0o077 == 0
    for path in file_contents(workspace.folder):
        assert path.stat().st_mode & 0o077 == 0, f"{path.name} is readable by others"


def test_locked_workspace_refuses_work(workspace: OpenWorkspace) -> None:
    workspace.lock()
    assert workspace.is_locked
    with pytest.raises(WorkspaceError):
        workspace.unit_of_work()
    with pytest.raises(WorkspaceError):
        _ = workspace.data_key

"""Encrypted backups of the database, in the workspace's backups folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.casework.cases import Changes
from app.check import check_with_key
from app.workspace.folder import BACKUP_FOLDER, DATABASE_NAME, backup_database
from app.workspace.keyfile import new_data_key
from app.workspace.session import OpenWorkspace
from db.engine import WrongKeyError, connect_raw

from .helpers import CANARY_BSN, CANARY_SURNAME

SQLITE_HEADER = b"SQLite format 3\x00"


def test_backup_is_an_encrypted_copy_with_the_data(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    target = backup_database(workspace.folder, workspace.data_key, "handmatig")

    assert target.parent == workspace.folder / BACKUP_FOLDER
    assert target.name.startswith("terugkeer-")
    assert target.name.endswith("-handmatig.db")
    content = target.read_bytes()
    assert content
    assert not content.startswith(SQLITE_HEADER)
    assert CANARY_SURNAME.encode() not in content
    assert CANARY_BSN.encode() not in content

    connection = connect_raw(target, workspace.data_key)
    try:
        surname, bsn = connection.execute("SELECT surname, bsn FROM client").fetchone()
        audit_count = connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    finally:
        connection.close()
    assert (surname, bsn) == (CANARY_SURNAME, CANARY_BSN)
    assert audit_count == 4


def test_backup_does_not_open_with_another_key(workspace: OpenWorkspace, kanariepiet: Changes) -> None:
    target = backup_database(workspace.folder, workspace.data_key, "handmatig")
    with pytest.raises(WrongKeyError):
        connect_raw(target, new_data_key())


def test_backup_passes_the_integrity_check(workspace: OpenWorkspace, kanariepiet: Changes, tmp_path: Path) -> None:
    target = backup_database(workspace.folder, workspace.data_key, "handmatig")
    restored = tmp_path / "restored"
    restored.mkdir()
    (restored / DATABASE_NAME).write_bytes(target.read_bytes())
    assert check_with_key(restored, workspace.data_key).ok


def test_backups_folder_is_private_and_leaves_no_partial_file(
    workspace: OpenWorkspace, kanariepiet: Changes
) -> None:
    backup_database(workspace.folder, workspace.data_key, "handmatig")
    backups = workspace.folder / BACKUP_FOLDER
    assert backups.stat().st_mode & 0o077 == 0
    assert [path.suffix for path in backups.iterdir()] == [".db"]  # no partial copy, no journal left behind

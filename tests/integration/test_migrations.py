"""Schema versions: a new workspace is at head; a database from a newer version is refused untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import NewerVersionError
from app.workspace.folder import BACKUP_FOLDER, THROTTLE_NAME, OpenWorkspace, database_path, unlock, unlock_with_key
from db import migrate
from db.engine import connect_raw, open_engine

from .helpers import file_contents


def test_fresh_workspace_is_at_head(workspace: OpenWorkspace) -> None:
    engine = open_engine(database_path(workspace.folder), workspace.data_key)
    try:
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        engine.dispose()


def test_head_is_a_known_revision() -> None:
    assert migrate.head_revision() in migrate.known_revisions()
    assert "ffff" not in migrate.known_revisions()


def _from_the_future(workspace: OpenWorkspace) -> tuple[Path, bytes]:
    key = workspace.data_key
    workspace.lock()
    connection = connect_raw(database_path(workspace.folder), key)
    try:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    finally:
        connection.close()
    return workspace.folder, key


def test_database_from_a_newer_version_is_refused_and_left_unchanged(
    workspace: OpenWorkspace, passphrase: str
) -> None:
    folder, _key = _from_the_future(workspace)
    before = file_contents(folder)
    with pytest.raises(NewerVersionError) as caught:
        unlock(folder, passphrase)
    assert caught.value.code == "database_newer"
    assert caught.value.params == {"revision": "ffff"}
    assert file_contents(folder) == before  # no migration, no backup, no audit entry, no counted failure
    assert not (folder / BACKUP_FOLDER).exists()
    assert not (folder / THROTTLE_NAME).exists()


def test_quick_unlock_of_a_newer_database_is_refused_too(workspace: OpenWorkspace) -> None:
    folder, key = _from_the_future(workspace)
    before = file_contents(folder)
    with pytest.raises(NewerVersionError):
        unlock_with_key(folder, key)
    assert file_contents(folder) == before

"""Workspaces made by earlier versions keep opening. Every persisted format version has a stored sample in
tests/data (fictional data, encrypted); a new schema or key-file version adds its own sample, and this test
proves that the older ones are upgraded, not refused or damaged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.casework.register import load_register
from app.check import check_with_key
from app.workspace.folder import BACKUP_FOLDER, keyfile_path, unlock
from app.workspace.keyfile import load_keyfile
from db import migrate

SAMPLES = Path(__file__).parents[1] / "data"
# (sample folder, its passphrase, the schema revision it was made with)
STORED = [
    ("workspace-v1", "stored sample of version 1", "0001"),
    ("workspace-v2", "stored sample of version 2", "0002"),  # with one intake started
    ("workspace-v3", "stored sample of version 3", "0003"),  # with intakes, plans and a consent
    ("workspace-v4", "stored sample of version 4", "0004"),  # device keys; its key file is version 1
]


@pytest.mark.parametrize(("sample", "passphrase", "revision"), STORED)
def test_stored_workspace_opens_upgraded_and_intact(tmp_path: Path, sample: str, passphrase: str,
                                                     revision: str) -> None:
    folder = tmp_path / sample
    shutil.copytree(SAMPLES / sample, folder)  # never touch the stored sample itself
    workspace = unlock(folder, passphrase)
    try:
        rows = load_register(workspace, frozenset())
        with workspace.unit_of_work() as uow:
            assert migrate.current_revision(uow.session.connection()) == migrate.head_revision()
        assert len(rows) == 3
        assert all(row.bsn.startswith("99") for row in rows)  # the demo's fictional series
        assert workspace.summary.demo
        report = check_with_key(folder, workspace.data_key)
        assert report.ok
        # its one user became its first account, and the key file its first slot
        assert workspace.account.login == workspace.summary.user_name
        assert load_keyfile(keyfile_path(folder)).logins == [workspace.account.login]
        upgraded = revision != migrate.head_revision()
        assert (folder / BACKUP_FOLDER).is_dir() == upgraded  # an upgrade first makes an encrypted backup
    finally:
        workspace.lock()

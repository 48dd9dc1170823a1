"""Passphrase change (rewrap only) and data key rotation (rekey), including a rotation cut short by a crash."""

from __future__ import annotations

import pytest

from app.casework.cases import Changes, open_case
from app.check import check_with_key
from app.errors import WeakPassphraseError, WrongPassphraseError
from app.workspace.folder import (
    BACKUP_FOLDER,
    PENDING_KEYFILE_NAME,
    backup_database,
    database_path,
    keyfile_path,
    unlock,
)
from app.workspace.keyfile import load_keyfile, new_data_key
from app.workspace.session import OpenWorkspace
from db.engine import WrongKeyError, connect_raw
from db.maintenance import rekey

from .helpers import CANARY_SURNAME, audit_rows, sha256

NEW_PASSPHRASE = "a different passphrase, also long"


def _checkpoint(workspace: OpenWorkspace) -> None:
    """Move everything from the WAL into the database file, so the file alone shows what is stored."""
    connection = connect_raw(database_path(workspace.folder), workspace.data_key)
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
    finally:
        connection.close()


def _surname(workspace: OpenWorkspace, changes: Changes) -> str:
    return open_case(workspace, changes.case_ids[0]).client.surname


# --- change passphrase -------------------------------------------------------------------------------------------


def test_after_change_the_new_passphrase_unlocks_and_the_old_does_not(
    workspace: OpenWorkspace, kanariepiet: Changes, passphrase: str, lock_later: list[OpenWorkspace]
) -> None:
    workspace.change_passphrase(passphrase, NEW_PASSPHRASE)
    workspace.lock()
    with pytest.raises(WrongPassphraseError):
        unlock(workspace.folder, passphrase)
    reopened = unlock(workspace.folder, NEW_PASSPHRASE)
    lock_later.append(reopened)
    assert _surname(reopened, kanariepiet) == CANARY_SURNAME


def test_change_passphrase_rewraps_without_touching_the_database(
    workspace: OpenWorkspace, kanariepiet: Changes, passphrase: str
) -> None:
    data_key = workspace.data_key
    _checkpoint(workspace)
    database_before = sha256(database_path(workspace.folder))
    keyfile_before = keyfile_path(workspace.folder).read_bytes()

    workspace.change_passphrase(passphrase, NEW_PASSPHRASE)

    assert sha256(database_path(workspace.folder)) == database_before  # no page re-encrypted
    assert keyfile_path(workspace.folder).read_bytes() != keyfile_before
    assert workspace.data_key == data_key
    assert load_keyfile(keyfile_path(workspace.folder)).unwrap(NEW_PASSPHRASE) == data_key
    workspace.lock()
    connect_raw(database_path(workspace.folder), data_key).close()  # the same key still opens the file


def test_change_passphrase_is_audited(workspace: OpenWorkspace, passphrase: str) -> None:
    workspace.change_passphrase(passphrase, NEW_PASSPHRASE)
    last = audit_rows(workspace)[-1]
    assert (last["action"], last["purpose"], last["outcome"]) == ("passphrase_changed", "security", "success")


def test_change_passphrase_with_the_wrong_old_one_changes_nothing(
    workspace: OpenWorkspace, passphrase: str
) -> None:
    keyfile_before = keyfile_path(workspace.folder).read_bytes()
    with pytest.raises(WrongPassphraseError):
        workspace.change_passphrase(passphrase + "?", NEW_PASSPHRASE)
    assert keyfile_path(workspace.folder).read_bytes() == keyfile_before


def test_change_to_a_weak_passphrase_is_refused(workspace: OpenWorkspace, passphrase: str) -> None:
    keyfile_before = keyfile_path(workspace.folder).read_bytes()
    with pytest.raises(WeakPassphraseError):
        workspace.change_passphrase(passphrase, "1234")
    assert keyfile_path(workspace.folder).read_bytes() == keyfile_before


# --- rotate data key ---------------------------------------------------------------------------------------------


def test_rotation_retires_the_old_key_and_keeps_the_data(
    workspace: OpenWorkspace, kanariepiet: Changes, passphrase: str, lock_later: list[OpenWorkspace]
) -> None:
    old_key = workspace.data_key
    workspace.rotate_data_key(passphrase)
    new_key = workspace.data_key
    assert new_key != old_key
    assert _surname(workspace, kanariepiet) == CANARY_SURNAME  # the open workspace goes on working
    workspace.lock()

    with pytest.raises(WrongKeyError):
        connect_raw(database_path(workspace.folder), old_key)
    connect_raw(database_path(workspace.folder), new_key).close()
    assert not (workspace.folder / PENDING_KEYFILE_NAME).exists()

    reopened = unlock(workspace.folder, passphrase)
    lock_later.append(reopened)
    assert reopened.data_key == new_key
    assert _surname(reopened, kanariepiet) == CANARY_SURNAME
    assert check_with_key(reopened.folder, new_key).ok


def test_rotation_keeps_every_backup_readable_under_the_new_key_and_is_audited(
    workspace: OpenWorkspace, kanariepiet: Changes, passphrase: str
) -> None:
    earlier = backup_database(workspace.folder, workspace.data_key, "earlier")
    old_key = workspace.data_key
    workspace.rotate_data_key(passphrase)
    backups = sorted((workspace.folder / BACKUP_FOLDER).glob("*.db"))
    assert len(backups) == 2
    assert any(backup.name.endswith("-rekey.db") for backup in backups)
    for backup in backups:  # the old key is gone, so no backup may still need it
        connect_raw(backup, workspace.data_key).close()
        with pytest.raises(WrongKeyError):
            connect_raw(backup, old_key)
    assert earlier in backups
    last = audit_rows(workspace)[-1]
    assert (last["action"], last["purpose"]) == ("rekey", "security")


def test_rotation_with_the_wrong_passphrase_changes_nothing(workspace: OpenWorkspace, passphrase: str) -> None:
    old_key = workspace.data_key
    keyfile_before = keyfile_path(workspace.folder).read_bytes()
    with pytest.raises(WrongPassphraseError):
        workspace.rotate_data_key(passphrase + "?")
    assert workspace.data_key == old_key
    assert keyfile_path(workspace.folder).read_bytes() == keyfile_before
    workspace.lock()
    connect_raw(database_path(workspace.folder), old_key).close()


def test_unlock_recovers_a_rotation_cut_short_after_the_rekey(
    workspace: OpenWorkspace, kanariepiet: Changes, passphrase: str, lock_later: list[OpenWorkspace]
) -> None:
    old_key, old_keyfile = workspace.data_key, workspace.keyfile
    workspace.lock()
    # The steps of rotate_data_key, stopped before the pending key file replaces the old one.
    fresh_key = new_data_key()
    old_keyfile.with_slot(fresh_key, workspace.account.login, passphrase).save(workspace.folder / PENDING_KEYFILE_NAME)
    rekey(database_path(workspace.folder), old_key, fresh_key)
    with pytest.raises(WrongKeyError):
        connect_raw(database_path(workspace.folder), old_key)

    reopened = unlock(workspace.folder, passphrase)
    lock_later.append(reopened)

    assert reopened.data_key == fresh_key
    assert not (workspace.folder / PENDING_KEYFILE_NAME).exists()
    assert load_keyfile(keyfile_path(workspace.folder)).unwrap(passphrase) == fresh_key
    assert _surname(reopened, kanariepiet) == CANARY_SURNAME


def test_pending_key_file_of_a_rotation_that_never_rekeyed_is_not_used(
    workspace: OpenWorkspace, passphrase: str, lock_later: list[OpenWorkspace]
) -> None:
    old_key, old_keyfile = workspace.data_key, workspace.keyfile
    workspace.lock()
    pending = old_keyfile.with_slot(new_data_key(), workspace.account.login, passphrase)
    pending.save(workspace.folder / PENDING_KEYFILE_NAME)
    reopened = unlock(workspace.folder, passphrase)
    lock_later.append(reopened)
    assert reopened.data_key == old_key

"""Creating, locking and unlocking a workspace; failed attempts are counted, delayed and audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.casework.cases import Changes, open_case
from app.domain import WorkspaceKind
from app.errors import KeyFileError, TerugkeerError, WeakPassphraseError, WorkspaceError, WrongPassphraseError
from app.workspace.folder import (
    BACKUP_FOLDER,
    DATABASE_NAME,
    THROTTLE_NAME,
    UnlockDelayed,
    create_workspace,
    is_workspace,
    unlock,
    unlock_wait_seconds,
)
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from app.workspace.unlock_throttle import UnlockThrottle

from .helpers import CANARY_SURNAME, audit_rows


def test_create_describes_the_workspace(workspace: OpenWorkspace) -> None:
    assert is_workspace(workspace.folder)
    assert workspace.summary.kind is WorkspaceKind.COORDINATOR
    assert workspace.summary.municipality == "Teststad"
    assert workspace.actor.user_name == "Test Coördinator"
    entries = audit_rows(workspace)
    assert [(e["seq"], e["action"], e["record_type"]) for e in entries] == [(1, "create", "workspace")]
    assert entries[0]["record_id"] == workspace.summary.workspace_id


def test_create_refuses_a_folder_that_holds_a_workspace(workspace: OpenWorkspace, fast_kdf: KdfParams) -> None:
    with pytest.raises(WorkspaceError) as caught:
        create_workspace(workspace.folder, kind=WorkspaceKind.COORDINATOR, municipality="X", user_name="Y",
                         passphrase="another good passphrase", kdf=fast_kdf)
    assert caught.value.code == "workspace_exists"


def test_create_refuses_a_weak_passphrase_before_writing_anything(tmp_path: Path, fast_kdf: KdfParams) -> None:
    with pytest.raises(WeakPassphraseError):
        create_workspace(tmp_path / "new", kind=WorkspaceKind.COORDINATOR, municipality="X", user_name="Y",
                         passphrase="kort", kdf=fast_kdf)
    assert not (tmp_path / "new").exists()


def test_unlock_after_lock_finds_the_data(
    workspace: OpenWorkspace, kanariepiet: Changes, passphrase: str, lock_later: list[OpenWorkspace]
) -> None:
    workspace.lock()
    reopened = unlock(workspace.folder, passphrase)
    lock_later.append(reopened)
    case_file = open_case(reopened, kanariepiet.case_ids[0])
    assert case_file.client.surname == CANARY_SURNAME
    assert reopened.summary == workspace.summary
    assert [e["action"] for e in audit_rows(reopened)][-3:] == ["lock", "unlock", "view"]


def test_wrong_passphrase_is_refused_and_counted(workspace: OpenWorkspace, passphrase: str) -> None:
    workspace.lock()
    with pytest.raises(WrongPassphraseError):
        unlock(workspace.folder, passphrase + "x")
    assert len(UnlockThrottle.load(workspace.folder / THROTTLE_NAME).failures) == 1


def test_failed_attempt_is_audited_at_the_next_unlock(
    workspace: OpenWorkspace, passphrase: str, lock_later: list[OpenWorkspace]
) -> None:
    workspace.lock()
    with pytest.raises(WrongPassphraseError):
        unlock(workspace.folder, "Tr0ub4dor&3 wrong")
    failed_at = UnlockThrottle.load(workspace.folder / THROTTLE_NAME).failures[0]

    reopened = unlock(workspace.folder, passphrase)
    lock_later.append(reopened)

    failed = [e for e in audit_rows(reopened) if e["action"] == "unlock_failed"]
    assert len(failed) == 1
    assert failed[0]["outcome"] == "failure"
    assert failed[0]["purpose"] == "security"
    assert failed[0]["occurred_at"] == failed_at.isoformat(timespec="microseconds")
    assert UnlockThrottle.load(workspace.folder / THROTTLE_NAME).failures == []


def test_failed_attempts_are_audited_before_the_unlock_that_follows(
    workspace: OpenWorkspace, passphrase: str, lock_later: list[OpenWorkspace]
) -> None:
    workspace.lock()
    for _ in range(2):
        with pytest.raises(WrongPassphraseError):
            unlock(workspace.folder, passphrase.upper())
    reopened = unlock(workspace.folder, passphrase)
    lock_later.append(reopened)
    assert [e["action"] for e in audit_rows(reopened)][-3:] == ["unlock_failed", "unlock_failed", "unlock"]


def test_after_three_failures_even_the_right_passphrase_must_wait(workspace: OpenWorkspace, passphrase: str) -> None:
    workspace.lock()
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            unlock(workspace.folder, passphrase + "?")
    with pytest.raises(UnlockDelayed) as caught:
        unlock(workspace.folder, passphrase)
    assert caught.value.code == "unlock_delayed"
    assert 1 <= caught.value.seconds <= 2


def test_unlock_wait_seconds_reports_the_running_delay(workspace: OpenWorkspace, passphrase: str) -> None:
    workspace.lock()
    assert unlock_wait_seconds(workspace.folder) == 0
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            unlock(workspace.folder, passphrase + "?")
    assert 1 <= unlock_wait_seconds(workspace.folder) <= 2


def test_create_reuses_a_folder_left_by_a_creation_that_died(tmp_path: Path, fast_kdf: KdfParams) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / DATABASE_NAME).write_bytes(b"half-made database whose key is lost")
    created = create_workspace(folder, kind=WorkspaceKind.BACKOFFICE, municipality="X", user_name="Y",
                               passphrase="another good passphrase", kdf=fast_kdf)
    try:
        assert created.summary.kind is WorkspaceKind.BACKOFFICE
    finally:
        created.lock()


def test_unlock_without_key_file_says_so(tmp_path: Path, passphrase: str) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(KeyFileError) as caught:
        unlock(tmp_path / "empty", passphrase)
    assert caught.value.code == "keyfile_missing"


def test_unlock_with_missing_database_says_so(workspace: OpenWorkspace, passphrase: str) -> None:
    workspace.lock()
    (workspace.folder / DATABASE_NAME).unlink()
    with pytest.raises(WorkspaceError) as caught:
        unlock(workspace.folder, passphrase)
    assert caught.value.code == "database_missing"


def test_unlock_of_an_empty_database_file_is_refused_without_writing(
    workspace: OpenWorkspace, passphrase: str
) -> None:
    workspace.lock()
    (workspace.folder / DATABASE_NAME).write_bytes(b"")
    with pytest.raises(TerugkeerError):
        unlock(workspace.folder, passphrase)
    assert (workspace.folder / DATABASE_NAME).stat().st_size == 0
    assert not (workspace.folder / BACKUP_FOLDER).exists()


def test_lock_twice_is_harmless(workspace: OpenWorkspace) -> None:
    workspace.lock()
    workspace.lock()
    assert workspace.is_locked

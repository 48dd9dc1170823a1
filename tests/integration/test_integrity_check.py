"""`check`: a flipped byte anywhere in the database, or an edited audit entry, is found and reported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from app.casework.cases import Changes
from app.check import check_with_key, check_workspace
from app.errors import WorkspaceError
from app.workspace.folder import DATABASE_NAME, database_path
from app.workspace.session import OpenWorkspace
from db.engine import connect_raw

from .helpers import flip_byte

PAGE_SIZE = 4096  # SQLCipher 4 default


@pytest.fixture
def locked(workspace: OpenWorkspace, kanariepiet: Changes) -> tuple[Path, bytes]:
    """A workspace with some data, locked (so everything sits in the database file); its folder and key."""
    key = workspace.data_key
    workspace.lock()
    assert not (workspace.folder / f"{DATABASE_NAME}-wal").exists()
    return workspace.folder, key


def _cli_check(folder: Path, passphrase: str, home: Path) -> subprocess.CompletedProcess[str]:
    passphrase_file = home / "passphrase.txt"
    passphrase_file.write_text(passphrase + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "TERUGKEER_PASSPHRASE"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"))
    return subprocess.run(
        [sys.executable, "-m", "ui.entry", "check", "--workspace", str(folder),
         "--passphrase-file", str(passphrase_file)],
        env=env, capture_output=True, text=True, timeout=120,
    )


def test_intact_workspace_passes(locked: tuple[Path, bytes]) -> None:
    folder, key = locked
    report = check_with_key(folder, key)
    assert report.ok
    assert report.integrity.cipher_problems == []
    assert report.integrity.structure_problems == []
    assert report.chain is not None
    assert report.chain.intact
    assert report.chain.entries_checked == 5  # workspace, client, detention, case, lock


def test_check_with_the_passphrase_passes(locked: tuple[Path, bytes], passphrase: str) -> None:
    folder, _key = locked
    assert check_workspace(folder, passphrase).ok


def test_database_has_several_pages(locked: tuple[Path, bytes]) -> None:
    folder, _key = locked
    assert database_path(folder).stat().st_size >= 4 * PAGE_SIZE  # so "page 2+" below is a real page


@pytest.mark.parametrize("offset", [PAGE_SIZE + PAGE_SIZE // 2, 3 * PAGE_SIZE + 1000], ids=["page-2", "page-4"])
def test_flipped_byte_in_a_later_page_is_found(locked: tuple[Path, bytes], offset: int) -> None:
    folder, key = locked
    flip_byte(database_path(folder), offset)
    report = check_with_key(folder, key)
    assert not report.ok
    assert report.integrity.cipher_problems


@pytest.mark.parametrize("offset", [PAGE_SIZE // 2, 20, 4], ids=["middle", "header", "salt"])
def test_flipped_byte_in_page_one_is_found(locked: tuple[Path, bytes], offset: int) -> None:
    folder, key = locked
    flip_byte(database_path(folder), offset)
    report = check_with_key(folder, key)
    assert not report.ok
    assert report.integrity.cipher_problems
    assert report.chain is None  # nothing of the audit log can be read


def test_audit_trigger_refuses_update_and_delete(locked: tuple[Path, bytes]) -> None:
    folder, key = locked
    connection = connect_raw(database_path(folder), key)
    try:
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            connection.execute("UPDATE audit_entry SET action = 'view' WHERE seq = 2")
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM audit_entry WHERE seq = 2")
        assert connection.execute("SELECT action FROM audit_entry WHERE seq = 2").fetchone() == ("create",)
        assert connection.execute("SELECT count(*) FROM audit_entry").fetchone() == (5,)
    finally:
        connection.close()
    assert check_with_key(folder, key).ok


def test_audit_entry_edited_behind_the_triggers_is_found(locked: tuple[Path, bytes]) -> None:
    folder, key = locked
    connection = connect_raw(database_path(folder), key)
    try:
        connection.execute("DROP TRIGGER audit_entry_no_update")
        connection.execute("UPDATE audit_entry SET action = 'view' WHERE seq = 3")
    finally:
        connection.close()
    report = check_with_key(folder, key)
    assert report.integrity.ok  # the file itself is sound: only the chain tells
    assert report.chain is not None
    assert report.chain.first_broken_seq == 3
    assert not report.ok


def test_audit_entry_deleted_behind_the_triggers_is_found(locked: tuple[Path, bytes]) -> None:
    folder, key = locked
    connection = connect_raw(database_path(folder), key)
    try:
        connection.execute("DROP TRIGGER audit_entry_no_delete")
        connection.execute("DELETE FROM audit_entry WHERE seq = 2")
    finally:
        connection.close()
    report = check_with_key(folder, key)
    assert report.chain is not None
    assert report.chain.first_broken_seq == 3


@pytest.mark.slow
@pytest.mark.parametrize("offset", [PAGE_SIZE + PAGE_SIZE // 2, PAGE_SIZE // 2], ids=["page-2", "page-1"])
def test_cli_check_of_a_damaged_database_fails(
    locked: tuple[Path, bytes], passphrase: str, tmp_path: Path, offset: int
) -> None:
    folder, _key = locked
    flip_byte(database_path(folder), offset)
    result = _cli_check(folder, passphrase, tmp_path)
    assert result.returncode != 0
    assert "Database" in result.stdout + result.stderr
    assert passphrase not in result.stdout + result.stderr


@pytest.mark.slow
def test_cli_check_of_an_intact_database_passes(locked: tuple[Path, bytes], passphrase: str, tmp_path: Path) -> None:
    folder, _key = locked
    result = _cli_check(folder, passphrase, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Database" in result.stdout


def test_check_of_a_missing_database_reports_it_and_creates_nothing(locked: tuple[Path, bytes]) -> None:
    folder, key = locked
    database_path(folder).unlink()
    try:
        report = check_with_key(folder, key)
    except WorkspaceError as error:
        assert error.code == "database_missing"
    else:
        assert not report.integrity.ok
    assert not database_path(folder).exists()

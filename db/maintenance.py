"""Database-level maintenance on a keyed file: integrity checks, encrypted backups and key rotation."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from db.engine import connect_raw


@dataclass(frozen=True)
class IntegrityReport:
    """Problems found by `PRAGMA cipher_integrity_check` (HMAC per page) and `PRAGMA integrity_check`."""

    cipher_problems: list[str]
    structure_problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.structure_problems


def check_integrity(path: Path, data_key: bytes) -> IntegrityReport:
    """Read every page: a flipped byte anywhere fails its page's HMAC and is reported here."""
    connection = connect_raw(path, data_key)
    try:
        cipher_rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        try:
            structure_rows = connection.execute("PRAGMA integrity_check").fetchall()
        except sqlcipher3.DatabaseError as error:
            structure_rows = [(str(error),)]
    finally:
        connection.close()
    structure = [str(row[0]) for row in structure_rows if str(row[0]) != "ok"]
    return IntegrityReport([str(row[0]) for row in cipher_rows], structure)


def export_encrypted_copy(path: Path, data_key: bytes, target: Path, target_key: bytes | None = None) -> None:
    """Write an encrypted copy with `sqlcipher_export` (the backup API is disabled for encrypted databases).

    The copy appears under its final name only when complete, so a crash never leaves a half backup.
    """
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    connection = connect_raw(path, data_key)
    try:
        key_literal = (target_key or data_key).hex()
        connection.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key_literal}'\"", (str(partial),))
        connection.execute("SELECT sqlcipher_export('backup')")
        connection.execute("DETACH DATABASE backup")
    finally:
        connection.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)


def rekey(path: Path, data_key: bytes, new_key: bytes) -> None:
    """Re-encrypt the whole database under `new_key` (`PRAGMA rekey`); the caller saves the new wrapped key."""
    connection = connect_raw(path, data_key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()

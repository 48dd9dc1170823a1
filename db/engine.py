"""The SQLAlchemy engine on an SQLCipher 4 database file, keyed with a raw 256-bit key.

The key goes in as a raw hex key from our own `creator`, never through SQLAlchemy's `pysqlcipher` URL, which
pastes a passphrase into the pragma unescaped. Every new connection is set up in the same order and checked with a
read of `sqlite_master` at once, because a wrong key only fails on the first read.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from db.folding import fold

BUSY_TIMEOUT_MS = 5000

# Prepared statements kept per connection (the DB-API's default is 128). `cipher_memory_security` makes SQLCipher
# lock and wipe every allocation SQLite makes through its allocator: an mlock and an munlock system call each. SQLite
# serves small allocations from a per-connection "lookaside" buffer instead (123 slots, 30 of them for more than
# 128 bytes), and each cached statement holds some of them for as long as it stays cached. With 16 or more cached,
# the buffer is full and every row written or read pays the two system calls (a 5,000-case bundle import 9 s instead
# of 2.5 s); the cost of fewer is preparing a statement again, tens of microseconds.
CACHED_STATEMENTS = 8


class WrongKeyError(Exception):
    """The file is not a database under this key (wrong key, or not an SQLCipher file at all)."""


def key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """One keyed and verified DB-API connection; raises WrongKeyError when the key does not open the file."""
    # mode=rw: opening never creates a missing file (creation makes the file itself, with strict permissions).
    connection = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, check_same_thread=False,
                                    isolation_level=None, cached_statements=CACHED_STATEMENTS)
    try:
        cursor = connection.cursor()
        cursor.execute(key_pragma(data_key))
        cursor.execute("PRAGMA cipher_compatibility = 4")
        cursor.execute("PRAGMA cipher_memory_security = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher3.DatabaseError as error:
            raise WrongKeyError(str(error)) from None
        cursor.execute("PRAGMA journal_mode = WAL").fetchall()
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()
        connection.create_function("terugkeer_fold", 1, _fold_or_null, deterministic=True)
    except BaseException:
        connection.close()
        raise
    return connection


def _fold_or_null(text: str | None) -> str | None:
    """db.folding.fold as the SQL function `terugkeer_fold` (STRICT, as on the server: NULL stays NULL)."""
    return None if text is None else fold(text)


def open_engine(path: Path, data_key: bytes) -> Engine:
    """An engine whose every connection is keyed; dispose it on lock so no unlocked connection lingers."""
    connect_raw(path, data_key).close()  # fail here, not on the first query, when the key is wrong
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3,
        creator=lambda: connect_raw(path, data_key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )
    _use_explicit_transactions(engine)
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy issue BEGIN itself (the pysqlite driver's own transaction handling is unreliable)."""

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

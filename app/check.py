"""`terugkeer check`: is the database intact under its key, does the audit chain hold, and did every peer's last
digest agree with what this workspace holds (app.sync.digest)?

Read-only: it never migrates or writes, so a damaged workspace is reported as found.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from app.audit import ChainReport, verify_chain
from app.workspace.folder import database_path, require_database_file, unwrap_key
from db.engine import WrongKeyError, open_engine
from db.maintenance import IntegrityReport, check_integrity
from db.uow import UnitOfWork


@dataclass(frozen=True)
class CheckReport:
    integrity: IntegrityReport
    chain: ChainReport | None  # None when the audit log could not be read at all
    diverged: tuple[tuple[str, int], ...] = ()  # (peer, records) whose last digest did not match ours

    @property
    def ok(self) -> bool:
        return self.integrity.ok and self.chain is not None and self.chain.intact and not self.diverged


def diverged_peers(path: Path, data_key: bytes) -> tuple[tuple[str, int], ...]:
    """Per peer whose last digest disagreed with this workspace: its label and how many records differ."""
    try:
        engine = open_engine(path, data_key)
    except WrongKeyError:
        return ()
    try:
        with UnitOfWork(engine) as uow:
            labels = {peer.device_id: peer.label for peer in uow.sync.peers()}
            counts = Counter(row.peer_device_id for row in uow.sync.mismatches())
            return tuple(sorted((labels.get(device, device), count) for device, count in counts.items()))
    except DatabaseError:
        return ()
    finally:
        engine.dispose()


def verify_audit_chain(path: Path, data_key: bytes) -> ChainReport | None:
    """The chain report, or None when the audit log cannot be read (a damaged database)."""
    try:
        engine = open_engine(path, data_key)
    except WrongKeyError:
        return None
    try:
        with UnitOfWork(engine) as uow:
            return verify_chain(uow.audit.all_in_order())
    except DatabaseError:
        return None
    finally:
        engine.dispose()


def check_workspace(folder: Path, passphrase: str, login: str | None = None) -> CheckReport:
    """Check with `login`'s passphrase; raises the errors of `unwrap_key` for a wrong one."""
    _keyfile, data_key, _throttle = unwrap_key(folder, passphrase, login)
    return check_with_key(folder, data_key)


def check_with_key(folder: Path, data_key: bytes) -> CheckReport:
    """Check with a key already known to be right (it came out of the authenticated key file)."""
    path = database_path(folder)
    require_database_file(path)
    try:
        integrity = check_integrity(path, data_key)
    except WrongKeyError as error:
        # The key is right, so a first page that does not decrypt means damage, not a wrong passphrase.
        integrity = IntegrityReport(cipher_problems=[str(error)], structure_problems=[])
    return CheckReport(integrity, verify_audit_chain(path, data_key), diverged_peers(path, data_key))

"""The encrypted workspace: a folder with one SQLCipher database and a key file holding no personal data.

Life cycle: `create_workspace` → `EmbeddedWorkspace` (unlocked) → `lock()`; later `unlock(folder, passphrase)` or
`unlock_with_key` (quick unlock). Opening migrates the schema to head after an encrypted backup, and refuses a
database made by a newer version.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from app import audit
from app.audit import AuditAction, ChainReport, Outcome, Purpose
from app.domain import WorkspaceKind
from app.errors import NewerVersionError, TerugkeerError, ValidationError, WorkspaceError, WrongPassphraseError
from app.permissions import Permission, Role, format_roles
from app.sync.device import device_identity
from app.workspace.accounts import FIRST_ACCOUNT_ROLES
from app.workspace.keyfile import (
    KdfParams,
    KeyFile,
    KeySlot,
    load_keyfile,
    new_data_key,
    tuned_kdf_params,
    wrap_data_key,
)
from app.workspace.layout import DATABASE_NAME, database_path, is_workspace, keyfile_path
from app.workspace.passphrase import check_strength
from app.workspace.session import OpenWorkspace
from app.workspace.unlock_throttle import UnlockThrottle
from app.workspace.writable import ReadOnlyWorkspaceError, is_read_only_error, read_only_cause, require_writable
from db import migrate
from db.engine import WrongKeyError, connect_raw, open_engine
from db.maintenance import export_encrypted_copy, rekey
from db.models import Account as AccountRecord
from db.models import WorkspaceInfo
from db.uow import UnitOfWork

PENDING_KEYFILE_NAME = "workspace.key.pending"
THROTTLE_NAME = "unlock-attempts.json"
BACKUP_FOLDER = "backups"
# What unlocking writes to besides the folder itself (the key file and the attempt count are replaced atomically, so
# only the folder needs to be writable for them).
WRITTEN_FILES = (DATABASE_NAME,)


class KeySlots:
    """How an embedded workspace's accounts log in: one slot each in the key file, all wrapping the data key."""

    def __init__(self, workspace: EmbeddedWorkspace) -> None:
        self._workspace = workspace

    def store(self, _uow: UnitOfWork, login: str, passphrase: str | None, _roles: frozenset[Role]) -> None:
        """`login`'s slot under `passphrase`, in place of the one it had."""
        if not passphrase:
            raise ValidationError("passphrase", "required")
        check_strength(passphrase)
        self._save(self._workspace.keyfile.with_slot(self._workspace.data_key, login, passphrase))

    def remove(self, _uow: UnitOfWork, login: str) -> None:
        self._save(self._workspace.keyfile.without_slot(login))

    def set_roles(self, _uow: UnitOfWork, _login: str, _roles: frozenset[Role]) -> None:
        """Roles live in the (encrypted) account table only."""

    def _save(self, keyfile: KeyFile) -> None:
        keyfile.save(keyfile_path(self._workspace.folder))
        self._workspace.keyfile = keyfile


class EmbeddedWorkspace(OpenWorkspace):
    """An unlocked workspace folder. Holds the engine and the data key until `lock()`."""

    def __init__(self, folder: Path, keyfile: KeyFile, data_key: bytes, engine: Engine,
                 login: str | None = None) -> None:
        self.folder = folder
        self.keyfile = keyfile
        self._data_key: bytes | None = data_key
        super().__init__(engine, login)
        self.credentials = KeySlots(self)

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise WorkspaceError("workspace_locked")
        return self._data_key

    def _forget_secrets(self) -> None:
        self._data_key = None

    def discard(self) -> None:
        """Close without logging the lock: for an unlock that could not even be logged."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._forget_secrets()

    def verify_audit_chain(self) -> ChainReport | None:
        """On a connection of its own to the file as stored, so a damaged database reports None, not an error."""
        from app.check import verify_audit_chain  # app.check reads workspace folders itself

        return verify_audit_chain(database_path(self.folder), self.data_key)

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Rewrap the same data key under a new passphrase; the database itself is untouched."""
        check_strength(new_passphrase)
        self._confirm_passphrase(old_passphrase)
        rewrapped = self.keyfile.with_slot(self.data_key, self.account.login, new_passphrase)
        rewrapped.save(keyfile_path(self.folder))
        self.keyfile = rewrapped
        with self.unit_of_work() as uow:
            audit.append(uow, self.actor, AuditAction.PASSPHRASE_CHANGED, purpose=Purpose.SECURITY)
            uow.commit()

    def _confirm_passphrase(self, passphrase: str) -> None:
        """The current passphrase, checked under the same growing delay as unlocking."""
        _keyfile, data_key, throttle = unwrap_key(self.folder, passphrase, self.account.login)
        if data_key != self.data_key:
            raise WrongPassphraseError()
        throttle.clear()

    def _own_slot(self) -> KeySlot:
        slot = self.keyfile.slot(self.account.login)
        if slot is None:
            raise WrongPassphraseError()
        return slot

    def rotate_data_key(self, passphrase: str) -> None:
        """Admin action: re-encrypt the database under a fresh key (`PRAGMA rekey`).

        Crash-safe order: the new key saved as a pending key file, a backup under the new key, rekey, then the
        pending key file replaces the old one (`unlock` tries the pending key when the old one no longer fits).
        Earlier backups are re-encrypted under the new key too: the old key is gone afterwards. Only this account's
        slot holds the new key: the other accounts' passphrases opened the old one, which may be what leaked, so an
        application manager gives them a new passphrase (`reset_passphrase`).
        """
        self.require(Permission.SETTINGS)
        self._confirm_passphrase(passphrase)
        assert self._engine is not None
        self._engine.dispose()
        old_key, fresh_key = self.data_key, new_data_key()
        own_kdf = self.keyfile.slots[0].kdf if self.keyfile.version == 1 else self._own_slot().kdf
        pending = replace(self.keyfile, slots=()).with_slot(fresh_key, self.account.login, passphrase, own_kdf)
        pending.save(self.folder / PENDING_KEYFILE_NAME)
        earlier_backups = sorted((self.folder / BACKUP_FOLDER).glob("*.db"))
        backup_database(self.folder, old_key, "rekey", backup_key=fresh_key)
        rekey(database_path(self.folder), old_key, fresh_key)
        (self.folder / PENDING_KEYFILE_NAME).replace(keyfile_path(self.folder))
        self.keyfile, self._data_key = pending, fresh_key
        for backup in earlier_backups:
            export_encrypted_copy(backup, old_key, backup, target_key=fresh_key)
        self._engine = open_engine(database_path(self.folder), fresh_key)
        with self.unit_of_work() as uow:
            audit.append(uow, self.actor, AuditAction.REKEY, purpose=Purpose.SECURITY)
            uow.commit()


def create_workspace(
    folder: Path,
    *,
    kind: WorkspaceKind,
    municipality: str,
    user_name: str,
    passphrase: str,
    kdf: KdfParams | None = None,
    demo: bool = False,
) -> EmbeddedWorkspace:
    """Make a new encrypted workspace in `folder` (created if needed, must not hold one) and open it. Raises
    ReadOnlyWorkspaceError where the folder cannot be written."""
    check_strength(passphrase)
    with _read_only_told(folder):
        return _create_workspace(folder, kind, municipality, user_name, passphrase, kdf, demo)


def _create_workspace(folder: Path, kind: WorkspaceKind, municipality: str, user_name: str, passphrase: str,
                      kdf: KdfParams | None, demo: bool) -> EmbeddedWorkspace:
    folder.mkdir(parents=True, exist_ok=True)
    if is_workspace(folder):
        raise WorkspaceError("workspace_exists", path=str(folder))
    _set_aside_unfinished_creation(folder)
    folder.chmod(0o700)
    database_path(folder).touch(mode=0o600)  # SQLite gives the -wal and -shm files the same permissions
    workspace_id = str(uuid.uuid4())
    created_at = datetime.now(UTC)
    data_key = new_data_key()
    login = user_name.strip()
    keyfile = wrap_data_key(
        data_key, login, passphrase, workspace_id, kind.value, created_at.isoformat(), kdf or tuned_kdf_params()
    )
    engine = open_engine(database_path(folder), data_key)
    migrate.create_schema(engine)
    with UnitOfWork(engine) as uow:
        uow.workspace.add(
            WorkspaceInfo(
                workspace_id=workspace_id,
                kind=kind.value,
                device_id=str(uuid.uuid4()),
                municipality=municipality.strip(),
                user_name=login,
                demo=demo,
                created_at=created_at.replace(tzinfo=None),
            )
        )
        uow.accounts.add(AccountRecord(login=login, display_name=login, roles=format_roles(FIRST_ACCOUNT_ROLES[kind]),
                                       created_at=created_at.replace(tzinfo=None), created_by=login))
        uow.flush()
        device_identity(uow)  # the keys this device signs and receives bundles with
        uow.commit()
    # The key file comes last: a folder without it is not a workspace, so a crash above leaves nothing usable
    # that could be mistaken for one.
    keyfile.save(keyfile_path(folder))
    workspace = EmbeddedWorkspace(folder, keyfile, data_key, engine, login)
    with workspace.unit_of_work() as uow:
        audit.append(uow, workspace.actor, AuditAction.CREATE, record_type="workspace", record_id=workspace_id,
                     purpose=Purpose.SECURITY)
        uow.commit()
    return workspace


def _set_aside_unfinished_creation(folder: Path) -> None:
    """Database files without a key file are usually what a creation killed midway leaves. They may also be a
    real database whose key file was lost and can be restored from a backup, so they are moved aside (still
    encrypted), never deleted, and the folder can be used again."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    for suffix in ("", "-wal", "-shm"):
        leftover = folder / f"{DATABASE_NAME}{suffix}"
        if leftover.exists():
            leftover.rename(folder / f"{DATABASE_NAME}{suffix}.zonder-sleutel-{stamp}")


def unlock_wait_seconds(folder: Path) -> int:
    """Seconds before the next unlock attempt is allowed (0: now)."""
    return UnlockThrottle.load(folder / THROTTLE_NAME).seconds_to_wait()


def unwrap_key(folder: Path, passphrase: str, login: str | None = None) -> tuple[KeyFile, bytes, UnlockThrottle]:
    """The data key for `login` (None: the only account) and `passphrase`, subject to the growing delay after
    failures.

    Raises ReadOnlyWorkspaceError first when the workspace cannot be written (nothing is tried or counted then),
    UnlockDelayed while a delay runs, WrongPassphraseError (and counts the failure) otherwise.
    """
    require_writable(folder, WRITTEN_FILES)
    throttle = UnlockThrottle.load(folder / THROTTLE_NAME)
    wait = throttle.seconds_to_wait()
    if wait:
        raise UnlockDelayed(wait)
    keyfile = load_keyfile(keyfile_path(folder))
    try:
        return keyfile, keyfile.unwrap(passphrase, login), throttle
    except WrongPassphraseError:
        with _read_only_told(folder):
            throttle.record_failure()
        raise


def unlock(folder: Path, passphrase: str, login: str | None = None) -> EmbeddedWorkspace:
    """Open as `login` (None: the only account, or the one that made the workspace) with its passphrase; see
    `unwrap_key` for the errors. A version 1 key file is written again as version 2, its slot under the login."""
    keyfile, data_key, throttle = unwrap_key(folder, passphrase, login)
    with _read_only_told(folder):
        workspace = _open(folder, keyfile, data_key, pending_passphrase=passphrase, login=login)
        with _discarded_on_failure(workspace):
            if workspace.keyfile.version == 1:
                workspace.keyfile = workspace.keyfile.with_slot(data_key, workspace.account.login, passphrase)
                workspace.keyfile.save(keyfile_path(folder))
            _log_unlock(workspace, throttle)
    return workspace


def unlock_with_key(folder: Path, data_key: bytes, login: str | None = None) -> EmbeddedWorkspace:
    """Open with a data key from the keyring (quick unlock). Raises ReadOnlyWorkspaceError as `unlock` does, and
    WrongPassphraseError if the key no longer fits."""
    require_writable(folder, WRITTEN_FILES)
    keyfile = load_keyfile(keyfile_path(folder))
    with _read_only_told(folder):
        workspace = _open(folder, keyfile, data_key, pending_passphrase=None, login=login)
        with _discarded_on_failure(workspace):
            _log_unlock(workspace, UnlockThrottle.load(folder / THROTTLE_NAME))
    return workspace


@contextlib.contextmanager
def _read_only_told(folder: Path) -> Iterator[None]:
    """A failure that a read-only folder or database caused (also one SQLite reports as a wrong key: it cannot make
    its -shm file) as ReadOnlyWorkspaceError; any other failure as it was."""
    try:
        yield
    except Exception as error:
        if isinstance(error, TerugkeerError) and not isinstance(error, WrongPassphraseError):
            raise  # already told in words of its own
        cause = read_only_cause(folder, WRITTEN_FILES) or (folder if is_read_only_error(error) else None)
        if cause is None:
            raise
        raise ReadOnlyWorkspaceError(cause) from None


@contextlib.contextmanager
def _discarded_on_failure(workspace: EmbeddedWorkspace) -> Iterator[None]:
    """An unlock that fails after opening leaves no keyed connection behind."""
    try:
        yield
    except BaseException:
        workspace.discard()
        raise


class UnlockDelayed(WorkspaceError):
    """Too many failed attempts: wait `seconds` before the next one."""

    def __init__(self, seconds: int) -> None:
        super().__init__("unlock_delayed", seconds=seconds)
        self.seconds = seconds


def require_database_file(path: Path) -> None:
    """A workspace's database must exist and hold at least a header: an empty file is a lost database."""
    if not path.is_file():
        raise WorkspaceError("database_missing", path=str(path))
    if path.stat().st_size == 0:
        raise WorkspaceError("database_empty", path=str(path))


def _open(folder: Path, keyfile: KeyFile, data_key: bytes, pending_passphrase: str | None,
          login: str | None) -> EmbeddedWorkspace:
    path = database_path(folder)
    require_database_file(path)
    try:
        engine = open_engine(path, data_key)
    except WrongKeyError:
        recovered = _recover_interrupted_rekey(folder, pending_passphrase, login)
        if recovered is None:
            raise WrongPassphraseError() from None
        keyfile, data_key = recovered
        engine = open_engine(path, data_key)
    try:
        _migrate_with_backup(folder, engine, data_key)
        return EmbeddedWorkspace(folder, keyfile, data_key, engine, login)
    except BaseException:
        engine.dispose()  # never leave a keyed connection behind
        raise


def _recover_interrupted_rekey(folder: Path, passphrase: str | None,
                               login: str | None) -> tuple[KeyFile, bytes] | None:
    """A rekey that stopped after re-encrypting but before replacing the key file left a pending key file."""
    pending_path = folder / PENDING_KEYFILE_NAME
    if passphrase is None or not pending_path.is_file():
        return None
    pending = load_keyfile(pending_path)
    try:
        data_key = pending.unwrap(passphrase, login)
        connect_raw(database_path(folder), data_key).close()
    except (WrongPassphraseError, WrongKeyError):
        return None
    pending_path.replace(keyfile_path(folder))
    return pending, data_key


def _migrate_with_backup(folder: Path, engine: Engine, data_key: bytes) -> None:
    with engine.connect() as connection:
        current = migrate.current_revision(connection)
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None and current not in migrate.known_revisions():
        engine.dispose()
        raise NewerVersionError("database_newer", revision=current)
    engine.dispose()
    backup_database(folder, data_key, f"before-{head}")
    migrate.upgrade_to_head(engine)


def backup_database(folder: Path, data_key: bytes, label: str, backup_key: bytes | None = None) -> Path:
    """An encrypted copy (under `backup_key`, by default the same key) in the workspace's backups folder."""
    backups = folder / BACKUP_FOLDER
    backups.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"terugkeer-{stamp}-{label}.db"
    export_encrypted_copy(database_path(folder), data_key, target, target_key=backup_key)
    return target


def _log_unlock(workspace: EmbeddedWorkspace, throttle: UnlockThrottle) -> None:
    """Move the remembered failed attempts into the audit log, then log this unlock."""
    with workspace.unit_of_work() as uow:
        for failed_at in throttle.failures:
            audit.append(uow, workspace.actor, AuditAction.UNLOCK_FAILED, outcome=Outcome.FAILURE,
                         purpose=Purpose.SECURITY, occurred_at=failed_at)
        audit.append(uow, workspace.actor, AuditAction.UNLOCK, purpose=Purpose.SECURITY)
        uow.commit()
    with contextlib.suppress(OSError):
        throttle.clear()

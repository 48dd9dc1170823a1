"""An unlocked place where the data lives, opened by one account: an embedded workspace (a folder with an
SQLCipher file, app.workspace.folder) or the municipality's PostgreSQL server (app.workspace.server).

Every service takes one and asks it for a unit of work through `transaction(permission)`, the one permission
check; what differs per engine (how an account logs in, how the data is kept secret) lives in the subclasses.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Engine

from app import audit
from app.audit import Actor, AuditAction, ChainReport, Purpose, verify_chain
from app.domain import WorkspaceKind
from app.errors import ChangedMeanwhileError, WorkspaceError
from app.permissions import NotPermittedError, Permission, Role, format_roles, permissions_of, sees_every_case
from app.workspace.accounts import Account, find_account
from db.uow import ConcurrentChange, SecretWrap, UnitOfWork


@dataclass(frozen=True)
class WorkspaceSummary:
    """What the UI shows about the open workspace (title bar, settings)."""

    workspace_id: str
    kind: WorkspaceKind
    municipality: str
    user_name: str
    demo: bool


class Credentials(Protocol):
    """How the accounts of this workspace log in: a key slot each (embedded) or a login role each (server)."""

    def store(self, uow: UnitOfWork, login: str, passphrase: str | None, roles: frozenset[Role]) -> None:
        """`login` logs in with `passphrase` from now on (None: no password, e.g. Kerberos on the server)."""

    def remove(self, uow: UnitOfWork, login: str) -> None:
        """`login` can no longer log in."""

    def set_roles(self, uow: UnitOfWork, login: str, roles: frozenset[Role]) -> None:
        """`login` holds exactly `roles` where the engine enforces them itself."""


class OpenWorkspace:
    """Holds the engine until `lock()`; knows who opened it and what they may do."""

    credentials: Credentials
    # A server's register is read a page at a time (it may hold 200,000 cases, app.casework.register_pages); an
    # embedded workspace's is read whole into memory, which at its sizes searches faster than any query.
    register_in_pages = False

    def __init__(self, engine: Engine, login: str | None) -> None:
        self._engine: Engine | None = engine
        # The coordinator's name when this account sees only the cases carrying it; None: every case (and while
        # the account is being looked up).
        self.caseload: str | None = None
        with self.unit_of_work() as uow:
            info = uow.workspace.info()
            self.summary = WorkspaceSummary(
                info.workspace_id, WorkspaceKind(info.kind), info.municipality, info.user_name, info.demo
            )
            self.account = self._find_account(uow, login, info.user_name)
            device_id = info.device_id
        laptop = self.summary.kind is WorkspaceKind.COORDINATOR
        self.permissions = permissions_of(self.account.roles, laptop)
        self.sees_every_case = sees_every_case(self.account.roles, laptop)
        self.caseload = None if self.sees_every_case else self.account.display_name
        self.actor = Actor(self.account.login, format_roles(self.account.roles), device_id)

    def _find_account(self, uow: UnitOfWork, login: str | None, owner_login: str) -> Account:
        return find_account(uow, login, owner_login)

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    def unit_of_work(self) -> UnitOfWork:
        """A unit of work without a permission check: for the workspace's own bookkeeping (lock, unlock, key changes)
        and for tests. Services use `transaction`. A coordinator's sees only their caseload."""
        if self._engine is None:
            raise WorkspaceError("workspace_locked")
        return UnitOfWork(self._engine, self._secrets(), self.caseload)

    def _secrets(self) -> SecretWrap | None:
        """How this engine keeps the secrets stored in the database (None: as they are)."""
        return None

    def may(self, permission: Permission) -> bool:
        """Whether this account may do `permission` (the GUI shows only what it may)."""
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        """The one permission check: raises NotPermittedError when this account's roles do not allow
        `permission`."""
        if not self.may(permission):
            raise NotPermittedError(permission)

    @contextmanager
    def transaction(self, permission: Permission) -> Iterator[UnitOfWork]:
        """The unit of work of one service call, after the permission check (before anything is read). A record
        someone else changed meanwhile makes it raise ChangedMeanwhileError, with nothing written."""
        self.require(permission)
        try:
            with self.unit_of_work() as uow:
                yield uow
        except ConcurrentChange:
            raise ChangedMeanwhileError() from None

    def verify_audit_chain(self) -> ChainReport | None:
        """Recompute the whole hash chain of the audit log as stored; None when it cannot be read."""
        with self.unit_of_work() as uow:
            return verify_chain(uow.audit.all_in_order())

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """This account's own passphrase (or server password) from now on."""
        raise NotImplementedError

    def lock(self) -> None:
        """Log the lock, then dispose the engine: no connection stays open in a pool."""
        if self._engine is None:
            return
        with self.unit_of_work() as uow:
            audit.append(uow, self.actor, AuditAction.LOCK, purpose=Purpose.SECURITY)
            uow.commit()
        self._engine.dispose()
        self._engine = None
        self._forget_secrets()

    def _forget_secrets(self) -> None:
        """What a subclass holds besides the engine and must not keep once locked."""

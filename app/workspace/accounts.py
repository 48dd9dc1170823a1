"""Accounts as the workspace knows them: who opened it, with which roles.

An account's login is what its key slot (embedded workspace) or its PostgreSQL login role (server) is called and
what every audit entry it causes names; its display name is how the office knows the person (a coordinator's cases
carry it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app import audit
from app.audit import AuditAction, Purpose
from app.domain import WorkspaceKind
from app.errors import TerugkeerError, ValidationError, WrongPassphraseError
from app.permissions import Permission, Role, format_roles, parse_roles
from db.models import Account as AccountRecord
from db.uow import UnitOfWork

if TYPE_CHECKING:
    from app.workspace.session import OpenWorkspace

# The roles of the person who makes a workspace: a laptop's coordinator; the one person of a small back office,
# who does all of its work (a municipality with a team gives each person their own account and role).
FIRST_ACCOUNT_ROLES: dict[WorkspaceKind, frozenset[Role]] = {
    WorkspaceKind.COORDINATOR: frozenset({Role.COORDINATOR}),
    WorkspaceKind.BACKOFFICE: frozenset({Role.BACKOFFICE, Role.SUPERVISOR, Role.PRIVACY_OFFICER,
                                         Role.APPLICATION_MANAGER}),
}


@dataclass(frozen=True)
class Account:
    login: str
    display_name: str
    roles: frozenset[Role]
    disabled: bool


def account_of(record: AccountRecord) -> Account:
    return Account(record.login, record.display_name, parse_roles(record.roles), record.disabled_at is not None)


def find_account(uow: UnitOfWork, login: str | None, owner_login: str) -> Account:
    """The account `login` opens the workspace as; without a login the only enabled account, or else the one that
    made the workspace. Raises WrongPassphraseError for an unknown login (as a wrong passphrase does, so trying says
    nothing about who has an account) and TerugkeerError "account_disabled"."""
    if login is None:
        enabled = [record for record in uow.accounts.all() if record.disabled_at is None]
        record = enabled[0] if len(enabled) == 1 else uow.accounts.by_login(owner_login)
    else:
        record = uow.accounts.by_login(login)
    if record is None:
        raise WrongPassphraseError()
    if record.disabled_at is not None:
        raise TerugkeerError("account_disabled", login=record.login)
    return account_of(record)


# --- the application manager's work on accounts ------------------------------------------------------------------

LOGIN_PATTERN = re.compile(r"[a-z][a-z0-9._-]{1,62}")


@dataclass(frozen=True)
class AccountLine:
    """An account as the application manager's list shows it."""

    login: str
    display_name: str
    roles: frozenset[Role]
    disabled: bool
    created_at: datetime
    created_by: str


def list_accounts(workspace: OpenWorkspace) -> list[AccountLine]:
    """Every account, disabled ones too, by login."""
    with workspace.transaction(Permission.ACCOUNTS) as uow:
        return [AccountLine(record.login, record.display_name, parse_roles(record.roles),
                            record.disabled_at is not None, record.created_at, record.created_by)
                for record in uow.accounts.all()]


def add_account(workspace: OpenWorkspace, login: str, display_name: str, roles: frozenset[Role],
                passphrase: str | None) -> None:
    """A new account that logs in as `login` (lower case letters, digits, '.', '_' or '-') with `passphrase` (an
    embedded workspace: a key slot of its own; the server: its login role, or no password for Kerberos).
    Raises ValidationError "login_invalid", "login_taken", "roles_required", or a weak passphrase's error."""
    if not LOGIN_PATTERN.fullmatch(login):
        raise ValidationError("login", "login_invalid")
    if not roles:
        raise ValidationError("roles", "roles_required")
    with workspace.transaction(Permission.ACCOUNTS) as uow:
        if uow.accounts.by_login(login) is not None:
            raise ValidationError("login", "login_taken", login=login)
        # The credential first: a crash before the commit leaves a login that opens nothing (no account), which
        # adding the account again simply replaces.
        workspace.credentials.store(uow, login, passphrase, roles)
        record = AccountRecord(login=login, display_name=display_name.strip() or login, roles=format_roles(roles),
                               created_at=datetime.now(UTC).replace(tzinfo=None), created_by=workspace.actor.user_name)
        uow.accounts.add(record)
        uow.flush()
        audit.append(uow, workspace.actor, AuditAction.CREATE, record_type="account", record_id=record.id,
                     purpose=Purpose.SECURITY)
        uow.commit()


def set_roles(workspace: OpenWorkspace, login: str, roles: frozenset[Role]) -> None:
    """Give `login` exactly `roles`. Refuses (TerugkeerError "last_application_manager") to leave no enabled
    application manager, who could otherwise never change an account again."""
    if not roles:
        raise ValidationError("roles", "roles_required")
    with workspace.transaction(Permission.ACCOUNTS) as uow:
        record = _existing(uow, login)
        if Role.APPLICATION_MANAGER not in roles:
            _keep_an_application_manager(uow, login)
        record.roles = format_roles(roles)
        workspace.credentials.set_roles(uow, login, roles)
        audit.append(uow, workspace.actor, AuditAction.UPDATE, record_type="account", record_id=record.id,
                     purpose=Purpose.SECURITY)
        uow.commit()


def disable_account(workspace: OpenWorkspace, login: str) -> None:
    """`login` can no longer open the workspace (its key slot or its login is removed); what it did stays in the
    audit log under its name. Refuses its own account and the last application manager."""
    if login == workspace.account.login:
        raise TerugkeerError("own_account")
    with workspace.transaction(Permission.ACCOUNTS) as uow:
        record = _existing(uow, login)
        if record.disabled_at is not None:
            return
        _keep_an_application_manager(uow, login)
        workspace.credentials.remove(uow, login)
        record.disabled_at = datetime.now(UTC).replace(tzinfo=None)
        audit.append(uow, workspace.actor, AuditAction.UPDATE, record_type="account", record_id=record.id,
                     purpose=Purpose.SECURITY)
        uow.commit()


def reset_passphrase(workspace: OpenWorkspace, login: str, passphrase: str) -> None:
    """A new passphrase for someone who lost theirs (or after a key rotation): nothing else of theirs changes."""
    with workspace.transaction(Permission.ACCOUNTS) as uow:
        record = _existing(uow, login)
        if record.disabled_at is not None:
            raise TerugkeerError("account_disabled", login=login)
        workspace.credentials.store(uow, login, passphrase, parse_roles(record.roles))
        audit.append(uow, workspace.actor, AuditAction.PASSPHRASE_CHANGED, record_type="account",
                     record_id=record.id, purpose=Purpose.SECURITY)
        uow.commit()


def _existing(uow: UnitOfWork, login: str) -> AccountRecord:
    record = uow.accounts.by_login(login)
    if record is None:
        raise TerugkeerError("account_not_found", login=login)
    return record


def _keep_an_application_manager(uow: UnitOfWork, leaving: str) -> None:
    others = [record for record in uow.accounts.all() if record.login != leaving and record.disabled_at is None
              and Role.APPLICATION_MANAGER in parse_roles(record.roles)]
    if not others:
        raise TerugkeerError("last_application_manager")

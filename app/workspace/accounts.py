"""Accounts as the workspace knows them: who opened it, with which roles.

An account's login is what its key slot (embedded workspace) or its PostgreSQL login role (server) is called and
what every audit entry it causes names; its display name is how the office knows the person (a coordinator's cases
carry it).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import WorkspaceKind
from app.errors import TerugkeerError, WrongPassphraseError
from app.permissions import Role, parse_roles
from db.models import Account as AccountRecord
from db.uow import UnitOfWork

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

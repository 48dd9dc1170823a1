"""What a person may do: the one table of permissions per role, asked by every service before it opens its unit of
work (`OpenWorkspace.transaction`), and by the GUI to show only what the account may use.

The roles are those of a municipality's back office (DOMAIN.md, "The back office as a team"). An account holds one
role or more; it may do what any of its roles may. A coordinator sees only their own caseload (the cases that carry
their name) unless another role of theirs sees every case; on a coordinator's laptop, which holds nothing but that
caseload, the laptop's coordinator also does what no one else is there to do: exchange bundles, keep the device's
keys, clean up the laptop.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from app.errors import TerugkeerError


class Permission(StrEnum):
    """One kind of thing a service does."""

    READ_CASES = "read_cases"  # the register, a case file's administrative data (client, detention, case)
    READ_CASEWORK = "read_casework"  # a case's intake, plan of approach and consent
    EDIT_CASES = "edit_cases"  # client, detention and case data
    EDIT_CASEWORK = "edit_casework"  # intake, plan and consent
    PRINT_DOCUMENTS = "print_documents"  # view, print and save plans and consent forms, and their versions
    NOTIFICATIONS = "notifications"  # read in the prison system's lists, the inbox
    ASSIGN_CASES = "assign_cases"  # hand notifications and cases to coordinators
    EXCHANGE_BUNDLES = "exchange_bundles"  # make and read sync bundles, resolve their conflicts
    MONITOR = "monitor"  # the monitor's figures and their exports
    AUDIT = "audit"  # the audit log, its verification, a client's access history
    PRIVACY_REQUESTS = "privacy_requests"  # access requests and corrections
    ERASURE = "erasure"  # retention and erasure at the back office
    PURGE = "purge"  # cleaning up a coordinator's laptop
    ACCOUNTS = "accounts"  # add, disable and change accounts and their roles
    DEVICES = "devices"  # this device's keys, enrolling and revoking other devices
    SETTINGS = "settings"  # the workspace's own settings and its database key


class Role(StrEnum):
    COORDINATOR = "coordinator"  # nazorgcoördinator
    BACKOFFICE = "backoffice"  # medewerker backoffice
    SUPERVISOR = "supervisor"  # teamleider
    PRIVACY_OFFICER = "privacy_officer"  # privacyfunctionaris
    APPLICATION_MANAGER = "application_manager"  # functioneel beheerder


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COORDINATOR: frozenset({P.READ_CASES, P.READ_CASEWORK, P.EDIT_CASES, P.EDIT_CASEWORK, P.PRINT_DOCUMENTS}),
    Role.BACKOFFICE: frozenset({P.READ_CASES, P.EDIT_CASES, P.NOTIFICATIONS, P.ASSIGN_CASES, P.EXCHANGE_BUNDLES}),
    Role.SUPERVISOR: frozenset({P.READ_CASES, P.READ_CASEWORK, P.PRINT_DOCUMENTS, P.MONITOR, P.AUDIT}),
    Role.PRIVACY_OFFICER: frozenset({P.READ_CASES, P.PRIVACY_REQUESTS, P.ERASURE, P.AUDIT}),
    Role.APPLICATION_MANAGER: frozenset({P.ACCOUNTS, P.DEVICES, P.SETTINGS}),
}
# What the coordinator of a laptop does besides, because the laptop has no back office of its own: exchange bundles,
# keep the device, clean it up, and answer a client's requests about the data on it.
LAPTOP_COORDINATOR_EXTRAS = frozenset({P.EXCHANGE_BUNDLES, P.DEVICES, P.SETTINGS, P.PURGE, P.AUDIT,
                                       P.PRIVACY_REQUESTS})
# Roles that see every case; a coordinator without one of these sees only their own caseload.
ALL_CASES_ROLES = frozenset({Role.BACKOFFICE, Role.SUPERVISOR, Role.PRIVACY_OFFICER})


class NotPermittedError(TerugkeerError):
    """The account's roles do not allow this; nothing was read or changed."""

    def __init__(self, permission: Permission) -> None:
        super().__init__("not_permitted", permission=permission.value)
        self.permission = permission


def permissions_of(roles: Iterable[Role], laptop: bool) -> frozenset[Permission]:
    """Everything an account with `roles` may do, on a coordinator's laptop (`laptop`) or at a back office."""
    roles = frozenset(roles)
    granted = frozenset().union(*(ROLE_PERMISSIONS[role] for role in roles))
    if laptop and Role.COORDINATOR in roles:
        granted |= LAPTOP_COORDINATOR_EXTRAS
    return granted


def sees_every_case(roles: Iterable[Role], laptop: bool) -> bool:
    """False for a coordinator at a back office without a role that sees every case: they see their caseload."""
    return laptop or bool(ALL_CASES_ROLES & frozenset(roles))


def parse_roles(text: str) -> frozenset[Role]:
    """Roles as stored ("backoffice,supervisor"); raises ValueError for an unknown role."""
    return frozenset(Role(part) for part in text.split(",") if part)


def format_roles(roles: Iterable[Role]) -> str:
    return ",".join(sorted(role.value for role in roles))

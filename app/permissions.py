"""What a person may do: the one table of permissions per role, asked by every service before it opens its unit of
work (`OpenWorkspace.transaction`).

A workspace today has one account, its owner; the owner of a coordinator's laptop or of a small municipality's back
office may do everything that workspace offers (what a kind of workspace does not offer, such as reading in
notifications on a laptop, the service itself refuses with its own reason).
"""

from __future__ import annotations

from enum import StrEnum

from app.errors import TerugkeerError


class Permission(StrEnum):
    """One thing a service does, as a role is allowed it or not."""

    READ_CASES = "read_cases"  # the register, a case file, its intake, consent and documents
    EDIT_CASES = "edit_cases"  # client, detention and case data; intake, plan and consent
    PRINT_DOCUMENTS = "print_documents"  # view, print and save plans and consent forms
    NOTIFICATIONS = "notifications"  # read in the prison system's lists, the inbox
    ASSIGN_CASES = "assign_cases"  # hand notifications and cases to coordinators
    EXCHANGE_BUNDLES = "exchange_bundles"  # make and read sync bundles, resolve conflicts
    MONITOR = "monitor"  # the monitor's figures and their exports
    AUDIT = "audit"  # the audit log and its verification
    PRIVACY_REQUESTS = "privacy_requests"  # access requests and corrections
    ERASURE = "erasure"  # retention, erasure and the laptop purge
    DEVICES = "devices"  # this device's keys, enrolling and revoking other devices
    SETTINGS = "settings"  # the workspace's settings, passphrase and key rotation


class Role(StrEnum):
    OWNER = "owner"  # the one account of a single-user workspace


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
}


class NotPermittedError(TerugkeerError):
    """The account's role does not allow this; nothing was read or changed."""

    def __init__(self, permission: Permission) -> None:
        super().__init__("not_permitted", permission=permission.value)
        self.permission = permission


def allowed(role: Role, permission: Permission) -> bool:
    """Whether `role` may do `permission`."""
    return permission in ROLE_PERMISSIONS[role]


def require(role: Role, permission: Permission) -> None:
    """Raise NotPermittedError unless `role` may do `permission`."""
    if not allowed(role, permission):
        raise NotPermittedError(permission)

"""The audit log as supervisors and clients see it: the latest entries, whether the chain holds, and the access
history of one client (AVG right of access: who looked, and when). Both reads hold the whole trail: this
workspace's own entries and those other devices sent in their bundles, each marked with its device."""

from __future__ import annotations

from app import audit_trail
from app.audit import AuditLine, ChainReport
from app.permissions import Permission
from app.workspace.session import OpenWorkspace


def recent_entries(workspace: OpenWorkspace, limit: int) -> list[AuditLine]:
    """The latest `limit` entries of the whole trail, newest first (the supervisor's overview)."""
    with workspace.transaction(Permission.AUDIT) as uow:
        return audit_trail.recent_entries(uow, limit)


def access_history(workspace: OpenWorkspace, client_id: str) -> list[AuditLine]:
    """Every audit entry about one client, here and from other devices, oldest first."""
    with workspace.transaction(Permission.AUDIT) as uow:
        return audit_trail.access_history(uow, client_id)


def verify_audit_chain(workspace: OpenWorkspace) -> ChainReport | None:
    """Recompute the whole hash chain from the database file as stored (app.check, on a connection of its own);
    None when the audit log cannot be read."""
    workspace.require(Permission.AUDIT)
    return workspace.verify_audit_chain()

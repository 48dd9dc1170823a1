"""The audit log as supervisors and clients see it: the latest entries, whether the chain holds, and the access
history of one client (AVG right of access: who looked, and when). Both reads hold the whole trail: this
workspace's own entries and those other devices sent in their bundles, each marked with its device."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from app import audit, audit_trail
from app.atomic import write_output
from app.audit import AuditAction, AuditLine, ChainReport, Purpose
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.folding import fold
from db.uow import UnitOfWork

AUDIT_LOG_RECORD = "audit_log"


@dataclass(frozen=True)
class AuditFilter:
    """What the supervisor narrows the log to; an empty field does not filter. `client` is a name (any words of
    it, in any order, without accents) or a BSN; `start` and `end` are days where the user is, both included."""

    client: str = ""
    user: str | None = None
    action: AuditAction | None = None
    start: date | None = None
    end: date | None = None


def filtered_entries(workspace: OpenWorkspace, what: AuditFilter, limit: int | None) -> list[AuditLine]:
    """The entries that pass `what`, newest first, at most `limit` (None: all), each with its case."""
    with workspace.transaction(Permission.AUDIT) as uow:
        return _search(uow, what, limit)


def audit_users(workspace: OpenWorkspace) -> list[str]:
    """Every login found in the log, for the user filter."""
    with workspace.transaction(Permission.AUDIT) as uow:
        return uow.audit.user_names()


def export_entries(workspace: OpenWorkspace, what: AuditFilter, out: Path,
                   render: Callable[[list[AuditLine]], bytes]) -> int:
    """Write every entry that passes `what` to `out`, as `render` makes the file of them; the export is itself an
    audit entry ("export" of the audit log). Returns how many entries were written. Raises TerugkeerError
    "disk_full" or "output_not_writable" (path)."""
    with workspace.transaction(Permission.AUDIT) as uow:
        lines = _search(uow, what, None)
        write_output(out, render(lines))
        audit.append(uow, workspace.actor, AuditAction.EXPORT, purpose=Purpose.ACCOUNTABILITY,
                     record_type=AUDIT_LOG_RECORD)
        uow.commit()
        return len(lines)


def _search(uow: UnitOfWork, what: AuditFilter, limit: int | None) -> list[AuditLine]:
    return audit_trail.search(
        uow, client_words=fold(what.client).split(), user=what.user or None,
        action=what.action.value if what.action is not None else None,
        since=_utc_moment(what.start), before=_utc_moment(what.end + timedelta(days=1) if what.end else None),
        limit=limit)


def _utc_moment(day: date | None) -> str | None:
    """The start of `day` where the user is, as the log stores moments (ISO 8601, UTC)."""
    if day is None:
        return None
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).isoformat(timespec="microseconds")


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

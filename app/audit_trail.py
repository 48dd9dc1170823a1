"""The whole audit trail as people read it: this workspace's own entries and those that arrived from other devices
in their bundles (a coordinator's laptop at the back office), merged in time order, each marked with its device.

A client's access history and the supervisor's overview read it here, so a look at a file on a laptop counts as
much as one at the office.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from app.audit import AuditLine, Device
from db.models import AuditEntry, RemoteAuditEntry
from db.uow import UnitOfWork


def access_history(uow: UnitOfWork, client_id: str) -> list[AuditLine]:
    """Every audit entry about one client, here and from other devices, oldest first (the AVG right of access:
    who looked, when, and where)."""
    devices = _Devices(uow)
    lines = [devices.line(entry) for entry in uow.audit.for_client(client_id)]
    lines.extend(devices.line(entry) for entry in uow.audit.remote_for_client(client_id))
    return sorted(lines, key=_when)


def recent_entries(uow: UnitOfWork, limit: int) -> list[AuditLine]:
    """The latest `limit` entries of the whole trail, here and from other devices, newest first (the supervisor's
    overview)."""
    devices = _Devices(uow)
    lines = [devices.line(entry) for entry in uow.audit.latest(limit)]
    lines.extend(devices.line(entry) for entry in uow.audit.remote_latest(limit))
    return sorted(lines, key=_when, reverse=True)[:limit]


def search(uow: UnitOfWork, *, client_words: Sequence[str], user: str | None, action: str | None,
           since: str | None, before: str | None, limit: int | None) -> list[AuditLine]:
    """The entries of the whole trail that pass every filter given (db.repositories.audit's `search`), newest
    first, at most `limit` (None: all), each with its case and device."""
    devices = _Devices(uow)
    lines = [devices.line(entry, case_id) for model in (AuditEntry, RemoteAuditEntry)
             for entry, case_id in uow.audit.search(model, client_words=client_words, user=user, action=action,
                                                    since=since, before=before, limit=limit)]
    lines.sort(key=_when, reverse=True)
    return lines if limit is None else lines[:limit]


def _when(line: AuditLine) -> datetime:
    return line.occurred_at


class _Devices:
    """This workspace and the peers it knows, to mark each entry with the device it was made on."""

    def __init__(self, uow: UnitOfWork) -> None:
        info = uow.workspace.info()
        self._here = Device(info.device_id, info.kind, info.user_name, here=True, shared=bool(info.role_prefix))
        self._peers = {peer.device_id: Device(peer.device_id, peer.kind, peer.label, here=False)
                       for peer in uow.sync.peers()}

    def line(self, entry: AuditEntry | RemoteAuditEntry, case_id: str | None = None) -> AuditLine:
        if isinstance(entry, RemoteAuditEntry):
            source = entry.source_device_id
            device = self._peers.get(source) or Device(source, None, "", here=False)
        else:
            device = self._here
        return AuditLine(
            seq=entry.seq, occurred_at=datetime.fromisoformat(entry.occurred_at), action=entry.action,
            outcome=entry.outcome, user_name=entry.user_name, user_role=entry.user_role, purpose=entry.purpose,
            record_type=entry.record_type, device=device, case_id=case_id)

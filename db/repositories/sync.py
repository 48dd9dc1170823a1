"""Device keys, peers, bundle ledgers, merge bases, conflicts and remote audit entries."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from db.models import (
    DeviceKey,
    RemoteAuditEntry,
    SyncBase,
    SyncConflict,
    SyncPeer,
    SyncReceived,
    SyncSent,
)
from db.repositories import Repository


class SyncRepository(Repository):
    """Device keys, enrolled peers, bundle ledgers, merge bases, conflicts and remote audit entries."""

    def device_key(self) -> DeviceKey | None:
        return self.session.execute(select(DeviceKey)).scalar_one_or_none()

    def peer(self, device_id: str) -> SyncPeer | None:
        return self.session.get(SyncPeer, device_id)

    def peers(self) -> Sequence[SyncPeer]:
        return self.session.execute(select(SyncPeer).order_by(SyncPeer.label, SyncPeer.device_id)).scalars().all()

    def sent(self, peer_device_id: str) -> Sequence[SyncSent]:
        return self.session.execute(
            select(SyncSent).where(SyncSent.peer_device_id == peer_device_id).order_by(SyncSent.sequence)
        ).scalars().all()

    def received(self, bundle_id: str) -> SyncReceived | None:
        return self.session.get(SyncReceived, bundle_id)

    def received_from(self, sender_device_id: str) -> Sequence[SyncReceived]:
        return self.session.execute(
            select(SyncReceived).where(SyncReceived.sender_device_id == sender_device_id)
            .order_by(SyncReceived.sequence)
        ).scalars().all()

    def base(self, table_name: str, record_id: str, peer_device_id: str) -> SyncBase | None:
        return self.session.get(SyncBase, (table_name, record_id, peer_device_id))

    def open_conflicts(self) -> Sequence[SyncConflict]:
        return self.session.execute(
            select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.created_at)
        ).scalars().all()

    def conflict(self, conflict_id: str) -> SyncConflict | None:
        return self.session.get(SyncConflict, conflict_id)

    def last_remote_audit(self, source_device_id: str) -> RemoteAuditEntry | None:
        return self.session.execute(
            select(RemoteAuditEntry).where(RemoteAuditEntry.source_device_id == source_device_id)
            .order_by(RemoteAuditEntry.seq.desc()).limit(1)
        ).scalar_one_or_none()

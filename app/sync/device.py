"""This workspace's device identity and the devices it is enrolled with.

A coordinator laptop exchanges bundles with one back office; a back office with many laptops. Enrolment is done by
people: the public identity files are exchanged and the fingerprints compared (by phone or on paper) before either
side registers the other. Unknown and revoked devices are refused when a bundle is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import audit
from app.atomic import write_output
from app.audit import Actor, AuditAction, Purpose
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.permissions import Permission
from app.sync.identity import DeviceIdentity, DevicePublic, PublicIdentity, public_identity_bytes
from db.models import DeviceKey, SyncPeer
from db.uow import UnitOfWork

if TYPE_CHECKING:  # app.workspace.folder makes a new workspace's device keys with this module
    from app.workspace.session import OpenWorkspace

PEER_RECORD = "sync_peer"
SIGNING, ENCRYPTION = "device signing key", "device encryption key"  # what each stored private key is for
IDENTITY_FILE_MODE = 0o644  # public: it is handed to the other side
SHORT_ID = 8


@dataclass(frozen=True)
class Peer:
    """An enrolled device as the screens show it."""

    device_id: str
    kind: WorkspaceKind
    label: str
    municipality: str
    fingerprint: str
    enrolled_at: datetime
    revoked_at: datetime | None
    revoked_reason: str

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def device_identity(uow: UnitOfWork) -> DeviceIdentity:
    """This workspace's keys, made on first use (workspaces created before synchronisation existed have none yet;
    new ones get theirs at creation). The caller commits."""
    stored = uow.sync.device_key()
    if stored is not None:
        return DeviceIdentity(stored.device_id, uow.secrets.unwrap(stored.signing_key, SIGNING),
                              uow.secrets.unwrap(stored.encryption_key, ENCRYPTION))
    identity = DeviceIdentity.generate(uow.workspace.info().device_id)
    uow.sync.add(DeviceKey(device_id=identity.device_id, signing_key=uow.secrets.wrap(identity.signing_key, SIGNING),
                           encryption_key=uow.secrets.wrap(identity.encryption_key, ENCRYPTION), created_at=_now()))
    uow.flush()
    return identity


def own_identity_file(workspace: OpenWorkspace) -> tuple[bytes, str]:
    """The public identity file of this workspace and its fingerprint; makes the device's keys on first use."""
    with workspace.transaction(Permission.DEVICES) as uow:
        data, fingerprint = identity_file_in(uow)
        uow.commit()
        return data, fingerprint


def identity_file_in(uow: UnitOfWork) -> tuple[bytes, str]:
    """`own_identity_file` inside a transaction of the caller's, who commits (new keys may have been made)."""
    identity = device_identity(uow)
    info = uow.workspace.info()
    data = public_identity_bytes(identity, kind=info.kind, municipality=info.municipality, label=info.user_name)
    return data, identity.public().fingerprint


def save_identity_file(workspace: OpenWorkspace, path: Path) -> str:
    """Write this workspace's public identity file to `path` (atomically, readable by others: it is handed to the
    other side) and return its fingerprint. Raises TerugkeerError "disk_full" or "output_not_writable"."""
    data, fingerprint = own_identity_file(workspace)
    write_output(path, data, mode=IDENTITY_FILE_MODE)
    return fingerprint


def enroll(workspace: OpenWorkspace, incoming: PublicIdentity) -> Peer:
    """Register another device after its fingerprint was compared. A laptop enrols its back office and a back
    office its laptops, of the same municipality; the same device again with the same keys changes nothing, a
    known device with other keys is refused (a lost laptop is revoked, a new one enrolled). Audit-logged."""
    with workspace.transaction(Permission.DEVICES) as uow:
        peer = _enroll(uow, workspace.actor, incoming)
        uow.commit()
        return peer


def _enroll(uow: UnitOfWork, actor: Actor, incoming: PublicIdentity) -> Peer:
    info = uow.workspace.info()
    device = incoming.device
    if device.device_id == info.device_id:
        raise TerugkeerError("enroll_self")
    if incoming.kind == info.kind:
        raise TerugkeerError("enroll_same_kind", kind=incoming.kind)
    if incoming.municipality.strip().casefold() != info.municipality.strip().casefold():
        raise TerugkeerError("enroll_other_municipality", municipality=incoming.municipality)
    if info.kind == WorkspaceKind.COORDINATOR and any(record.revoked_at is None for record in uow.sync.peers()):
        existing = uow.sync.peer(device.device_id)
        if existing is None:
            raise TerugkeerError("enroll_second_back_office")
    stored = uow.sync.peer(device.device_id)
    if stored is not None:
        if (stored.signing_public, stored.encryption_public) != (device.signing_public, device.encryption_public):
            raise TerugkeerError("enroll_other_keys", device=device.device_id)
        if stored.revoked_at is not None:
            raise TerugkeerError("enroll_revoked", device=device.device_id)
        return _peer(stored)
    record = SyncPeer(device_id=device.device_id, kind=incoming.kind, label=incoming.label,
                      municipality=incoming.municipality, signing_public=device.signing_public,
                      encryption_public=device.encryption_public, enrolled_at=_now(), revoked_at=None,
                      revoked_reason="")
    uow.sync.add(record)
    uow.flush()
    audit.append(uow, actor, AuditAction.CREATE, purpose=Purpose.SECURITY, record_type=PEER_RECORD,
                 record_id=device.device_id)
    return _peer(record)


def revoke(workspace: OpenWorkspace, device_id: str, reason: str) -> Peer:
    """Refuse every later bundle of a device (a lost or stolen laptop). Needs a reason; cannot be undone. Revoking
    a revoked device changes nothing. Raises TerugkeerError "peer_not_found" or "revoke_reason_required"."""
    with workspace.transaction(Permission.DEVICES) as uow:
        peer = _revoke(uow, workspace.actor, device_id, reason)
        uow.commit()
        return peer


def _revoke(uow: UnitOfWork, actor: Actor, device_id: str, reason: str) -> Peer:
    record = uow.sync.peer(device_id)
    if record is None:
        raise TerugkeerError("peer_not_found", device=device_id)
    if not reason.strip():
        raise TerugkeerError("revoke_reason_required")
    if record.revoked_at is None:
        record.revoked_at, record.revoked_reason = _now(), reason.strip()
        audit.append(uow, actor, AuditAction.UPDATE, purpose=Purpose.SECURITY, record_type=PEER_RECORD,
                     record_id=device_id)
    return _peer(record)


def peers(workspace: OpenWorkspace) -> list[Peer]:
    """Every enrolled device, revoked ones included, by label. Whoever exchanges bundles sees them (a bundle is
    made for one of them); adding and revoking them is DEVICES."""
    with workspace.transaction(Permission.EXCHANGE_BUNDLES) as uow:
        return peers_in(uow)


def peers_in(uow: UnitOfWork) -> list[Peer]:
    """`peers` inside a transaction of the caller's."""
    return [_peer(record) for record in uow.sync.peers()]


@dataclass(frozen=True)
class Caseload:
    """How many cases a laptop said it holds in its latest bundle."""

    peer: Peer
    cases: int
    reported_at: datetime

    def over(self, limit: int | None) -> bool:
        return limit is not None and self.cases > limit


def laptop_caseloads(uow: UnitOfWork) -> list[Caseload]:
    """Per enrolled laptop, the case count of its latest bundle (laptops that never sent one are left out); the
    back office compares them with the policy's limit."""
    loads = []
    for record in uow.sync.peers():
        if record.kind != WorkspaceKind.COORDINATOR.value:
            continue
        received = uow.sync.received_from(record.device_id)
        if received:
            latest = max(received, key=lambda bundle: bundle.sequence)
            loads.append(Caseload(_peer(record), latest.case_count, latest.received_at))
    return loads


def active_peers(peers: list[Peer]) -> list[Peer]:
    """The peers bundles can be made for: those not revoked."""
    return [peer for peer in peers if not peer.revoked]


def find_peer(peers: list[Peer], wanted: str) -> Peer:
    """The peer with device id `wanted`, or the one whose id starts with it. Raises "peer_not_found" or
    "peer_ambiguous"."""
    matches = [peer for peer in peers if peer.device_id == wanted] or \
        [peer for peer in peers if peer.device_id.startswith(wanted.strip().lower())]
    if not matches:
        raise TerugkeerError("peer_not_found", device=wanted)
    if len(matches) > 1:
        raise TerugkeerError("peer_ambiguous", device=wanted)
    return matches[0]


def choose_peer(peers: list[Peer], wanted: str | None) -> Peer:
    """The peer a bundle is for: `wanted` (see `find_peer`), else the only active one. Raises as `find_peer`, and
    "peer_revoked", "no_active_peer" or "peer_choice_required" (devices: the active ones, by label and short id)."""
    if wanted:
        peer = find_peer(peers, wanted)
        if peer.revoked:
            raise TerugkeerError("peer_revoked", device=peer.label)
        return peer
    active = active_peers(peers)
    if not active:
        raise TerugkeerError("no_active_peer")
    if len(active) > 1:
        raise TerugkeerError("peer_choice_required", devices=", ".join(
            f"{peer.label} ({short_device_id(peer.device_id)})" for peer in active))
    return active[0]


def short_device_id(device_id: str) -> str:
    """The first characters of a device id, as bundle names and lists of devices show it."""
    return device_id[:SHORT_ID]


def active_peer(uow: UnitOfWork, device_id: str) -> SyncPeer | None:
    """The enrolled, not revoked peer with this id: the only senders whose bundles are opened."""
    record = uow.sync.peer(device_id)
    return record if record is not None and record.revoked_at is None else None


def peer_public(record: SyncPeer) -> DevicePublic:
    return DevicePublic(record.device_id, record.signing_public, record.encryption_public)


def _peer(record: SyncPeer) -> Peer:
    return Peer(record.device_id, WorkspaceKind(record.kind), record.label, record.municipality,
                peer_public(record).fingerprint, record.enrolled_at, record.revoked_at, record.revoked_reason)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

"""What the Synchronisation screen shows at once: this device's fingerprint, the registered devices, the open
conflicts, the records a peer's last digest disagreed on and, on a coordinator's laptop, how many cases may leave it
now."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import WorkspaceKind
from app.permissions import Permission
from app.privacy.purge import purge_plan
from app.sync.conflicts import Conflict, conflicts_in
from app.sync.device import Peer, identity_file_in, peers_in
from app.sync.digest import Mismatch, mismatches_in
from app.workspace.session import OpenWorkspace


@dataclass(frozen=True)
class SyncOverview:
    fingerprint: str
    peers: list[Peer]
    conflicts: list[Conflict]
    purge_due: int | None = None  # on a coordinator's laptop: how many cases may leave it now
    mismatches: tuple[Mismatch, ...] = ()


def sync_overview(workspace: OpenWorkspace) -> SyncOverview:
    """Fingerprint, devices, open conflicts and (on a laptop) the cases due to leave it, read together. The first
    time on a workspace made before synchronisation existed, this makes the device's keys. An account that keeps
    the devices but exchanges no bundles (the application manager) gets no conflicts: they hold client data."""
    bundles = workspace.may(Permission.EXCHANGE_BUNDLES)
    with workspace.transaction(Permission.EXCHANGE_BUNDLES if bundles else Permission.DEVICES) as uow:
        _data, fingerprint = identity_file_in(uow)
        laptop = workspace.summary.kind is WorkspaceKind.COORDINATOR
        due = len(purge_plan(uow).due) if laptop else None
        overview = SyncOverview(fingerprint, peers_in(uow), conflicts_in(uow) if bundles else [], due,
                                tuple(mismatches_in(uow)) if bundles else ())
        uow.commit()
        return overview

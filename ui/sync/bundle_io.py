"""Bundle files as the command line and the Synchronisation screen handle them: where a new bundle goes, which files
an import reads, and reading one bundle in its own transaction.

A bundle's name shows in folder listings and on whatever computer the USB stick is put into, so it holds no personal
data: the first characters of the sending device's id and the time it was made (UTC), e.g.
`terugkeer-1a2b3c4d-20240615T101500Z.terugkeer`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import TerugkeerError
from app.sync.bundle_file import BUNDLE_SUFFIX
from app.sync.device import Peer
from app.sync.importer import ImportResult, import_bundle
from app.workspace.folder import OpenWorkspace
from ui.texts.sync import short_id


@dataclass(frozen=True)
class ImportOutcome:
    """What reading one file did: its result, or the refusal (after which the workspace is as it was)."""

    path: Path
    result: ImportResult | None = None
    error: TerugkeerError | None = None

    @property
    def refused(self) -> bool:
        return self.error is not None


def bundle_file_name(own_device_id: str, when: datetime | None = None) -> str:
    moment = (when or datetime.now(UTC)).astimezone(UTC)
    return f"terugkeer-{short_id(own_device_id)}-{moment:%Y%m%dT%H%M%SZ}{BUNDLE_SUFFIX}"


def new_bundle_path(folder: Path, own_device_id: str, when: datetime | None = None) -> Path:
    """A name in `folder` that no file has yet (two bundles in one second get "-2", "-3", ...)."""
    if not folder.is_dir():
        raise TerugkeerError("bundle_folder_missing", path=str(folder))
    stem = bundle_file_name(own_device_id, when).removesuffix(BUNDLE_SUFFIX)
    path, number = folder / f"{stem}{BUNDLE_SUFFIX}", 2
    while path.exists():
        path, number = folder / f"{stem}-{number}{BUNDLE_SUFFIX}", number + 1
    return path


def export_folder_or_file(target: Path) -> tuple[Path, bool]:
    """`--to` checked before the workspace is unlocked: (folder, True) for an existing folder, which gets a new
    bundle name, else (file, False) for a file name ending in .terugkeer in an existing folder."""
    if target.is_dir():
        return target, True
    if target.suffix.lower() != BUNDLE_SUFFIX:
        raise TerugkeerError("bundle_name_invalid", path=str(target))
    if not target.parent.is_dir():
        raise TerugkeerError("bundle_folder_missing", path=str(target.parent))
    return target, False


def bundles_in(folder: Path) -> list[Path]:
    """Every `*.terugkeer` file in `folder`, sorted by name (names carry the time they were made)."""
    found = sorted(path for path in folder.iterdir()
                   if path.is_file() and path.suffix.lower() == BUNDLE_SUFFIX and not path.name.startswith("."))
    if not found:
        raise TerugkeerError("no_bundles_found", path=str(folder))
    return found


def expand_bundle_paths(paths: list[Path]) -> list[Path]:
    """The files to read in: files as given, a folder as every bundle in it."""
    expanded: list[Path] = []
    for path in paths:
        expanded.extend(bundles_in(path) if path.is_dir() else [path])
    return expanded


def import_one(workspace: OpenWorkspace, path: Path) -> ImportOutcome:
    """Read one bundle in its own transaction; a refusal is returned, not raised, so the next file can follow."""
    try:
        with workspace.unit_of_work() as uow:
            return ImportOutcome(path, result=import_bundle(uow, workspace.actor, path))
    except TerugkeerError as error:
        return ImportOutcome(path, error=error)


def active_peers(peers: list[Peer]) -> list[Peer]:
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
    "peer_revoked", "no_active_peer" or "peer_choice_required"."""
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
            f"{peer.label} ({short_id(peer.device_id)})" for peer in active))
    return active[0]

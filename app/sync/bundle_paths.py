"""Bundle files as the command line and the Synchronisation screen handle them: where a new bundle goes and which
files an import reads.

A bundle's name shows in folder listings and on whatever computer the USB stick is put into, so it holds no personal
data: the first characters of the sending device's id and the time it was made (UTC), e.g.
`terugkeer-1a2b3c4d-20240615T101500Z.terugkeer`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.errors import TerugkeerError
from app.sync.bundle_file import BUNDLE_SUFFIX
from app.sync.device import short_device_id


def bundle_file_name(own_device_id: str, when: datetime | None = None) -> str:
    """The name of a bundle this device makes at `when` (now)."""
    moment = (when or datetime.now(UTC)).astimezone(UTC)
    return f"terugkeer-{short_device_id(own_device_id)}-{moment:%Y%m%dT%H%M%SZ}{BUNDLE_SUFFIX}"


def new_bundle_path(folder: Path, own_device_id: str, when: datetime | None = None) -> Path:
    """A name in `folder` that no file has yet (two bundles in one second get "-2", "-3", ...). Raises
    TerugkeerError "bundle_folder_missing"."""
    if not folder.is_dir():
        raise TerugkeerError("bundle_folder_missing", path=str(folder))
    stem = bundle_file_name(own_device_id, when).removesuffix(BUNDLE_SUFFIX)
    path, number = folder / f"{stem}{BUNDLE_SUFFIX}", 2
    while path.exists():
        path, number = folder / f"{stem}-{number}{BUNDLE_SUFFIX}", number + 1
    return path


def export_folder_or_file(target: Path) -> tuple[Path, bool]:
    """A bundle's target checked before the workspace is unlocked: (folder, True) for an existing folder, which gets
    a new bundle name, else (file, False) for a file name ending in .terugkeer in an existing folder. Raises
    TerugkeerError "bundle_name_invalid" or "bundle_folder_missing"."""
    if target.is_dir():
        return target, True
    if target.suffix.lower() != BUNDLE_SUFFIX:
        raise TerugkeerError("bundle_name_invalid", path=str(target))
    if not target.parent.is_dir():
        raise TerugkeerError("bundle_folder_missing", path=str(target.parent))
    return target, False


def bundles_in(folder: Path) -> list[Path]:
    """Every `*.terugkeer` file in `folder`, sorted by name (names carry the time they were made). Raises
    TerugkeerError "no_bundles_found", and OSError when the folder cannot be listed."""
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

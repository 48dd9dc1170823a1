"""The letterhead's logo, when its file is there: for the screens and the command line alike."""

from __future__ import annotations

from pathlib import Path


def usable_logo(path: Path | None) -> Path | None:
    """The municipality's logo named by the machine policy, when the file is there: a logo that went missing
    leaves the letterhead with the municipality's name only, rather than making every document fail."""
    return path if path is not None and path.is_file() else None

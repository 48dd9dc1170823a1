"""Where a workspace folder keeps its files. Light on purpose (no database, no cryptography): the first window asks
whether a folder holds a workspace before anything is unlocked."""

from __future__ import annotations

from pathlib import Path

KEYFILE_NAME = "workspace.key"
DATABASE_NAME = "terugkeer.db"


def keyfile_path(folder: Path) -> Path:
    return folder / KEYFILE_NAME


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


def is_workspace(folder: Path) -> bool:
    return keyfile_path(folder).is_file()

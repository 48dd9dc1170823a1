"""The version, from one place: pyproject.toml (through the installed package metadata)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def app_version() -> str:
    try:
        return version("terugkeer")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"

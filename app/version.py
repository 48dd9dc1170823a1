"""The version, from one place: pyproject.toml (through the installed package metadata)."""

from __future__ import annotations


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # 30 ms and more to import: not at start

    try:
        return version("terugkeer")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"

"""Fixtures for tests on a real temporary encrypted workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.casework.cases import Changes
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .helpers import register
from .sync_helpers import enrolled_pair


@pytest.fixture
def kanariepiet(workspace: OpenWorkspace) -> Changes:
    """The canary client registered with one detention and one case."""
    return register(workspace)


@pytest.fixture
def lock_later() -> Iterator[list[OpenWorkspace]]:
    """Append every workspace a test opens itself; those still unlocked are locked on teardown."""
    opened: list[OpenWorkspace] = []
    yield opened
    for workspace in opened:
        if not workspace.is_locked:
            workspace.lock()


@pytest.fixture
def pair(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[tuple[OpenWorkspace, OpenWorkspace]]:
    """A coordinator's laptop and the back office, enrolled both ways (tests/integration/sync_helpers.py)."""
    with enrolled_pair(tmp_path, fast_kdf) as workspaces:
        yield workspaces

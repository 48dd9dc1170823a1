"""Fixtures for tests on a real temporary encrypted workspace."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.cases import Changes
from app.workspace import OpenWorkspace

from .helpers import register


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

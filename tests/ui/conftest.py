"""Fixtures for widget tests: a real encrypted workspace (from tests/conftest.py), its context, and dialogs that
record instead of blocking."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.settings import Settings
from app.workspace import OpenWorkspace
from ui import dialogs
from ui.context import WorkspaceContext
from ui.operations import Operations

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when pytest-qt creates the QApplication


@pytest.fixture
def context(workspace: OpenWorkspace, tmp_path: Path, qapp: object) -> Iterator[WorkspaceContext]:
    """The context of the `workspace` fixture; waits for queued operations before the workspace locks."""
    operations = Operations()
    yield WorkspaceContext(workspace, operations, Settings(), tmp_path / "config")
    operations.wait_until_idle()


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[Exception]:
    """Errors that would have been shown in a message box, in order; no modal box ever blocks a test."""
    shown: list[Exception] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error: shown.append(error))
    return shown


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that expects the unsaved-changes question replaces this with the answer it wants."""

    def unexpected(_parent: object) -> dialogs.UnsavedChoice:
        raise AssertionError("unexpected question about unsaved changes")

    monkeypatch.setattr(dialogs, "ask_unsaved_changes", unexpected)

"""Fixtures shared by every test folder (unit, integration, ui).

Tests never touch the machine's keyring and never pay for the real, machine-tuned KDF unless they say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.domain import WorkspaceKind
from app.workspace.folder import OpenWorkspace, create_workspace
from app.workspace.keyfile import KdfParams

WORKSPACE_PASSPHRASE = "correct horse battery staple"


class FakeKeyring(KeyringBackend):
    """An in-memory keyring: quick unlock is tested without the OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> FakeKeyring:
    """Every test runs against a fresh in-memory keyring; the previous backend comes back afterwards.

    The previous backend is saved through monkeypatch (not `keyring.get_keyring()`), so that no real backend is
    ever detected or initialised on this machine.
    """
    monkeypatch.setattr(keyring.core, "_keyring_backend", None, raising=False)
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def fast_kdf() -> KdfParams:
    """A deliberately weak KDF so that creating and unlocking workspaces takes milliseconds."""
    return KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


@pytest.fixture
def passphrase() -> str:
    """The passphrase of the `workspace` fixture."""
    return WORKSPACE_PASSPHRASE


@pytest.fixture
def workspace(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[OpenWorkspace]:
    """A fresh, unlocked coordinator workspace in `tmp_path / "ws"`; locked on teardown if still open."""
    opened = create_workspace(
        tmp_path / "ws",
        kind=WorkspaceKind.COORDINATOR,
        municipality="Teststad",
        user_name="Test Coördinator",
        passphrase=WORKSPACE_PASSPHRASE,
        kdf=fast_kdf,
    )
    yield opened
    if not opened.is_locked:
        opened.lock()


@pytest.fixture
def office(tmp_path: Path, fast_kdf: KdfParams, passphrase: str) -> Iterator[OpenWorkspace]:
    """A fresh, unlocked back-office workspace in `tmp_path / "office"`; locked on teardown if still open."""
    opened = create_workspace(tmp_path / "office", kind=WorkspaceKind.BACKOFFICE, municipality="Teststad",
                              user_name="Backoffice Teststad", passphrase=passphrase, kdf=fast_kdf)
    yield opened
    if not opened.is_locked:
        opened.lock()

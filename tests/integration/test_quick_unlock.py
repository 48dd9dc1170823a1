"""Quick unlock through the keyring (a fake, in-memory one: never the machine's)."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError

from app.casework.cases import Changes, open_case
from app.errors import WrongPassphraseError
from app.workspace import quick_unlock
from app.workspace.folder import unlock, unlock_with_key
from app.workspace.keyfile import new_data_key
from app.workspace.quick_unlock import SERVICE, Unavailable
from app.workspace.session import OpenWorkspace

from .helpers import CANARY_SURNAME, audit_rows

WORKSPACE_ID = "7d0f5e1e-2b3c-4d5e-8f90-123456789abc"


class RefusingKeyring(KeyringBackend):
    """A secure-looking backend whose every operation fails, as a locked OS keyring may."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("locked")


def test_the_fake_backend_counts_as_available() -> None:
    assert quick_unlock.unavailable_reason() is None


def test_store_load_forget() -> None:
    key = new_data_key()
    assert quick_unlock.load(WORKSPACE_ID) is None
    assert quick_unlock.store(WORKSPACE_ID, key) is True
    assert quick_unlock.load(WORKSPACE_ID) == key
    assert quick_unlock.load("another-workspace") is None
    quick_unlock.forget(WORKSPACE_ID)
    assert quick_unlock.load(WORKSPACE_ID) is None
    quick_unlock.forget(WORKSPACE_ID)  # forgetting twice is harmless


def test_key_is_kept_under_the_service_and_workspace_id(fake_keyring: Any) -> None:
    key = new_data_key()
    quick_unlock.store(WORKSPACE_ID, key)
    assert fake_keyring.passwords == {(SERVICE, WORKSPACE_ID): key.hex()}


def test_no_backend_makes_quick_unlock_unavailable() -> None:
    keyring.set_keyring(fail.Keyring())
    assert quick_unlock.unavailable_reason() is Unavailable.NO_BACKEND
    assert quick_unlock.store(WORKSPACE_ID, new_data_key()) is False
    assert quick_unlock.load(WORKSPACE_ID) is None
    quick_unlock.forget(WORKSPACE_ID)


def test_plaintext_backend_is_not_trusted() -> None:
    class PlaintextKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("a key must never be written to a plaintext keyring")

        def delete_password(self, service: str, username: str) -> None:
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    assert quick_unlock.unavailable_reason() is Unavailable.INSECURE_BACKEND
    assert quick_unlock.store(WORKSPACE_ID, new_data_key()) is False


def test_corrupted_stored_value_means_no_quick_unlock(fake_keyring: Any) -> None:
    fake_keyring.passwords[(SERVICE, WORKSPACE_ID)] = "this is not hex"
    assert quick_unlock.load(WORKSPACE_ID) is None


def test_refusing_keyring_means_no_quick_unlock() -> None:
    keyring.set_keyring(RefusingKeyring())
    assert quick_unlock.store(WORKSPACE_ID, new_data_key()) is False
    assert quick_unlock.load(WORKSPACE_ID) is None
    quick_unlock.forget(WORKSPACE_ID)


def test_unlock_with_the_stored_key(
    workspace: OpenWorkspace, kanariepiet: Changes, lock_later: list[OpenWorkspace]
) -> None:
    workspace_id = workspace.summary.workspace_id
    assert quick_unlock.store(workspace_id, workspace.data_key)
    workspace.lock()

    stored = quick_unlock.load(workspace_id)
    assert stored is not None
    reopened = unlock_with_key(workspace.folder, stored)
    lock_later.append(reopened)
    assert open_case(reopened, kanariepiet.case_ids[0]).client.surname == CANARY_SURNAME
    assert [row["action"] for row in audit_rows(reopened)][-3:] == ["lock", "unlock", "view"]


def test_quick_unlock_also_audits_earlier_failed_attempts(
    workspace: OpenWorkspace, passphrase: str, lock_later: list[OpenWorkspace]
) -> None:
    key = workspace.data_key
    workspace.lock()
    with pytest.raises(WrongPassphraseError):
        unlock(workspace.folder, passphrase + "?")
    reopened = unlock_with_key(workspace.folder, key)
    lock_later.append(reopened)
    assert [row["action"] for row in audit_rows(reopened)][-2:] == ["unlock_failed", "unlock"]


def test_stale_stored_key_is_refused(workspace: OpenWorkspace) -> None:
    workspace.lock()
    with pytest.raises(WrongPassphraseError):
        unlock_with_key(workspace.folder, new_data_key())

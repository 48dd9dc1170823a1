"""Optional quick unlock: the data key kept in the OS keyring under the workspace id.

Absence is a normal state. Where no secure backend exists (headless Linux raises NoKeyringError, or only the
plaintext `keyrings.alt` backends are present) the option is unavailable with a reason; a missing or unreadable
entry simply means the passphrase is needed.

The keyring loads when it is first asked (it takes tens of milliseconds, with urllib and ssl): the unlock screen
comes up without it unless quick unlock is wanted.
"""

from __future__ import annotations

import contextlib
from enum import StrEnum

SERVICE = "nl.terugkeer.workspace"

_NO_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_PLAINTEXT_BACKEND_MODULES = ("keyrings.alt",)


class Unavailable(StrEnum):
    NO_BACKEND = "no_backend"
    INSECURE_BACKEND = "insecure_backend"
    SEVERAL_ACCOUNTS = "several_accounts"


def unavailable_reason(accounts: int = 1) -> Unavailable | None:
    """None when quick unlock may be used for a workspace with `accounts` accounts, otherwise why not. The keyring
    holds the data key, which opens every account's data: on a workspace shared by several people it would let
    anyone at this computer account in as anyone, so it is for a workspace of one person only."""
    if accounts > 1:
        return Unavailable.SEVERAL_ACCOUNTS
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception:
        return Unavailable.NO_BACKEND
    # With several viable backends, keyring answers with a chainer over them; judge what it would use.
    candidates = getattr(backend, "backends", None) or [backend]
    modules = [type(candidate).__module__ for candidate in candidates]
    if all(module.startswith(_NO_BACKEND_MODULES) for module in modules):
        return Unavailable.NO_BACKEND
    if any(module.startswith(_PLAINTEXT_BACKEND_MODULES) for module in modules):
        return Unavailable.INSECURE_BACKEND
    return None


def store(workspace_id: str, data_key: bytes) -> bool:
    """Keep the key in the keyring; False when the keyring refused."""
    if unavailable_reason() is not None:
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, workspace_id, data_key.hex())
    except KeyringError:
        return False
    return True


def load(workspace_id: str) -> bytes | None:
    """The stored key, or None when quick unlock cannot be used now (the passphrase still works)."""
    if unavailable_reason() is not None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(SERVICE, workspace_id)
        return bytes.fromhex(stored) if stored else None
    except (KeyringError, ValueError):
        return None


def forget(workspace_id: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, workspace_id)

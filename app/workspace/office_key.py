"""The office key: what keeps the back office's private device keys secret on the municipality's server.

The server's database is not encrypted by Terugkeer (the municipality's disks and backups are IT's), so the keys the
office signs bundles with and opens them with are stored wrapped (AES-256-GCM) under a random 256-bit key that the
database never holds. That key lives in a small file IT places on the back-office PCs, readable only by the people
who exchange bundles, and keeps a copy in the municipality's vault (README, "Back office op een server"). A stolen
dump or backup then cannot read a bundle or sign as the office.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.atomic import write_atomic
from app.errors import TerugkeerError

OFFICE_KEY_FORMAT = "terugkeer-office-key"
OFFICE_KEY_VERSION = 1
WRAPPED_PREFIX = b"TKOK1"  # stored secrets wrapped under an office key start with this
NONCE_BYTES = 12


@dataclass(frozen=True)
class OfficeKey:
    """Wraps and unwraps the secrets the server stores; `workspace_id` binds each wrap to this back office."""

    workspace_id: str
    key: bytes = field(repr=False)

    def wrap(self, secret: bytes, purpose: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return WRAPPED_PREFIX + nonce + AESGCM(self.key).encrypt(nonce, secret, self._context(purpose))

    def unwrap(self, stored: bytes, purpose: str) -> bytes:
        """The secret; TerugkeerError "office_key_wrong" when this is not the key it was wrapped under."""
        if not stored.startswith(WRAPPED_PREFIX):
            raise TerugkeerError("office_key_wrong")
        nonce = stored[len(WRAPPED_PREFIX):len(WRAPPED_PREFIX) + NONCE_BYTES]
        try:
            return AESGCM(self.key).decrypt(nonce, stored[len(WRAPPED_PREFIX) + NONCE_BYTES:], self._context(purpose))
        except InvalidTag:
            raise TerugkeerError("office_key_wrong") from None

    def _context(self, purpose: str) -> bytes:
        return f"{self.workspace_id}/{purpose}".encode()


class NoOfficeKey:
    """A server session without the office key file: everything but bundles and device keys works."""

    def wrap(self, secret: bytes, purpose: str) -> bytes:
        raise TerugkeerError("office_key_missing")

    def unwrap(self, stored: bytes, purpose: str) -> bytes:
        raise TerugkeerError("office_key_missing")


def create_office_key(path: Path, workspace_id: str) -> OfficeKey:
    """A new random office key, written to `path` (private to the user; never over an existing file)."""
    if path.exists():
        raise TerugkeerError("office_key_exists", path=str(path))
    office_key = OfficeKey(workspace_id, os.urandom(32))
    document = {"format": OFFICE_KEY_FORMAT, "version": OFFICE_KEY_VERSION, "workspace_id": workspace_id,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "key": base64.b64encode(office_key.key).decode("ascii")}
    write_atomic(path, (json.dumps(document, indent=2) + "\n").encode(), mode=0o600)
    return office_key


def load_office_key(path: Path, workspace_id: str) -> OfficeKey:
    """The office key in `path`; TerugkeerError "office_key_missing", "office_key_damaged" or "office_key_foreign"
    (a key file of another back office)."""
    try:
        document = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise TerugkeerError("office_key_missing", path=str(path)) from None
    except (OSError, ValueError):
        raise TerugkeerError("office_key_damaged", path=str(path)) from None
    try:
        if document["format"] != OFFICE_KEY_FORMAT or document["version"] != OFFICE_KEY_VERSION:
            raise ValueError("format")
        key = base64.b64decode(document["key"], validate=True)
        if len(key) != 32:
            raise ValueError("length")
    except (KeyError, TypeError, ValueError):
        raise TerugkeerError("office_key_damaged", path=str(path)) from None
    if document.get("workspace_id") != workspace_id:
        raise TerugkeerError("office_key_foreign", path=str(path))
    return OfficeKey(workspace_id, key)

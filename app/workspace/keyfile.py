"""The workspace key file: a random 256-bit database key, wrapped by a key derived from the passphrase.

The file holds no personal data: a format version, the workspace id and kind, the KDF parameters and the
wrapped key. Changing the passphrase rewraps the same data key, so the database is never re-encrypted for it.
The wrap uses AES-256-GCM with the file's header as associated data, so edited KDF parameters or a swapped
workspace id are detected as tampering, not silently accepted.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.atomic import write_atomic
from app.errors import KeyFileError, NewerVersionError, WrongPassphraseError

KEYFILE_FORMAT = "terugkeer-keyfile"
KEYFILE_VERSION = 1
DATA_KEY_BYTES = 32

# Argon2id memory stays modest so a 4 GB laptop unlocks comfortably; iterations are tuned per machine.
KDF_MEMORY_KIB = 64 * 1024
KDF_LANES = 4
KDF_TARGET_SECONDS = 0.5
KDF_MIN_ITERATIONS = 3
# What a key file may ask for: a tampered file must not make unlocking hang or exhaust memory.
KDF_ITERATIONS_RANGE = range(1, 1001)
KDF_LANES_RANGE = range(1, 65)
KDF_MEMORY_KIB_MAX = 4 * 1024 * 1024
SALT_MIN_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in the key file so every machine derives the same key."""

    iterations: int
    memory_kib: int = KDF_MEMORY_KIB
    lanes: int = KDF_LANES

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


def tuned_kdf_params(target_seconds: float = KDF_TARGET_SECONDS) -> KdfParams:
    """Iterations that make one derivation take about `target_seconds` on this machine.

    Two probes (1 and 3 iterations) separate the fixed cost of filling the memory from the cost per iteration,
    which a single probe would overstate."""

    def seconds_for(iterations: int) -> float:
        started = time.perf_counter()
        KdfParams(iterations=iterations).derive("calibration", os.urandom(16))
        return time.perf_counter() - started

    seconds_for(1)  # warm up: the first run also pays for mapping the memory
    one, three = seconds_for(1), seconds_for(3)
    per_iteration = max((three - one) / 2, 1e-4)
    fixed = max(one - per_iteration, 0.0)
    return KdfParams(iterations=max(KDF_MIN_ITERATIONS, round((target_seconds - fixed) / per_iteration)))


@dataclass(frozen=True)
class KeyFile:
    """Contents of `workspace.key`; see the module docstring."""

    workspace_id: str
    kind: str
    created_at: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def header(self) -> bytes:
        """The authenticated, unencrypted part: everything but the wrapped key itself."""
        fields = {
            "format": KEYFILE_FORMAT,
            "version": KEYFILE_VERSION,
            "workspace_id": self.workspace_id,
            "kind": self.kind,
            "created_at": self.created_at,
            "kdf": {"name": "argon2id", "iterations": self.kdf.iterations, "memory_kib": self.kdf.memory_kib,
                    "lanes": self.kdf.lanes, "salt": _b64(self.salt)},
        }
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()

    def unwrap(self, passphrase: str) -> bytes:
        """Return the data key, or raise WrongPassphraseError."""
        wrapping_key = self.kdf.derive(passphrase, self.salt)
        try:
            return AESGCM(wrapping_key).decrypt(self.nonce, self.wrapped_key, self.header())
        except InvalidTag:
            raise WrongPassphraseError() from None

    def rewrap(self, data_key: bytes, passphrase: str, kdf: KdfParams | None = None) -> KeyFile:
        """The same workspace and data key, wrapped under a new passphrase (fresh salt and nonce)."""
        return wrap_data_key(data_key, passphrase, self.workspace_id, self.kind, self.created_at, kdf or self.kdf)

    def to_bytes(self) -> bytes:
        document = json.loads(self.header())
        document["wrapped_key"] = {"nonce": _b64(self.nonce), "ciphertext": _b64(self.wrapped_key)}
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def wrap_data_key(
    data_key: bytes, passphrase: str, workspace_id: str, kind: str, created_at: str, kdf: KdfParams
) -> KeyFile:
    """Wrap `data_key` under `passphrase`; the result is ready to save."""
    unsealed = KeyFile(workspace_id, kind, created_at, kdf, os.urandom(16), os.urandom(12), b"")
    wrapping_key = kdf.derive(passphrase, unsealed.salt)
    sealed = AESGCM(wrapping_key).encrypt(unsealed.nonce, data_key, unsealed.header())
    return replace(unsealed, wrapped_key=sealed)


def load_keyfile(path: Path) -> KeyFile:
    """Read and validate a key file; every problem becomes a KeyFileError with a Dutch message."""
    try:
        document = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise KeyFileError("keyfile_missing", path=str(path)) from None
    except (OSError, ValueError):
        raise KeyFileError("keyfile_damaged", path=str(path)) from None
    if not isinstance(document, dict) or document.get("format") != KEYFILE_FORMAT:
        raise KeyFileError("keyfile_foreign", path=str(path))
    version = document.get("version")
    if isinstance(version, int) and version > KEYFILE_VERSION:
        raise NewerVersionError("keyfile_newer", path=str(path))
    try:
        kdf = document["kdf"]
        if kdf["name"] != "argon2id":
            raise ValueError(kdf["name"])
        return KeyFile(
            workspace_id=str(document["workspace_id"]),
            kind=str(document["kind"]),
            created_at=str(document["created_at"]),
            kdf=_valid_kdf(KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))),
            salt=_at_least(_unb64(kdf["salt"]), SALT_MIN_BYTES),
            nonce=_exactly(_unb64(document["wrapped_key"]["nonce"]), NONCE_BYTES),
            wrapped_key=_unb64(document["wrapped_key"]["ciphertext"]),
        )
    except (KeyError, TypeError, ValueError):
        raise KeyFileError("keyfile_damaged", path=str(path)) from None


def _valid_kdf(kdf: KdfParams) -> KdfParams:
    if kdf.iterations not in KDF_ITERATIONS_RANGE or kdf.lanes not in KDF_LANES_RANGE \
            or not 8 * kdf.lanes <= kdf.memory_kib <= KDF_MEMORY_KIB_MAX:
        raise ValueError("KDF parameters out of range")
    return kdf


def _at_least(raw: bytes, size: int) -> bytes:
    if len(raw) < size:
        raise ValueError("too short")
    return raw


def _exactly(raw: bytes, size: int) -> bytes:
    if len(raw) != size:
        raise ValueError("wrong length")
    return raw


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)

"""The workspace key file: a random 256-bit database key, wrapped once per account by a key derived from that
account's passphrase (key slots, as LUKS does).

The file holds no personal data of clients: a format version, the workspace id and kind, and per slot the account's
login, the KDF parameters and the wrapped key. Every account unwraps the same data key, so adding an account,
changing a passphrase or removing a slot never re-encrypts the database. Each wrap uses AES-256-GCM with the file's
header and its own slot (login and KDF parameters) as associated data, so edited KDF parameters, a swapped workspace
id or a slot moved to another login are detected as tampering, not silently accepted.

Version 1 files (one passphrase, no logins) are read as one slot without a login; `unlock` writes them again as
version 2 with that slot under the workspace owner's login.

Reading a key file (the unlock screen's accounts) is plain Python; cryptography loads when a passphrase is stretched
or a key wrapped, on the worker: the unlock screen comes up without it (README, Performance).
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

from app.atomic import write_atomic
from app.errors import KeyFileError, NewerVersionError, WrongPassphraseError

KEYFILE_FORMAT = "terugkeer-keyfile"
KEYFILE_VERSION = 2
LEGACY_LOGIN = ""  # the one slot of a version 1 file
LOGIN_MAX_LENGTH = 120
DATA_KEY_BYTES = 32

# Argon2id memory stays modest so a 4 GB laptop unlocks comfortably; iterations are tuned per machine.
KDF_MEMORY_KIB = 64 * 1024
KDF_LANES = 4
KDF_TARGET_SECONDS = 0.5
KDF_MIN_ITERATIONS = 3
# What a key file may ask for: no more than this version creates, so a tampered file is refused as damaged before
# any derivation and cannot make unlocking hang or exhaust memory. Memory never above the creation default (64 MiB);
# iterations tuned to KDF_TARGET_SECONDS stay far below 100 (one pass over 64 MiB takes tens of milliseconds).
KDF_ITERATIONS_RANGE = range(1, 101)
KDF_LANES_RANGE = range(1, KDF_LANES + 1)
KDF_MEMORY_KIB_MAX = KDF_MEMORY_KIB
SALT_MIN_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in the key file so every machine derives the same key."""

    iterations: int
    memory_kib: int = KDF_MEMORY_KIB
    lanes: int = KDF_LANES

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """The 32-byte key; raises ValueError for parameters outside what this version creates (never derived)."""
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        _valid_kdf(self)
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
    return KdfParams(iterations=iterations_for(one, three, target_seconds))


def iterations_for(one: float, three: float, target_seconds: float) -> int:
    """Iterations for `target_seconds`, from the seconds that 1 and 3 iterations took.

    On a busy machine the two probes can come out nearly equal, which would make an iteration look free; an
    iteration is one pass over the memory, so it is taken to cost at least a quarter of the one-iteration probe.
    The result always lies in the range a key file may hold, so a tuned workspace can always be opened again."""
    per_iteration = max((three - one) / 2, one / 4, 1e-4)
    fixed = max(one - per_iteration, 0.0)
    wanted = round((target_seconds - fixed) / per_iteration)
    return min(max(KDF_MIN_ITERATIONS, wanted), KDF_ITERATIONS_RANGE[-1])


@dataclass(frozen=True)
class KeySlot:
    """The data key wrapped for one account: its login, how its passphrase is stretched, and the wrap."""

    login: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def kdf_fields(self) -> dict[str, object]:
        return {"name": "argon2id", "iterations": self.kdf.iterations, "memory_kib": self.kdf.memory_kib,
                "lanes": self.kdf.lanes, "salt": _b64(self.salt)}


@dataclass(frozen=True)
class KeyFile:
    """Contents of `workspace.key`; see the module docstring."""

    workspace_id: str
    kind: str
    created_at: str
    slots: tuple[KeySlot, ...]
    version: int = KEYFILE_VERSION
    owner: str = ""  # the login that made the workspace: who opens it when no login is named

    @property
    def logins(self) -> list[str]:
        return [slot.login for slot in self.slots]

    def associated_data(self, slot: KeySlot) -> bytes:
        """The authenticated, unencrypted part of `slot`: the file's header and the slot but its wrapped key."""
        fields: dict[str, object] = {"format": KEYFILE_FORMAT, "version": self.version,
                                     "workspace_id": self.workspace_id, "kind": self.kind,
                                     "created_at": self.created_at, "kdf": slot.kdf_fields()}
        if self.version >= 2:
            fields["login"] = slot.login
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()

    def slot(self, login: str | None) -> KeySlot | None:
        """The slot of `login` (None: the only account, or else the one that made the workspace); of a version 1
        file its one slot whatever the login; None: no such account."""
        if self.version == 1:
            return self.slots[0]
        if login is None:
            if len(self.slots) == 1:
                return self.slots[0]
            login = self.owner
        return next((slot for slot in self.slots if slot.login == login), None)

    def unwrap(self, passphrase: str, login: str | None = None) -> bytes:
        """The data key for `login` (None: the only account) and `passphrase`. A login without a slot and a wrong
        passphrase raise the same WrongPassphraseError, so trying says nothing about which logins exist."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        slot = self.slot(login)
        if slot is None:
            raise WrongPassphraseError()
        wrapping_key = slot.kdf.derive(passphrase, slot.salt)
        try:
            return AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped_key, self.associated_data(slot))
        except InvalidTag:
            raise WrongPassphraseError() from None

    def with_slot(self, data_key: bytes, login: str, passphrase: str, kdf: KdfParams | None = None) -> KeyFile:
        """This file (as version 2) with `login`'s slot wrapping `data_key` under `passphrase` (fresh salt and
        nonce), in place of the slot it had; a version 1 file's one slot becomes `login`'s."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kdf = kdf or self.slots[0].kdf
        kept = tuple(slot for slot in self.slots if slot.login != login) if self.version >= 2 else ()
        current = replace(self, version=KEYFILE_VERSION, slots=kept, owner=self.owner or login)
        unsealed = KeySlot(_valid_login(login), _valid_kdf(kdf), os.urandom(16), os.urandom(NONCE_BYTES), b"")
        sealed = AESGCM(kdf.derive(passphrase, unsealed.salt)).encrypt(
            unsealed.nonce, data_key, current.associated_data(unsealed))
        return replace(current, slots=(*kept, replace(unsealed, wrapped_key=sealed)))

    def without_slot(self, login: str) -> KeyFile:
        """This file without `login`'s slot: that passphrase no longer opens the workspace."""
        return replace(self, slots=tuple(slot for slot in self.slots if slot.login != login))

    def to_bytes(self) -> bytes:
        document: dict[str, object] = {"format": KEYFILE_FORMAT, "version": self.version,
                                       "workspace_id": self.workspace_id, "kind": self.kind,
                                       "created_at": self.created_at}
        slots = [{"login": slot.login, "kdf": slot.kdf_fields(),
                  "wrapped_key": {"nonce": _b64(slot.nonce), "ciphertext": _b64(slot.wrapped_key)}}
                 for slot in self.slots]
        if self.version == 1:
            document.update({key: value for key, value in slots[0].items() if key != "login"})
        else:
            document["slots"] = slots
            document["owner"] = self.owner
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def wrap_data_key(data_key: bytes, login: str, passphrase: str, workspace_id: str, kind: str, created_at: str,
                  kdf: KdfParams) -> KeyFile:
    """A new key file with one slot: `data_key` wrapped for `login` under `passphrase`; ready to save."""
    empty = KeyFile(workspace_id, kind, created_at, ())
    return empty.with_slot(data_key, login, passphrase, kdf)


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
    if version not in (1, 2):
        raise KeyFileError("keyfile_damaged", path=str(path))
    try:
        if version == 1:
            slots: tuple[KeySlot, ...] = (_slot(document, LEGACY_LOGIN),)
        else:
            slots = tuple(_slot(entry, _valid_login(str(entry["login"]))) for entry in document["slots"])
            if not slots or len(set(slot.login for slot in slots)) != len(slots):
                raise ValueError("no slots, or two for one login")
        return KeyFile(
            workspace_id=str(document["workspace_id"]),
            kind=str(document["kind"]),
            created_at=str(document["created_at"]),
            slots=slots,
            version=version,
            owner=str(document.get("owner", "")),
        )
    except (KeyError, TypeError, ValueError):
        raise KeyFileError("keyfile_damaged", path=str(path)) from None


def _slot(entry: dict[str, object], login: str) -> KeySlot:
    """One slot as stored: in a version 2 file an element of "slots", in a version 1 file the document itself."""
    kdf = entry["kdf"]
    wrapped = entry["wrapped_key"]
    if not isinstance(kdf, dict) or not isinstance(wrapped, dict) or kdf["name"] != "argon2id":
        raise ValueError("kdf")
    return KeySlot(
        login=login,
        kdf=_valid_kdf(KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))),
        salt=_at_least(_unb64(kdf["salt"]), SALT_MIN_BYTES),
        nonce=_exactly(_unb64(wrapped["nonce"]), NONCE_BYTES),
        wrapped_key=_unb64(wrapped["ciphertext"]),
    )


def _valid_login(login: str) -> str:
    if not login.strip() or len(login) > LOGIN_MAX_LENGTH or login != login.strip():
        raise ValueError("login")
    return login


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

"""Device identity: an Ed25519 key that signs what the device sends and an X25519 key that bundles are sealed to.

The public half travels as a small self-signed JSON file (`terugkeer device key --out FILE`). The self-signature
only proves the file is whole and was made by the holder of the private key; whether that device may be trusted is
decided by people comparing the `fingerprint` by phone or on paper before the back office registers it.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import json
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.sync.canonical import canonical_json, load_json_object

KEY_BYTES = 32
SIGNATURE_BYTES = 64
IDENTITY_FORMAT = "terugkeer-device"
IDENTITY_VERSION = 1
# Prefix of the bytes hashed into key_id and fingerprint: a hash of these keys can never collide with one of a
# different structure, and a future key format gets a new prefix.
KEY_ID_DOMAIN = b"terugkeer-device-keys-v1\x00"
IDENTITY_FILE_MAX_BYTES = 64 * 1024
TEXT_FIELD_MAX_CHARS = 200
_IDENTITY_FIELDS = frozenset(
    {"format", "version", "device_id", "kind", "municipality", "label", "signing_public", "encryption_public",
     "signature"}
)
# Control, format (bidi overrides, zero-width) and lone surrogate characters: a label is printed for people to
# compare, so nothing may hide or reorder text.
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})


@dataclass(frozen=True)
class DevicePublic:
    """What others know of a device: its id and both public keys."""

    device_id: str
    signing_public: bytes
    encryption_public: bytes

    def __post_init__(self) -> None:
        _check_device_id(self.device_id)
        if len(self.signing_public) != KEY_BYTES or len(self.encryption_public) != KEY_BYTES:
            raise ValueError("public keys must be 32 bytes each")

    def _digest(self) -> bytes:
        return hashlib.sha256(KEY_ID_DOMAIN + self.signing_public + self.encryption_public).digest()

    @property
    def key_id(self) -> str:
        """Hex of the first 16 bytes of SHA-256(KEY_ID_DOMAIN ‖ signing_public ‖ encryption_public)."""
        return self._digest()[:16].hex()

    @property
    def fingerprint(self) -> str:
        """The first 20 bytes of the key_id hash in base32, upper case, in eight groups of four, e.g.
        `ABCD EFGH ...`: short enough to read aloud, long enough (160 bits) that no one can forge a match."""
        text = base64.b32encode(self._digest()[:20]).decode("ascii")
        return " ".join(text[start : start + 4] for start in range(0, len(text), 4))

    def verify(self, signature: bytes, message: bytes) -> bool:
        """True when `signature` is this device's Ed25519 signature over `message`."""
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_public).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class DeviceIdentity:
    """A device's own key pairs (raw private keys). Kept out of repr so they never reach a log or traceback."""

    device_id: str
    signing_key: bytes = field(repr=False)
    encryption_key: bytes = field(repr=False)

    def __post_init__(self) -> None:
        _check_device_id(self.device_id)
        if len(self.signing_key) != KEY_BYTES or len(self.encryption_key) != KEY_BYTES:
            raise ValueError("private keys must be 32 bytes each")

    @classmethod
    def generate(cls, device_id: str) -> DeviceIdentity:
        """Fresh random key pairs for `device_id` (a UUID string)."""
        return cls(
            device_id=device_id,
            signing_key=Ed25519PrivateKey.generate().private_bytes_raw(),
            encryption_key=X25519PrivateKey.generate().private_bytes_raw(),
        )

    def public(self) -> DevicePublic:
        return DevicePublic(
            device_id=self.device_id,
            signing_public=Ed25519PrivateKey.from_private_bytes(self.signing_key).public_key().public_bytes_raw(),
            encryption_public=X25519PrivateKey.from_private_bytes(self.encryption_key).public_key().public_bytes_raw(),
        )

    def sign(self, message: bytes) -> bytes:
        """Ed25519 signature over `message`."""
        return Ed25519PrivateKey.from_private_bytes(self.signing_key).sign(message)

    def x25519_key(self) -> X25519PrivateKey:
        """The encryption key as a `cryptography` object, for key agreement."""
        return X25519PrivateKey.from_private_bytes(self.encryption_key)


@dataclass(frozen=True)
class PublicIdentity:
    """A verified public identity file: the device's public keys and what it says about itself."""

    device: DevicePublic
    kind: str
    municipality: str
    label: str


def public_identity_bytes(identity: DeviceIdentity, *, kind: str, municipality: str, label: str) -> bytes:
    """The public identity file of `identity`: versioned UTF-8 JSON, self-signed over its canonical form.

    `kind` is a WorkspaceKind value; `municipality` (non-empty) and `label` are at most 200 characters without
    control or invisible format characters. Raises ValueError otherwise (a programming error, not user input)."""
    _check_text_fields(kind, municipality, label)
    public = identity.public()
    fields: dict[str, Any] = {
        "format": IDENTITY_FORMAT,
        "version": IDENTITY_VERSION,
        "device_id": public.device_id,
        "kind": kind,
        "municipality": municipality,
        "label": label,
        "signing_public": _b64(public.signing_public),
        "encryption_public": _b64(public.encryption_public),
    }
    document = {**fields, "signature": _b64(identity.sign(canonical_json(fields)))}
    return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def read_identity_file(path: Path) -> PublicIdentity:
    """Read and verify the public identity file at `path`; raises TerugkeerError "identity_file_unreadable" when it
    cannot be read, else as `read_public_identity`."""
    try:
        data = path.read_bytes()
    except OSError:
        raise TerugkeerError("identity_file_unreadable", path=str(path)) from None
    return read_public_identity(data)


def read_public_identity(data: bytes) -> PublicIdentity:
    """Parse and verify a public identity file.

    Raises TerugkeerError "identity_file_unsupported_version" (version=...) for another format version and
    "identity_file_invalid" for anything else wrong: not UTF-8 JSON, missing or extra fields, wrong key sizes,
    a bad self-signature. The signature covers the canonical JSON, so re-indenting or CRLF line ends are harmless."""
    try:
        if len(data) > IDENTITY_FILE_MAX_BYTES:
            raise ValueError("too large")
        document = load_json_object(data.removeprefix(codecs.BOM_UTF8))  # Notepad may have added a BOM
        if document.get("format") != IDENTITY_FORMAT:
            raise ValueError("not an identity file")
        version = document.get("version")
        if type(version) is not int:
            raise ValueError("version")
    except ValueError:
        raise TerugkeerError("identity_file_invalid") from None
    if version != IDENTITY_VERSION:
        raise TerugkeerError("identity_file_unsupported_version", version=version)
    try:
        if set(document) != _IDENTITY_FIELDS:
            raise ValueError("fields")
        kind, municipality, label = document["kind"], document["municipality"], document["label"]
        _check_text_fields(kind, municipality, label)
        device = DevicePublic(
            device_id=document["device_id"],
            signing_public=_unb64(document["signing_public"], KEY_BYTES),
            encryption_public=_unb64(document["encryption_public"], KEY_BYTES),
        )
        signature = _unb64(document["signature"], SIGNATURE_BYTES)
        fields = {name: value for name, value in document.items() if name != "signature"}
        if not device.verify(signature, canonical_json(fields)):
            raise ValueError("signature")
    except (ValueError, TypeError, UnicodeError):
        raise TerugkeerError("identity_file_invalid") from None
    return PublicIdentity(device=device, kind=kind, municipality=municipality, label=label)


def _check_device_id(device_id: object) -> None:
    """Device ids are UUIDs in their canonical lower-case form, so equal ids are equal strings."""
    if not isinstance(device_id, str) or str(uuid.UUID(device_id)) != device_id:
        raise ValueError("device_id must be a canonical UUID string")


def _check_text_fields(kind: object, municipality: object, label: object) -> None:
    if kind not in {member.value for member in WorkspaceKind}:
        raise ValueError("unknown kind")
    for text in (municipality, label):
        if not isinstance(text, str) or len(text) > TEXT_FIELD_MAX_CHARS:
            raise ValueError("text field")
        if any(unicodedata.category(char) in _FORBIDDEN_CATEGORIES for char in text):
            raise ValueError("invisible or control character")
    if not isinstance(municipality, str) or not municipality.strip():
        raise ValueError("municipality is empty")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object, size: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    raw = base64.b64decode(text, validate=True)  # binascii.Error is a ValueError
    if len(raw) != size or _b64(raw) != text:  # one spelling per value: no padding or alphabet games
        raise ValueError("wrong size")
    return raw

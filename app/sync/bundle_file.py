"""The sync bundle container: one file, carried on a USB stick, signed by its sender and sealed to one recipient.

Layout (all lengths 4-byte big-endian)::

    b"TERUGKEER-BUNDLE\\n"
    len ‖ header      cleartext canonical JSON, readable without keys (for listing a stick)
    len ‖ manifest    canonical JSON: every header field plus hashes, sizes and the ephemeral key
    len ‖ signature   Ed25519 by the sender over the file's bytes up to here (magic, both lengths and JSONs)
    (len ‖ chunk)*    the payload sealed in chunks; see below

The magic and the length-prefixed header with its `format_version` are the part that stays readable across
versions, so a newer bundle is refused by version rather than called damaged.

Sealing: an ephemeral X25519 key per bundle agrees a secret with the recipient's X25519 key; HKDF-SHA256 (salt =
ephemeral public ‖ recipient public, info = b"terugkeer-bundle-v1" ‖ the 16 bytes of the bundle UUID) gives a
ChaCha20-Poly1305 key. The plaintext is cut into 64 KiB chunks sealed with age's STREAM nonces (11-byte big-endian
counter ‖ 0x01 on the final chunk, else 0x00), so reordered, dropped or cut-off chunks fail to open. An empty
payload is one empty final chunk. `ciphertext_sha256` covers the whole chunk section as on disk (lengths included).

The sender cannot open what it sent; it verifies the written file by signature and hashes instead. Revoking a
device is the caller's business: `sender_lookup` returns None for a revoked or unknown device.
"""

from __future__ import annotations

import base64
import hashlib
import io
import math
import os
import struct
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.atomic import NO_ROOM, atomic_file
from app.errors import TerugkeerError
from app.progress import NoProgress, ProgressReport
from app.sync.canonical import canonical_json, is_storable_int, is_storable_text, load_json_object
from app.sync.identity import KEY_BYTES, SIGNATURE_BYTES, DeviceIdentity, DevicePublic

BUNDLE_SUFFIX = ".terugkeer"
PARTIAL_SUFFIX = ".partial"
MAGIC = b"TERUGKEER-BUNDLE\n"
FORMAT_VERSION = 1
CHUNK_SIZE = 64 * 1024
TAG_BYTES = 16
LENGTH = struct.Struct(">I")
HKDF_INFO = b"terugkeer-bundle-v1"
# Bounds checked before anything is allocated, so a damaged or hostile file cannot make us read gigabytes.
MAX_SECTION_BYTES = 1024 * 1024
MAX_CHUNK_SIZE = 1024 * 1024
MAX_TEXT_CHARS = 256

_HEADER_FIELDS = ("format_version", "bundle_id", "sender_device_id", "recipient_device_id", "sequence",
                  "created_at", "counts")


@dataclass(frozen=True)
class BundleHeader:
    """The cleartext header: enough to list a stick and pick the bundles meant for this device.

    Anyone holding the stick can read it, so `counts` names kinds of records ("cases": 3), never people."""

    format_version: int
    bundle_id: str
    sender_device_id: str
    recipient_device_id: str
    sequence: int
    created_at: datetime
    counts: dict[str, int]


@dataclass(frozen=True)
class BundleManifest:
    """The signed description of a bundle; its header fields equal the cleartext header's."""

    format_version: int
    schema_version: int
    bundle_id: str
    sender_device_id: str
    recipient_device_id: str
    sender_key_id: str
    recipient_key_id: str
    sequence: int
    created_at: datetime
    counts: dict[str, int]
    previous_bundle_hash: str
    audit_chain_head: str
    payload_sha256: str
    payload_size: int
    record_count: int
    chunk_size: int
    ephemeral_public: bytes
    ciphertext_sha256: str

    def header(self) -> BundleHeader:
        return BundleHeader(**{name: getattr(self, name) for name in _HEADER_FIELDS})


@dataclass(frozen=True)
class BundleInfo:
    """A bundle just written; `file_sha256` becomes the next bundle's `previous_bundle_hash`."""

    path: Path
    bundle_id: str
    sequence: int
    size: int
    file_sha256: str
    header: BundleHeader


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle whose every check held: signed by a known sender, sealed to us, whole and in order."""

    manifest: BundleManifest
    payload: bytes
    file_sha256: str


def write_bundle(
    path: Path,
    *,
    sender: DeviceIdentity,
    recipient: DevicePublic,
    payload: bytes,
    schema_version: int,
    sequence: int,
    previous_bundle_hash: str,
    audit_chain_head: str,
    counts: dict[str, int],
    record_count: int,
    progress: ProgressReport | None = None,
    bundle_id: str | None = None,
    created_at: datetime | None = None,
) -> BundleInfo:
    """Seal `payload` to `recipient`, sign it as `sender` and write it to `path` (which ends in `.terugkeer`).

    The file appears at `path` complete and verified (read back after fsync: structure, signature, hashes), or not
    at all: on any failure the temporary `.NAME.*.partial` is removed and an existing file at `path` is untouched.
    `progress` hears per chunk written how many plaintext bytes are done; when it says cancelled the write stops
    ("cancelled"). Raises "disk_full", "bundle_write_failed" or "bundle_write_verify_failed"; ValueError for
    arguments out of range or a name not ending in `.terugkeer` (programming errors)."""
    if path.suffix.lower() != BUNDLE_SUFFIX:
        raise ValueError(f"a bundle's name ends in {BUNDLE_SUFFIX}")
    when = created_at or datetime.now(UTC)
    if when.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    sender_public = sender.public()
    ephemeral = X25519PrivateKey.generate()
    described: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "schema_version": schema_version,
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "sender_device_id": sender_public.device_id,
        "recipient_device_id": recipient.device_id,
        "sender_key_id": sender_public.key_id,
        "recipient_key_id": recipient.key_id,
        "sequence": sequence,
        "created_at": when.astimezone(UTC).replace(microsecond=0),
        "counts": dict(counts),
        "previous_bundle_hash": previous_bundle_hash,
        "audit_chain_head": audit_chain_head,
        "record_count": record_count,
    }
    sealed = _seal_bundle(sender, recipient, payload, ephemeral, described)
    file_sha256, size = _write_verified(path, sealed, sender_public, recipient, progress or NoProgress())
    manifest = sealed.manifest
    return BundleInfo(path=path, bundle_id=manifest.bundle_id, sequence=manifest.sequence, size=size,
                      file_sha256=file_sha256, header=manifest.header())


def read_header(path: Path) -> BundleHeader:
    """The cleartext header, without keys and without checking the signature (it is only a listing aid).

    Raises "not_a_bundle", "bundle_unsupported_version" (version=...), "bundle_damaged" or "bundle_read_failed"."""
    _check_bundle_path(path)
    try:
        with path.open("rb") as handle:
            _read_magic(handle, path)
            return _header_from_bytes(_read_frame(handle, path), path)
    except OSError as error:
        raise _read_error(error, path) from error


def open_bundle(
    path: Path,
    *,
    recipient: DeviceIdentity,
    sender_lookup: Callable[[str], DevicePublic | None],
    progress: ProgressReport | None = None,
) -> OpenedBundle:
    """Verify and decrypt a bundle sealed to `recipient`; nothing is returned unless every check holds.

    Checks in order: structure, recipient ("bundle_wrong_recipient"), sender ("bundle_unknown_sender": the
    lookup returned None, which callers also do for revoked devices, or the device has another key now),
    signature and header = manifest ("bundle_tampered"), size and ciphertext hash ("bundle_truncated",
    "bundle_tampered"), chunks ("bundle_tampered", "bundle_truncated"), plaintext size and hash.
    `progress` hears per chunk read how many of the file's bytes are done; when it says cancelled, reading stops
    ("cancelled")."""
    _check_bundle_path(path)
    me = recipient.public()
    try:
        with path.open("rb") as handle:
            file_size = os.fstat(handle.fileno()).st_size
            container = _read_container(handle, path)
            manifest = container.manifest
            if manifest.recipient_device_id != me.device_id or manifest.recipient_key_id != me.key_id \
                    or container.header.recipient_device_id != me.device_id:
                raise TerugkeerError("bundle_wrong_recipient", path=str(path), device=manifest.recipient_device_id)
            sender = sender_lookup(container.header.sender_device_id)
            if sender is None or sender.device_id != container.header.sender_device_id:
                raise TerugkeerError("bundle_unknown_sender", path=str(path), device=container.header.sender_device_id)
            if sender.key_id != manifest.sender_key_id:
                raise TerugkeerError("bundle_unknown_sender", path=str(path), device=sender.device_id,
                                     key_id=manifest.sender_key_id)
            _check_signed(container, sender, path)
            chunk_section = _read_chunk_section(handle, container, file_size, path, progress)
    except OSError as error:
        raise _read_error(error, path) from error
    try:
        shared = recipient.x25519_key().exchange(X25519PublicKey.from_public_bytes(manifest.ephemeral_public))
    except ValueError:  # a low-order point: only a broken or hostile sender signs one
        raise TerugkeerError("bundle_tampered", path=str(path)) from None
    key = _bundle_key(shared, manifest.ephemeral_public, me.encryption_public, manifest.bundle_id)
    payload = _open_chunks(key, chunk_section, manifest, path)
    if len(payload) != manifest.payload_size or hashlib.sha256(payload).hexdigest() != manifest.payload_sha256:
        raise TerugkeerError("bundle_tampered", path=str(path))
    file_sha256 = hashlib.sha256(container.raw_prefix)
    file_sha256.update(chunk_section)
    return OpenedBundle(manifest=manifest, payload=payload, file_sha256=file_sha256.hexdigest())


# --- reading ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Container:
    """Everything before the chunks, parsed; `raw_prefix` is those bytes exactly as read."""

    header: BundleHeader
    manifest: BundleManifest
    signed: bytes
    signature: bytes
    raw_prefix: bytes


def _read_container(handle: io.BufferedReader, path: Path) -> _Container:
    _read_magic(handle, path)
    header_bytes = _read_frame(handle, path)
    header = _header_from_bytes(header_bytes, path)
    manifest_bytes = _read_frame(handle, path)
    signed = MAGIC + _frame(header_bytes) + _frame(manifest_bytes)
    signature = _read_frame(handle, path)
    if len(signature) != SIGNATURE_BYTES:
        raise TerugkeerError("bundle_damaged", path=str(path))
    try:
        manifest = _manifest_from_document(load_json_object(manifest_bytes))
    except (ValueError, TypeError, KeyError):
        raise TerugkeerError("bundle_damaged", path=str(path)) from None
    return _Container(header, manifest, signed, signature, signed + _frame(signature))


def _check_signed(container: _Container, sender: DevicePublic, path: Path) -> None:
    """The sender's signature over magic, header and manifest, and the header telling the same as the manifest."""
    if not sender.verify(container.signature, container.signed) or container.header != container.manifest.header():
        raise TerugkeerError("bundle_tampered", path=str(path))


def _read_chunk_section(
    handle: io.BufferedReader, container: _Container, file_size: int, path: Path, progress: ProgressReport | None
) -> bytearray:
    """The chunk section, read once into memory: the bytes hashed are the bytes decrypted."""
    manifest = container.manifest
    expected = _chunk_section_size(manifest.payload_size, manifest.chunk_size)
    available = file_size - len(container.raw_prefix)
    if available < expected:
        raise TerugkeerError("bundle_truncated", path=str(path))
    if available > expected:  # bytes appended after the final chunk
        raise TerugkeerError("bundle_tampered", path=str(path))
    section = bytearray(expected)
    view = memoryview(section)
    step = manifest.chunk_size + TAG_BYTES + LENGTH.size
    done = 0
    while done < expected:
        count = handle.readinto(view[done : done + step])
        if not count:  # the file shrank while we read it
            raise TerugkeerError("bundle_truncated", path=str(path))
        done += count
        if progress is not None:
            progress.update(len(container.raw_prefix) + done, file_size)
            if progress.cancelled:
                raise TerugkeerError("cancelled")
    if handle.read(1):  # the file grew while we read it
        raise TerugkeerError("bundle_tampered", path=str(path))
    if hashlib.sha256(section).hexdigest() != manifest.ciphertext_sha256:
        raise TerugkeerError("bundle_tampered", path=str(path))
    return section


def _open_chunks(key: bytes, section: bytearray, manifest: BundleManifest, path: Path) -> bytes:
    aead = ChaCha20Poly1305(key)
    view = memoryview(section)
    chunk_count = _chunk_count(manifest.payload_size, manifest.chunk_size)
    parts: list[bytes] = []
    position = 0
    for index in range(chunk_count):
        if position + LENGTH.size > len(view):
            raise TerugkeerError("bundle_truncated", path=str(path))
        (length,) = LENGTH.unpack(view[position : position + LENGTH.size])
        position += LENGTH.size
        if not TAG_BYTES <= length <= manifest.chunk_size + TAG_BYTES:
            raise TerugkeerError("bundle_damaged", path=str(path))
        if position + length > len(view):
            raise TerugkeerError("bundle_truncated", path=str(path))
        final = index == chunk_count - 1
        try:
            plain = aead.decrypt(_nonce(index, final), view[position : position + length], None)
        except InvalidTag:
            raise TerugkeerError("bundle_tampered", path=str(path)) from None
        if not final and len(plain) != manifest.chunk_size:  # only the final chunk may be short
            raise TerugkeerError("bundle_tampered", path=str(path))
        parts.append(plain)
        position += length
    if position != len(view):
        raise TerugkeerError("bundle_tampered", path=str(path))
    return b"".join(parts)


def _read_magic(handle: io.BufferedReader, path: Path) -> None:
    start = handle.read(len(MAGIC))
    if start != MAGIC:
        if MAGIC.startswith(start):  # empty, or cut off inside the magic: a bundle, damaged
            raise TerugkeerError("bundle_damaged", path=str(path))
        raise TerugkeerError("not_a_bundle", path=str(path))


def _read_frame(handle: io.BufferedReader, path: Path) -> bytes:
    (length,) = LENGTH.unpack(_read_exact(handle, LENGTH.size, path))
    if length > MAX_SECTION_BYTES:
        raise TerugkeerError("bundle_damaged", path=str(path))
    return _read_exact(handle, length, path)


def _read_exact(handle: io.BufferedReader, size: int, path: Path) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise TerugkeerError("bundle_damaged", path=str(path))
    return data


def _header_from_bytes(data: bytes, path: Path) -> BundleHeader:
    try:
        document = load_json_object(data)
    except ValueError:
        raise TerugkeerError("bundle_damaged", path=str(path)) from None
    version = document.get("format_version")
    if type(version) is not int:
        raise TerugkeerError("bundle_damaged", path=str(path))
    if version != FORMAT_VERSION:
        raise TerugkeerError("bundle_unsupported_version", path=str(path), version=version)
    try:
        if set(document) != set(_HEADER_FIELDS):
            raise ValueError("fields")
        return BundleHeader(
            format_version=version,
            bundle_id=_uuid_text(document["bundle_id"]),
            sender_device_id=_uuid_text(document["sender_device_id"]),
            recipient_device_id=_uuid_text(document["recipient_device_id"]),
            sequence=_count(document["sequence"]),
            created_at=_utc_time(document["created_at"]),
            counts=_counts(document["counts"]),
        )
    except (ValueError, TypeError):
        raise TerugkeerError("bundle_damaged", path=str(path)) from None


# --- JSON documents ----------------------------------------------------------------------------------------------


def _header_document(header: BundleHeader) -> dict[str, Any]:
    return {**{name: getattr(header, name) for name in _HEADER_FIELDS}, "created_at": _iso(header.created_at)}


def _manifest_document(manifest: BundleManifest) -> dict[str, Any]:
    document = {name: getattr(manifest, name) for name in BundleManifest.__dataclass_fields__}
    document["created_at"] = _iso(manifest.created_at)
    document["ephemeral_public"] = base64.b64encode(manifest.ephemeral_public).decode("ascii")
    return document


def _manifest_from_document(document: dict[str, Any]) -> BundleManifest:
    """Strictly typed: a field missing, extra or of the wrong type or range raises ValueError/TypeError/KeyError."""
    if set(document) != set(BundleManifest.__dataclass_fields__) or document["format_version"] != FORMAT_VERSION:
        raise ValueError("fields")
    chunk_size = _count(document["chunk_size"])
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError("chunk_size")
    return BundleManifest(
        format_version=FORMAT_VERSION,
        schema_version=_count(document["schema_version"]),
        bundle_id=_uuid_text(document["bundle_id"]),
        sender_device_id=_uuid_text(document["sender_device_id"]),
        recipient_device_id=_uuid_text(document["recipient_device_id"]),
        sender_key_id=_hex(document["sender_key_id"], 16),
        recipient_key_id=_hex(document["recipient_key_id"], 16),
        sequence=_count(document["sequence"]),
        created_at=_utc_time(document["created_at"]),
        counts=_counts(document["counts"]),
        previous_bundle_hash=_hex(document["previous_bundle_hash"], 32, empty_ok=True),
        audit_chain_head=_text(document["audit_chain_head"]),
        payload_sha256=_hex(document["payload_sha256"], 32),
        payload_size=_count(document["payload_size"]),
        record_count=_count(document["record_count"]),
        chunk_size=chunk_size,
        ephemeral_public=_base64(document["ephemeral_public"], KEY_BYTES),
        ciphertext_sha256=_hex(document["ciphertext_sha256"], 32),
    )


def _count(value: object) -> int:
    if not is_storable_int(value) or value < 0:
        raise ValueError("expected a non-negative integer")
    return value


def _text(value: object) -> str:
    if not is_storable_text(value) or len(value) > MAX_TEXT_CHARS:
        raise ValueError("expected a short text")
    return value


def _hex(value: object, size: int, *, empty_ok: bool = False) -> str:
    """Lower-case hex of exactly `size` bytes (or "" when allowed)."""
    if not isinstance(value, str) or (value == "" and not empty_ok):
        raise ValueError("expected hex")
    if value and (len(value) != 2 * size or value != bytes.fromhex(value).hex()):
        raise ValueError("expected lower-case hex")
    return value


def _base64(value: object, size: int) -> bytes:
    """Standard base64 of exactly `size` bytes, in its one canonical spelling."""
    if not isinstance(value, str):
        raise ValueError("expected base64")
    raw = base64.b64decode(value, validate=True)
    if len(raw) != size or base64.b64encode(raw).decode("ascii") != value:
        raise ValueError("expected canonical base64")
    return raw


def _uuid_text(value: object) -> str:
    if not isinstance(value, str) or str(uuid.UUID(value)) != value:
        raise ValueError("expected a canonical UUID")
    return value


def _utc_time(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError("expected an ISO time")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None or _iso(moment) != value:
        raise ValueError("expected UTC ISO seconds")
    return moment


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _counts(value: object) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ValueError("expected counts")
    return {_text(name): _count(number) for name, number in value.items()}


# --- sealing and writing -----------------------------------------------------------------------------------------


def _bundle_key(shared_secret: bytes, ephemeral_public: bytes, recipient_public: bytes, bundle_id: str) -> bytes:
    return HKDF(
        algorithm=SHA256(), length=32, salt=ephemeral_public + recipient_public,
        info=HKDF_INFO + uuid.UUID(bundle_id).bytes,
    ).derive(shared_secret)


def _nonce(counter: int, final: bool) -> bytes:
    """age STREAM: 11-byte big-endian chunk counter, then 1 on the final chunk and 0 before it."""
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _seal(key: bytes, payload: bytes, chunk_size: int) -> list[bytes]:
    aead = ChaCha20Poly1305(key)
    count = _chunk_count(len(payload), chunk_size)
    view = memoryview(payload)
    return [
        aead.encrypt(_nonce(index, index == count - 1), view[index * chunk_size : (index + 1) * chunk_size], None)
        for index in range(count)
    ]


def _chunk_count(payload_size: int, chunk_size: int) -> int:
    return max(1, math.ceil(payload_size / chunk_size))


def _chunk_section_size(payload_size: int, chunk_size: int) -> int:
    return payload_size + _chunk_count(payload_size, chunk_size) * (LENGTH.size + TAG_BYTES)


def _frame(data: bytes) -> bytes:
    return LENGTH.pack(len(data)) + data


@dataclass(frozen=True)
class _Sealed:
    """A bundle ready to write: its manifest, the signed prefix (magic, header, manifest, signature frames) and the
    sealed chunks (emptied once written, to free the memory before the file is read back)."""

    manifest: BundleManifest
    prefix: bytes
    chunks: list[bytes]


def _seal_bundle(sender: DeviceIdentity, recipient: DevicePublic, payload: bytes, ephemeral: X25519PrivateKey,
                 described: dict[str, Any]) -> _Sealed:
    """Seal the payload to the recipient with the ephemeral key, complete the manifest from what the caller
    `described` and sign magic, header and manifest."""
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = _bundle_key(
        ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.encryption_public)),
        ephemeral_public, recipient.encryption_public, described["bundle_id"],
    )
    chunks = _seal(key, payload, CHUNK_SIZE)
    ciphertext_hash = hashlib.sha256()
    for chunk in chunks:
        ciphertext_hash.update(LENGTH.pack(len(chunk)))
        ciphertext_hash.update(chunk)
    manifest = BundleManifest(**described, payload_sha256=hashlib.sha256(payload).hexdigest(),
                              payload_size=len(payload), chunk_size=CHUNK_SIZE, ephemeral_public=ephemeral_public,
                              ciphertext_sha256=ciphertext_hash.hexdigest())
    _manifest_from_document(_manifest_document(manifest))  # the reader's rules: refuse what it would refuse
    signed = MAGIC + _frame(canonical_json(_header_document(manifest.header()))) \
        + _frame(canonical_json(_manifest_document(manifest)))
    return _Sealed(manifest, signed + _frame(sender.sign(signed)), chunks)


def _write_verified(path: Path, sealed: _Sealed, sender: DevicePublic, recipient: DevicePublic,
                    progress: ProgressReport) -> tuple[str, int]:
    """Write the sealed bundle through a `.partial` beside `path`, read it back, and only then give it its name;
    returns the file's SHA-256 and size."""
    total = sealed.manifest.payload_size
    try:
        with atomic_file(path, suffix=PARTIAL_SUFFIX) as pending:
            _write_section(pending.handle, sealed.prefix)
            done = 0
            for chunk in sealed.chunks:
                _write_section(pending.handle, _frame(chunk))
                done += len(chunk) - TAG_BYTES
                progress.update(done, total)
                if progress.cancelled:
                    raise TerugkeerError("cancelled")
            pending.finish(drop_cache=True)
            sealed.chunks.clear()
            return _verify_written(pending.temporary, path, sender, recipient, sealed.manifest)
    except OSError as error:
        raise _write_error(error, path) from error


def _write_section(handle: BinaryIO, data: bytes) -> None:
    """The one place bytes go to the bundle file (tests put a full disk here)."""
    handle.write(data)


def _verify_written(
    partial: Path, path: Path, sender: DevicePublic, recipient: DevicePublic, manifest: BundleManifest
) -> tuple[str, int]:
    """Read the written file back as a reader would (short of decrypting); returns its SHA-256 and size."""
    try:
        with partial.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            container = _read_container(handle, partial)
            if container.manifest != manifest or container.manifest.recipient_key_id != recipient.key_id:
                raise TerugkeerError("bundle_tampered")
            _check_signed(container, sender, partial)
            section = _read_chunk_section(handle, container, size, partial, None)
    except TerugkeerError:
        raise TerugkeerError("bundle_write_verify_failed", path=str(path)) from None
    digest = hashlib.sha256(container.raw_prefix)
    digest.update(section)
    return digest.hexdigest(), size


def _check_bundle_path(path: Path) -> None:
    """Only `*.terugkeer` names are bundles; a leftover `.partial` from an interrupted write never is."""
    if path.suffix.lower() != BUNDLE_SUFFIX:
        raise TerugkeerError("not_a_bundle", path=str(path))


def _write_error(error: OSError, path: Path) -> TerugkeerError:
    if error.errno in NO_ROOM:
        return TerugkeerError("disk_full", path=str(path.parent))
    reason = os.strerror(error.errno) if error.errno else str(error)
    return TerugkeerError("bundle_write_failed", path=str(path), reason=reason)


def _read_error(error: OSError, path: Path) -> TerugkeerError:
    reason = os.strerror(error.errno) if error.errno else str(error)
    return TerugkeerError("bundle_read_failed", path=str(path), reason=reason)

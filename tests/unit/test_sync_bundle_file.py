"""The bundle container: signed, sealed to one recipient, whole or refused, and written atomically.

Edits to bundles are made with a small independent reader/writer of the documented layout (below), so the tests
also pin the on-disk format that the back office must read.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given, settings
from hypothesis import strategies as st

import app.sync
from app.errors import TerugkeerError
from app.sync import bundle_file
from app.sync.bundle_file import (
    BUNDLE_SUFFIX,
    BundleInfo,
    OpenedBundle,
    open_bundle,
    read_header,
    write_bundle,
)
from app.sync.canonical import canonical_json
from app.sync.identity import DeviceIdentity, DevicePublic

ROOT = Path(__file__).resolve().parents[2]
KIB = 1024
CHUNK = 64 * KIB
MAGIC = b"TERUGKEER-BUNDLE\n"
MARKER = "Zoë Ĳsselmeer"
# Every way a bundle can be refused; a flipped or cut byte must end in one of these and never in a payload.
REFUSED = {"not_a_bundle", "bundle_unsupported_version", "bundle_damaged", "bundle_truncated", "bundle_tampered",
           "bundle_wrong_recipient", "bundle_unknown_sender"}
CUT_OFF = {"bundle_truncated", "bundle_damaged", "bundle_tampered"}

SENDER = DeviceIdentity.generate("11111111-1111-4111-8111-111111111111")
RECIPIENT = DeviceIdentity.generate("22222222-2222-4222-8222-222222222222")
STRANGER = DeviceIdentity.generate("33333333-3333-4333-8333-333333333333")
ATTACKER = DeviceIdentity.generate("44444444-4444-4444-8444-444444444444")
CREATED_AT = datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)


def known_senders(device_id: str) -> DevicePublic | None:
    return {SENDER.device_id: SENDER.public()}.get(device_id)


def write(path: Path, payload: bytes, **overrides: Any) -> BundleInfo:
    arguments: dict[str, Any] = {
        "sender": SENDER, "recipient": RECIPIENT.public(), "payload": payload, "schema_version": 7, "sequence": 3,
        "previous_bundle_hash": "ab" * 32, "audit_chain_head": "cd" * 32, "counts": {"cases": 2, "contacts": 5},
        "record_count": 9, "created_at": CREATED_AT,
    }
    return write_bundle(path, **{**arguments, **overrides})


def open_(path: Path, recipient: DeviceIdentity = RECIPIENT,
          lookup: Callable[[str], DevicePublic | None] = known_senders) -> OpenedBundle:
    return open_bundle(path, recipient=recipient, sender_lookup=lookup)


def refused(path: Path, **kwargs: Any) -> TerugkeerError:
    with pytest.raises(TerugkeerError) as caught:
        open_(path, **kwargs)
    return caught.value


# --- an independent reading of the documented layout ---------------------------------------------------------


def frame(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


@dataclass
class Layout:
    header: bytes
    manifest: bytes
    signature: bytes
    chunks: list[bytes] = field(default_factory=list)

    @classmethod
    def parse(cls, data: bytes) -> Layout:
        assert data.startswith(MAGIC)
        position = len(MAGIC)
        sections: list[bytes] = []
        while position < len(data):
            length = int.from_bytes(data[position : position + 4], "big")
            sections.append(data[position + 4 : position + 4 + length])
            position += 4 + length
        assert position == len(data)
        return cls(sections[0], sections[1], sections[2], sections[3:])

    def signed_part(self) -> bytes:
        return MAGIC + frame(self.header) + frame(self.manifest)

    def to_bytes(self) -> bytes:
        return self.signed_part() + frame(self.signature) + b"".join(frame(chunk) for chunk in self.chunks)

    def manifest_doc(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self.manifest)
        return document

    def edit_manifest(self, **changes: Any) -> None:
        self.manifest = canonical_json({**self.manifest_doc(), **changes})

    def edit_header(self, **changes: Any) -> None:
        self.header = canonical_json({**json.loads(self.header), **changes})

    def rehash_and_sign(self, signer: DeviceIdentity) -> None:
        """What only the sender (or someone holding its key) can do: make hash and signature fit again."""
        section = b"".join(frame(chunk) for chunk in self.chunks)
        self.edit_manifest(ciphertext_sha256=hashlib.sha256(section).hexdigest())
        self.signature = signer.sign(self.signed_part())

    def chunk_offsets(self) -> list[int]:
        """File offset where each chunk frame starts, and the end of the file."""
        offset = len(self.signed_part()) + 4 + len(self.signature)
        offsets = []
        for chunk in self.chunks:
            offsets.append(offset)
            offset += 4 + len(chunk)
        return [*offsets, offset]


def chunk_key(layout: Layout, recipient: DeviceIdentity) -> bytes:
    """The bundle key, derived exactly as the format documents it."""
    manifest = layout.manifest_doc()
    ephemeral = base64.b64decode(manifest["ephemeral_public"])
    recipient_public = recipient.public().encryption_public
    shared = recipient.x25519_key().exchange(X25519PublicKey.from_public_bytes(ephemeral))
    return HKDF(algorithm=SHA256(), length=32, salt=ephemeral + recipient_public,
                info=b"terugkeer-bundle-v1" + uuid.UUID(manifest["bundle_id"]).bytes).derive(shared)


def stream_nonce(counter: int, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + bytes([final])


# --- fixtures ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def three_chunks(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """A bundle of two full chunks and a short final one, with its payload."""
    payload = os.urandom(2 * CHUNK + 1000)
    path = tmp_path_factory.mktemp("bundle") / f"sample{BUNDLE_SUFFIX}"
    write(path, payload)
    return path.read_bytes(), payload


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One path that tests overwrite many times (hypothesis does not mix with function-scoped tmp_path)."""
    return tmp_path_factory.mktemp("scratch") / f"edited{BUNDLE_SUFFIX}"


def put(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- round trip and format ------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 1024 * KIB + 123])
def test_round_trip(tmp_path: Path, size: int) -> None:
    payload = os.urandom(size)
    path = tmp_path / f"out{BUNDLE_SUFFIX}"
    info = write(path, payload)
    opened = open_(path)
    data = path.read_bytes()
    assert opened.payload == payload
    assert opened.file_sha256 == info.file_sha256 == hashlib.sha256(data).hexdigest()
    assert info.size == len(data)
    manifest = opened.manifest
    assert (manifest.sequence, manifest.schema_version, manifest.record_count) == (3, 7, 9)
    assert (manifest.previous_bundle_hash, manifest.audit_chain_head) == ("ab" * 32, "cd" * 32)
    assert manifest.payload_size == size
    assert manifest.created_at == CREATED_AT
    assert manifest.header() == info.header == read_header(path)
    assert len(Layout.parse(data).chunks) == max(1, -(-size // CHUNK))


def test_empty_payload_is_one_empty_final_chunk(tmp_path: Path) -> None:
    path = tmp_path / f"empty{BUNDLE_SUFFIX}"
    write(path, b"")
    layout = Layout.parse(path.read_bytes())
    assert [len(chunk) for chunk in layout.chunks] == [16]
    assert ChaCha20Poly1305(chunk_key(layout, RECIPIENT)).decrypt(stream_nonce(0, True), layout.chunks[0], None) == b""


def test_chunks_follow_the_documented_key_and_stream_nonces(three_chunks: tuple[bytes, bytes]) -> None:
    """An independent decryption from the format description alone, as the back office would do it."""
    data, payload = three_chunks
    layout = Layout.parse(data)
    aead = ChaCha20Poly1305(chunk_key(layout, RECIPIENT))
    count = len(layout.chunks)
    plain = b"".join(aead.decrypt(stream_nonce(index, index == count - 1), chunk, None)
                     for index, chunk in enumerate(layout.chunks))
    assert plain == payload
    assert SENDER.public().verify(layout.signature, layout.signed_part())
    manifest = layout.manifest_doc()
    assert manifest["ciphertext_sha256"] == hashlib.sha256(b"".join(frame(c) for c in layout.chunks)).hexdigest()
    assert manifest["payload_sha256"] == hashlib.sha256(payload).hexdigest()
    assert manifest["sender_key_id"] == SENDER.public().key_id
    assert manifest["recipient_key_id"] == RECIPIENT.public().key_id
    assert manifest["chunk_size"] == CHUNK


def test_header_is_readable_without_keys_and_reveals_no_payload(tmp_path: Path) -> None:
    payload = json.dumps([{"name": MARKER, "note": "x" * 300}] * 50, ensure_ascii=False).encode("utf-8")
    path = tmp_path / f"people{BUNDLE_SUFFIX}"
    info = write(path, payload, sequence=12, counts={"cases": 50})
    header = read_header(path)
    assert header == info.header
    assert (header.sequence, header.counts, header.created_at) == (12, {"cases": 50}, CREATED_AT)
    assert (header.sender_device_id, header.recipient_device_id) == (SENDER.device_id, RECIPIENT.device_id)
    data = path.read_bytes()
    assert MARKER.encode("utf-8") not in data
    assert MARKER.encode("utf-16-le") not in data
    assert payload[:24] not in data
    assert b"x" * 32 not in data


def test_given_bundle_id_and_created_at_are_used(tmp_path: Path) -> None:
    bundle_id = str(uuid.uuid4())
    amsterdam = timezone(timedelta(hours=2))
    path = tmp_path / f"given{BUNDLE_SUFFIX}"
    info = write(path, b"x", bundle_id=bundle_id, created_at=datetime(2025, 6, 1, 12, 0, 0, 987, tzinfo=amsterdam))
    assert info.bundle_id == bundle_id == read_header(path).bundle_id
    assert json.loads(Layout.parse(path.read_bytes()).header)["created_at"] == "2025-06-01T10:00:00+00:00"


def test_each_bundle_has_its_own_id_and_ephemeral_key(tmp_path: Path) -> None:
    first, second = write(tmp_path / "a.terugkeer", b"same"), write(tmp_path / "b.terugkeer", b"same")
    assert first.bundle_id != second.bundle_id
    manifests = [Layout.parse(info.path.read_bytes()).manifest_doc() for info in (first, second)]
    assert manifests[0]["ephemeral_public"] != manifests[1]["ephemeral_public"]


@pytest.mark.parametrize(
    "overrides",
    [{"sequence": -1}, {"previous_bundle_hash": "abc"}, {"previous_bundle_hash": "AB" * 32}, {"counts": {"a": -1}},
     {"record_count": True}, {"bundle_id": "not-a-uuid"}, {"created_at": datetime(2025, 1, 1)}],
)
def test_writer_refuses_bad_arguments_and_leaves_nothing(tmp_path: Path, overrides: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        write(tmp_path / f"bad{BUNDLE_SUFFIX}", b"x", **overrides)
    assert list(tmp_path.iterdir()) == []


def test_writer_wants_the_bundle_suffix(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write(tmp_path / "bundle.zip", b"x")


# --- refusing what is not whole -------------------------------------------------------------------------------


def _flip_positions(data: bytes) -> list[int]:
    """Every byte of magic, header, manifest and signature, every chunk length, and a stride through the chunks."""
    layout = Layout.parse(data)
    prefix_end = layout.chunk_offsets()[0]
    lengths = [offset + index for offset in layout.chunk_offsets()[:-1] for index in range(4)]
    return sorted({*range(prefix_end), *lengths, *range(prefix_end, len(data), 509), len(data) - 1})


def test_every_sampled_byte_flip_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    data, _ = three_chunks
    positions = _flip_positions(data)
    assert len(positions) > 1000
    for position in positions:
        edited = bytearray(data)
        edited[position] ^= 0x01 if position % 2 else 0x80
        with pytest.raises(TerugkeerError) as caught:
            open_(put(scratch, bytes(edited)))
        assert caught.value.code in REFUSED, (position, caught.value.code)


@settings(max_examples=150, deadline=None)
@given(position=st.integers(min_value=0), mask=st.integers(min_value=1, max_value=255))
def test_any_byte_flip_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path, position: int, mask: int) -> None:
    data, _ = three_chunks
    edited = bytearray(data)
    edited[position % len(data)] ^= mask
    assert refused(put(scratch, bytes(edited))).code in REFUSED


def test_truncation_at_every_boundary_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    data, _ = three_chunks
    offsets = Layout.parse(data).chunk_offsets()
    for end in offsets[:-1]:
        assert refused(put(scratch, data[:end])).code == "bundle_truncated", end
        assert refused(put(scratch, data[: end + 4])).code == "bundle_truncated", end
    layout = Layout.parse(data)
    prefix_boundaries = [0, 5, len(MAGIC), len(MAGIC) + 4, len(MAGIC) + 4 + len(layout.header),
                         len(layout.signed_part()), len(layout.signed_part()) + 4]
    for end in prefix_boundaries:
        assert refused(put(scratch, data[:end])).code == "bundle_damaged", end


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(min_value=1))
def test_truncation_anywhere_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path, cut: int) -> None:
    data, _ = three_chunks
    assert refused(put(scratch, data[: cut % len(data)])).code in CUT_OFF


@pytest.mark.parametrize("extra", [b"\x00", b"garbage" * 100, frame(os.urandom(100))])
def test_appended_bytes_are_refused(three_chunks: tuple[bytes, bytes], scratch: Path, extra: bytes) -> None:
    data, _ = three_chunks
    assert refused(put(scratch, data + extra)).code == "bundle_tampered"


def test_swapped_chunks_are_refused(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    layout = Layout.parse(three_chunks[0])
    layout.chunks[0], layout.chunks[1] = layout.chunks[1], layout.chunks[0]
    assert refused(put(scratch, layout.to_bytes())).code == "bundle_tampered"


def test_swapped_chunks_are_refused_even_with_a_fitting_hash(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    """The chunk counter in the nonce catches reordering by itself, hashes and signature aside."""
    data, payload = three_chunks
    layout = Layout.parse(data)
    layout.chunks[0], layout.chunks[1] = layout.chunks[1], layout.chunks[0]
    swapped = payload[CHUNK : 2 * CHUNK] + payload[:CHUNK] + payload[2 * CHUNK :]
    layout.edit_manifest(payload_sha256=hashlib.sha256(swapped).hexdigest())
    layout.rehash_and_sign(SENDER)
    assert refused(put(scratch, layout.to_bytes())).code == "bundle_tampered"


def test_dropped_final_chunk_is_refused_even_with_fitting_sizes(
    three_chunks: tuple[bytes, bytes], scratch: Path
) -> None:
    """The last-chunk flag: two full chunks sealed as 'more follows' never make a complete payload."""
    data, payload = three_chunks
    layout = Layout.parse(data)
    layout.chunks.pop()
    kept = payload[: 2 * CHUNK]
    layout.edit_manifest(payload_size=len(kept), payload_sha256=hashlib.sha256(kept).hexdigest())
    layout.rehash_and_sign(SENDER)
    assert refused(put(scratch, layout.to_bytes())).code == "bundle_tampered"


def test_only_the_final_chunk_may_be_short(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    """Chunking is canonical (as in age): the same payload cut [64 KiB - 1000, 64 KiB, 2000] is refused."""
    data, payload = three_chunks
    layout = Layout.parse(data)
    aead = ChaCha20Poly1305(chunk_key(layout, RECIPIENT))
    cuts = [0, CHUNK - 1000, 2 * CHUNK - 1000, len(payload)]
    layout.chunks = [aead.encrypt(stream_nonce(index, index == 2), payload[cuts[index] : cuts[index + 1]], None)
                     for index in range(3)]
    layout.rehash_and_sign(SENDER)
    assert refused(put(scratch, layout.to_bytes())).code == "bundle_tampered"


def test_dropped_chunk_with_the_manifest_unchanged_is_truncated(
    three_chunks: tuple[bytes, bytes], scratch: Path
) -> None:
    layout = Layout.parse(three_chunks[0])
    layout.chunks.pop()
    layout.rehash_and_sign(SENDER)
    assert refused(put(scratch, layout.to_bytes())).code == "bundle_truncated"


def test_oversized_chunk_length_is_refused_before_reading_it(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    data = bytearray(three_chunks[0])
    layout = Layout.parse(bytes(data))
    first = layout.chunk_offsets()[0]
    data[first : first + 4] = (CHUNK + 17).to_bytes(4, "big")
    # Make hash and signature fit the edited length field, so only the chunk-length bound can refuse it.
    section = bytes(data[first:])
    layout.edit_manifest(ciphertext_sha256=hashlib.sha256(section).hexdigest())
    layout.signature = SENDER.sign(layout.signed_part())
    rebuilt = layout.signed_part() + frame(layout.signature) + section
    assert refused(put(scratch, rebuilt)).code == "bundle_damaged"


@pytest.mark.parametrize("section", ["header", "manifest", "signature"])
def test_huge_section_length_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path, section: str) -> None:
    data = bytearray(three_chunks[0])
    layout = Layout.parse(bytes(data))
    start = {"header": len(MAGIC), "manifest": len(MAGIC) + 4 + len(layout.header),
             "signature": len(layout.signed_part())}[section]
    data[start : start + 4] = b"\xff\xff\xff\xf0"
    assert refused(put(scratch, bytes(data))).code == "bundle_damaged"


# --- who sent it, and to whom ---------------------------------------------------------------------------------


def test_wrong_recipient_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    error = refused(put(scratch, three_chunks[0]), recipient=STRANGER)
    assert error.code == "bundle_wrong_recipient"
    assert error.params["device"] == RECIPIENT.device_id


def test_recipient_with_a_new_key_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    rekeyed = DeviceIdentity.generate(RECIPIENT.device_id)
    assert refused(put(scratch, three_chunks[0]), recipient=rekeyed).code == "bundle_wrong_recipient"


def test_unknown_or_revoked_sender_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    error = refused(put(scratch, three_chunks[0]), lookup=lambda device_id: None)
    assert error.code == "bundle_unknown_sender"
    assert error.params["device"] == SENDER.device_id


def test_sender_known_under_another_key_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    rotated = DeviceIdentity.generate(SENDER.device_id).public()
    error = refused(put(scratch, three_chunks[0]), lookup=lambda device_id: rotated)
    assert error.code == "bundle_unknown_sender"
    assert error.params["key_id"] == SENDER.public().key_id


def test_bundle_re_signed_by_an_attacker_is_refused(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    layout = Layout.parse(three_chunks[0])
    layout.edit_manifest(previous_bundle_hash="")
    layout.rehash_and_sign(ATTACKER)
    assert refused(put(scratch, layout.to_bytes())).code == "bundle_tampered"


def test_bundle_re_signed_under_the_attackers_key_id_is_refused(
    three_chunks: tuple[bytes, bytes], scratch: Path
) -> None:
    layout = Layout.parse(three_chunks[0])
    layout.edit_manifest(sender_key_id=ATTACKER.public().key_id)
    layout.rehash_and_sign(ATTACKER)
    assert refused(put(scratch, layout.to_bytes())).code == "bundle_unknown_sender"


def test_bundle_made_by_an_attacker_claiming_the_senders_device_id_is_refused(tmp_path: Path) -> None:
    impostor = DeviceIdentity(SENDER.device_id, ATTACKER.signing_key, ATTACKER.encryption_key)
    path = tmp_path / f"forged{BUNDLE_SUFFIX}"
    write(path, b"forged", sender=impostor)
    assert refused(path).code == "bundle_unknown_sender"


@pytest.mark.parametrize("counts", [{"cases": 3, "contacts": 5}, {"cases": 20000, "contacts": 5}, {}])
def test_edited_header_counts_are_refused(three_chunks: tuple[bytes, bytes], scratch: Path, counts: Any) -> None:
    layout = Layout.parse(three_chunks[0])
    layout.edit_header(counts=counts)
    assert refused(put(scratch, layout.to_bytes())).code == "bundle_tampered"


@pytest.mark.parametrize("change", [{"counts": {"cases": 3, "contacts": 5}}, {"sequence": 4},
                                    {"created_at": "2025-03-14T09:26:54+00:00"}])
def test_header_differing_from_manifest_is_refused_even_if_signed(
    three_chunks: tuple[bytes, bytes], scratch: Path, change: dict[str, Any]
) -> None:
    layout = Layout.parse(three_chunks[0])
    layout.edit_header(**change)
    layout.rehash_and_sign(SENDER)
    assert refused(put(scratch, layout.to_bytes())).code == "bundle_tampered"


# --- reading the header ---------------------------------------------------------------------------------------


def test_read_header_refuses_other_files(tmp_path: Path) -> None:
    pdf = put(tmp_path / f"scan{BUNDLE_SUFFIX}", b"%PDF-1.7\n" + os.urandom(100))
    with pytest.raises(TerugkeerError) as caught:
        read_header(pdf)
    assert caught.value.code == "not_a_bundle"
    assert refused(pdf).code == "not_a_bundle"


def test_read_header_refuses_names_without_the_suffix(three_chunks: tuple[bytes, bytes], tmp_path: Path) -> None:
    partial = put(tmp_path / ".x.terugkeer.abc.partial", three_chunks[0])
    with pytest.raises(TerugkeerError) as caught:
        read_header(partial)
    assert caught.value.code == "not_a_bundle"


def test_newer_version_is_refused_by_version(three_chunks: tuple[bytes, bytes], scratch: Path) -> None:
    layout = Layout.parse(three_chunks[0])
    layout.edit_header(format_version=2, future_field="x")
    put(scratch, layout.to_bytes())
    with pytest.raises(TerugkeerError) as caught:
        read_header(scratch)
    assert (caught.value.code, caught.value.params["version"]) == ("bundle_unsupported_version", 2)
    assert refused(scratch).code == "bundle_unsupported_version"


@pytest.mark.parametrize("header", [b"not json", b"[]", b'{"format_version": 1}', b'{"format_version": "1"}',
                                    b'{"format_version": 1, "format_version": 1}'])
def test_damaged_header_is_refused(tmp_path: Path, header: bytes) -> None:
    path = put(tmp_path / f"bad{BUNDLE_SUFFIX}", MAGIC + frame(header))
    with pytest.raises(TerugkeerError) as caught:
        read_header(path)
    assert caught.value.code == "bundle_damaged"


def test_missing_file_is_a_read_failure(tmp_path: Path) -> None:
    error = refused(tmp_path / f"gone{BUNDLE_SUFFIX}")
    assert error.code == "bundle_read_failed"
    assert error.params["reason"] == os.strerror(errno.ENOENT)


# --- writing: atomic, cancellable, honest about a full disk ---------------------------------------------------


class Recorder:
    """A progress report that keeps every step and has the user cancel after `stop_after` of them."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.seen: list[tuple[int, int]] = []
        self.stop_after = stop_after

    def update(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    @property
    def cancelled(self) -> bool:
        return self.stop_after is not None and len(self.seen) >= self.stop_after


def test_progress_reports_each_chunk_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    record = Recorder()
    write(tmp_path / f"ok{BUNDLE_SUFFIX}", bytes(3 * CHUNK + 5), progress=record)
    assert record.seen == [(CHUNK, 3 * CHUNK + 5), (2 * CHUNK, 3 * CHUNK + 5), (3 * CHUNK, 3 * CHUNK + 5),
                           (3 * CHUNK + 5, 3 * CHUNK + 5)]
    (tmp_path / f"ok{BUNDLE_SUFFIX}").unlink()
    for stop_after in (1, 3):
        cancel = Recorder(stop_after)
        with pytest.raises(TerugkeerError) as caught:
            write(tmp_path / f"cancel{BUNDLE_SUFFIX}", bytes(3 * CHUNK + 5), progress=cancel)
        assert caught.value.code == "cancelled"
        assert len(cancel.seen) == stop_after
        assert list(tmp_path.iterdir()) == []


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.mark.parametrize("error_number", [errno.ENOSPC, errno.EDQUOT])
def test_full_disk_while_writing_leaves_the_folder_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error_number: int
) -> None:
    target = tmp_path / f"bundle{BUNDLE_SUFFIX}"
    write(target, b"the bundle already there")
    before = _folder_state(tmp_path)
    written = 0

    def fill_up(handle: Any, data: bytes) -> None:
        nonlocal written
        if written + len(data) > 100 * KIB:
            handle.write(data[: 100 * KIB - written])
            raise OSError(error_number, os.strerror(error_number))
        handle.write(data)
        written += len(data)

    monkeypatch.setattr(bundle_file, "_write_section", fill_up)
    with pytest.raises(TerugkeerError) as caught:
        write(target, os.urandom(5 * CHUNK))
    assert caught.value.code == "disk_full"
    assert caught.value.params == {"path": str(tmp_path)}
    assert _folder_state(tmp_path) == before
    assert open_(target).payload == b"the bundle already there"


def test_full_disk_at_fsync_leaves_the_folder_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Delayed allocation: the first sign of a full disk can be fsync, not write."""
    target = tmp_path / f"bundle{BUNDLE_SUFFIX}"
    write(target, b"old")
    before = _folder_state(tmp_path)

    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(bundle_file.os, "fsync", no_room)
    with pytest.raises(TerugkeerError) as caught:
        write(target, b"new")
    assert caught.value.code == "disk_full"
    monkeypatch.undo()
    assert _folder_state(tmp_path) == before


def test_other_write_errors_name_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(handle: Any, data: bytes) -> None:
        raise OSError(errno.EIO, "I/O")

    monkeypatch.setattr(bundle_file, "_write_section", broken)
    with pytest.raises(TerugkeerError) as caught:
        write(tmp_path / f"x{BUNDLE_SUFFIX}", b"x")
    assert caught.value.code == "bundle_write_failed"
    assert caught.value.params == {"path": str(tmp_path / f"x{BUNDLE_SUFFIX}"), "reason": os.strerror(errno.EIO)}
    assert list(tmp_path.iterdir()) == []


def test_bytes_that_read_back_differently_are_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing stick: what was written is read back and checked before the bundle takes its name."""
    target = tmp_path / f"bundle{BUNDLE_SUFFIX}"
    write(target, b"old")
    before = _folder_state(tmp_path)
    calls = 0

    def corrupting(handle: Any, data: bytes) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:  # the second chunk
            data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
        handle.write(data)

    monkeypatch.setattr(bundle_file, "_write_section", corrupting)
    with pytest.raises(TerugkeerError) as caught:
        write(target, os.urandom(3 * CHUNK))
    assert caught.value.code == "bundle_write_verify_failed"
    assert _folder_state(tmp_path) == before


def test_writing_replaces_an_existing_bundle_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / f"bundle{BUNDLE_SUFFIX}"
    write(target, b"old")
    write(target, b"new")
    assert [path.name for path in tmp_path.iterdir()] == [target.name]
    assert open_(target).payload == b"new"


KILLED_WRITER = """
import sys, time
from pathlib import Path
from app.sync.bundle_file import write_bundle
from app.sync.identity import DeviceIdentity

sender = DeviceIdentity.generate("11111111-1111-4111-8111-111111111111")
recipient = DeviceIdentity.generate("22222222-2222-4222-8222-222222222222").public()

class Progress:
    cancelled = False

    def update(self, done, total):
        if done >= 4 * 65536:  # well into the chunks: say so and wait to be killed
            print("writing", flush=True)
            time.sleep(60)

write_bundle(Path(sys.argv[1]), sender=sender, recipient=recipient, payload=bytes(8 * 1024 * 1024),
             schema_version=1, sequence=1, previous_bundle_hash="", audit_chain_head="", counts={},
             record_count=0, progress=Progress())
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_killed_writer_leaves_no_bundle(tmp_path: Path) -> None:
    target = tmp_path / f"stick{BUNDLE_SUFFIX}"
    write(target, b"the previous bundle")
    previous = target.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == b"writing\n", child.stderr.read() if child.stderr else b""
        partials = [path for path in tmp_path.iterdir() if path.name.endswith(".partial")]
        assert len(partials) == 1 and partials[0].stat().st_size > 4 * 65536
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert target.read_bytes() == previous
    for path in tmp_path.iterdir():
        if path == target:
            continue
        assert not path.name.endswith(BUNDLE_SUFFIX), path.name
        assert path.name.startswith(".") and path.name.endswith(".partial")
        with pytest.raises(TerugkeerError) as caught:
            read_header(path)
        assert caught.value.code == "not_a_bundle"


# --- error codes ----------------------------------------------------------------------------------------------


def test_every_raised_code_is_listed_for_the_ui() -> None:
    package = ROOT / "app" / "sync"
    source = "\n".join(path.read_text(encoding="utf-8") for path in sorted(package.glob("*.py")))
    raised = set(re.findall(r'TerugkeerError\(\s*"([a-z_]+)"', source))
    assert raised == app.sync.ERROR_CODES
    for code in app.sync.ERROR_CODES:
        assert f"- {code}" in (app.sync.__doc__ or ""), code

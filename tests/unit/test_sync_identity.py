"""Device identity: key ids, fingerprints and the self-signed public identity file."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import TerugkeerError
from app.sync.identity import (
    KEY_ID_DOMAIN,
    DeviceIdentity,
    DevicePublic,
    public_identity_bytes,
    read_public_identity,
)

DEVICE_ID = "3b0c4a8e-5f6d-4e21-9a7b-1c2d3e4f5a6b"
OTHER_DEVICE_ID = "9f8e7d6c-5b4a-4321-8fed-cba987654321"
FINGERPRINT = re.compile(r"^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$")


@pytest.fixture(scope="module")
def identity() -> DeviceIdentity:
    return DeviceIdentity.generate(DEVICE_ID)


@pytest.fixture(scope="module")
def identity_file(identity: DeviceIdentity) -> bytes:
    return public_identity_bytes(identity, kind="coordinator", municipality="Súdwest-Fryslân", label="Laptop Zoë")


def _edited(data: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    document = json.loads(data)
    change(document)
    return json.dumps(document).encode()


def _refused(data: bytes) -> TerugkeerError:
    with pytest.raises(TerugkeerError) as caught:
        read_public_identity(data)
    return caught.value


def test_generate_gives_fresh_keys_of_the_right_size() -> None:
    first, second = DeviceIdentity.generate(DEVICE_ID), DeviceIdentity.generate(DEVICE_ID)
    assert len(first.signing_key) == len(first.encryption_key) == 32
    assert first.signing_key != second.signing_key
    assert first.encryption_key != second.encryption_key
    assert first.public() == first.public()
    assert first.public().key_id != second.public().key_id


def test_private_keys_stay_out_of_repr(identity: DeviceIdentity) -> None:
    text = repr(identity)
    assert identity.signing_key.hex() not in text
    assert repr(identity.signing_key) not in text
    assert repr(identity.encryption_key) not in text


def test_device_id_must_be_a_canonical_uuid() -> None:
    with pytest.raises(ValueError):
        DeviceIdentity.generate("laptop-1")
    with pytest.raises(ValueError):
        DeviceIdentity.generate(DEVICE_ID.upper())


def test_key_id_is_the_documented_hash(identity: DeviceIdentity) -> None:
    public = identity.public()
    digest = hashlib.sha256(KEY_ID_DOMAIN + public.signing_public + public.encryption_public).digest()
    assert public.key_id == digest[:16].hex()
    assert len(public.key_id) == 32


def test_key_id_depends_on_both_keys(identity: DeviceIdentity) -> None:
    public, other = identity.public(), DeviceIdentity.generate(DEVICE_ID).public()
    mixed = DevicePublic(DEVICE_ID, public.signing_public, other.encryption_public)
    assert len({public.key_id, other.key_id, mixed.key_id}) == 3


def test_fingerprint_format(identity: DeviceIdentity) -> None:
    public = identity.public()
    fingerprint = public.fingerprint
    assert FINGERPRINT.match(fingerprint), fingerprint
    assert len(fingerprint.replace(" ", "")) == 32
    assert fingerprint.count(" ") == 7
    digest = hashlib.sha256(KEY_ID_DOMAIN + public.signing_public + public.encryption_public).digest()
    assert base64.b32decode(fingerprint.replace(" ", "")) == digest[:20]


def test_identity_file_round_trip(identity: DeviceIdentity, identity_file: bytes) -> None:
    read = read_public_identity(identity_file)
    assert read.device == identity.public()
    assert read.device.fingerprint == identity.public().fingerprint
    assert (read.kind, read.municipality, read.label) == ("coordinator", "Súdwest-Fryslân", "Laptop Zoë")


def test_identity_file_is_versioned_json_without_private_keys(identity: DeviceIdentity, identity_file: bytes) -> None:
    document = json.loads(identity_file.decode("utf-8"))
    assert document["format"] == "terugkeer-device"
    assert document["version"] == 1
    assert set(document) == {"format", "version", "device_id", "kind", "municipality", "label", "signing_public",
                             "encryption_public", "signature"}
    assert base64.b64encode(identity.signing_key) not in identity_file
    assert base64.b64encode(identity.encryption_key) not in identity_file


def test_reformatting_the_file_keeps_it_valid(identity: DeviceIdentity, identity_file: bytes) -> None:
    """The signature covers the canonical JSON: CRLF line ends, another layout or a BOM do not matter."""
    compact = json.dumps(json.loads(identity_file), separators=(",", ":")).encode()
    for variant in (identity_file.replace(b"\n", b"\r\n"), compact, b"\xef\xbb\xbf" + identity_file):
        assert read_public_identity(variant).device == identity.public()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("municipality", "Amsterdam"),
        ("label", "Laptop Bob"),
        ("kind", "backoffice"),
        ("device_id", OTHER_DEVICE_ID),
    ],
)
def test_tampered_field_is_refused(identity_file: bytes, field: str, value: str) -> None:
    assert _refused(_edited(identity_file, lambda doc: doc.update({field: value}))).code == "identity_file_invalid"


@pytest.mark.parametrize("field", ["signing_public", "encryption_public"])
def test_swapped_public_key_is_refused(identity_file: bytes, field: str) -> None:
    """Swapping in an attacker's encryption key would have bundles sealed to the attacker: the signature says no."""
    attacker = DeviceIdentity.generate(DEVICE_ID).public()
    key = base64.b64encode(getattr(attacker, field)).decode()
    assert _refused(_edited(identity_file, lambda doc: doc.update({field: key}))).code == "identity_file_invalid"


def test_file_re_signed_by_another_key_shows_another_fingerprint(identity: DeviceIdentity) -> None:
    """A forger can make a valid file for the same device id, but not one with the same fingerprint."""
    forger = DeviceIdentity.generate(DEVICE_ID)
    forged = read_public_identity(public_identity_bytes(forger, kind="coordinator", municipality="X", label=""))
    assert forged.device.device_id == identity.device_id
    assert forged.device.fingerprint != identity.public().fingerprint


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda doc: doc.pop("signature"), id="no-signature"),
        pytest.param(lambda doc: doc.pop("label"), id="no-label"),
        pytest.param(lambda doc: doc.pop("format"), id="no-format"),
        pytest.param(lambda doc: doc.update(extra="x"), id="extra-field"),
        pytest.param(lambda doc: doc.update(format="terugkeer-keyfile"), id="other-format"),
        pytest.param(lambda doc: doc.update(version=True), id="bool-version"),
        pytest.param(lambda doc: doc.update(version="1"), id="text-version"),
        pytest.param(lambda doc: doc.update(signing_public=base64.b64encode(bytes(31)).decode()), id="short-key"),
        pytest.param(lambda doc: doc.update(encryption_public=base64.b64encode(bytes(33)).decode()), id="long-key"),
        pytest.param(lambda doc: doc.update(signature=doc["signature"][:-4]), id="short-signature"),
        pytest.param(lambda doc: doc.update(signature="!" + doc["signature"][1:]), id="not-base64"),
        pytest.param(lambda doc: doc.update(kind="hacker"), id="unknown-kind"),
        pytest.param(lambda doc: doc.update(label=7), id="label-not-text"),
        pytest.param(lambda doc: doc.update(device_id="laptop"), id="device-id-not-uuid"),
    ],
)
def test_malformed_file_is_refused(identity_file: bytes, change: Callable[[dict[str, Any]], None]) -> None:
    assert _refused(_edited(identity_file, change)).code == "identity_file_invalid"


@pytest.mark.parametrize(
    "data",
    [b"", b"not json", b"[]", b"\xff\xfe{}", b'{"format": "terugkeer-device", "version": 1}', b"x" * 70_000],
)
def test_not_an_identity_file_is_refused(data: bytes) -> None:
    assert _refused(data).code == "identity_file_invalid"


def test_duplicate_key_is_refused(identity_file: bytes) -> None:
    text = identity_file.decode()
    doubled = text.replace('"label": "Laptop Zoë"', '"label": "Laptop Zoë", "label": "Laptop Bob"')
    assert doubled != text
    assert _refused(doubled.encode()).code == "identity_file_invalid"


def test_unknown_version_is_refused_with_its_number(identity_file: bytes) -> None:
    error = _refused(_edited(identity_file, lambda doc: doc.update(version=2)))
    assert error.code == "identity_file_unsupported_version"
    assert error.params == {"version": 2}


@pytest.mark.parametrize(
    ("kind", "municipality", "label"),
    [("hacker", "Utrecht", ""), ("coordinator", "", "x"), ("coordinator", "Utrecht", "a\nb"),
     ("coordinator", "Utrecht", "ab\u202ecd"), ("coordinator", "U" * 201, "")],
)
def test_writer_refuses_bad_text(identity: DeviceIdentity, kind: str, municipality: str, label: str) -> None:
    with pytest.raises(ValueError):
        public_identity_bytes(identity, kind=kind, municipality=municipality, label=label)


@settings(max_examples=200, deadline=None)
@given(position=st.integers(min_value=0), mask=st.integers(min_value=1, max_value=255))
def test_any_byte_flip_is_refused_or_harmless(identity_file: bytes, position: int, mask: int) -> None:
    """A flip is refused, unless it only touched layout (whitespace) and the content read is exactly the same."""
    data = bytearray(identity_file)
    data[position % len(data)] ^= mask
    try:
        read = read_public_identity(bytes(data))
    except TerugkeerError as error:
        assert error.code in {"identity_file_invalid", "identity_file_unsupported_version"}
    else:
        assert read == read_public_identity(identity_file)

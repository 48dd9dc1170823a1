"""The key file: a data key wrapped per account (key slots) with AES-GCM, header and slot authenticated, versioned;
version 1 files (one passphrase) still open and are read as one slot."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import KeyFileError, NewerVersionError, TerugkeerError, WrongPassphraseError
from app.workspace.keyfile import (
    KDF_ITERATIONS_RANGE,
    KDF_MEMORY_KIB_MAX,
    KDF_MIN_ITERATIONS,
    KEYFILE_VERSION,
    KdfParams,
    KeyFile,
    iterations_for,
    load_keyfile,
    new_data_key,
    tuned_kdf_params,
    wrap_data_key,
)

PASSPHRASE = "correct horse battery staple"
LOGIN = "jdevries"
WORKSPACE_ID = "6f1c3a52-9d1e-4a57-8a44-2f0f6a0b9c11"


@pytest.fixture
def data_key() -> bytes:
    return new_data_key()


@pytest.fixture
def keyfile(data_key: bytes, fast_kdf: KdfParams) -> KeyFile:
    return wrap_data_key(data_key, LOGIN, PASSPHRASE, WORKSPACE_ID, "coordinator", "2024-06-15T12:00:00+00:00",
                         fast_kdf)


@pytest.fixture
def saved(tmp_path: Path, keyfile: KeyFile) -> Path:
    path = tmp_path / "workspace.key"
    keyfile.save(path)
    return path


def _edit(path: Path, change: Any) -> None:
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document))


def test_data_key_is_32_random_bytes() -> None:
    first, second = new_data_key(), new_data_key()
    assert len(first) == 32
    assert first != second


def test_wrap_unwrap_round_trip(keyfile: KeyFile, data_key: bytes) -> None:
    assert keyfile.unwrap(PASSPHRASE) == data_key


def test_save_load_round_trip(saved: Path, keyfile: KeyFile, data_key: bytes) -> None:
    loaded = load_keyfile(saved)
    assert loaded == keyfile
    assert loaded.unwrap(PASSPHRASE) == data_key


def test_wrong_passphrase_is_refused(saved: Path) -> None:
    with pytest.raises(WrongPassphraseError):
        load_keyfile(saved).unwrap(PASSPHRASE + "!")


def test_saved_file_holds_no_key_material_in_clear(saved: Path, keyfile: KeyFile, data_key: bytes) -> None:
    content = saved.read_bytes()
    slot = keyfile.slots[0]
    wrapping_key = slot.kdf.derive(PASSPHRASE, slot.salt)
    for secret in (data_key, wrapping_key):
        assert secret not in content
        assert secret.hex().encode() not in content.lower()
        assert base64.b64encode(secret) not in content
        assert base64.urlsafe_b64encode(secret) not in content
    assert PASSPHRASE.encode() not in content


def test_saved_file_is_private(saved: Path) -> None:
    assert saved.stat().st_mode & 0o077 == 0


def test_saved_file_is_a_versioned_terugkeer_key_file(saved: Path) -> None:
    document = json.loads(saved.read_text())
    assert document["format"] == "terugkeer-keyfile"
    assert document["version"] == KEYFILE_VERSION == 2
    assert [slot["login"] for slot in document["slots"]] == [LOGIN]
    assert document["slots"][0]["kdf"]["name"] == "argon2id"


def test_rewrap_keeps_the_data_key_under_a_new_passphrase(keyfile: KeyFile, data_key: bytes) -> None:
    rewrapped = keyfile.with_slot(data_key, LOGIN, "another good passphrase")
    assert rewrapped.unwrap("another good passphrase") == data_key
    assert rewrapped.workspace_id == keyfile.workspace_id
    assert rewrapped.slots[0].salt != keyfile.slots[0].salt
    assert rewrapped.slots[0].nonce != keyfile.slots[0].nonce
    with pytest.raises(WrongPassphraseError):
        rewrapped.unwrap(PASSPHRASE)


def test_each_account_opens_the_same_data_key_with_its_own_passphrase(keyfile: KeyFile, data_key: bytes,
                                                                      tmp_path: Path) -> None:
    two = keyfile.with_slot(data_key, "pjansen", "a passphrase of her own")
    two.save(tmp_path / "workspace.key")
    loaded = load_keyfile(tmp_path / "workspace.key")
    assert loaded.logins == [LOGIN, "pjansen"]
    assert loaded.unwrap(PASSPHRASE, LOGIN) == loaded.unwrap("a passphrase of her own", "pjansen") == data_key
    with pytest.raises(WrongPassphraseError):
        loaded.unwrap(PASSPHRASE, "pjansen")  # one account's passphrase does not open another's slot
    with pytest.raises(WrongPassphraseError):
        loaded.unwrap(PASSPHRASE, "nobody")  # an unknown login reads like a wrong passphrase
    without = loaded.without_slot("pjansen")
    assert without.logins == [LOGIN]
    with pytest.raises(WrongPassphraseError):
        without.unwrap("a passphrase of her own", "pjansen")


def test_a_slot_moved_to_another_login_is_refused(keyfile: KeyFile, data_key: bytes, saved: Path) -> None:
    keyfile.with_slot(data_key, "pjansen", "a passphrase of her own").save(saved)
    _edit(saved, lambda d: d["slots"][0].update(login="mallory"))
    with pytest.raises(WrongPassphraseError):
        load_keyfile(saved).unwrap(PASSPHRASE, "mallory")


def test_a_version_1_file_opens_as_its_one_slot_whatever_the_login(tmp_path: Path) -> None:
    """tests/data/workspace-v1/workspace.key was written by version 1 (one passphrase, no logins)."""
    sample = Path(__file__).resolve().parents[1] / "data" / "workspace-v1" / "workspace.key"
    loaded = load_keyfile(sample)
    assert loaded.version == 1
    data_key = loaded.unwrap("stored sample of version 1", "anyone")
    upgraded = loaded.with_slot(data_key, "Test Coördinator", PASSPHRASE)
    upgraded.save(tmp_path / "workspace.key")
    again = load_keyfile(tmp_path / "workspace.key")
    assert again.version == 2 and again.logins == ["Test Coördinator"]
    assert again.unwrap(PASSPHRASE) == data_key


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda d: d.update(kind="backoffice"), id="kind"),
        pytest.param(lambda d: d.update(workspace_id="00000000-0000-0000-0000-000000000000"), id="workspace_id"),
        pytest.param(lambda d: d.update(created_at="2020-01-01T00:00:00+00:00"), id="created_at"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(iterations=2), id="iterations"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(memory_kib=16 * 1024), id="memory"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(salt=base64.b64encode(b"s" * 16).decode()), id="salt"),
    ],
)
def test_tampered_header_is_refused_even_with_the_right_passphrase(saved: Path, tamper: Any) -> None:
    _edit(saved, tamper)
    with pytest.raises(WrongPassphraseError):
        load_keyfile(saved).unwrap(PASSPHRASE)


def test_tampered_ciphertext_is_refused(saved: Path) -> None:
    def flip(document: dict[str, Any]) -> None:
        wrapped = document["slots"][0]["wrapped_key"]
        raw = bytearray(base64.b64decode(wrapped["ciphertext"]))
        raw[0] ^= 0x01
        wrapped["ciphertext"] = base64.b64encode(bytes(raw)).decode()

    _edit(saved, flip)
    with pytest.raises(WrongPassphraseError):
        load_keyfile(saved).unwrap(PASSPHRASE)


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda d: d["slots"][0]["kdf"].update(iterations=0), id="iterations-0"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(lanes=0), id="lanes-0"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(salt=""), id="empty-salt"),
        pytest.param(lambda d: d["slots"][0]["wrapped_key"].update(nonce=""), id="empty-nonce"),
    ],
)
def test_impossible_kdf_parameters_are_reported_as_a_damaged_key_file(saved: Path, tamper: Any) -> None:
    _edit(saved, tamper)
    with pytest.raises(TerugkeerError):
        load_keyfile(saved).unwrap(PASSPHRASE)


def test_newer_version_is_refused(saved: Path) -> None:
    _edit(saved, lambda d: d.update(version=KEYFILE_VERSION + 1))
    with pytest.raises(NewerVersionError) as caught:
        load_keyfile(saved)
    assert caught.value.code == "keyfile_newer"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError) as caught:
        load_keyfile(tmp_path / "workspace.key")
    assert caught.value.code == "keyfile_missing"
    assert caught.value.params["path"] == str(tmp_path / "workspace.key")


@pytest.mark.parametrize("content", [b"", b"garbage", b"\x00\xff\xfe binary", b'{"format": "terugkeer-keyfile"'])
def test_garbage_file_is_damaged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "workspace.key"
    path.write_bytes(content)
    with pytest.raises(KeyFileError) as caught:
        load_keyfile(path)
    assert caught.value.code == "keyfile_damaged"


@pytest.mark.parametrize("document", [{"format": "something-else", "version": 1}, [1, 2, 3], "text", {}])
def test_other_json_is_foreign(tmp_path: Path, document: Any) -> None:
    path = tmp_path / "workspace.key"
    path.write_text(json.dumps(document))
    with pytest.raises(KeyFileError) as caught:
        load_keyfile(path)
    assert caught.value.code == "keyfile_foreign"


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda d: d["slots"][0].pop("wrapped_key"), id="no-wrapped-key"),
        pytest.param(lambda d: d["slots"][0].pop("kdf"), id="no-kdf"),
        pytest.param(lambda d: d.update(slots=[]), id="no-slots"),
        pytest.param(lambda d: d["slots"].append(d["slots"][0]), id="two-slots-one-login"),
        pytest.param(lambda d: d["slots"][0].update(login=""), id="empty-login"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(name="pbkdf2"), id="other-kdf"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(iterations="many"), id="iterations-text"),
        pytest.param(lambda d: d["slots"][0]["wrapped_key"].update(ciphertext="not base64!"), id="bad-base64"),
        pytest.param(lambda d: d["slots"][0].update(kdf=[1, 2]), id="kdf-list"),
    ],
)
def test_incomplete_key_file_is_damaged(saved: Path, tamper: Any) -> None:
    _edit(saved, tamper)
    with pytest.raises(KeyFileError) as caught:
        load_keyfile(saved)
    assert caught.value.code == "keyfile_damaged"


def test_tuned_kdf_uses_at_least_the_minimum_iterations_and_full_memory() -> None:
    tuned = tuned_kdf_params()
    assert tuned.iterations >= KDF_MIN_ITERATIONS >= 3
    assert tuned.memory_kib == 64 * 1024
    assert tuned.lanes == 4


def test_tuned_kdf_never_goes_below_the_minimum_even_for_a_tiny_target() -> None:
    assert tuned_kdf_params(target_seconds=1e-6).iterations == KDF_MIN_ITERATIONS


def test_probes_that_a_busy_machine_made_equal_still_give_a_key_file_that_opens(data_key: bytes,
                                                                                tmp_path: Path) -> None:
    """CI once tuned 5,000 iterations from two equal probes and wrote a key file its own reader called damaged."""
    iterations = iterations_for(one=0.03, three=0.03, target_seconds=0.5)
    assert KDF_MIN_ITERATIONS <= iterations <= 4 * 0.5 / 0.03
    kdf = KdfParams(iterations=iterations, memory_kib=8 * 1024, lanes=1)
    path = tmp_path / "workspace.key"
    wrap_data_key(data_key, LOGIN, PASSPHRASE, WORKSPACE_ID, "coordinator", "2026-12-06T10:00:00+00:00", kdf).save(path)
    assert load_keyfile(path).unwrap(PASSPHRASE, LOGIN) == data_key


@given(one=st.floats(0, 10), three=st.floats(0, 30), target=st.floats(1e-6, 10))
def test_tuned_iterations_always_lie_in_the_range_a_key_file_may_hold(one: float, three: float,
                                                                      target: float) -> None:
    assert iterations_for(one, three, target) in KDF_ITERATIONS_RANGE


def test_a_slot_is_never_written_with_parameters_the_reader_would_refuse(keyfile: KeyFile, data_key: bytes) -> None:
    with pytest.raises(ValueError):
        keyfile.with_slot(data_key, "pjansen", PASSPHRASE, KdfParams(iterations=KDF_ITERATIONS_RANGE[-1] + 1))


def test_without_a_login_the_workspace_opens_as_the_one_who_made_it(keyfile: KeyFile, data_key: bytes,
                                                                    tmp_path: Path) -> None:
    two = keyfile.with_slot(data_key, "pjansen", "a passphrase of her own")
    two.save(tmp_path / "workspace.key")
    loaded = load_keyfile(tmp_path / "workspace.key")
    assert loaded.owner == LOGIN
    assert loaded.unwrap(PASSPHRASE) == data_key  # the maker's passphrase, no login named
    with pytest.raises(WrongPassphraseError):
        loaded.unwrap("a passphrase of her own")  # someone else names their login


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param({"memory_kib": 4 * 1024 * 1024}, id="memory-4-GiB"),
        pytest.param({"memory_kib": 64 * 1024 + 1}, id="memory-above-the-creation-default"),
        pytest.param({"iterations": 1000}, id="iterations-1000"),
        pytest.param({"iterations": KDF_ITERATIONS_RANGE[-1] + 1}, id="iterations-above-the-maximum"),
        pytest.param({"lanes": 64, "memory_kib": 64 * 1024}, id="lanes-64"),
    ],
)
def test_kdf_parameters_beyond_what_this_version_creates_are_damaged_before_any_derivation(
        saved: Path, tamper: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    _edit(saved, lambda d: d["slots"][0]["kdf"].update(tamper))

    def derive(*_args: object) -> bytes:
        raise AssertionError("derived with tampered KDF parameters")

    monkeypatch.setattr(KdfParams, "derive", derive)
    with pytest.raises(KeyFileError) as caught:
        load_keyfile(saved).unwrap(PASSPHRASE)
    assert caught.value.code == "keyfile_damaged"


def test_the_derivation_never_asks_for_more_memory_than_the_creation_default() -> None:
    assert KdfParams(iterations=3).memory_kib == KDF_MEMORY_KIB_MAX <= 256 * 1024
    with pytest.raises(ValueError):
        KdfParams(iterations=1, memory_kib=KDF_MEMORY_KIB_MAX + 1, lanes=1).derive(PASSPHRASE, bytes(16))

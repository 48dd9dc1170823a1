"""Machine policy: locked values win over the user's settings; a malformed file locks the laptop down."""

from __future__ import annotations

import base64
import json
import sys
import types
from pathlib import Path

import pytest

from app.policy import LOCKED_DOWN, Policy, effective, load_policy, policy_path
from app.settings import Settings
from app.sync.identity import DeviceIdentity, public_identity_bytes

USER = Settings(language="en", auto_lock_minutes=30, quick_unlock_workspaces=("ws-1",),
                optional_domains=("motivation",))


def _write(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_no_policy_file_locks_nothing(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "missing.json")
    assert policy.values == {} and policy.problem is None
    assert effective(USER, policy) == USER


def test_policy_values_win_and_are_locked(tmp_path: Path) -> None:
    policy = load_policy(_write(tmp_path, {
        "version": 1, "municipality": "Gemeente Westland", "auto_lock_minutes": 3, "quick_unlock_allowed": False,
        "language": "nl", "optional_domains": ["social_network"], "small_cell_threshold": 10}))
    assert policy.problem is None
    assert effective(USER, policy) == Settings(language="nl", auto_lock_minutes=3, quick_unlock_workspaces=(),
                                               optional_domains=("social_network",))
    assert policy.locked("auto_lock_minutes") and not policy.locked("logo_path")
    assert (policy.municipality, policy.small_cell_threshold) == ("Gemeente Westland", 10)


@pytest.mark.parametrize("document", [
    {"version": 1, "auto_lock_minutes": 0},
    {"version": 1, "auto_lock_minutes": "5"},
    {"version": 1, "quick_unlock_allowed": "ja"},
    {"version": 1, "language": "de"},
    {"version": 1, "unknown_setting": True},
    {"version": 2},
    {"auto_lock_minutes": 5},
    [1, 2, 3],
    {"version": 1, "back_office_fingerprint": "AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"},
])
def test_a_malformed_policy_locks_down_and_says_why(tmp_path: Path, document: object) -> None:
    policy = load_policy(_write(tmp_path, document))
    assert policy.problem is not None and policy.problem.code == "policy_invalid"
    assert policy.problem.params["path"] == str(tmp_path / "policy.json") and policy.problem.params["reason"]
    assert policy.values == LOCKED_DOWN
    assert not policy.quick_unlock_allowed
    assert effective(USER, policy).quick_unlock_workspaces == ()
    assert effective(USER, policy).auto_lock_minutes == 5


def test_not_json_or_unreadable_locks_down(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_bytes(b"{ this is not json")
    assert load_policy(path).problem is not None
    folder_instead = tmp_path / "folder.json"
    folder_instead.mkdir()
    assert load_policy(folder_instead).problem is not None


def test_back_office_identity_must_match_its_fingerprint(tmp_path: Path) -> None:
    office = DeviceIdentity.generate("6f1c5f7e-2c2b-4a34-9a8e-1a1b2c3d4e5f")
    identity_file = public_identity_bytes(office, kind="backoffice", municipality="Westland", label="Backoffice")
    encoded = base64.b64encode(identity_file).decode()
    good = load_policy(_write(tmp_path, {"version": 1, "back_office_identity": encoded,
                                          "back_office_fingerprint": office.public().fingerprint}))
    assert good.problem is None
    back_office = good.back_office()
    assert back_office is not None and back_office.device.device_id == office.device_id
    other = DeviceIdentity.generate("7f1c5f7e-2c2b-4a34-9a8e-1a1b2c3d4e5f").public().fingerprint
    wrong = load_policy(_write(tmp_path, {"version": 1, "back_office_identity": encoded,
                                           "back_office_fingerprint": other}))
    assert wrong.problem is not None and wrong.values == LOCKED_DOWN


def test_the_policy_path_can_be_pointed_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TERUGKEER_POLICY", str(tmp_path / "try.json"))
    assert policy_path() == tmp_path / "try.json"
    monkeypatch.delenv("TERUGKEER_POLICY")
    assert policy_path() == Path("/etc/terugkeer/policy.json")  # this is Linux
    assert Policy().quick_unlock_allowed and Policy().small_cell_threshold == 5


class _FakeKey:
    def __init__(self, values: list[tuple[str, object, int]]) -> None:
        self.values = values

    def __enter__(self) -> _FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _fake_winreg(values: list[tuple[str, object, int]]) -> types.SimpleNamespace:
    key = _FakeKey(values)

    def enum_value(opened: _FakeKey, index: int) -> tuple[str, object, int]:
        if index >= len(opened.values):
            raise OSError("no more values")
        return opened.values[index]

    return types.SimpleNamespace(HKEY_LOCAL_MACHINE="HKLM", OpenKey=lambda _root, _path: key, EnumValue=enum_value)


def test_on_windows_the_msi_registry_values_are_the_policy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TERUGKEER_POLICY", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path))
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg([
        ("municipality", "Gemeente Westland", 1), ("auto_lock_minutes", "3", 1), ("quick_unlock_allowed", "0", 1),
        ("small_cell_threshold", 10, 4), ("language", "", 1)]))
    policy = load_policy()
    assert policy.problem is None
    assert policy.values == {"municipality": "Gemeente Westland", "auto_lock_minutes": 3,
                             "quick_unlock_allowed": False, "small_cell_threshold": 10}
    (tmp_path / "Terugkeer").mkdir()
    (tmp_path / "Terugkeer" / "policy.json").write_text('{"version": 1, "auto_lock_minutes": 30, "language": "en"}')
    assert load_policy().values["auto_lock_minutes"] == 3 and load_policy().values["language"] == "en"
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg([("auto_lock_minutes", "vijf", 1)]))
    assert load_policy().problem is not None  # a registry value of the wrong form locks down too


def test_it_can_point_every_pc_at_the_server_and_its_office_key(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"version": 1, "server_url": "postgresql://db.gemeente.nl/terugkeer?sslmode=verify-full",
                                "office_key_file": "/etc/terugkeer/office.key"}))
    policy = load_policy(path)
    assert policy.problem is None
    assert policy.server_url == "postgresql://db.gemeente.nl/terugkeer?sslmode=verify-full"
    assert policy.office_key_file == Path("/etc/terugkeer/office.key")
    assert load_policy(tmp_path / "none.json").server_url is None

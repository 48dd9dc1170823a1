"""Machine policy: locked values win over the user's settings; a malformed file locks the laptop down."""

from __future__ import annotations

import base64
import json
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

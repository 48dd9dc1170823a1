"""Typed user settings with defaults: whatever is on disk, loading gives usable settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.settings import MAX_RECENT_WORKSPACES, SETTINGS_FILE, RecentWorkspace, Settings, load_settings, save_settings


def _store(folder: Path, document: Any) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SETTINGS_FILE).write_text(json.dumps(document), encoding="utf-8")


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "nowhere") == Settings()


def test_defaults_are_dutch_and_lock_after_five_minutes() -> None:
    defaults = Settings()
    assert defaults.language == "nl"
    assert defaults.auto_lock_minutes == 5
    assert defaults.quick_unlock_workspaces == ()


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00", b"[1, 2]", b'"nl"', b"null"])
def test_damaged_file_gives_defaults(tmp_path: Path, content: bytes) -> None:
    (tmp_path / SETTINGS_FILE).write_bytes(content)
    assert load_settings(tmp_path) == Settings()


def test_round_trip(tmp_path: Path) -> None:
    settings = Settings(language="en", auto_lock_minutes=30, last_workspace="/data/werkmap",
                        quick_unlock_workspaces=("a", "b"))
    save_settings(tmp_path / "config", settings)
    assert load_settings(tmp_path / "config") == settings


def test_wrong_type_falls_back_for_that_field_only(tmp_path: Path) -> None:
    _store(tmp_path, {"language": 5, "auto_lock_minutes": "10", "last_workspace": "/data/werkmap"})
    loaded = load_settings(tmp_path)
    assert loaded.language == "nl"
    assert loaded.auto_lock_minutes == 5
    assert loaded.last_workspace == "/data/werkmap"


def test_boolean_is_not_taken_for_minutes(tmp_path: Path) -> None:
    _store(tmp_path, {"auto_lock_minutes": True})
    assert load_settings(tmp_path).auto_lock_minutes == 5


@pytest.mark.parametrize(("stored", "loaded"), [("fr", "nl"), ("", "nl"), ("en", "en"), ("nl", "nl")])
def test_unknown_language_falls_back_to_dutch(tmp_path: Path, stored: str, loaded: str) -> None:
    _store(tmp_path, {"language": stored})
    assert load_settings(tmp_path).language == loaded


@pytest.mark.parametrize(("stored", "loaded"), [(0, 5), (-3, 5), (241, 5), (1, 1), (240, 240)])
def test_auto_lock_outside_one_to_240_minutes_falls_back(tmp_path: Path, stored: int, loaded: int) -> None:
    _store(tmp_path, {"auto_lock_minutes": stored})
    assert load_settings(tmp_path).auto_lock_minutes == loaded


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    _store(tmp_path, {"language": "en", "colour": "blue"})
    assert load_settings(tmp_path) == Settings(language="en")


def test_quick_unlock_list_is_loaded_as_tuple(tmp_path: Path) -> None:
    _store(tmp_path, {"quick_unlock_workspaces": ["ws-1", "ws-2"]})
    assert load_settings(tmp_path).quick_unlock_workspaces == ("ws-1", "ws-2")


def test_quick_unlock_of_wrong_type_falls_back(tmp_path: Path) -> None:
    _store(tmp_path, {"quick_unlock_workspaces": "ws-1"})
    assert load_settings(tmp_path).quick_unlock_workspaces == ()


def test_enabling_quick_unlock_adds_the_workspace_once() -> None:
    settings = Settings().with_quick_unlock("ws-1", True).with_quick_unlock("ws-2", True)
    assert settings.with_quick_unlock("ws-1", True).quick_unlock_workspaces == ("ws-2", "ws-1")
    assert settings.quick_unlock_workspaces == ("ws-1", "ws-2")


def test_disabling_quick_unlock_removes_only_that_workspace() -> None:
    settings = Settings(quick_unlock_workspaces=("ws-1", "ws-2"))
    assert settings.with_quick_unlock("ws-1", False).quick_unlock_workspaces == ("ws-2",)
    assert settings.with_quick_unlock("ws-9", False).quick_unlock_workspaces == ("ws-1", "ws-2")


def test_with_quick_unlock_leaves_the_original_unchanged() -> None:
    settings = Settings()
    settings.with_quick_unlock("ws-1", True)
    assert settings.quick_unlock_workspaces == ()


def test_the_most_recent_workspace_comes_first_and_the_list_keeps_eight() -> None:
    settings = Settings()
    for number in range(10):
        settings = settings.with_recent(RecentWorkspace(f"/data/werkmap-{number}", "coordinator"))
    settings = settings.with_recent(RecentWorkspace("/data/werkmap-5"))
    assert len(settings.recent_workspaces) == MAX_RECENT_WORKSPACES
    assert [entry.folder for entry in settings.recent_workspaces[:3]] == [
        "/data/werkmap-5", "/data/werkmap-9", "/data/werkmap-8"]
    assert settings.recent_workspaces[0].kind == "coordinator"  # what was known of the folder stays
    assert settings.last_workspace == "/data/werkmap-5"


def test_recent_workspaces_round_trip_and_damaged_entries_are_left_out(tmp_path: Path) -> None:
    settings = Settings().with_recent(RecentWorkspace("/data/a", "backoffice", "Teststad", demo=True))
    save_settings(tmp_path, settings)
    assert load_settings(tmp_path) == settings
    _store(tmp_path, {"recent_workspaces": [{"folder": "/data/b", "kind": 3, "demo": "ja"}, {"folder": ""}, "x",
                                            {"kind": "coordinator"}]})
    assert load_settings(tmp_path).recent_workspaces == (RecentWorkspace("/data/b"),)
    _store(tmp_path, {"recent_workspaces": "/data/b"})
    assert load_settings(tmp_path).recent_workspaces == ()

"""User settings: declared once, typed, with defaults, stored as JSON in the user's config folder.

Settings never hold personal data. Machine policy (set by IT) will override these in `effective()` only.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from app.atomic import write_atomic

SETTINGS_FILE = "settings.json"
LANGUAGES = ("nl", "en")
MAX_RECENT_WORKSPACES = 8


@dataclass(frozen=True)
class RecentWorkspace:
    """A workspace folder opened on this computer, with only what names it and holds no personal data: its kind
    (from the key file's plaintext header), its municipality (an organisation, remembered once it was opened)
    and whether it is a demo."""

    folder: str
    kind: str = ""
    municipality: str = ""
    demo: bool = False

    def merged(self, earlier: RecentWorkspace) -> RecentWorkspace:
        """This entry, with what `earlier` knew of the same folder where this one knows nothing."""
        return replace(self, kind=self.kind or earlier.kind, municipality=self.municipality or earlier.municipality,
                       demo=self.demo or earlier.demo)


@dataclass(frozen=True)
class Settings:
    language: str = "nl"
    auto_lock_minutes: int = 5
    last_workspace: str = ""
    quick_unlock_workspaces: tuple[str, ...] = field(default_factory=tuple)
    optional_domains: tuple[str, ...] = field(default_factory=tuple)  # e.g. "motivation", "social_network"
    # The municipality's server, when this user works on one (chosen in the first-run wizard): its address (a
    # postgresql:// URL or service=NAME), the login last used on it, and the office key file. Never a password.
    server_url: str = ""
    server_login: str = ""
    office_key_file: str = ""
    recent_workspaces: tuple[RecentWorkspace, ...] = field(default_factory=tuple)  # the most recent first

    def with_quick_unlock(self, workspace_id: str, enabled: bool) -> Settings:
        others = tuple(w for w in self.quick_unlock_workspaces if w != workspace_id)
        return replace(self, quick_unlock_workspaces=(*others, workspace_id) if enabled else others)

    def with_recent(self, opened: RecentWorkspace) -> Settings:
        """`opened` first in the recent workspaces (and the one a plain start opens), at most
        MAX_RECENT_WORKSPACES."""
        earlier = next((each for each in self.recent_workspaces if each.folder == opened.folder), None)
        entry = opened.merged(earlier) if earlier is not None else opened
        others = tuple(each for each in self.recent_workspaces if each.folder != opened.folder)
        return replace(self, last_workspace=opened.folder,
                       recent_workspaces=(entry, *others)[:MAX_RECENT_WORKSPACES])

    def recent(self, folder: str) -> RecentWorkspace | None:
        return next((each for each in self.recent_workspaces if each.folder == folder), None)


def _coerce(stored: dict[str, Any]) -> Settings:
    """Keep each stored value that has the declared type and a sane value; defaults for the rest."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for declared in fields(Settings):
        value = stored.get(declared.name, getattr(defaults, declared.name))
        default = getattr(defaults, declared.name)
        if declared.name == "recent_workspaces":
            value = _recent_workspaces(value)
        elif isinstance(default, tuple) and isinstance(value, list):
            value = tuple(str(item) for item in value)
        values[declared.name] = value if type(value) is type(default) else default
    if values["language"] not in LANGUAGES:
        values["language"] = defaults.language
    if not 1 <= values["auto_lock_minutes"] <= 240:
        values["auto_lock_minutes"] = defaults.auto_lock_minutes
    return Settings(**values)


def _recent_workspaces(stored: object) -> tuple[RecentWorkspace, ...]:
    """The stored entries that are whole; a damaged one is left out."""
    if not isinstance(stored, list | tuple):
        return ()
    entries = []
    for item in stored:
        if isinstance(item, RecentWorkspace):
            entries.append(item)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("folder"), str) or not item["folder"]:
            continue
        kind, municipality, demo = item.get("kind", ""), item.get("municipality", ""), item.get("demo", False)
        entries.append(RecentWorkspace(item["folder"], kind if isinstance(kind, str) else "",
                                       municipality if isinstance(municipality, str) else "",
                                       demo if isinstance(demo, bool) else False))
    return tuple(entries[:MAX_RECENT_WORKSPACES])


def load_settings(config_folder: Path) -> Settings:
    """The saved settings; a missing or damaged file gives the defaults."""
    try:
        stored = json.loads((config_folder / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return _coerce(stored) if isinstance(stored, dict) else Settings()


def save_settings(config_folder: Path, settings: Settings) -> None:
    config_folder.mkdir(parents=True, exist_ok=True)
    document = asdict(settings)
    write_atomic(config_folder / SETTINGS_FILE, (json.dumps(document, indent=2) + "\n").encode())

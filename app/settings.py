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

    def with_quick_unlock(self, workspace_id: str, enabled: bool) -> Settings:
        others = tuple(w for w in self.quick_unlock_workspaces if w != workspace_id)
        return replace(self, quick_unlock_workspaces=(*others, workspace_id) if enabled else others)


def _coerce(stored: dict[str, Any]) -> Settings:
    """Keep each stored value that has the declared type and a sane value; defaults for the rest."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for declared in fields(Settings):
        value = stored.get(declared.name, getattr(defaults, declared.name))
        default = getattr(defaults, declared.name)
        if isinstance(default, tuple) and isinstance(value, list):
            value = tuple(str(item) for item in value)
        values[declared.name] = value if type(value) is type(default) else default
    if values["language"] not in LANGUAGES:
        values["language"] = defaults.language
    if not 1 <= values["auto_lock_minutes"] <= 240:
        values["auto_lock_minutes"] = defaults.auto_lock_minutes
    return Settings(**values)


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

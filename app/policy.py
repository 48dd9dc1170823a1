"""Machine policy: the values IT sets for every laptop, in one JSON file placed with the installer.

Where it lives: Linux /etc/terugkeer/policy.json, Windows %ProgramData%\\Terugkeer\\policy.json, macOS
/Library/Application Support/Terugkeer/policy.json (`TERUGKEER_POLICY` names another file, for IT to try one out).
On Windows the values may also come from the registry key HKLM\\Software\\Policies\\Terugkeer, where the MSI's
properties and Group Policy put them (packaging/README.md); a registry value wins over the same key in the file.
Every value present is locked: it wins over the user's settings, and the settings screen shows it as set by IT.
The file is checked against resources/policy/schema-v1.json. A malformed file does not leave the laptop open: the
app runs locked down (no quick unlock, a short auto-lock, the default language) and says what is wrong.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import sys
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.backoffice.column_mapping import ColumnMapping, policy_mappings
from app.errors import TerugkeerError
from app.settings import Settings

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

    from app.sync.identity import PublicIdentity

POLICY_VARIABLE = "TERUGKEER_POLICY"
MAX_POLICY_BYTES = 256 * 1024
DEFAULT_SMALL_CELL_THRESHOLD = 5

# What a malformed policy falls back to: the safe side of every value a user could otherwise loosen.
LOCKED_DOWN: dict[str, Any] = {"auto_lock_minutes": 5, "quick_unlock_allowed": False, "language": "nl",
                               "small_cell_threshold": 10}


@dataclass(frozen=True)
class Policy:
    """The machine's policy: `values` are locked; `problem` is set when the file could not be used."""

    values: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    problem: TerugkeerError | None = None

    def locked(self, name: str) -> bool:
        return name in self.values

    @property
    def quick_unlock_allowed(self) -> bool:
        return bool(self.values.get("quick_unlock_allowed", True))

    @property
    def small_cell_threshold(self) -> int:
        return int(self.values.get("small_cell_threshold", DEFAULT_SMALL_CELL_THRESHOLD))

    @property
    def municipality(self) -> str | None:
        return self.values.get("municipality")

    @property
    def logo_path(self) -> Path | None:
        value = self.values.get("logo_path")
        return Path(value) if value else None

    @property
    def server_url(self) -> str | None:
        """The municipality's server IT points this PC at (a team back office), or None."""
        return self.values.get("server_url")

    @property
    def notification_mappings(self) -> list[ColumnMapping]:
        """The column mappings IT ships for the prison system's lists."""
        return policy_mappings(self.values.get("notification_mappings"))

    @property
    def office_key_file(self) -> Path | None:
        value = self.values.get("office_key_file")
        return Path(value) if value else None

    def back_office(self) -> PublicIdentity | None:
        """The back office IT enrols every laptop with: the identity file in the policy, whose fingerprint must
        match the one the policy states (both from IT, checked against each other)."""
        encoded = self.values.get("back_office_identity")
        if not encoded:
            return None
        from app.sync.identity import read_public_identity  # cryptography: only when a back office is named

        identity = read_public_identity(base64.b64decode(encoded))
        if identity.device.fingerprint != self.values.get("back_office_fingerprint"):
            raise TerugkeerError("policy_fingerprint_mismatch", path=str(self.path))
        return identity


def policy_path() -> Path:
    """Where this platform keeps the machine policy (or `TERUGKEER_POLICY`)."""
    override = os.environ.get(POLICY_VARIABLE)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Terugkeer" / "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Terugkeer/policy.json")
    return Path("/etc/terugkeer/policy.json")


def load_policy(path: Path | None = None) -> Policy:
    """The policy at `path` (default: `policy_path()`, and on Windows the registry): empty when there is none,
    locked down when malformed."""
    path = path or policy_path()
    registry = _registry_values() if path == policy_path() else {}
    try:
        if not path.exists():
            if not registry:
                return Policy(path=path)
            data = b'{"version": 1}'
        else:
            data = path.read_bytes()
    except OSError as error:
        return _locked_down(path, error.strerror or str(error))
    if len(data) > MAX_POLICY_BYTES:
        return _locked_down(path, "too large")
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        return _locked_down(path, f"not JSON: {error}")
    if registry and isinstance(document, dict):
        document.update(registry)
    problems = sorted(_validator().iter_errors(document), key=lambda error: list(error.path))
    if problems:
        first = problems[0]
        where = "/".join(str(part) for part in first.path) or "(top)"
        return _locked_down(path, f"{where}: {first.message}")
    values = {name: value for name, value in document.items() if name != "version"}
    if ("back_office_identity" in values) != ("back_office_fingerprint" in values):
        return _locked_down(path, "back_office_identity and back_office_fingerprint go together")
    policy = Policy(values, path)
    try:
        policy.back_office()
    except (TerugkeerError, binascii.Error, ValueError):
        return _locked_down(path, "back_office_identity is not a valid identity file with that fingerprint")
    return policy


def effective(settings: Settings, policy: Policy) -> Settings:
    """The user's settings with every value the policy locks put in its place."""
    values = policy.values
    result = replace(
        settings,
        language=values.get("language", settings.language),
        auto_lock_minutes=values.get("auto_lock_minutes", settings.auto_lock_minutes),
        optional_domains=tuple(values.get("optional_domains", settings.optional_domains)),
    )
    if not policy.quick_unlock_allowed:
        result = replace(result, quick_unlock_workspaces=())
    return result


REGISTRY_KEY = r"Software\Policies\Terugkeer"
_INTEGER_VALUES = frozenset({"auto_lock_minutes", "small_cell_threshold", "laptop_case_limit"})


def _registry_values() -> dict[str, Any]:
    """The policy values under HKLM\\Software\\Policies\\Terugkeer (Windows only), as the JSON file would hold
    them: REG_SZ text or REG_DWORD numbers; an empty text means "not set". A value of the wrong form is passed on
    as it is, so the schema check refuses it and the app locks down."""
    if sys.platform != "win32":
        return {}
    import winreg

    values: dict[str, Any] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except OSError:
        return {}
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:
                break
            index += 1
            if value in ("", None):
                continue
            values[name] = _registry_value(name, value)
    return values


def _registry_value(name: str, value: Any) -> Any:
    if name in _INTEGER_VALUES and isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if name == "quick_unlock_allowed" and isinstance(value, str | int):
        text = str(value).strip().lower()
        return {"1": True, "true": True, "ja": True, "0": False, "false": False, "nee": False}.get(text, value)
    if name == "optional_domains" and isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def _locked_down(path: Path, reason: str) -> Policy:
    return Policy(dict(LOCKED_DOWN), path, TerugkeerError("policy_invalid", path=str(path), reason=reason))


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # 40 ms to import: only when a policy file is there to check

    schema = json.loads((files("resources") / "policy" / "schema-v1.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)

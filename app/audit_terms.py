"""The words of the audit log (NEN 7513: action, outcome, purpose of use, device), apart from the log itself
(app/audit.py) so that screens and texts can name them without loading the database layer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    LOCK = "lock"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    REKEY = "rekey"
    PASSPHRASE_CHANGED = "passphrase_changed"


class Outcome(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"


class Purpose(StrEnum):
    """Purpose of use (*doel van gebruik*), a NEN 7513 field."""

    AFTERCARE = "aftercare"  # uitvoering nazorg
    ACCOUNTABILITY = "accountability"  # verantwoording / controle
    SECURITY = "security"  # beveiliging van de werkmap


@dataclass(frozen=True)
class Device:
    """The device an audit entry was made on: this workspace (`here`), or an enrolled peer whose entries arrived in
    its bundles; `kind` is a WorkspaceKind value, None for a device no longer known here."""

    device_id: str
    kind: str | None
    name: str  # the peer's label: the laptop's coordinator, or the back office
    here: bool
    # This workspace is a team's server: its own entries were made on the team's many PCs, so they read as the
    # back office's, never as "this PC".
    shared: bool = False

"""Why the app locked, said on the screen that opens it again."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication


class LockReason(Enum):
    IDLE = "idle"
    SESSION_LOCKED = "session_locked"
    SUSPENDED = "suspended"
    ASKED = "asked"


def describe(reason: LockReason, idle_minutes: float) -> str:
    """One sentence for the unlock (or login) screen; `idle_minutes` is the auto-lock time in effect."""
    translate = QCoreApplication.translate
    if reason is LockReason.IDLE:
        minutes = max(1, round(idle_minutes))
        if minutes == 1:
            return translate("LockReason", "Locked after 1 minute without use.")
        return translate("LockReason", "Locked after {minutes} minutes without use.").format(minutes=minutes)
    if reason is LockReason.SESSION_LOCKED:
        return translate("LockReason", "Locked because the computer was locked.")
    if reason is LockReason.SUSPENDED:
        return translate("LockReason", "Locked because the computer went to sleep.")
    return translate("LockReason", "Locked at your request.")

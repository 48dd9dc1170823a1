"""What the operating system says about the user's session: it was locked, or the machine is going to sleep.

One small interface (`SessionEvents`, a QObject with two signals) with a source per platform: D-Bus on Linux,
session notifications on Windows, workspace notifications on macOS. Each platform's module is imported only on that
platform; tests give the lock guard a plain `SessionEvents` and emit its signals themselves.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class SessionEvents(QObject):
    """Emits `locked` when the OS session locks (screen locker, screensaver), `suspending` before the machine
    sleeps. On its own it emits nothing: a platform source does, or a test."""

    locked = Signal()
    suspending = Signal()


def platform_session_events(window: QWidget) -> SessionEvents:
    """This platform's source, watching for `window` (Windows sends session notifications to a window)."""
    if sys.platform == "win32":
        from ui.session_events.windows import WindowsSessionEvents

        return WindowsSessionEvents(window)
    if sys.platform == "darwin":
        from ui.session_events.macos import MacSessionEvents

        return MacSessionEvents(window)
    from ui.session_events.linux import DBusSessionEvents

    return DBusSessionEvents(window)

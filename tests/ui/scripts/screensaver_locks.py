"""Run under `dbus-run-session`: a screensaver that activates on the session bus makes the LockGuard fire.

Exits 0 when `lock_now` fired, 1 when it did not within two seconds, 2 when the bus was not usable."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication

from ui.lock_guard import LockGuard
from ui.session_events.linux import DBusSessionEvents

app = QApplication([])
# Play the screensaver: own its bus name (the guard listens to that owner only), then announce activation.
if not QDBusConnection.sessionBus().registerService("org.freedesktop.ScreenSaver"):
    sys.exit(2)
guard = LockGuard(app, idle_minutes=60, events=DBusSessionEvents())
guard.arm()
fired: list[bool] = []
guard.lock_now.connect(lambda: (fired.append(True), app.quit()))
signal = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
signal.setArguments([True])
QTimer.singleShot(200, lambda: QDBusConnection.sessionBus().send(signal))
QTimer.singleShot(2000, app.quit)
app.exec()
sys.exit(0 if fired else 1)

"""Session lock and suspend on Linux, over D-Bus: logind's PrepareForSleep on the system bus, the freedesktop or
GNOME screensaver's ActiveChanged on the session bus. Where neither bus is there, nothing is reported."""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from ui.session_events import SessionEvents

_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class DBusSessionEvents(SessionEvents):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                           "PrepareForSleep", self, SLOT("_on_prepare_for_sleep(bool)"))  # type: ignore[call-overload]
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in _SCREENSAVERS:
                # The stubs say bytes, but PySide6 accepts only the str that SLOT() gives.
                session.connect(service, path, interface, "ActiveChanged", self,
                                SLOT("_on_screensaver(bool)"))  # type: ignore[call-overload]

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.suspending.emit()

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:
        if active:
            self.locked.emit()

"""When to lock by itself: after idle time, and when the OS session locks or the machine suspends.

Idle is measured from the last keyboard or mouse input anywhere in the app. Session lock and suspend are
reported on Linux through D-Bus (logind's PrepareForSleep, the freedesktop/GNOME screensaver's
ActiveChanged); where the platform reports nothing, the idle timer still locks.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})

_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class LockGuard(QObject):
    """Emits `lock_now` when the app should lock; watch it only while a workspace is unlocked."""

    lock_now = Signal()

    def __init__(self, app: QObject, idle_minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self.lock_now)
        self.set_idle_minutes(idle_minutes)
        app.installEventFilter(self)
        self._watch_session()

    def set_idle_minutes(self, minutes: float) -> None:
        self._idle.setInterval(round(minutes * 60_000))
        if self._idle.isActive():
            self._idle.start()

    @property
    def idle_minutes(self) -> float:
        return self._idle.interval() / 60_000

    def arm(self) -> None:
        self._idle.start()

    def disarm(self) -> None:
        self._idle.stop()

    @property
    def armed(self) -> bool:
        return self._idle.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._idle.isActive():
            self._idle.start()
        return False

    def _watch_session(self) -> None:
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
        if going_to_sleep and self._idle.isActive():
            self.lock_now.emit()

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:
        if active and self._idle.isActive():
            self.lock_now.emit()

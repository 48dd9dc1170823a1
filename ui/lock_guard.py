"""When to lock by itself: after idle time (with a warning first), and when the OS session locks or the machine
suspends.

Idle is measured from the last keyboard or mouse input anywhere in the app. `WARNING_SECONDS` before the idle time
is up, `warning` counts down once a second; any input cancels it and the idle time starts again. Session lock and
suspend come from a `SessionEvents` source (one per platform, see ui/session_events); where the platform reports
nothing, the idle timer still locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from ui.lock_reason import LockReason
from ui.session_events import SessionEvents

WARNING_SECONDS = 30

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class LockGuard(QObject):
    """Emits `lock_now(LockReason)` when the app should lock; watch it only while a workspace is unlocked (`arm`).

    Two timers, public so that tests drive them by emitting `timeout` instead of waiting: `idle_timer` fires when
    the warning should start (or, for an idle time too short to warn, the lock), `tick_timer` each second of the
    warning."""

    lock_now = Signal(object)
    warning = Signal(int)  # seconds left before the lock; emitted when the warning starts and each second after
    warning_over = Signal()  # input came (or the guard was disarmed) during the warning

    def __init__(self, app: QObject, idle_minutes: float, events: SessionEvents,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._warning_seconds = 0
        self._seconds_left = 0
        self.idle_timer = QTimer(self, singleShot=True)
        self.idle_timer.timeout.connect(self._idle_is_up)
        self.tick_timer = QTimer(self, interval=1000)
        self.tick_timer.timeout.connect(self._tick)
        self.set_idle_minutes(idle_minutes)
        app.installEventFilter(self)
        self._events = events
        events.locked.connect(lambda: self._lock_if_armed(LockReason.SESSION_LOCKED))
        events.suspending.connect(lambda: self._lock_if_armed(LockReason.SUSPENDED))

    def set_idle_minutes(self, minutes: float) -> None:
        idle_ms = round(minutes * 60_000)
        # An idle time shorter than a minute (only in tests) warns for half of it, a few seconds at most.
        self._warning_seconds = min(WARNING_SECONDS, idle_ms // 2000)
        self.idle_timer.setInterval(idle_ms - self._warning_seconds * 1000)
        if self.idle_timer.isActive():
            self.idle_timer.start()

    @property
    def idle_minutes(self) -> float:
        return (self.idle_timer.interval() + self._warning_seconds * 1000) / 60_000

    def arm(self) -> None:
        self.idle_timer.start()

    def disarm(self) -> None:
        self.idle_timer.stop()
        self._end_warning()

    @property
    def armed(self) -> bool:
        return self.idle_timer.isActive() or self.warning_shown

    @property
    def warning_shown(self) -> bool:
        return self.tick_timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and event.spontaneous() and self.armed:
            self._end_warning()
            self.idle_timer.start()
        return False

    def _idle_is_up(self) -> None:
        self.idle_timer.stop()  # stopped already when it fired by itself; tests fire it by hand
        if not self._warning_seconds:
            self.lock_now.emit(LockReason.IDLE)
            return
        self._seconds_left = self._warning_seconds
        self.tick_timer.start()
        self.warning.emit(self._seconds_left)

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left > 0:
            self.warning.emit(self._seconds_left)
            return
        self._end_warning()
        self.lock_now.emit(LockReason.IDLE)

    def _end_warning(self) -> None:
        if self.tick_timer.isActive():
            self.tick_timer.stop()
            self.warning_over.emit()

    def _lock_if_armed(self, reason: LockReason) -> None:
        if self.armed:
            self.lock_now.emit(reason)

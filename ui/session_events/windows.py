"""Session lock and suspend on Windows: the window registers for session notifications (WTSRegisterSessionNotification)
and a native event filter reads WM_WTSSESSION_CHANGE (WTS_SESSION_LOCK) and WM_POWERBROADCAST (PBT_APMSUSPEND), which
Windows sends to every top-level window.

The filter only reads MSG structs, so it also runs (in tests) on other platforms; registering needs wtsapi32."""

from __future__ import annotations

import ctypes
from ctypes import wintypes

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.session_events import SessionEvents

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


class SessionMessages(QAbstractNativeEventFilter):
    """Turns the two messages into `events`' signals; lets every message through to Qt."""

    def __init__(self, events: SessionEvents) -> None:
        super().__init__()
        self._events = events

    def nativeEventFilter(self, eventType: QByteArray | bytes | bytearray | memoryview,
                          message: int) -> tuple[bool, int]:
        if QByteArray(eventType).data() == b"windows_generic_MSG":
            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._events.locked.emit()
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._events.suspending.emit()
        return False, 0


class WindowsSessionEvents(SessionEvents):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        app = QCoreApplication.instance()
        assert app is not None
        self._messages = SessionMessages(self)  # kept: Qt does not own the filter
        app.installNativeEventFilter(self._messages)
        wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]  # Windows only
        hwnd = wintypes.HWND(int(window.winId()))
        if wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
            # Windows asks for the registration to end before the window goes.
            app.aboutToQuit.connect(lambda: wtsapi32.WTSUnRegisterSessionNotification(hwnd))

"""The platform sources of session lock and suspend. The Windows filter reads MSG structs, so a fake message made with
ctypes tests it here; the D-Bus source is tested over a real session bus in test_locking.py; the macOS source needs
macOS."""

from __future__ import annotations

import ctypes
import sys
from ctypes import wintypes

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.session_events import SessionEvents, platform_session_events
from ui.session_events.linux import DBusSessionEvents
from ui.session_events.windows import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SessionMessages,
)

WTS_SESSION_UNLOCK = 0x8
PBT_APMRESUMEAUTOMATIC = 0x12
WM_KEYDOWN = 0x0100


def feed(messages: SessionMessages, message: int, w_param: int) -> tuple[bool, int]:
    """What Qt's Windows event dispatcher hands the filter: the address of a MSG."""
    msg = wintypes.MSG(hWnd=None, message=message, wParam=w_param, lParam=0)
    return messages.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))


@pytest.mark.parametrize(("message", "w_param", "expected"), [
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, ["locked"]),
    (WM_POWERBROADCAST, PBT_APMSUSPEND, ["suspending"]),
    (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, []),
    (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, []),
    (WM_KEYDOWN, WTS_SESSION_LOCK, []),
])
def test_the_windows_filter_reads_session_lock_and_suspend(qtbot: QtBot, message: int, w_param: int,
                                                           expected: list[str]) -> None:
    events = SessionEvents()
    emitted: list[str] = []
    events.locked.connect(lambda: emitted.append("locked"))
    events.suspending.connect(lambda: emitted.append("suspending"))
    assert feed(SessionMessages(events), message, w_param) == (False, 0)  # Qt handles every message as well
    assert emitted == expected


def test_the_windows_filter_ignores_other_native_events(qtbot: QtBot) -> None:
    events = SessionEvents()
    emitted: list[str] = []
    events.locked.connect(lambda: emitted.append("locked"))
    msg = wintypes.MSG(hWnd=None, message=WM_WTSSESSION_CHANGE, wParam=WTS_SESSION_LOCK, lParam=0)
    SessionMessages(events).nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(msg))
    assert emitted == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the platform's own source")
def test_linux_gets_the_d_bus_source(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert isinstance(platform_session_events(window), DBusSessionEvents)

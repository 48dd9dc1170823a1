"""Session lock and sleep on macOS, through the Objective-C runtime with ctypes (no PyObjC dependency): an observer
object for the distributed notification com.apple.screenIsLocked and for NSWorkspace's
NSWorkspaceWillSleepNotification. Both arrive on the main run loop, which Qt's event loop runs."""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

from PySide6.QtWidgets import QWidget

from ui.session_events import SessionEvents

_objc = ctypes.CDLL(ctypes.util.find_library("objc"))
_appkit = ctypes.CDLL(ctypes.util.find_library("AppKit"))
_objc.objc_getClass.restype = ctypes.c_void_p
_objc.objc_getClass.argtypes = [ctypes.c_char_p]
_objc.sel_registerName.restype = ctypes.c_void_p
_objc.sel_registerName.argtypes = [ctypes.c_char_p]
_objc.objc_allocateClassPair.restype = ctypes.c_void_p
_objc.objc_allocateClassPair.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
_objc.class_addMethod.restype = ctypes.c_bool
_objc.class_addMethod.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p]
_objc.objc_registerClassPair.argtypes = [ctypes.c_void_p]

# A method taking one object: (self, _cmd, notification) -> void.
_Handler = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_observers: dict[int, MacSessionEvents] = {}  # observer object's address -> whom it tells


def _send(receiver: Any, selector: bytes, *args: Any) -> Any:
    """objc_msgSend with every argument a pointer (on arm64 it must not be called as a variadic function)."""
    send = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                            *([ctypes.c_void_p] * len(args)))(("objc_msgSend", _objc))
    return send(receiver, _objc.sel_registerName(selector), *args)


def _ns_string(text: str) -> Any:
    return _send(_objc.objc_getClass(b"NSString"), b"stringWithUTF8String:", ctypes.c_char_p(text.encode()))


def _on_locked(observer: int, _selector: int, _notification: int) -> None:
    if observer in _observers:
        _observers[observer].locked.emit()


def _on_sleep(observer: int, _selector: int, _notification: int) -> None:
    if observer in _observers:
        _observers[observer].suspending.emit()


_handlers = (_Handler(_on_locked), _Handler(_on_sleep))  # kept alive as long as the class that calls them


def _observer_class() -> Any:
    existing = _objc.objc_getClass(b"TerugkeerSessionObserver")
    if existing:
        return existing
    created = _objc.objc_allocateClassPair(_objc.objc_getClass(b"NSObject"), b"TerugkeerSessionObserver", 0)
    _objc.class_addMethod(created, _objc.sel_registerName(b"screenLocked:"), _handlers[0], b"v@:@")
    _objc.class_addMethod(created, _objc.sel_registerName(b"willSleep:"), _handlers[1], b"v@:@")
    _objc.objc_registerClassPair(created)
    return created


class MacSessionEvents(SessionEvents):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        observer = _send(_send(_observer_class(), b"alloc"), b"init")
        _observers[observer] = self
        self.destroyed.connect(lambda: _observers.pop(observer, None))
        distributed = _send(_objc.objc_getClass(b"NSDistributedNotificationCenter"), b"defaultCenter")
        _send(distributed, b"addObserver:selector:name:object:", observer,
              _objc.sel_registerName(b"screenLocked:"), _ns_string("com.apple.screenIsLocked"), None)
        workspace_center = _send(_send(_objc.objc_getClass(b"NSWorkspace"), b"sharedWorkspace"),
                                 b"notificationCenter")
        will_sleep = ctypes.c_void_p.in_dll(_appkit, "NSWorkspaceWillSleepNotification").value
        _send(workspace_center, b"addObserver:selector:name:object:", observer,
              _objc.sel_registerName(b"willSleep:"), will_sleep, None)

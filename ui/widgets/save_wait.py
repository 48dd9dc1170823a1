"""Leaving a form with unsaved changes: ask save / discard / stay, and wait for a save's outcome."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from ui import dialogs


def save_and_wait(parent: QObject, finished: SignalInstance, start: Callable[[], bool], running: bool) -> bool:
    """Start the save (unless one is `running`) and wait for `finished(bool)` in a local event loop, as a modal
    dialog does; True when the save succeeded, False when it failed or could not start."""
    outcome: list[bool] = []
    loop = QEventLoop(parent)

    def done(succeeded: bool) -> None:
        outcome.append(succeeded)
        loop.quit()

    finished.connect(done)
    try:
        if not running and not start():
            return False
        loop.exec()
    finally:
        finished.disconnect(done)
    return outcome[0]


def may_leave(parent: QWidget, has_changes: bool, saving: bool, save_and_wait_: Callable[[], bool]) -> bool:
    """May the user leave the form? With unsaved changes: save (and wait for it), discard, or stay."""
    if not saving and not has_changes:
        return True
    if not saving:
        choice = dialogs.ask_unsaved_changes(parent)
        if choice is dialogs.UnsavedChoice.DISCARD:
            return True
        if choice is dialogs.UnsavedChoice.CANCEL:
            return False
    return save_and_wait_()

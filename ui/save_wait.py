"""Waiting for a save's outcome where the caller must answer at once (leaving a form with unsaved changes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, SignalInstance


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

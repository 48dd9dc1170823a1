"""The one window-modal dialog a screen has open at a time (add a device, revoke a consent, a run's report).

Opening another closes the first; closing the screen (on lock) closes it without its finish handler running;
when the user closes it, `on_finished` runs (the screen updates its buttons). Dialogs are deleted after closing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


class DialogSlot:
    def __init__(self, on_finished: Callable[[], None]) -> None:
        self._on_finished = on_finished
        self.dialog: QDialog | None = None

    def open(self, dialog: QDialog) -> None:
        self.close()
        self.dialog = dialog
        dialog.finished.connect(self._finished)
        dialog.open()

    def close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._finished)
            dialog.close()
            dialog.deleteLater()

    def _finished(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._on_finished()

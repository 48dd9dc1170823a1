"""The progress window of a long run on the worker (batch printing, bundles): modal to its window, shown at once,
kept open after the last step so the summary can follow, wide enough for its step texts.

Enter does not press Cancel: the window opens right after a question answered with Enter (the print dialog), and
a key held a moment too long would otherwise cancel the run before it started."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget


def run_progress_dialog(parent: QWidget, title: str, total: int, object_name: str,
                        width_chars: int) -> QProgressDialog:
    """`total` steps (0: busy until the first step is known)."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName(object_name)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setRange(0, total)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * width_chars)
    cancel = dialog.findChild(QPushButton)
    if cancel is not None:
        cancel.setAutoDefault(False)
        cancel.setDefault(False)
    return dialog

"""Shows the intake of a case for a screen reader, for tests/ui/test_screen_reader.py.

Usage: show_intake.py WORKSPACE_FOLDER CASE_ID, with the passphrase in TERUGKEER_PASSPHRASE; run under X with the
accessibility bus up and QT_ACCESSIBILITY=1, so that Qt exposes its widgets over AT-SPI.

Unlocks the workspace and shows the intake screen of the case at 1366×768 on its first step. For each step it prints
one JSON line, {"step": name, "pid": process id, "labels": [...]}: the texts of the labels a sighted person sees on
that step. A line on standard input moves on to the next step; after the last step it exits 0.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel

from app.settings import Settings
from app.workspace.folder import unlock
from ui.context import WorkspaceContext
from ui.intake.screen import IntakeScreen
from ui.operations import Operations


def seen_text(label: QLabel) -> str:
    """The text as it reads on screen: no markup, no mnemonic ampersands, spaces as one."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    elif label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def main() -> int:
    folder, case_id = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    workspace = unlock(folder, os.environ["TERUGKEER_PASSPHRASE"])
    context = WorkspaceContext(workspace, Operations(), Settings(), folder.parent / "config")
    screen = IntakeScreen(context)
    screen.resize(1366, 768)
    screen.show()
    steps: list[str] = []

    def show_step() -> None:
        step = steps.pop(0)
        screen.go_to_step(step)
        labels = [seen_text(label) for label in screen.findChildren(QLabel) if label.isVisible()]
        print(json.dumps({"step": step, "pid": os.getpid(), "labels": [text for text in labels if text]}),
              flush=True)

    def next_step() -> None:
        if not sys.stdin.readline() or not steps:
            context.operations.wait_until_idle()
            workspace.lock()
            app.quit()
        else:
            show_step()

    def loaded() -> None:
        steps.extend(screen.step_names())
        show_step()

    screen.loaded.connect(loaded)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(next_step)
    screen.open_intake(case_id)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

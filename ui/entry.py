"""The installed `terugkeer` command."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def _start_gui(app: QCoreApplication, workspace: Path | None, passphrase: str | None) -> int:
    from ui.gui import run_gui  # the widget code loads only when the GUI is wanted

    return run_gui(app, workspace, passphrase)


def _gui_application() -> QCoreApplication:
    from PySide6.QtWidgets import QApplication  # the widgets load only when the GUI is wanted

    return QApplication(sys.argv[:1])


def main() -> int:
    if hasattr(os, "umask"):
        os.umask(0o077)  # everything this process writes is private to the user
    from ui.cli.main import main as cli_main

    return cli_main(sys.argv[1:], _start_gui, _gui_application)


if __name__ == "__main__":
    sys.exit(main())

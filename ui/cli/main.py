"""The `terugkeer` command: the GUI by default, and subcommands for automation and IT (ui/cli/commands.py).

The GUI starts without loading the subcommands and what they need: its first window comes up sooner.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError
from app.policy import load_policy
from ui.cli.common import PASSPHRASE_VARIABLE, effective_settings, read_passphrase, top_parser
from ui.i18n import install_translations
from ui.paths import set_application_identity


def _wants_gui(argv: list[str]) -> bool:
    """True when `argv` holds only the options of `terugkeer` itself (and their values): no subcommand, no help
    and no version."""
    if {"--version", "-h", "--help"} & set(argv):
        return False
    takes_value = {"--workspace", "--passphrase-file"}
    tokens = iter(argv)
    for token in tokens:
        if token in takes_value:
            next(tokens, None)
        elif not token.startswith("-"):
            return False
    return True


StartGui = Callable[[QCoreApplication, Path | None, str | None], int]


def main(argv: list[str], start_gui: StartGui, gui_application: Callable[[], QCoreApplication]) -> int:
    """Run the command line. The GUI needs the application `gui_application` makes (a QApplication, which loads
    the widgets), the subcommands only a QCoreApplication."""
    set_application_identity()
    gui = _wants_gui(argv)
    app = QCoreApplication.instance() or (gui_application() if gui else QCoreApplication([]))
    install_translations(app, effective_settings(load_policy()).language)
    try:
        if gui:
            args = top_parser().parse_args(argv)
            automated = args.passphrase_file is not None or PASSPHRASE_VARIABLE in os.environ
            return start_gui(app, args.workspace, read_passphrase(args.passphrase_file) if automated else None)
        from ui.cli.commands import run

        return run(argv)
    except TerugkeerError as error:
        from ui.cli.commands import exit_code

        return exit_code(error)

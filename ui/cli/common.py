"""What every `terugkeer` subcommand shares: exit codes, the passphrase and opening the workspace folder."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError
from app.workspace.folder import OpenWorkspace, is_workspace, unlock

PASSPHRASE_VARIABLE = "TERUGKEER_PASSPHRASE"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def read_passphrase(passphrase_file: Path | None, *, confirm: bool = False) -> str:
    """From the file, else the environment, else a prompt on a terminal; raises TerugkeerError otherwise."""
    if passphrase_file is not None:
        try:
            return passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError:
            raise TerugkeerError("passphrase_file_unreadable", path=str(passphrase_file)) from None
    if PASSPHRASE_VARIABLE in os.environ:
        return os.environ[PASSPHRASE_VARIABLE]
    if not sys.stdin.isatty():
        raise TerugkeerError("no_passphrase")
    passphrase = getpass.getpass(QCoreApplication.translate("Cli", "Passphrase: "))
    if confirm and getpass.getpass(QCoreApplication.translate("Cli", "Repeat passphrase: ")) != passphrase:
        raise TerugkeerError("passphrase_mismatch")
    return passphrase


def require_workspace(folder: Path) -> None:
    """Refuse a folder that holds no workspace before anyone is asked for a passphrase."""
    if not is_workspace(folder):
        raise TerugkeerError("not_a_workspace", path=str(folder))


def open_workspace(folder: Path, passphrase_file: Path | None) -> OpenWorkspace:
    """Unlock the workspace in `folder` with the passphrase from the file, the environment or a prompt."""
    require_workspace(folder)
    return unlock(folder, read_passphrase(passphrase_file))

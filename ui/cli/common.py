"""What every `terugkeer` subcommand shares: exit codes, the workspace options, the passphrase and opening the
workspace folder (`with unlocked(args) as workspace:`, which always locks it again)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError
from app.workspace.folder import is_workspace, unlock
from app.workspace.session import OpenWorkspace

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


def add_workspace_options(parser: argparse.ArgumentParser) -> None:
    """`--workspace FOLDER` (required) and `--passphrase-file FILE` of a subcommand: `args.workspace` and
    `args.passphrase_file`. A `--passphrase-file` given before the subcommand counts too (it is not overwritten
    when the subcommand has none)."""
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--passphrase-file", type=Path, default=argparse.SUPPRESS)


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[OpenWorkspace]:
    """The workspace of `--workspace`, unlocked with the passphrase from `--passphrase-file`, the environment or a
    prompt, and locked again however the block ends. Raises TerugkeerError "not_a_workspace" before anyone is asked
    for a passphrase, and the errors of reading the passphrase and of unlocking."""
    folder: Path = args.workspace
    require_workspace(folder)
    workspace = unlock(folder, read_passphrase(args.passphrase_file))
    try:
        yield workspace
    finally:
        workspace.lock()

"""What every `terugkeer` subcommand shares: exit codes, the workspace options, the passphrase and opening the
workspace folder or the municipality's server (`with unlocked(args) as workspace:`, which always locks it again)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError
from app.policy import Policy, effective, load_policy
from app.settings import Settings, load_settings
from app.workspace.layout import is_workspace
from ui.paths import config_folder

if TYPE_CHECKING:
    from app.workspace.session import OpenWorkspace

PASSPHRASE_VARIABLE = "TERUGKEER_PASSPHRASE"
OFFICE_KEY_VARIABLE = "TERUGKEER_OFFICE_KEY"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def top_parser() -> argparse.ArgumentParser:
    """The options of `terugkeer` itself, which start the GUI; ui/cli/commands.py adds --version and the
    subcommands."""
    parser = argparse.ArgumentParser(prog="terugkeer", description=QCoreApplication.translate("Cli", "Aftercare for (ex-)detainees."))
    parser.add_argument("--workspace", type=Path, help=QCoreApplication.translate("Cli", "workspace folder (default: the user's data folder)"))
    parser.add_argument("--passphrase-file", type=Path, help=QCoreApplication.translate("Cli", "read the passphrase from this file"))
    return parser


def effective_settings(policy: Policy) -> Settings:
    """The user's settings with the machine policy's locked values in their place."""
    return effective(load_settings(config_folder()), policy)


def given_passphrase(passphrase_file: Path | None) -> str | None:
    """The passphrase from the file or the environment, without prompting: None when neither gives one."""
    if passphrase_file is None and PASSPHRASE_VARIABLE not in os.environ:
        return None
    return read_passphrase(passphrase_file)


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


def require_target(args: argparse.Namespace) -> None:
    """`require_workspace` for a command given `--workspace`; a `--database` is checked when connecting."""
    if getattr(args, "database", None) is None:
        require_workspace(args.workspace)


def add_workspace_options(parser: argparse.ArgumentParser, *, server: bool = True, login_option: str = "--user"
                          ) -> None:
    """`--workspace FOLDER` or (where the command serves a back office on a server, `server`) `--database URL`
    with `--office-key FILE`; the account to open it as (`login_option`, default the only account or the one that
    made the workspace) and `--passphrase-file FILE`. In `args`: workspace, database, office_key, login,
    passphrase_file. A `--passphrase-file` given before the subcommand counts too."""
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--workspace", type=Path, help=QCoreApplication.translate("Cli", "the workspace folder"))
    if server:
        target.add_argument("--database", metavar="URL", help=QCoreApplication.translate("Cli", "the municipality's server: postgresql://… or service=NAME (libpq: PGPASSWORD, ~/.pgpass, Kerberos)"))
        parser.add_argument("--office-key", type=Path, metavar="FILE", help=QCoreApplication.translate("Cli", "the office key file, for bundles and device keys on the server (or TERUGKEER_OFFICE_KEY)"))
    parser.add_argument(login_option, dest="login", metavar="LOGIN", help=QCoreApplication.translate("Cli", "the account to open it as (default: the only account, or the one that made the workspace)"))
    parser.add_argument("--passphrase-file", type=Path, default=argparse.SUPPRESS)


def office_key_file(args: argparse.Namespace) -> Path | None:
    """The office key file: `--office-key`, else the TERUGKEER_OFFICE_KEY variable, else the machine policy's."""
    given: Path | None = getattr(args, "office_key", None)
    if given is not None:
        return given
    if os.environ.get(OFFICE_KEY_VARIABLE):
        return Path(os.environ[OFFICE_KEY_VARIABLE])
    return load_policy().office_key_file


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[OpenWorkspace]:
    """The workspace of `--workspace`, unlocked as `--user` with the passphrase from `--passphrase-file`, the
    environment or a prompt; or the server of `--database`, logged in as libpq's conventions say (a password from
    `--passphrase-file` or the environment first). Locked again however the block ends. Raises TerugkeerError
    "not_a_workspace" before anyone is asked for a passphrase, and the errors of reading the passphrase and of
    unlocking or connecting."""
    database: str | None = getattr(args, "database", None)
    workspace: OpenWorkspace
    if database is not None:
        from app.workspace.server import connect  # psycopg: only for a server

        workspace = connect(database, password=given_passphrase(args.passphrase_file),
                            office_key=office_key_file(args))
    else:
        from app.workspace.folder import unlock

        folder: Path = args.workspace
        require_workspace(folder)
        workspace = unlock(folder, read_passphrase(args.passphrase_file), getattr(args, "login", None))
    try:
        yield workspace
    finally:
        workspace.lock()

"""`terugkeer server init|migrate|import-workspace`: IT sets up the municipality's server for a team back office,
as the database's owner (README, "Back office op een server")."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError
from ui.cli.common import EXIT_OK, read_passphrase, require_workspace


def add_parsers(commands: Any) -> None:
    """Add `server` to the subcommands of `terugkeer` (`commands` from `add_subparsers`)."""
    server = commands.add_parser("server", help=QCoreApplication.translate("CliServer", "set up the municipality's server for a team back office (IT)"))
    server_commands = server.add_subparsers(dest="server_command", required=True)
    init = server_commands.add_parser("init", help=QCoreApplication.translate("CliServer", "schema, group roles, grants and policies, and the back office's keys"))
    _database(init)
    init.add_argument("--municipality", required=True, help=QCoreApplication.translate("CliServer", "the municipality's name"))
    init.add_argument("--office-key", type=Path, required=True, metavar="FILE", help=QCoreApplication.translate("CliServer", "where to write the new office key file"))
    migrate = server_commands.add_parser("migrate", help=QCoreApplication.translate("CliServer", "bring the schema to this version"))
    _database(migrate)
    moving = server_commands.add_parser("import-workspace", help=QCoreApplication.translate("CliServer", "move an embedded back office to the server"))
    _database(moving)
    moving.add_argument("--workspace", type=Path, required=True, help=QCoreApplication.translate("Cli", "the workspace folder"))
    moving.add_argument("--user", dest="login", metavar="LOGIN", help=QCoreApplication.translate("Cli", "the account to open it as (default: the only account, or the one that made the workspace)"))
    moving.add_argument("--office-key", type=Path, required=True, metavar="FILE", help=QCoreApplication.translate("CliServer", "where to write the new office key file"))
    moving.add_argument("--passphrase-file", type=Path, default=argparse.SUPPRESS)


def _database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", required=True, metavar="URL", help=QCoreApplication.translate("CliServer", "the database, as its owner: postgresql://… or service=NAME"))
    parser.add_argument("--password-file", type=Path, metavar="FILE", help=QCoreApplication.translate("CliServer", "the owner's password, from this file (else libpq's: PGPASSWORD, ~/.pgpass, Kerberos)"))


def _owner_password(args: argparse.Namespace) -> str | None:
    path: Path | None = args.password_file
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError:
        raise TerugkeerError("passphrase_file_unreadable", path=str(path)) from None


def _init(args: argparse.Namespace) -> int:
    from app.workspace.server import init_server

    workspace_id = init_server(args.database, municipality=args.municipality, office_key=args.office_key,
                               password=_owner_password(args))
    print(QCoreApplication.translate("CliServer", "The server is ready for back office {id}.").format(id=workspace_id))
    print(QCoreApplication.translate("CliServer", "Keep the office key {path} on the back-office PCs only, and a copy in the municipality's vault.").format(
        path=args.office_key))
    return EXIT_OK


def _migrate(args: argparse.Namespace) -> int:
    from app.workspace.server import migrate_server

    migrate_server(args.database, _owner_password(args))
    print(QCoreApplication.translate("CliServer", "The schema is at this version; grants and policies made again."))
    return EXIT_OK


def _import_workspace(args: argparse.Namespace) -> int:
    from app.workspace.folder import unlock
    from app.workspace.transfer import import_workspace

    require_workspace(args.workspace)
    workspace = unlock(args.workspace, read_passphrase(getattr(args, "passphrase_file", None)), args.login)
    try:
        report = import_workspace(workspace, args.database, args.office_key, _owner_password(args))
    finally:
        workspace.lock()
    print(QCoreApplication.translate("CliServer", "Moved: {cases} cases, {entries} audit entries; counts, the audit chain and the sync ledgers checked.").format(
        cases=report.rows.get("case_file", 0), entries=report.audit_entries))
    if report.accounts_without_password:
        print(QCoreApplication.translate("CliServer", "These accounts need a password (terugkeer accounts reset-password) or Kerberos: {logins}").format(
            logins=", ".join(report.accounts_without_password)))
    return EXIT_OK


def _server(args: argparse.Namespace) -> int:
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "init": _init, "migrate": _migrate, "import-workspace": _import_workspace}
    return commands[args.server_command](args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"server": _server}

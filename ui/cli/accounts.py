"""`terugkeer accounts add|list|disable|set-role|reset-password`: the application manager's (and IT's) work on the
personal accounts of a back office, on a workspace folder or on the server.

`--user LOGIN` names the account the command is about; the command itself runs as the account of `--as LOGIN` (a
workspace folder; default: the only account, or the one that made the workspace) or of the server URL's login.
A new passphrase comes from `--password-file FILE` or a prompt, never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError
from app.permissions import Role
from app.workspace.accounts import add_account, disable_account, list_accounts, reset_passphrase, set_roles
from ui.cli.common import EXIT_OK, add_workspace_options, unlocked
from ui.texts.formatting import format_date
from ui.texts.labels import roles_label

ROLES = [role.value for role in Role]


def add_parsers(commands: Any) -> None:
    """Add `accounts` to the subcommands of `terugkeer` (`commands` from `add_subparsers`)."""
    accounts = commands.add_parser("accounts", help=QCoreApplication.translate("CliAccounts", "personal accounts and their roles (application manager)"))
    account_commands = accounts.add_subparsers(dest="accounts_command", required=True)
    adding = account_commands.add_parser("add", help=QCoreApplication.translate("CliAccounts", "add an account"))
    _target(adding)
    adding.add_argument("--role", dest="roles", action="append", choices=ROLES, required=True,
                        help=QCoreApplication.translate("CliAccounts", "a role of the account (repeat for more)"))
    adding.add_argument("--name", default="", help=QCoreApplication.translate("CliAccounts", "the name the office knows the person by (default: the login)"))
    _password(adding, QCoreApplication.translate("CliAccounts", "the new account's passphrase, from this file (on the server without it: Kerberos only)"))
    listing = account_commands.add_parser("list", help=QCoreApplication.translate("CliAccounts", "list the accounts"))
    add_workspace_options(listing, login_option="--as")
    listing.add_argument("--json", action="store_true", help=QCoreApplication.translate("CliAccounts", "print one JSON document"))
    disabling = account_commands.add_parser("disable", help=QCoreApplication.translate("CliAccounts", "disable an account: it can no longer log in"))
    _target(disabling)
    setting = account_commands.add_parser("set-role", help=QCoreApplication.translate("CliAccounts", "give an account exactly these roles"))
    _target(setting)
    setting.add_argument("--role", dest="roles", action="append", choices=ROLES, required=True,
                         help=QCoreApplication.translate("CliAccounts", "a role of the account (repeat for more)"))
    resetting = account_commands.add_parser("reset-password", help=QCoreApplication.translate("CliAccounts", "a new passphrase for someone who lost theirs"))
    _target(resetting)
    _password(resetting, QCoreApplication.translate("CliAccounts", "the new passphrase, from this file"))


def _target(parser: argparse.ArgumentParser) -> None:
    add_workspace_options(parser, login_option="--as")
    parser.add_argument("--user", dest="account", required=True, metavar="LOGIN",
                        help=QCoreApplication.translate("CliAccounts", "the account's login, e.g. jdevries"))


def _password(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--password-file", type=Path, metavar="FILE", help=help_text)


def _new_password(args: argparse.Namespace, *, required: bool) -> str | None:
    """The new account's passphrase: from `--password-file`, else a prompt on a terminal (asked twice)."""
    path: Path | None = args.password_file
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError:
            raise TerugkeerError("passphrase_file_unreadable", path=str(path)) from None
    if not sys.stdin.isatty():
        if required or args.workspace is not None:
            raise TerugkeerError("no_passphrase")
        return None  # a server account logging in with Kerberos
    first = getpass.getpass(QCoreApplication.translate("CliAccounts", "Passphrase of the account: "))
    if getpass.getpass(QCoreApplication.translate("CliAccounts", "Repeat: ")) != first:
        raise TerugkeerError("passphrase_mismatch")
    return first


def _roles(args: argparse.Namespace) -> frozenset[Role]:
    return frozenset(Role(role) for role in args.roles)


def _add(args: argparse.Namespace) -> int:
    password = _new_password(args, required=False)
    with unlocked(args) as workspace:
        add_account(workspace, args.account, args.name, _roles(args), password)
    print(QCoreApplication.translate("CliAccounts", "Account {login} added ({roles}).").format(
        login=args.account, roles=roles_label(",".join(sorted(args.roles)))))
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        lines = list_accounts(workspace)
    if args.json:
        print(json.dumps([{"login": line.login, "name": line.display_name,
                           "roles": sorted(role.value for role in line.roles), "disabled": line.disabled,
                           "created_at": line.created_at.isoformat(), "created_by": line.created_by}
                          for line in lines], ensure_ascii=False, indent=2))
        return EXIT_OK
    for line in lines:
        state = QCoreApplication.translate("CliAccounts", "disabled") if line.disabled else ""
        print(f"{line.login}\t{line.display_name}\t{roles_label(','.join(sorted(line.roles)))}\t"
              f"{format_date(line.created_at.date())}\t{state}".rstrip())
    return EXIT_OK


def _disable(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        disable_account(workspace, args.account)
    print(QCoreApplication.translate("CliAccounts", "Account {login} disabled: it can no longer log in.").format(
        login=args.account))
    return EXIT_OK


def _set_role(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        set_roles(workspace, args.account, _roles(args))
    print(QCoreApplication.translate("CliAccounts", "Account {login} now has: {roles}.").format(
        login=args.account, roles=roles_label(",".join(sorted(args.roles)))))
    return EXIT_OK


def _reset(args: argparse.Namespace) -> int:
    password = _new_password(args, required=True)
    assert password is not None
    with unlocked(args) as workspace:
        reset_passphrase(workspace, args.account, password)
    print(QCoreApplication.translate("CliAccounts", "Account {login} has a new passphrase.").format(
        login=args.account))
    return EXIT_OK


def _accounts(args: argparse.Namespace) -> int:
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "add": _add, "list": _list, "disable": _disable, "set-role": _set_role, "reset-password": _reset}
    return commands[args.accounts_command](args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"accounts": _accounts}

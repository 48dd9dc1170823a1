"""The subcommands of `terugkeer` (ui/cli/main.py starts the GUI without loading them): the parser and a function
per command.

Every line printed is translated like the GUI (Dutch by default). Passphrases come from --passphrase-file,
the TERUGKEER_PASSPHRASE variable or an interactive prompt, and are never echoed or logged.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.casework.checklist import load_catalogue
from app.casework.consent_terms import consent_terms
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.policy import load_policy
from app.version import app_version
from ui.cli import accounts as cli_accounts
from ui.cli import backoffice as cli_backoffice
from ui.cli import releases as cli_releases
from ui.cli import server as cli_server
from ui.cli import sync as cli_sync
from ui.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    add_workspace_options,
    effective_settings,
    given_passphrase,
    read_passphrase,
    require_target,
    require_workspace,
    top_parser,
    unlocked,
)
from ui.texts.labels import lookup
from ui.texts.messages import error_text
from ui.texts.sharing import category_label, reason_text

PDF_DOCUMENTS = ("plan", "consent")


def build_parser() -> argparse.ArgumentParser:
    parser = top_parser()
    parser.add_argument("--version", action="version", version=f"Terugkeer {app_version()}")
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", help=QCoreApplication.translate("Cli", "create a demo workspace with fictional people"))
    add_workspace_options(demo, server=False)
    demo.add_argument("--cases", type=int, required=True)
    demo.add_argument("--kind", choices=[kind.value for kind in WorkspaceKind], default=WorkspaceKind.COORDINATOR)
    check = commands.add_parser("check", help=QCoreApplication.translate("Cli", "verify the database and the audit chain"))
    add_workspace_options(check)
    pdf = commands.add_parser("pdf", help=QCoreApplication.translate("Cli", "write the plan of approach or the consent form of a case to a PDF file"))
    pdf.add_argument("document", choices=PDF_DOCUMENTS, help=QCoreApplication.translate("Cli", "plan: plan of approach; consent: consent form"))
    add_workspace_options(pdf)
    pdf.add_argument("--case", required=True, dest="case_id", help=QCoreApplication.translate("Cli", "the case id"))
    pdf.add_argument("--out", type=Path, required=True, help=QCoreApplication.translate("Cli", "the PDF file to write"))
    pdf.add_argument("--full-bsn", action="store_true", help=QCoreApplication.translate("Cli", "print the whole BSN instead of only its last 3 digits"))
    pdf.add_argument("--for", dest="recipient", choices=[term.id for term in consent_terms().recipients],
                     help=QCoreApplication.translate("Cli", "plan: print for this chain partner, leaving out what may not go to it"))
    pdf.add_argument("--filled", action="store_true", help=QCoreApplication.translate("Cli", "consent: show every consent in force, ticked per organisation, with what was revoked and when"))
    rotate = commands.add_parser("rotate-key", help=QCoreApplication.translate("Cli", "re-encrypt a workspace folder under a new database key (after a passphrase may have leaked)"))
    add_workspace_options(rotate, server=False)
    self_test = commands.add_parser("self-test", help=QCoreApplication.translate("Cli", "test the whole pipeline on a temporary workspace"))
    self_test.add_argument("--keep", type=Path, help=QCoreApplication.translate("Cli", "leave the workspace and outputs in this folder"))
    cli_sync.add_parsers(commands)
    cli_backoffice.add_parsers(commands)
    cli_releases.add_parsers(commands)
    cli_accounts.add_parsers(commands)
    cli_server.add_parsers(commands)
    return parser


# The commands import what they need themselves (a PDF, a self-test, ... each loads its own libraries).


def _demo(args: argparse.Namespace) -> int:
    from app.demo.workspace import create_demo_workspace

    if args.cases < 0:
        print(QCoreApplication.translate("Cli", "The number of cases cannot be negative."), file=sys.stderr)
        return EXIT_USAGE
    passphrase = read_passphrase(args.passphrase_file, confirm=True)
    workspace = create_demo_workspace(args.workspace, passphrase, args.cases, WorkspaceKind(args.kind))
    workspace.lock()
    print(QCoreApplication.translate("Cli", "Demo workspace created in {folder} with {count} cases.").format(
        folder=args.workspace, count=args.cases))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from app.check import check_workspace

    if args.database is not None:
        from app.workspace.server import check_server

        report = check_server(args.database, given_passphrase(args.passphrase_file))
        ok_line = QCoreApplication.translate("Cli", "Database: OK (schema, grants and row-level security as this version wants them)")
    else:
        folder: Path = args.workspace
        require_workspace(folder)  # read-only: it checks with the key, without unlocking (which would write)
        report = check_workspace(folder, read_passphrase(args.passphrase_file), args.login)
        ok_line = QCoreApplication.translate("Cli", "Database: OK (encryption and structure intact)")
    if report.integrity.ok:
        print(ok_line)
    else:
        print(QCoreApplication.translate("Cli", "Database: DAMAGED. Restore the latest backup and contact IT."), file=sys.stderr)
        for problem in report.integrity.cipher_problems + report.integrity.structure_problems:
            print(f"  {problem}", file=sys.stderr)
    if report.chain is None:
        print(QCoreApplication.translate("Cli", "Audit log: UNREADABLE. Restore the latest backup and contact IT."), file=sys.stderr)
    elif report.chain.intact:
        print(QCoreApplication.translate("Cli", "Audit log: OK ({count} entries, chain intact)").format(count=report.chain.entries_checked))
    else:
        print(QCoreApplication.translate("Cli", "Audit log: TAMPERED at entry {seq}. Report this to your privacy officer.").format(
            seq=report.chain.first_broken_seq), file=sys.stderr)
    for peer, count in report.diverged:
        print(QCoreApplication.translate("Cli", "Synchronisation with {peer}: DIFFERENT. Its last bundle showed {count} record(s) that differ from this workspace; they are sent again with the next bundle. See the Synchronisation screen.").format(
            peer=peer, count=count), file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_FAILED


def _rotate_key(args: argparse.Namespace) -> int:
    """IT's way to replace a laptop's database key; the passphrase is asked once, for unlocking and confirming."""
    from app.workspace.folder import unlock

    folder: Path = args.workspace
    require_workspace(folder)
    passphrase = read_passphrase(args.passphrase_file)
    workspace = unlock(folder, passphrase, args.login)
    try:
        workspace.rotate_data_key(passphrase)
    finally:
        workspace.lock()
    print(QCoreApplication.translate("Cli", "The database key of {folder} has been replaced; the backups are under the new key too. Other accounts of this workspace need a new passphrase from the application manager.").format(folder=folder))
    return EXIT_OK


def _pdf(args: argparse.Namespace) -> int:
    from app.atomic import write_output
    from app.casework.documents import make_consent_pdf, make_plan_pdf
    from app.pdf.output import usable_logo
    from app.pdf.structure import page_count

    out: Path = args.out
    require_target(args)
    if not out.parent.is_dir():
        raise TerugkeerError("output_folder_missing", path=str(out.parent))
    policy = load_policy()
    settings = effective_settings(policy)
    template = load_catalogue().active()
    with unlocked(args) as workspace:
        optional_domains = frozenset(settings.optional_domains)
        if args.document == "plan":
            document = make_plan_pdf(workspace, args.case_id, show_full_bsn=args.full_bsn,
                                     optional_domains=optional_domains, recipient=args.recipient,
                                     logo_path=usable_logo(policy.logo_path), deliver=lambda data: write_output(out, data))
        else:
            document = make_consent_pdf(workspace, args.case_id, template, optional_domains=optional_domains,
                                        filled=args.filled, logo_path=usable_logo(policy.logo_path),
                                        deliver=lambda data: write_output(out, data))
    print(QCoreApplication.translate("Cli", "Written: {path} ({pages} pages).").format(path=out, pages=page_count(document.data)))
    domains = {domain.id: domain.label.in_language(settings.language) for domain in template.domains}
    for item in document.held_back:
        print(QCoreApplication.translate("Cli", "Left out: {category} ({reason}).").format(
            category=category_label(item.category, lambda domain_id: domains.get(domain_id, domain_id)),
            reason=reason_text(item.reason_code)))
    print(QCoreApplication.translate("Cli", "This PDF is not encrypted. Keep it safe and delete it when it is no longer needed."))
    return EXIT_OK


STEP_LABELS: dict[str, object] = {
    "create_workspace": QT_TRANSLATE_NOOP("Cli", "Create encrypted workspace"),
    "write_record": QT_TRANSLATE_NOOP("Cli", "Write client and case"),
    "read_record": QT_TRANSLATE_NOOP("Cli", "Read them back"),
    "checklist_templates": QT_TRANSLATE_NOOP("Cli", "Checklist templates valid"),
    "intake_saved": QT_TRANSLATE_NOOP("Cli", "Intake saved and read back"),
    "plan_saved": QT_TRANSLATE_NOOP("Cli", "Plan of approach saved and read back"),
    "plan_pdf": QT_TRANSLATE_NOOP("Cli", "Plan of approach printed to PDF"),
    "consent_pdf": QT_TRANSLATE_NOOP("Cli", "Consent form printed to PDF"),
    "lock_unlock": QT_TRANSLATE_NOOP("Cli", "Lock and unlock"),
    "wrong_passphrase_refused": QT_TRANSLATE_NOOP("Cli", "Wrong passphrase refused"),
    "no_plaintext_on_disk": QT_TRANSLATE_NOOP("Cli", "No readable data on disk"),
    "integrity_and_audit_chain": QT_TRANSLATE_NOOP("Cli", "Database integrity and audit chain"),
    "sync_bundle": QT_TRANSLATE_NOOP("Cli", "Bundle made for a back office and read in there"),
}


def step_label(code: str) -> str:
    return lookup("Cli", STEP_LABELS, code) or code


def _self_test(args: argparse.Namespace) -> int:
    from app.selftest import run_self_test

    all_ok = True
    for result in run_self_test(args.keep):
        all_ok &= result.ok
        verdict = "OK  " if result.ok else QCoreApplication.translate("Cli", "FAIL")
        detail = f"  ({result.detail})" if result.detail else ""
        print(f"{verdict}  {step_label(result.code)}{detail}", flush=True)
    print(QCoreApplication.translate("Cli", "Self-test passed.") if all_ok else QCoreApplication.translate("Cli", "Self-test FAILED: see the lines marked FAIL."))
    return EXIT_OK if all_ok else EXIT_FAILED


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _demo, "check": _check, "pdf": _pdf, "rotate-key": _rotate_key, "self-test": _self_test, **cli_sync.COMMANDS,
    **cli_backoffice.COMMANDS, **cli_releases.COMMANDS, **cli_accounts.COMMANDS, **cli_server.COMMANDS}


def run(argv: list[str]) -> int:
    """Run the subcommand `argv` names (argparse ends the process on a usage error, --help and --version). Without
    a subcommand ui/cli/main.py starts the GUI and never comes here."""
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command](args)


def exit_code(error: TerugkeerError) -> int:
    """The exit code for `error`, printed first: EXIT_USAGE for a wrong call, EXIT_FAILED for the rest."""
    print(error_text(error), file=sys.stderr)
    usage = {"no_passphrase", "passphrase_file_unreadable"} | cli_sync.USAGE_CODES | cli_backoffice.USAGE_CODES
    return EXIT_USAGE if error.code in usage else EXIT_FAILED

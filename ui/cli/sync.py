"""`terugkeer device ...` and `terugkeer bundle ...`: enrolment of devices and the exchange of bundles, for IT and
scripts.

Enrolment is a decision of people: the other side's fingerprint is compared (by phone or on paper) before a device
is added. `device enroll` therefore needs `--fingerprint` as read out, or a terminal to confirm it on; a script
without either is refused. `bundle import` reads every file in its own transaction and exits with 0 only when none
was refused; `--json` prints one JSON document on stdout and nothing else there.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import TerugkeerError
from app.sync.bundle_paths import expand_bundle_paths, export_folder_or_file, new_bundle_path
from app.sync.device import Peer, choose_peer, enroll, find_peer, peers, revoke, save_identity_file
from app.sync.export import ExportSummary, export_bundle
from app.sync.identity import PublicIdentity, read_identity_file
from app.sync.importer import ImportOutcome, import_one
from ui.cli.common import EXIT_FAILED, EXIT_OK, add_workspace_options, require_target, unlocked
from ui.texts.formatting import format_date
from ui.texts.messages import error_text
from ui.texts.sharing import held_back_reason_text
from ui.texts.sync import (
    device_kind_label,
    import_counts_text,
    local_date,
    mismatch_text,
    normalise_fingerprint,
    peer_status_text,
    short_id,
    size_text,
)

YES_ANSWERS = frozenset({"j", "ja", "y", "yes"})


def add_parsers(commands: Any) -> None:
    """Add `device` and `bundle` to the subcommands of `terugkeer` (`commands` from `add_subparsers`)."""
    device = commands.add_parser("device", help=QCoreApplication.translate("CliSync", "register other devices for synchronisation, and show this device's key"))
    device_commands = device.add_subparsers(dest="device_command", required=True)
    key = device_commands.add_parser("key", help=QCoreApplication.translate("CliSync", "write this device's public key file and show its fingerprint"))
    add_workspace_options(key)
    key.add_argument("--out", type=Path, required=True, help=QCoreApplication.translate("CliSync", "the key file to write"))
    enrol = device_commands.add_parser("enroll", help=QCoreApplication.translate("CliSync", "add another device from its key file, after comparing the fingerprint"))
    add_workspace_options(enrol)
    enrol.add_argument("identity_file", type=Path, metavar="FILE", help=QCoreApplication.translate("CliSync", "the other device's key file"))
    enrol.add_argument("--fingerprint", help=QCoreApplication.translate("CliSync", "the fingerprint as the other side reads it out (spaces and case do not matter)"))
    revoking = device_commands.add_parser("revoke", help=QCoreApplication.translate("CliSync", "revoke a device: its later bundles are refused"))
    add_workspace_options(revoking)
    revoking.add_argument("device_id", metavar="DEVICE_ID", help=QCoreApplication.translate("CliSync", "the device id (or its unique beginning)"))
    revoking.add_argument("--reason", required=True, help=QCoreApplication.translate("CliSync", "why, for example: laptop lost"))
    listing = device_commands.add_parser("list", help=QCoreApplication.translate("CliSync", "list the registered devices"))
    add_workspace_options(listing)
    listing.add_argument("--json", action="store_true", help=QCoreApplication.translate("CliSync", "print JSON"))

    bundle = commands.add_parser("bundle", help=QCoreApplication.translate("CliSync", "make or read in synchronisation bundles"))
    bundle_commands = bundle.add_subparsers(dest="bundle_command", required=True)
    export = bundle_commands.add_parser("export", help=QCoreApplication.translate("CliSync", "write a bundle for a registered device"))
    add_workspace_options(export)
    export.add_argument("--to", type=Path, required=True, dest="target", metavar="FILE_OR_FOLDER",
                        help=QCoreApplication.translate("CliSync", "a folder (for example the USB stick) or a file name ending in .terugkeer"))
    export.add_argument("--for", dest="peer", metavar="DEVICE_ID",
                        help=QCoreApplication.translate("CliSync", "the device the bundle is for; needed when there is more than one"))
    export.add_argument("--json", action="store_true", help=QCoreApplication.translate("CliSync", "print JSON"))
    reading = bundle_commands.add_parser("import", help=QCoreApplication.translate("CliSync", "read in bundles, each on its own"))
    add_workspace_options(reading)
    reading.add_argument("paths", type=Path, nargs="+", metavar="FILE",
                         help=QCoreApplication.translate("CliSync", "bundle files, or folders meaning every .terugkeer file in them"))
    reading.add_argument("--json", action="store_true", help=QCoreApplication.translate("CliSync", "print one JSON document"))


# --- device -------------------------------------------------------------------------------------------------------


def _device(args: argparse.Namespace) -> int:
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "key": _device_key, "enroll": _device_enroll, "revoke": _device_revoke, "list": _device_list}
    return commands[args.device_command](args)


def _device_key(args: argparse.Namespace) -> int:
    out: Path = args.out
    with unlocked(args) as workspace:
        fingerprint = save_identity_file(workspace, out)
    print(QCoreApplication.translate("CliSync", "Key file written: {path}").format(path=out))
    print(QCoreApplication.translate("CliSync", "Fingerprint: {fingerprint}").format(fingerprint=fingerprint))
    print(QCoreApplication.translate("CliSync", "The key file holds no client data. Give it to the other side, and compare the fingerprint together by phone or on paper before either side adds the other."))
    return EXIT_OK


def _device_enroll(args: argparse.Namespace) -> int:
    require_target(args)
    incoming = read_identity_file(args.identity_file)
    fingerprint = incoming.device.fingerprint
    _print_identity(incoming)
    if args.fingerprint is not None:
        if normalise_fingerprint(args.fingerprint) != normalise_fingerprint(fingerprint):
            raise TerugkeerError("fingerprint_mismatch", fingerprint=fingerprint)
        print(QCoreApplication.translate("CliSync", "The fingerprint matches."))
    elif not sys.stdin.isatty():
        raise TerugkeerError("fingerprint_required")
    else:
        answer = input(QCoreApplication.translate("CliSync", "Does this fingerprint match what the other side reads out? [y/N] "))
        if answer.strip().lower() not in YES_ANSWERS:
            raise TerugkeerError("fingerprint_not_confirmed")
    with unlocked(args) as workspace:
        peer = enroll(workspace, incoming)
    print(QCoreApplication.translate("CliSync", "Added: {label} ({kind}). Bundles can now be exchanged with this device.").format(
        label=peer.label, kind=device_kind_label(peer.kind)))
    return EXIT_OK


def _print_identity(incoming: PublicIdentity) -> None:
    print(QCoreApplication.translate("CliSync", "Key file of: {label}").format(label=incoming.label))
    print("  " + QCoreApplication.translate("CliSync", "Kind: {kind}").format(kind=device_kind_label(incoming.kind)))
    print("  " + QCoreApplication.translate("CliSync", "Municipality: {municipality}").format(municipality=incoming.municipality))
    print("  " + QCoreApplication.translate("CliSync", "Device id: {device}").format(device=incoming.device.device_id))
    print(QCoreApplication.translate("CliSync", "Fingerprint: {fingerprint}").format(fingerprint=incoming.device.fingerprint))


def _device_revoke(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        device_id = find_peer(peers(workspace), args.device_id).device_id
        peer = revoke(workspace, device_id, args.reason)
    print(QCoreApplication.translate("CliSync", "Revoked: {label} ({kind}). Bundles this device still sends will be refused.").format(
        label=peer.label, kind=device_kind_label(peer.kind)))
    return EXIT_OK


def _device_list(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        registered = peers(workspace)
    if args.json:
        print(json.dumps([_peer_document(peer) for peer in registered], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not registered:
        print(QCoreApplication.translate("CliSync", "No devices registered yet."))
    for peer in registered:
        print(f"{peer.label}")
        print("  " + QCoreApplication.translate("CliSync", "Kind: {kind}").format(kind=device_kind_label(peer.kind)))
        print("  " + QCoreApplication.translate("CliSync", "Municipality: {municipality}").format(municipality=peer.municipality))
        print("  " + QCoreApplication.translate("CliSync", "Device id: {device}").format(device=peer.device_id))
        print("  " + QCoreApplication.translate("CliSync", "Fingerprint: {fingerprint}").format(fingerprint=peer.fingerprint))
        print("  " + QCoreApplication.translate("CliSync", "Added on: {date}").format(date=format_date(local_date(peer.enrolled_at))))
        print("  " + QCoreApplication.translate("CliSync", "Status: {status}").format(status=peer_status_text(peer)))
    return EXIT_OK


def _peer_document(peer: Peer) -> dict[str, Any]:
    return {"device_id": peer.device_id, "kind": str(peer.kind), "label": peer.label,
            "municipality": peer.municipality, "fingerprint": peer.fingerprint,
            "enrolled_at": peer.enrolled_at.isoformat(),
            "revoked_at": peer.revoked_at.isoformat() if peer.revoked_at else None,
            "revoked_reason": peer.revoked_reason}


# --- bundle -------------------------------------------------------------------------------------------------------


def _bundle(args: argparse.Namespace) -> int:
    commands: dict[str, Callable[[argparse.Namespace], int]] = {"export": _bundle_export, "import": _bundle_import}
    return commands[args.bundle_command](args)


def _bundle_export(args: argparse.Namespace) -> int:
    require_target(args)
    target, is_folder = export_folder_or_file(args.target)
    with unlocked(args) as workspace:
        peer = choose_peer(peers(workspace), args.peer)
        path = new_bundle_path(target, workspace.actor.device_id) if is_folder else target
        summary = export_bundle(workspace, peer.device_id, path)
    if args.json:
        print(json.dumps(_summary_document(summary, peer), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(QCoreApplication.translate("CliSync", "Bundle written: {path}").format(path=summary.path))
    print("  " + QCoreApplication.translate("CliSync", "For: {label} ({kind}); only that device can open it").format(
        label=peer.label, kind=device_kind_label(peer.kind)))
    print("  " + QCoreApplication.translate("CliSync", "Number: {sequence}").format(sequence=summary.sequence))
    print("  " + QCoreApplication.translate("CliSync", "Records: {records} (cases: {cases}, audit entries: {audit})").format(
        records=summary.records, cases=summary.cases, audit=summary.audit_entries))
    print("  " + QCoreApplication.translate("CliSync", "Size: {size}").format(size=size_text(summary.size)))
    if summary.held_back:
        print(QCoreApplication.translate("CliSync", "Not sent, these cases stay on this device ({count}):").format(count=len(summary.held_back)))
        for case in summary.held_back:
            print(f"  {short_id(case.case_id)}: {held_back_reason_text(case.reason_code)}")
    return EXIT_OK


def _summary_document(summary: ExportSummary, peer: Peer) -> dict[str, Any]:
    return {
        "path": str(summary.path), "bundle_id": summary.bundle_id, "sequence": summary.sequence,
        "recipient": {"device_id": peer.device_id, "label": peer.label, "kind": str(peer.kind)},
        "records": summary.records, "cases": summary.cases, "audit_entries": summary.audit_entries,
        "size": summary.size,
        "held_back": [{"case_id": case.case_id, "reason_code": case.reason_code,
                       "reason": held_back_reason_text(case.reason_code)} for case in summary.held_back],
    }


def _bundle_import(args: argparse.Namespace) -> int:
    require_target(args)
    paths = expand_bundle_paths(list(args.paths))
    outcomes: list[ImportOutcome] = []
    with unlocked(args) as workspace:
        for path in paths:
            outcome = import_one(workspace, path)
            outcomes.append(outcome)
            if not args.json:
                print(_outcome_line(outcome), flush=True)
    refused = sum(outcome.refused for outcome in outcomes)
    if args.json:
        print(json.dumps([_outcome_document(outcome) for outcome in outcomes], ensure_ascii=False, indent=2))
    else:
        _print_totals(outcomes)
    return EXIT_FAILED if refused else EXIT_OK


def _outcome_line(outcome: ImportOutcome) -> str:
    if outcome.error is not None:
        return QCoreApplication.translate("CliSync", "{path}: REFUSED: {reason}").format(path=outcome.path, reason=error_text(outcome.error))
    result = outcome.result
    assert result is not None
    if result.already_imported:
        return QCoreApplication.translate("CliSync", "{path}: already read in before (from {sender}, number {sequence}); nothing changed").format(
            path=outcome.path, sender=result.sender, sequence=result.sequence)
    if result.older:
        return QCoreApplication.translate("CliSync", "{path}: from {sender} (number {sequence}): older than what was read in already; nothing changed").format(
            path=outcome.path, sender=result.sender, sequence=result.sequence)
    line = QCoreApplication.translate("CliSync", "{path}: read in from {sender} (number {sequence}): {counts}").format(
        path=outcome.path, sender=result.sender, sequence=result.sequence, counts=import_counts_text(result))
    if result.mismatches:
        line += "\n" + mismatch_text(result.mismatches)
    return line


def _print_totals(outcomes: list[ImportOutcome]) -> None:
    results = [outcome.result for outcome in outcomes if outcome.result is not None]
    print(QCoreApplication.translate("CliSync", "Read in: {read}. Already read in before: {again}. Refused: {refused}.").format(
        read=sum(not result.already_imported for result in results),
        again=sum(result.already_imported for result in results),
        refused=sum(outcome.refused for outcome in outcomes)))
    conflicts = sum(result.conflicts for result in results)
    if conflicts:
        print(QCoreApplication.translate("CliSync", "Conflicts: {count}. Records were changed both here and on the other device; resolve them in the Synchronisation screen.").format(
            count=conflicts))


def _outcome_document(outcome: ImportOutcome) -> dict[str, Any]:
    if outcome.error is not None:
        return {"path": str(outcome.path), "status": "refused", "code": outcome.error.code,
                "message": error_text(outcome.error)}
    result = outcome.result
    assert result is not None
    status = "already_imported" if result.already_imported else "older" if result.older else "imported"
    return {"path": str(outcome.path), "status": status,
            "bundle_id": result.bundle_id, "sender": result.sender, "sequence": result.sequence,
            "new": result.new, "updated": result.updated, "unchanged": result.unchanged, "stale": result.stale,
            "conflicts": result.conflicts, "audit_entries": result.audit_entries,
            "acknowledged": result.acknowledged, "mismatches": result.mismatches}


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"device": _device, "bundle": _bundle}
USAGE_CODES = frozenset({"fingerprint_required"})  # a script that must say more: exit code 2 like argparse

"""Exports bundles in forked children that kill themselves at a stage the exporter reports, for
tests/integration/test_sync_export_killed.py.

Usage: export_killable.py, with the passphrase in TERUGKEER_PASSPHRASE. Python and the app are loaded once; every
export then runs in a child forked from this process, so a run costs no start-up time. Commands on stdin, one a
line, fields separated by tabs; one answer per command on stdout (flushed), fields separated by tabs:

    EXPORT <workspace> <peer device id> <bundle path> <day> <stage>
        a child unlocks the workspace and exports a bundle for the peer to the path, for the day (ISO); when the
        exporter reports <stage> (app.sync.export.EXPORT_STAGES) the child sends itself SIGKILL there and then
                                                    ->  EXIT <status> <the stages it reported, comma-separated>
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from datetime import date
from pathlib import Path

from app.sync.export import export_bundle
from app.workspace.folder import unlock


def child(folder: Path, peer: str, bundle: Path, day: date, kill_at: str, passphrase: str, report: int) -> None:
    """Unlock, export, and die at `kill_at`; never returns."""
    status = 0

    def stage(name: str) -> None:
        os.write(report, name.encode() + b"\n")
        if name == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    try:
        workspace = unlock(folder, passphrase)
        export_bundle(workspace, peer, bundle, today=day, stages=stage)
        workspace.lock()
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        os._exit(status)


def run(line: str, passphrase: str) -> None:
    folder, peer, bundle, day, kill_at = line.split("\t")
    report_read, report_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(report_read)
        child(Path(folder), peer, Path(bundle), date.fromisoformat(day), kill_at, passphrase, report_write)
    os.close(report_write)
    reported = b""
    while chunk := os.read(report_read, 4096):
        reported += chunk
    os.close(report_read)
    _, status = os.waitpid(pid, 0)
    stages = ",".join(reported.decode().splitlines())
    print(f"EXIT\t{status}\t{stages}", flush=True)


def main() -> int:
    passphrase = os.environ["TERUGKEER_PASSPHRASE"]
    print("ZYGOTE", flush=True)
    for line in sys.stdin:
        command, _, rest = line.rstrip("\n").partition("\t")
        if command == "EXPORT":
            run(rest, passphrase)
    return 0


if __name__ == "__main__":
    sys.exit(main())

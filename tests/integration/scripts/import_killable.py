"""Imports bundles in forked children that the kill test (tests/integration/test_sync_import_killed.py) kills.

Usage: import_killable.py, with the passphrase in TERUGKEER_PASSPHRASE. Python and the app are loaded once; every
import then runs in a child forked from this process, so a run costs no start-up time. Commands on stdin, one a
line, fields separated by tabs; answers on stdout (flushed):

    RUN <workspace folder> <bundle>   fork a child that unlocks the workspace  ->  READY <pid> once it is unlocked
    GO <pid>                          the child imports the bundle              ->  EXIT <pid> <status> <done|cut>
    KILL <pid>                        SIGKILL to the child, unless it already exited and was reaped

`done` means the child reported a committed import before it exited, `cut` that it did not. Children are reaped
only here, after their report pipe closed, so a KILL never reaches a pid that was reused for another process.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import traceback
from pathlib import Path

from app.sync.importer import import_bundle
from app.workspace.folder import unlock


def child(folder: Path, bundle: Path, passphrase: str, go: int, report: int) -> None:
    """Unlock, say "R", wait for "G", import, say "D"; never returns."""
    status = 0
    try:
        workspace = unlock(folder, passphrase)
        os.write(report, b"R")
        if os.read(go, 1) == b"G":
            import_bundle(workspace, bundle)
            os.write(report, b"D")
        workspace.lock()
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        os._exit(status)


def main() -> int:
    passphrase = os.environ["TERUGKEER_PASSPHRASE"]
    go_pipes: dict[int, int] = {}  # pid -> write end of its GO pipe
    reports: dict[int, tuple[int, bytearray]] = {}  # read end of a report pipe -> (pid, what it said)
    live: set[int] = set()
    stdin = sys.stdin.fileno()
    pending = b""
    print("ZYGOTE", flush=True)
    while True:
        readable, _, _ = select.select([stdin, *reports], [], [])
        for fd in readable:
            if fd == stdin:
                data = os.read(stdin, 4096)
                if not data:
                    return 0
                pending += data
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    command, *args = line.decode().split("\t")
                    if command == "RUN":
                        go_read, go_write = os.pipe()
                        report_read, report_write = os.pipe()
                        pid = os.fork()
                        if pid == 0:
                            os.close(go_write)
                            os.close(report_read)
                            child(Path(args[0]), Path(args[1]), passphrase, go_read, report_write)
                        os.close(go_read)
                        os.close(report_write)
                        go_pipes[pid] = go_write
                        reports[report_read] = (pid, bytearray())
                        live.add(pid)
                    elif command == "GO":
                        os.write(go_pipes[int(args[0])], b"G")
                    elif command == "KILL" and int(args[0]) in live:
                        os.kill(int(args[0]), signal.SIGKILL)
                continue
            pid, said = reports[fd]
            data = os.read(fd, 16)
            if data:
                said += data
                if said == b"R":
                    print(f"READY {pid}", flush=True)
                continue
            os.close(fd)
            del reports[fd]
            _, status = os.waitpid(pid, 0)
            live.discard(pid)
            os.close(go_pipes.pop(pid))
            print(f"EXIT {pid} {status} {'done' if b'D' in said else 'cut'}", flush=True)


if __name__ == "__main__":
    sys.exit(main())

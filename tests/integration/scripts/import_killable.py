"""Imports bundles in forked children that the kill test (tests/integration/test_sync_import_killed.py) kills at the
stages the importer reports.

Usage: import_killable.py, with the passphrase in TERUGKEER_PASSPHRASE. Python and the app are loaded once; every
import then runs in a child forked from this process, so a run costs no start-up time. Commands on stdin, one a
line, fields separated by tabs; answers on stdout (flushed), fields separated by tabs:

    RUN <folder> <bundle> [<stage>]  fork a child that unlocks the workspace       ->  READY <pid>
    GO <pid>                         the child imports; at every stage it says so  ->  STAGE <pid> <stage>
    CONTINUE <pid>                   the child goes on from the stage it waits at
    KILL <pid>                       SIGKILL to the child, unless it already exited and was reaped
                                     (whenever a child has ended)                  ->  EXIT <pid> <status> <done|cut>

The child waits at every stage but the one named in RUN, which it reports and passes at once (so a kill sent when
it is reported lands in what follows it). `done` means the child reported its import finished before it exited,
`cut` that it did not. Children are reaped only here, after their report pipe closed, so a KILL never reaches a
pid that was reused for another process.
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


def child(folder: Path, bundle: Path, passing: str, passphrase: str, go: int, report: int) -> None:
    """Unlock, say "R", wait for "G", import (saying "S<stage>" at each stage and waiting for "C" at all but the
    `passing` one), say "D"; never returns."""
    status = 0

    def say(message: str) -> None:
        os.write(report, message.encode() + b"\n")

    def stage(name: str) -> None:
        say("S" + name)
        if name != passing and os.read(go, 1) != b"C":
            os._exit(3)  # the helper went away

    try:
        workspace = unlock(folder, passphrase)
        say("R")
        if os.read(go, 1) == b"G":
            import_bundle(workspace, bundle, stages=stage)
            say("D")
        workspace.lock()
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        os._exit(status)


def answer(*fields: object) -> None:
    print("\t".join(str(field) for field in fields), flush=True)


class Helper:
    """The children it forked: the write end of each one's command pipe, and what each has reported so far."""

    def __init__(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self.commands: dict[int, int] = {}  # pid -> write end of its command pipe
        self.reports: dict[int, tuple[int, bytearray, list[bool]]] = {}  # read end -> (pid, unread bytes, [done])
        self.live: set[int] = set()

    def command(self, line: str) -> None:
        name, *args = line.split("\t")
        if name == "RUN":
            self.fork(Path(args[0]), Path(args[1]), args[2] if len(args) > 2 else "")
        elif name == "GO":
            os.write(self.commands[int(args[0])], b"G")
        elif name == "CONTINUE":
            os.write(self.commands[int(args[0])], b"C")
        elif name == "KILL" and int(args[0]) in self.live:
            os.kill(int(args[0]), signal.SIGKILL)

    def fork(self, folder: Path, bundle: Path, passing: str) -> None:
        command_read, command_write = os.pipe()
        report_read, report_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            for inherited in (command_write, report_read, *self.commands.values(), *self.reports):
                os.close(inherited)  # the pipes of the other children are not this one's business
            child(folder, bundle, passing, self.passphrase, command_read, report_write)
        os.close(command_read)
        os.close(report_write)
        self.commands[pid] = command_write
        self.reports[report_read] = (pid, bytearray(), [False])
        self.live.add(pid)

    def reported(self, fd: int) -> None:
        pid, unread, done = self.reports[fd]
        data = os.read(fd, 4096)
        if data:
            unread += data
            while b"\n" in unread:
                message, _, rest = bytes(unread).partition(b"\n")
                unread[:] = rest
                text = message.decode()
                if text == "R":
                    answer("READY", pid)
                elif text.startswith("S"):
                    answer("STAGE", pid, text[1:])
                elif text == "D":
                    done[0] = True
            return
        os.close(fd)
        del self.reports[fd]
        _, status = os.waitpid(pid, 0)
        self.live.discard(pid)
        os.close(self.commands.pop(pid))
        answer("EXIT", pid, status, "done" if done[0] else "cut")


def main() -> int:
    helper = Helper(os.environ["TERUGKEER_PASSPHRASE"])
    stdin = sys.stdin.fileno()
    pending = b""
    answer("ZYGOTE")
    while True:
        readable, _, _ = select.select([stdin, *helper.reports], [], [])
        for fd in readable:
            if fd != stdin:
                helper.reported(fd)
                continue
            data = os.read(stdin, 4096)
            if not data:
                return 0
            pending += data
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                helper.command(line.decode())


if __name__ == "__main__":
    sys.exit(main())

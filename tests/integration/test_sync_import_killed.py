"""Killing the importing process at any stage leaves the back office as it was or with the whole bundle: the
workspace passes `terugkeer check`, and it holds either no trace of the bundle or all of it, never part.

A laptop with demo cases exports one bundle to its back office; the office folder (locked) is the template. Each run
imports the bundle into a fresh copy in a child process (scripts/import_killable.py forks it from a warm Python, so
no run pays for start-up). The importer reports its stages (app.sync.importer.IMPORT_STAGES); the child tells each
one and waits, and the test kills it exactly there: once at every stage. Killed at a stage before the commit, the
office must be as before; killed after "committed", it must hold the bundle. Further runs kill the child as soon as
it reports "before commit" without waiting there, so that the kill lands inside the commit: then either outcome is
right, never half of it. The kill moments come from the importer itself, not from a clock, so a busy machine
changes nothing. Two runs go at once (one per core).
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import text

from app.check import check_with_key
from app.demo.workspace import fill_with_demo_cases
from app.domain import WorkspaceKind
from app.sync.export import export_bundle
from app.sync.importer import BEFORE_COMMIT, COMMITTED, IMPORT_STAGES
from app.workspace.folder import unlock_with_key
from app.workspace.keyfile import KdfParams

from .sync_helpers import COORDINATOR, EXCHANGE_DAY, SYNC_PASSPHRASE, create, enroll_both

SCRIPT = Path(__file__).parent / "scripts" / "import_killable.py"
CASES = 60
LANES = 2  # runs at the same time: the machine has two cores
RUSHED_RUNS = 6  # runs killed just after "before commit", without the child waiting there
ANSWER_TIMEOUT = 120.0  # only against a helper that hangs: no answer means the test fails


class Zygote:
    """The helper process: forks one child per run, relays its commands, and reports each child's stages and end."""

    def __init__(self, environment: dict[str, str], cwd: Path) -> None:
        self.process = subprocess.Popen([sys.executable, str(SCRIPT)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, env=environment, cwd=cwd)
        self.lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._read, args=(self.process.stdout, self.lines.put), daemon=True).start()
        threading.Thread(target=self._read, args=(self.process.stderr, self.stderr.append), daemon=True).start()
        self.expect("ZYGOTE")

    @staticmethod
    def _read(stream: IO[str] | None, sink: Callable[[str], object]) -> None:
        assert stream is not None
        for line in stream:
            sink(line.rstrip("\n"))

    def send(self, *fields: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("\t".join(str(field) for field in fields) + "\n")
        self.process.stdin.flush()

    def answer(self) -> list[str]:
        try:
            line = self.lines.get(timeout=ANSWER_TIMEOUT)
        except queue.Empty:
            raise AssertionError("the helper stopped answering; its stderr:\n" + "\n".join(self.stderr)) from None
        return line.split("\t")

    def expect(self, kind: str) -> list[str]:
        fields = self.answer()
        if fields[0] != kind:
            raise AssertionError(f"expected {kind}, got {fields}; helper stderr:\n" + "\n".join(self.stderr))
        return fields[1:]

    def close(self) -> None:
        """End of input ends the helper; a child still waiting then reads end of file and exits too."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@dataclass
class Run:
    """One import into `folder`: killed when it reports `kill_at` (None: left to finish); `rushed`: the child does
    not wait at `kill_at`, so the kill lands in what follows it."""

    folder: Path
    kill_at: str | None
    rushed: bool = False
    pid: int = 0
    stages: list[str] = field(default_factory=list)
    ended: str = ""  # "done" (the child saw its import return) or "cut"


def run_batch(zygote: Zygote, runs: list[Run], bundle: Path) -> None:
    """Import into every run's folder at once; answer each reported stage with CONTINUE, or with KILL at the run's
    `kill_at`, until every child has ended."""
    for run in runs:
        zygote.send("RUN", run.folder, bundle, run.kill_at if run.rushed else "")
        run.pid = int(zygote.expect("READY")[0])
    by_pid = {run.pid: run for run in runs}
    for run in runs:
        zygote.send("GO", run.pid)
    killed: set[int] = set()
    while any(not run.ended for run in runs):
        kind, pid_text, *rest = zygote.answer()
        run = by_pid[int(pid_text)]
        if kind == "STAGE":
            run.stages.append(rest[0])
            if run.pid in killed:
                continue  # a rushed child that got on before the kill reached it: it waits to be killed
            if rest[0] == run.kill_at:
                zygote.send("KILL", run.pid)
                killed.add(run.pid)
            else:
                zygote.send("CONTINUE", run.pid)
            continue
        assert kind == "EXIT", (kind, rest)
        status = int(rest[0])
        died = os.WIFSIGNALED(status) and os.WTERMSIG(status) == 9
        assert died or (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0), (
            f"the import failed (status {status}); helper stderr:\n" + "\n".join(zygote.stderr))
        assert died == (run.pid in killed), f"{run.folder.name}: {'killed' if died else 'ended'} unexpectedly"
        run.ended = rest[1]


def state_of(folder: Path, data_key: bytes, cases_sent: int) -> str:
    """"before" (no trace of the bundle) or "after" (all of it); fails for a damaged workspace or anything between."""
    report = check_with_key(folder, data_key)
    assert report.ok, f"{folder.name}: check failed: {report}"
    workspace = unlock_with_key(folder, data_key)
    try:
        with workspace.unit_of_work() as uow:
            received = uow.session.execute(text("SELECT count(*) FROM sync_received")).scalar_one()
            cases = uow.session.execute(text("SELECT count(*) FROM case_file")).scalar_one()
            remote_audit = uow.session.execute(text("SELECT count(*) FROM remote_audit_entry")).scalar_one()
    finally:
        workspace.lock()
    if (received, cases, remote_audit) == (0, 0, 0):
        return "before"
    assert (received, cases) == (1, cases_sent), f"{folder.name}: half an import: {received} bundles, {cases} cases"
    assert remote_audit > 0
    return "after"


def expected_state(run: Run) -> set[str]:
    """Killed while waiting at a stage before the commit: as before; at "committed" or left to finish: with the
    bundle; rushed past "before commit" into the commit: either (unless it got as far as "committed")."""
    if run.kill_at is None or COMMITTED in run.stages:
        return {"after"}
    if run.rushed:
        return {"before", "after"}
    return {"before"}


@pytest.mark.slow
def test_an_import_killed_at_any_stage_leaves_all_or_nothing(tmp_path: Path, fast_kdf: KdfParams) -> None:
    laptop = create(tmp_path / "laptop", WorkspaceKind.COORDINATOR, COORDINATOR, fast_kdf)
    office = create(tmp_path / "office", WorkspaceKind.BACKOFFICE, "Backoffice Teststad", fast_kdf)
    enroll_both(laptop, office)
    fill_with_demo_cases(laptop, CASES, today=EXCHANGE_DAY)
    bundle = tmp_path / "laptop-1.terugkeer"
    summary = export_bundle(laptop, office.actor.device_id, bundle, today=EXCHANGE_DAY)
    # the sharing policy keeps a few demo cases on the laptop; everything else travels
    assert summary.cases + len(summary.held_back) == CASES and summary.cases > CASES // 2
    data_key = office.data_key
    laptop.lock()
    office.lock()
    template = tmp_path / "office"

    runs = [Run(tmp_path / "whole", None)]
    runs += [Run(tmp_path / f"at-{number:02d}", stage) for number, stage in enumerate(IMPORT_STAGES)]
    runs += [Run(tmp_path / f"rushed-{number}", BEFORE_COMMIT, rushed=True) for number in range(RUSHED_RUNS)]
    root = Path(__file__).resolve().parents[2]
    environment = {**os.environ, "TERUGKEER_PASSPHRASE": SYNC_PASSPHRASE, "QT_QPA_PLATFORM": "offscreen",
                   "PYTHONPATH": os.pathsep.join([str(root), *filter(None, [os.environ.get("PYTHONPATH")])])}
    zygote = Zygote(environment, root)
    outcomes: list[tuple[str, str | None, str, str]] = []
    try:
        for first in range(0, len(runs), LANES):
            batch = runs[first:first + LANES]
            for run in batch:
                shutil.copytree(template, run.folder)
            run_batch(zygote, batch, bundle)
            for run in batch:
                state = state_of(run.folder, data_key, summary.cases)
                outcomes.append((run.folder.name, run.kill_at, run.ended, state))
                assert state in expected_state(run), f"{run.folder.name}: {state} after stages {run.stages}"
                if run.ended == "done":  # the child saw its import return: it must have stayed
                    assert state == "after", f"{run.folder.name}: a committed import was lost"
                shutil.rmtree(run.folder)
    finally:
        zygote.close()

    whole = runs[0]
    assert whole.stages == list(IMPORT_STAGES) and whole.ended == "done"
    for run in runs[1:]:
        assert run.stages[-1] == run.kill_at or run.rushed, run  # every kill landed where it was aimed
    assert {state for _name, kill_at, _ended, state in outcomes if kill_at == COMMITTED} == {"after"}

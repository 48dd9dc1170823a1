"""Killing the importing process at any moment leaves the back office as it was or with the whole bundle: the
workspace passes `terugkeer check`, and it holds either no trace of the bundle or all of it, never part.

A laptop with 300 demo cases exports one bundle to its back office; the office folder (locked) is the template.
Each run imports the bundle into a fresh copy in a child process (scripts/import_killable.py forks it from a warm
Python, so no run pays for start-up) and sends it SIGKILL after a seeded random delay, spread over the measured
duration of one whole import and a little beyond, so that some runs are cut off and some complete. Two runs go at
once (one per core) with delays paired from the sorted list, which halves the wait without changing what a run
sees.
"""

from __future__ import annotations

import os
import queue
import random
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import text

from app.check import check_with_key
from app.demo.workspace import fill_with_demo_cases
from app.domain import WorkspaceKind
from app.sync.export import export_bundle
from app.workspace.folder import unlock_with_key
from app.workspace.keyfile import KdfParams

from .sync_helpers import COORDINATOR, EXCHANGE_DAY, SYNC_PASSPHRASE, create, enroll_both

SCRIPT = Path(__file__).parent / "scripts" / "import_killable.py"
CASES = 300
RUNS = 20
LANES = 2  # runs at the same time: the machine has two cores
SEED = 20240615
BEYOND = 1.3  # delays reach this far past the measured import, so some runs complete
ANSWER_TIMEOUT = 120.0


class Zygote:
    """The helper process: forks one child per run, relays GO and KILL, and reports how each child ended."""

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

    def next_line(self, timeout: float = ANSWER_TIMEOUT) -> str | None:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            return None

    def expect(self, prefix: str) -> list[str]:
        line = self.next_line()
        if line is None or not line.startswith(prefix):
            raise AssertionError(f"expected {prefix!r}, got {line!r}; helper stderr:\n" + "\n".join(self.stderr))
        return line.split()[1:]

    def close(self) -> None:
        """End of input ends the helper; a child still waiting for GO then reads end of file and exits too."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def run_batch(zygote: Zygote, folders: list[Path], bundle: Path, delays: list[float | None]
              ) -> dict[Path, tuple[str, float]]:
    """Import into every folder at once; kill each child when its delay (seconds after its GO) has passed, or let it
    finish (None). Returns, per folder, "done" (the child reported its import committed) or "cut", and the seconds
    from GO until its exit was reported."""
    pids: dict[Path, int] = {}
    for folder in folders:
        zygote.send("RUN", folder, bundle)
        pids[folder] = int(zygote.expect("READY")[0])
    for folder in folders:
        zygote.send("GO", pids[folder])
    started = time.monotonic()
    kill_at = {pids[folder]: started + delay for folder, delay in zip(folders, delays, strict=True)
               if delay is not None}
    ended: dict[int, tuple[str, float]] = {}
    while len(ended) < len(folders):
        now = time.monotonic()
        for pid, moment in sorted(kill_at.items(), key=lambda item: item[1]):
            if moment <= now and pid not in ended:
                zygote.send("KILL", pid)
                del kill_at[pid]
        waiting = [moment for pid, moment in kill_at.items() if pid not in ended]
        line = zygote.next_line(timeout=max(0.0, min(waiting) - time.monotonic()) if waiting else ANSWER_TIMEOUT)
        if line is None:
            if not waiting:
                raise AssertionError("an import did not end; helper stderr:\n" + "\n".join(zygote.stderr))
            continue
        kind, pid_text, status_text, how = line.split()
        assert kind == "EXIT", line
        pid, status = int(pid_text), int(status_text)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == 9
        assert killed or (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0), (
            f"the import failed (status {status}); helper stderr:\n" + "\n".join(zygote.stderr))
        ended[pid] = (how, time.monotonic() - started)
    return {folder: ended[pids[folder]] for folder in folders}


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


@pytest.mark.slow
def test_an_import_killed_at_any_moment_leaves_all_or_nothing(tmp_path: Path, fast_kdf: KdfParams) -> None:
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

    environment = {**os.environ, "TERUGKEER_PASSPHRASE": SYNC_PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    zygote = Zygote(environment, Path(__file__).resolve().parents[2])
    try:
        def copies(names: list[str]) -> list[Path]:
            folders = [tmp_path / name for name in names]
            for folder in folders:
                shutil.copytree(template, folder)
            return folders

        # one whole import per lane, under the same load as the kill runs, measures how long an import takes
        calibration = copies([f"whole-{lane}" for lane in range(LANES)])
        whole = run_batch(zygote, calibration, bundle, [None] * LANES)
        assert {how for how, _seconds in whole.values()} == {"done"}
        duration = max(seconds for _how, seconds in whole.values())
        for folder in calibration:
            assert state_of(folder, data_key, summary.cases) == "after"
            shutil.rmtree(folder)

        rng = random.Random(SEED)
        # stratified: one delay in each of RUNS equal slices of [0, BEYOND * duration], so every part of the import
        # (opening, checking, writing, committing) and the time after it get their share of kills
        delays = sorted((slot + rng.random()) / RUNS * BEYOND * duration for slot in range(RUNS))
        outcomes: list[tuple[float, str, str]] = []
        for first in range(0, RUNS, LANES):
            batch = delays[first:first + LANES]
            folders = copies([f"run-{first + lane:02d}" for lane in range(len(batch))])
            ended = run_batch(zygote, folders, bundle, list(batch))
            for folder, delay in zip(folders, batch, strict=True):
                state = state_of(folder, data_key, summary.cases)
                if ended[folder][0] == "done":  # the child saw its commit succeed: it must have stayed
                    assert state == "after", f"{folder.name}: a committed import was lost"
                outcomes.append((delay, ended[folder][0], state))
                shutil.rmtree(folder)
    finally:
        zygote.close()

    states = {state for _delay, _ended, state in outcomes}
    assert states == {"before", "after"}, (
        f"every run ended {states} (import takes {duration:.2f} s): widen the delays; {outcomes}")

"""Killing the process while it writes never leaves a workspace that is damaged or half made.

The demo creation runs in a child (scripts/demo_killable.py) that stops at the moments that matter (the schema made,
the key file written, each commit) and waits; the test kills it exactly there, once at the first stop of each kind
and around the last commit. No clock picks a moment, so a busy machine changes nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.check import check_workspace
from app.demo.workspace import create_demo_workspace
from app.workspace.folder import is_workspace, unlock
from app.workspace.keyfile import KdfParams

PASSPHRASE = "kill me softly, twelve+"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TERUGKEER_PASSPHRASE"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"))
    return env


SCRIPT = Path(__file__).parent / "scripts" / "demo_killable.py"
CASES = 30


def _stages(tmp_path: Path) -> list[str]:
    """Every moment the demo creation stops at, in order, from a run that is let through."""
    process = _killable(tmp_path / "whole")
    stages = []
    assert process.stdout is not None and process.stdin is not None
    for line in process.stdout:
        if line.startswith("STAGE "):
            stages.append(line.split(" ", 1)[1].strip())
            process.stdin.write("\n")
            process.stdin.flush()
    assert process.wait() == 0
    return stages


def _killable(folder: Path) -> subprocess.Popen[str]:
    environment = {**_env(folder.parent), "TERUGKEER_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen([sys.executable, str(SCRIPT), str(folder), str(CASES)], env=environment, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            cwd=Path(__file__).resolve().parents[2])


def _kill_at(folder: Path, wanted: int) -> None:
    """Let the creation run to its `wanted`-th stop (counting from 0), and kill it there."""
    process = _killable(folder)
    assert process.stdout is not None and process.stdin is not None
    seen = 0
    for line in process.stdout:
        if not line.startswith("STAGE "):
            continue
        if seen == wanted:
            process.send_signal(signal.SIGKILL)
            break
        seen += 1
        process.stdin.write("\n")
        process.stdin.flush()
    process.wait()


@pytest.mark.slow
def test_demo_creation_killed_at_any_moment_leaves_no_damaged_workspace(tmp_path: Path, fast_kdf: KdfParams) -> None:
    stages = _stages(tmp_path)
    assert {"schema made", "key file written", "committed"} <= set(stages)
    # The first stop of each kind, and the last two (around the commit of the demo cases).
    chosen = sorted({stages.index(name) for name in stages} | {len(stages) - 2, len(stages) - 1})
    for number in chosen:
        name = stages[number]
        folder = tmp_path / f"killed-{number}"
        _kill_at(folder, number)
        if is_workspace(folder):
            assert check_workspace(folder, PASSPHRASE).ok, name
            workspace = unlock(folder, PASSPHRASE)
            with workspace.unit_of_work() as uow:
                assert uow.cases.count_cases() in (0, CASES), name  # the demo fill is one transaction
            workspace.lock()
        else:
            # Killed before the key file was written: the folder can simply be used again.
            create_demo_workspace(folder, PASSPHRASE, 3, kdf=fast_kdf).lock()
            assert is_workspace(folder), name

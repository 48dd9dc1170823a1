"""Killing the process while it writes never leaves a workspace that is damaged or half made."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.workspace.folder import is_workspace, unlock

PASSPHRASE = "kill me softly, twelve+"


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "ui.entry", *args]


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TERUGKEER_PASSPHRASE"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"))
    return env


@pytest.mark.slow
@pytest.mark.parametrize("kill_after_seconds", [0.8, 1.6, 2.4, 4.0])
def test_demo_creation_killed_midway_leaves_no_damaged_workspace(tmp_path: Path, kill_after_seconds: float) -> None:
    folder = tmp_path / "ws"
    passphrase_file = tmp_path / "pw"
    passphrase_file.write_text(PASSPHRASE)
    process = subprocess.Popen(
        _cli("demo", "--workspace", str(folder), "--cases", "20000", "--passphrase-file", str(passphrase_file),
),
        env=_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    time.sleep(kill_after_seconds)
    process.send_signal(signal.SIGKILL)
    process.wait()

    if is_workspace(folder):
        check = subprocess.run(
            _cli("check", "--workspace", str(folder), "--passphrase-file", str(passphrase_file)),
            env=_env(tmp_path), capture_output=True, text=True,
        )
        assert check.returncode == 0, check.stdout + check.stderr
        workspace = unlock(folder, PASSPHRASE)
        with workspace.unit_of_work() as uow:
            assert uow.cases.count_cases() in (0, 20000)  # the demo fill is one transaction: all or nothing
        workspace.lock()
    else:
        # Killed before the key file was written: the folder can simply be used again.
        again = subprocess.run(
            _cli("demo", "--workspace", str(folder), "--cases", "3", "--passphrase-file", str(passphrase_file),
),
            env=_env(tmp_path), capture_output=True, text=True,
        )
        assert again.returncode == 0, again.stderr
        assert is_workspace(folder)

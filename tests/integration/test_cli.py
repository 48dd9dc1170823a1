"""The `terugkeer` command as IT and scripts run it: a real subprocess, a private HOME, no passphrase leaks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from app.check import check_workspace
from app.selftest import STEPS
from app.workspace.folder import is_workspace, unlock

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSPHRASE = "demo passphrase Zeer-Geheim-42"


def run_cli(home: Path, *args: str, passphrase_env: str | None = None,
            secrets: tuple[str, ...] = (DEMO_PASSPHRASE,)) -> subprocess.CompletedProcess[str]:
    """Run `terugkeer ARGS` with HOME and the XDG folders in `home`; fails the test if a secret is printed."""
    env = {name: value for name, value in os.environ.items() if name != "TERUGKEER_PASSPHRASE"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"))
    if passphrase_env is not None:
        env["TERUGKEER_PASSPHRASE"] = passphrase_env
    result = subprocess.run(
        [sys.executable, "-m", "ui.entry", *args],
        env=env, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=180,
    )
    for secret in secrets:
        assert secret not in result.stdout + result.stderr, "a passphrase was printed"
    return result


def _passphrase_file(folder: Path, passphrase: str, name: str = "passphrase.txt") -> Path:
    path = folder / name
    path.write_text(passphrase + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace with 5 cases made by `terugkeer demo` (real, tuned KDF), shared by the tests here."""
    home = tmp_path_factory.mktemp("home")
    folder = home / "demo"
    result = run_cli(home, "demo", "--workspace", str(folder), "--cases", "5",
                     "--passphrase-file", str(_passphrase_file(home, DEMO_PASSPHRASE)))
    assert result.returncode == 0, result.stderr
    assert "5" in result.stdout
    return folder


def test_version_comes_from_the_package_metadata(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Terugkeer {version('terugkeer')}"


def test_self_test_passes_every_step_and_keeps_its_workspace(tmp_path: Path) -> None:
    keep = tmp_path / "kept"
    result = run_cli(tmp_path, "self-test", "--keep", str(keep))
    passphrase = (keep / "zelftest-wachtwoord.txt").read_text(encoding="utf-8")
    assert passphrase not in result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len([line for line in lines if line.startswith("OK")]) == len(STEPS), result.stdout
    assert len(lines) == len(STEPS) + 1  # every step and the verdict
    assert check_workspace(keep / "werkmap", passphrase).ok


def test_demo_workspace_passes_check(demo_workspace: Path, tmp_path: Path) -> None:
    result = run_cli(tmp_path, "check", "--workspace", str(demo_workspace),
                     "--passphrase-file", str(_passphrase_file(tmp_path, DEMO_PASSPHRASE)))
    assert result.returncode == 0, result.stderr
    assert "Database" in result.stdout


def test_passphrase_from_the_environment(demo_workspace: Path, tmp_path: Path) -> None:
    result = run_cli(tmp_path, "check", "--workspace", str(demo_workspace), passphrase_env=DEMO_PASSPHRASE)
    assert result.returncode == 0, result.stderr


def test_passphrase_file_before_the_subcommand(demo_workspace: Path, tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--passphrase-file", str(_passphrase_file(tmp_path, DEMO_PASSPHRASE)),
                     "check", "--workspace", str(demo_workspace))
    assert result.returncode == 0, result.stderr


def test_check_with_a_wrong_passphrase_fails_without_printing_it(demo_workspace: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(demo_workspace, copy)  # failed attempts are counted in the folder: keep the shared one clean
    wrong = "wrong passphrase Niet-Deze-99"
    result = run_cli(tmp_path, "check", "--workspace", str(copy),
                     "--passphrase-file", str(_passphrase_file(tmp_path, wrong)),
                     secrets=(DEMO_PASSPHRASE, wrong))
    assert result.returncode != 0
    assert result.stderr.strip()


def test_check_without_any_passphrase_is_a_usage_error(demo_workspace: Path, tmp_path: Path) -> None:
    result = run_cli(tmp_path, "check", "--workspace", str(demo_workspace))
    assert result.returncode == 2
    assert "TERUGKEER_PASSPHRASE" in result.stderr


def test_check_of_a_folder_that_is_no_workspace_fails(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run_cli(tmp_path, "check", "--workspace", str(tmp_path / "empty"),
                     "--passphrase-file", str(_passphrase_file(tmp_path, DEMO_PASSPHRASE)))
    assert result.returncode != 0
    assert str(tmp_path / "empty") in result.stderr


def test_demo_with_zero_cases(tmp_path: Path) -> None:
    folder = tmp_path / "leeg"
    result = run_cli(tmp_path, "demo", "--workspace", str(folder), "--cases", "0",
                     "--passphrase-file", str(_passphrase_file(tmp_path, DEMO_PASSPHRASE)))
    assert result.returncode == 0, result.stderr
    assert is_workspace(folder)
    opened = unlock(folder, DEMO_PASSPHRASE)
    try:
        with opened.unit_of_work() as uow:
            assert uow.cases.count_cases() == 0
        assert opened.summary.demo
    finally:
        opened.lock()


def test_demo_refuses_a_negative_number_of_cases(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "demo", "--workspace", str(tmp_path / "ws"), "--cases", "-1",
                     "--passphrase-file", str(_passphrase_file(tmp_path, DEMO_PASSPHRASE)))
    assert result.returncode == 2
    assert not (tmp_path / "ws").exists()


def test_rotate_key_replaces_a_laptops_database_key_and_keeps_its_cases(tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    passphrase_file = str(_passphrase_file(tmp_path, DEMO_PASSPHRASE))
    assert run_cli(tmp_path, "demo", "--workspace", str(folder), "--cases", "3",
                   "--passphrase-file", passphrase_file).returncode == 0
    old_key = (folder / "workspace.key").read_bytes()
    result = run_cli(tmp_path, "rotate-key", "--workspace", str(folder), "--passphrase-file", passphrase_file)
    assert result.returncode == 0, result.stderr
    assert "vervangen" in result.stdout
    assert (folder / "workspace.key").read_bytes() != old_key
    opened = unlock(folder, DEMO_PASSPHRASE)
    try:
        with opened.unit_of_work() as uow:
            assert uow.cases.count_cases() == 3
    finally:
        opened.lock()

"""A screen reader's view of the intake: under Xvfb with the AT-SPI bus, a reader in another process (the system's
Python with pyatspi, scripts/read_accessible_tree.py) walks the accessible tree of the running intake
(scripts/show_intake.py) step by step, and finds every label a sighted person sees there, and a name for every
widget that takes the focus."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest
from at_spi import SYSTEM_PYTHON, accessibility_session
from ui_helpers import add_case, start_plan

from app.workspace.session import OpenWorkspace

SCRIPTS = Path(__file__).parent / "scripts"
LINE_SECONDS = 60


def read_lines(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line.strip())
    lines.put("")


def read_tree(pid: int, environment: dict[str, str]) -> list[dict[str, object]]:
    reader = subprocess.run([SYSTEM_PYTHON, str(SCRIPTS / "read_accessible_tree.py"), str(pid)], env=environment,
                            capture_output=True, text=True, timeout=LINE_SECONDS, check=False)
    assert reader.returncode == 0, f"the reader did not find the intake on the bus: {reader.stderr}"
    tree: list[dict[str, object]] = json.loads(reader.stdout)
    return tree


def spoken(text: object) -> str:
    return " ".join(str(text).split())


@pytest.mark.slow
def test_a_screen_reader_finds_every_label_of_the_intake(tmp_path: Path, workspace: OpenWorkspace,
                                                         passphrase: str) -> None:
    case_id = add_case(workspace, "Hendriks")
    start_plan(workspace, case_id, actions=1)
    workspace.lock()
    missing: dict[str, list[str]] = {}
    nameless: dict[str, list[str]] = {}
    project = Path(__file__).parents[2]
    with accessibility_session(tmp_path) as environment:
        process = subprocess.Popen(
            [sys.executable, str(SCRIPTS / "show_intake.py"), str(tmp_path / "ws"), case_id],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=project,
            env={**environment, "TERUGKEER_PASSPHRASE": passphrase, "PYTHONPATH": str(project)})
        assert process.stdin is not None and process.stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=read_lines, args=(process.stdout, lines), daemon=True).start()
        try:
            while line := lines.get(timeout=LINE_SECONDS):
                shown = json.loads(line)
                tree = read_tree(shown["pid"], environment)
                names = {spoken(node["name"]) for node in tree}
                missing[shown["step"]] = [text for text in shown["labels"] if spoken(text) not in names]
                nameless[shown["step"]] = [str(node["role"]) for node in tree
                                           if node["focusable"] and not node["name"] and not node["labelled_by"]]
                process.stdin.write("next\n")
                process.stdin.flush()
            assert process.wait(timeout=LINE_SECONDS) == 0, process.communicate()[1]
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert len(missing) >= 5  # personal data, target groups, the domains, triage, plan
    assert missing == {step: [] for step in missing}
    assert nameless == {step: [] for step in nameless}

"""Killing the app in the middle of an interview loses at most the field being typed.

A helper process (scripts/type_intake.py) types into the intake like a person; after it reported five fields
typed and left, it gets SIGKILL while typing the sixth. The workspace, unlocked again, holds the five fields.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from scripts.type_intake import FIELDS
from ui_helpers import add_case

from app.casework.checklist import load_catalogue
from app.casework.intake import IntakeFile, open_intake
from app.domain import WorkspaceKind
from app.workspace.folder import create_workspace, unlock
from app.workspace.keyfile import KdfParams

SCRIPT = Path(__file__).parent / "scripts" / "type_intake.py"
DONE_BEFORE_KILL = 5
KEYS_INTO_NEXT_FIELD = 3  # the kill comes after this many keys of the field after the last one done


def stored_text(stored: IntakeFile, object_name: str) -> str:
    """What the intake holds for the field the script typed into (see FIELDS)."""
    if object_name.startswith("notes_"):
        return stored.assessment(object_name.removeprefix("notes_")).notes
    if object_name.startswith("item_"):
        return str(stored.answers.get(object_name.removeprefix("item_")) or "")
    return {"directionReasonEdit": stored.direction_reason, "agreementsEdit": stored.agreements,
            "contactPersonsEdit": stored.contact_persons}[object_name]


def read_lines(stream: object, lines: queue.Queue[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line.strip())


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_the_field_being_typed(
        tmp_path: Path, fast_kdf: KdfParams, passphrase: str) -> None:
    folder = tmp_path / "ws"
    workspace = create_workspace(folder, kind=WorkspaceKind.COORDINATOR, municipality="Teststad",
                                 user_name="Test Coördinator", passphrase=passphrase, kdf=fast_kdf)
    case_id = add_case(workspace, "Afgebroken")
    workspace.lock()

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TERUGKEER_PASSPHRASE": passphrase,
                   "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_RUNTIME_DIR": str(tmp_path / "runtime")}
    (tmp_path / "runtime").mkdir(mode=0o700)
    process = subprocess.Popen([sys.executable, str(SCRIPT), str(folder), case_id], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=environment, cwd=Path(__file__).parents[2])
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=read_lines, args=(process.stdout, lines), daemon=True).start()
    try:
        done = 0
        while True:  # until a few keys of the next field are in: the kill lands in the middle of typing it
            try:
                line = lines.get(timeout=60)
            except queue.Empty:
                process.kill()
                pytest.fail(f"the typing script reported {done} fields; stderr:\n{process.communicate()[1]}")
            if line.startswith("FIELD "):
                done = int(line.split()[1])
            if line == f"KEY {DONE_BEFORE_KILL + 1} {KEYS_INTO_NEXT_FIELD}":
                break
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert f"FIELD {DONE_BEFORE_KILL + 1} DONE" not in list(lines.queue), "killed after the next field, not in it"

    reopened = unlock(folder, passphrase)
    try:
        stored = open_intake(reopened, case_id, load_catalogue().active())
    finally:
        reopened.lock()
    completed, being_typed, untouched = (FIELDS[:DONE_BEFORE_KILL], FIELDS[DONE_BEFORE_KILL],
                                         FIELDS[DONE_BEFORE_KILL + 1:])
    assert [stored_text(stored, name) for _step, name, _text in completed] == [text for *_rest, text in completed]
    assert being_typed[2].startswith(stored_text(stored, being_typed[1]))  # nothing, part of it, or all of it
    assert all(stored_text(stored, name) == "" for _step, name, _text in untouched)
    assert stored.current_step in (completed[-1][0], being_typed[0])  # reopening resumes there

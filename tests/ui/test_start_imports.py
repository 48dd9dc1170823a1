"""The first window (first run or unlock) comes up without the database layer and the heavy libraries: they load
when a workspace is opened (README, Performance). Checked in a fresh interpreter that starts the app as `terugkeer`
does and closes it once its first window has painted (TERUGKEER_EXIT_AFTER_FIRST_WINDOW, ui/gui.py); what a returning
user's first unlock needs loads after that, while the passphrase is typed (ui/workspace/preload.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.workspace.session import OpenWorkspace
from ui.gui import EXIT_AFTER_FIRST_WINDOW

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("sqlalchemy", "db.models", "sqlcipher3", "cryptography", "keyring", "ssl", "ui.cli.commands",
                "holidays", "reportlab")
# Starts the app and prints the heavy modules loaded when its first window paints, the moment the probe of ui/gui.py
# reports.
START = """
import json, sys
from ui import gui
probe = gui._FirstWindowProbe.eventFilter
def at_first_window(self, watched, event):
    if event.type() == event.Type.Paint and watched.isWidgetType() and watched.isWindow():
        print(json.dumps([name for name in NOT_AT_START if name in sys.modules]))
    return probe(self, watched, event)
gui._FirstWindowProbe.eventFilter = at_first_window
from ui.entry import main
sys.argv[1:] = ARGUMENTS
main()
"""


def loaded_at_first_window(home: Path, *arguments: str) -> list[str]:
    """The heavy modules loaded by `terugkeer ARGUMENTS` for a user whose home folder is `home`, when its first
    window has painted."""
    home.mkdir(exist_ok=True)
    script = START.replace("NOT_AT_START", repr(NOT_AT_START)).replace("ARGUMENTS", repr(arguments))
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT,
                            capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
                                 EXIT_AFTER_FIRST_WINDOW: "1"})
    loaded, shown = result.stdout.strip().splitlines()[-2:]
    assert shown.startswith("first window shown at ")
    return list(json.loads(loaded))


def test_a_new_user_sees_the_first_run_wizard_without_the_database_layer(tmp_path: Path) -> None:
    assert loaded_at_first_window(tmp_path / "home") == []


def test_a_returning_user_sees_the_unlock_screen_without_the_database_layer(tmp_path: Path,
                                                                            workspace: OpenWorkspace) -> None:
    """The key file is read for its accounts without cryptography; the passphrase is checked on the worker."""
    workspace.lock()
    assert loaded_at_first_window(tmp_path / "home", "--workspace", str(tmp_path / "ws")) == []

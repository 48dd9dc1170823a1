"""The first window (first run or unlock) comes up without the database layer and the heavy libraries: they load
when a workspace is opened (README, Performance). Checked in a fresh interpreter, after the modules the GUI's start
imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("sqlalchemy", "db.models", "sqlcipher3", "cryptography", "keyring", "ssl", "ui.cli.commands",
                "holidays", "reportlab")


def test_the_gui_start_imports_no_database_layer() -> None:
    script = ("import sys; import ui.entry, ui.cli.main, ui.gui; "
              f"print(sorted(name for name in {NOT_AT_START!r} if name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]"

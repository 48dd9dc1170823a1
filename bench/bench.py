"""`make bench`: speed and memory of the register at 20,000 cases, against a baseline in the same run.

Each measurement runs in its own process (so peak memory is its own): the empty workspace is the baseline, the
20,000-case workspace the subject. Targets (issue 2): unlock → painted register ≤ 1.5 s excluding the KDF (KDF
≈ 0.5 s), search-as-you-type ≤ 50 ms per keystroke, peak RSS ≤ 300 MB. Figures only: no assertion, the machines
are shared and noisy.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
PASSPHRASE = "benchmark passphrase only"
SIZES = (0, 20_000)
TYPED = ("voorbeeld", "990001", "pi vught", "jan proef")  # each typed key by key into an empty search field


def workspace_for(cases: int) -> Path:
    """A demo workspace with `cases` cases, made once and kept in bench/.cache (fictional data only)."""
    from app.demo import create_demo_workspace
    from app.workspace import is_workspace

    folder = CACHE / f"ws-{cases}"
    if not is_workspace(folder):
        create_demo_workspace(folder, PASSPHRASE, cases).lock()
    return folder


def measure(cases: int) -> dict[str, float]:
    """Runs in a child process: one workspace, every figure for it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

    from app.keyfile import load_keyfile
    from app.settings import Settings
    from app.workspace import keyfile_path, unlock_with_key
    from ui.context import WorkspaceContext
    from ui.operations import Operations
    from ui.register_screen import RegisterScreen

    app = QApplication([])
    folder = workspace_for(cases)
    rss_before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    keyfile = load_keyfile(keyfile_path(folder))
    started = time.perf_counter()
    data_key = keyfile.unwrap(PASSPHRASE)
    kdf_s = time.perf_counter() - started

    started = time.perf_counter()
    workspace = unlock_with_key(folder, data_key)
    operations = Operations()
    screen = RegisterScreen(WorkspaceContext(workspace, operations, Settings(), CACHE / "config"))
    screen.resize(1366, 700)
    loaded: list[bool] = []
    screen.loaded.connect(lambda: loaded.append(True))
    screen.show()
    screen.load()
    while not loaded:
        app.processEvents()
    screen.repaint()
    app.processEvents()
    unlock_to_register_s = time.perf_counter() - started

    search = screen.findChild(QLineEdit, "registerSearch")
    table = screen.findChild(QTableView, "registerTable")
    latencies = []
    search.setFocus()
    for text in TYPED:
        search.clear()
        app.processEvents()
        for character in text:
            started = time.perf_counter()
            QTest.keyClick(search, character)
            table.viewport().repaint()
            latencies.append(time.perf_counter() - started)
    workspace.lock()
    return {
        "cases": cases,
        "kdf_s": kdf_s,
        "unlock_to_register_s": unlock_to_register_s,
        "search_median_ms": statistics.median(latencies) * 1000,
        "search_max_ms": max(latencies) * 1000,
        "rss_before_mb": rss_before_kb / 1024,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    results = []
    for cases in SIZES:
        print(f"measuring {cases} cases …", file=sys.stderr, flush=True)
        output = subprocess.run([sys.executable, __file__, "--measure", str(cases)], check=True,
                                capture_output=True, text=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
    baseline, subject = results
    rows = (
        ("KDF (unwrap the key)", "kdf_s", "s", "≈ 0.5 s"),
        ("unlock → painted register (excl. KDF)", "unlock_to_register_s", "s", "≤ 1.5 s"),
        ("search as you type, median per key", "search_median_ms", "ms", "≤ 50 ms"),
        ("search as you type, slowest key", "search_max_ms", "ms", "≤ 50 ms"),
        ("peak RSS", "peak_rss_mb", "MB", "≤ 300 MB"),
    )
    print(f"\n{'measure':42} {'baseline (0 cases)':>20} {'20,000 cases':>14} {'target':>10}")
    print("-" * 90)
    for label, key, unit, target in rows:
        print(f"{label:42} {baseline[key]:>17.3f} {unit:<2} {subject[key]:>11.3f} {unit:<2} {target:>10}")


if __name__ == "__main__":
    main()

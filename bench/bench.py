"""`make bench`: speed and memory of the register at 20,000 cases, against a baseline in the same run.

Each measurement runs in its own process (so peak memory is its own): the empty workspace is the baseline, the
20,000-case workspace the subject. Targets (issue 2): unlock → painted register ≤ 1.5 s excluding the KDF (KDF
≈ 0.5 s), search-as-you-type ≤ 50 ms per keystroke, peak RSS ≤ 300 MB. Issue 4 adds the build time of a typical
plan-of-approach PDF (≤ 300 ms) and of a 40-action plan, beside a minimal reportlab document in the same process.
The installers issue adds the packaged app (dist/terugkeer from `make package`): its installed size (≤ 200 MB) and
its start to the first painted window (≤ 2 s), beside the same start from the source tree; issue 16 measures it for
a new user (the first-run wizard) and a returning one (the unlock screen), cold and warm: bench/start_bench.py.
The sync issue adds a full bundle of 5,000 cases (export; import beside plain executemany of the same rows, ≤ 4×)
and a 50-change incremental round trip (≤ 1 s): bench/sync_bench.py.
The team back office (issue 17) adds the monitor of a year counted by the database, on the 20,000-case workspace and
on PostgreSQL with 200,000 cases (≤ 2 s), beside counting every case's facts in Python: bench/monitor_bench.py; and a
PostgreSQL server with 200,000 cases for the register, opening cases, 8 clerks at once and a bundle import:
bench/server_bench.py.
Issue 16 tightens the targets (unlock → register ≤ 0.7 s, search median ≤ 10 ms and slowest key ≤ 25 ms, peak RSS
≤ 230 MB, a typical plan PDF ≤ 50 ms, the packaged cold start ≤ 1.2 s, a bundle import ≤ 2.5× executemany) and adds
the growth: unlock → register and search at 2,000, 20,000 and 100,000 cases (≤ 2.5 s and ≤ 50 ms at 100,000), so
that a reader sees whether the cost grows linearly or worse; and the Monitor screen, from asking for a year to the
painted screen (≤ 0.5 s at 20,000 cases), at the same sizes: bench/monitor_bench.py. The workspaces are made once
and kept in bench/.cache (the 100,000-case ones take many minutes the first time). Each register figure is the
median of REGISTER_RUNS processes (`measure_register`).
Figures only: no assertion, the machines are shared and noisy.
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this tree's code, not the one the venv installed

from monitor_bench import measure_monitor, measure_screen, print_screen_rows
from monitor_bench import print_rows as print_monitor_rows
from pdf_bench import BATCH_PLANS, measure_batch
from pdf_bench import print_rows as print_batch_rows
from server_bench import SERVER_CASES, measure_server
from server_bench import print_rows as print_server_rows
from start_bench import PACKAGED, measure_starts
from start_bench import print_rows as print_start_rows
from sync_bench import measure_sync
from sync_bench import print_rows as print_sync_rows

if TYPE_CHECKING:
    from app.pdf.plan import PlanContent

CACHE = Path(__file__).resolve().parent / ".cache"
PASSPHRASE = "benchmark passphrase only"
SIZES = (0, 20_000)
GROWTH = (2_000, 20_000, 100_000)  # the register and search, to show how their cost grows with the cases
REGISTER_RUNS = 3
TYPED = ("voorbeeld", "990000023", "pi vught", "jan proef")  # each typed key by key into an empty search field


def workspace_for(cases: int, office: bool = False) -> Path:
    """A demo workspace with `cases` cases (a coordinator's, or a back office's: the monitor is its work), made
    once and kept in bench/.cache (fictional data only)."""
    from app.demo.workspace import create_demo_workspace
    from app.domain import WorkspaceKind
    from app.workspace.folder import is_workspace

    folder = CACHE / (f"office-{cases}" if office else f"ws-{cases}")
    if not is_workspace(folder):
        kind = WorkspaceKind.BACKOFFICE if office else WorkspaceKind.COORDINATOR
        create_demo_workspace(folder, PASSPHRASE, cases, kind=kind).lock()
    read_through(folder)
    return folder


def read_through(folder: Path) -> None:
    """Read the workspace's files once, so that what is timed is the app's work and not the disk's: the start rows
    drop the kernel's page cache (start_bench.py), and the next run's first unlock of a 100,000-case file would
    otherwise read 120 MB from disk (an unlock → register of 7 s instead of 2)."""
    for path in folder.iterdir():
        if path.is_file():
            with path.open("rb") as file:
                while file.read(1 << 20):
                    pass


def measure(cases: int) -> dict[str, float]:
    """Runs in a child process: one workspace, every figure for it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

    from app.settings import Settings
    from app.workspace.folder import keyfile_path, unlock_with_key
    from app.workspace.keyfile import load_keyfile
    from ui.context import WorkspaceContext
    from ui.operations import Operations
    from ui.register.screen import RegisterScreen

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
    # Wait in an event loop, as the app does: a busy processEvents() loop would fight the worker for the GIL.
    waiting = QEventLoop()
    screen.loaded.connect(waiting.quit)
    screen.show()
    screen.load()
    waiting.exec()
    screen.repaint()
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


PDF_RUNS = 7
TYPICAL_ACTIONS = 10  # what a demo plan holds: 2 to 4 actions in the domains that need help


def sample_plan(actions: int) -> PlanContent:
    """A plan of approach with `actions` actions over the five basic domains (fictional data)."""
    from datetime import date, timedelta

    from app.pdf.page import Letterhead
    from app.pdf.plan import PlanAction, PlanContent, PlanDomainSection

    titles = ("Identiteitsbewijs", "Huisvesting / onderdak", "Inkomen en werk", "Schulden", "Zorg")
    sections = tuple(
        PlanDomainSection(title, "Hulpvraag", "Geen geldig identiteitsbewijs; de ID-kaart is verlopen in 2022.",
                          "Een geldige ID-kaart op de dag van vrijlating.", tuple(
                              PlanAction("Nazorgcoördinator", f"Actie {n + 1}: aanvraag bij de gemeente voorbereiden",
                                         date(2025, 3, 1) + timedelta(days=n), n % 3 == 0)
                              for n in range(actions) if n % len(titles) == index))
        for index, title in enumerate(titles))
    return PlanContent(Letterhead("Benchstad"), date(2025, 2, 3), "Zoë Ĳsselmeer-Łukasiewicz", date(1990, 5, 17),
                       "••••••019", "PI Vught", date(2024, 11, 1), date(2025, 4, 1), None, date(2025, 7, 1),
                       "Bench Coördinator", "Besproken", "Beperkt zelfredzaam", "Nazorgcoördinator",
                       "Lichte praktische hulp is genoeg.", sections, "Casemanager PI: mw. S. Proefmans",
                       "Cliënt meldt zich binnen drie werkdagen na vrijlating.")


def measure_pdfs() -> dict[str, float]:
    """Runs in a child process: build times of the plan PDF beside a minimal reportlab document (no Qt).

    The first plan build includes loading and registering the fonts; the others are the median of PDF_RUNS."""
    import io

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.pdf.plan import render_plan

    def minimal() -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer).build([Paragraph("Hallo", getSampleStyleSheet()["Normal"])])
        return buffer.getvalue()

    def median_ms(build: Callable[[], object]) -> float:
        times = []
        for _ in range(PDF_RUNS):
            started = time.perf_counter()
            build()
            times.append(time.perf_counter() - started)
        return statistics.median(times) * 1000

    typical, long = sample_plan(TYPICAL_ACTIONS), sample_plan(40)
    minimal()
    started = time.perf_counter()
    render_plan(typical)
    first_ms = (time.perf_counter() - started) * 1000
    return {
        "minimal_ms": median_ms(minimal),
        "first_plan_ms": first_ms,
        "typical_plan_ms": median_ms(lambda: render_plan(typical).data),
        "long_plan_ms": median_ms(lambda: render_plan(long).data),
    }


# The measurements, each in a child process of its own (`bench.py FLAG [ARG]`): what it measures and how it is shown.
CHILDREN: dict[str, Callable[[list[str]], object]] = {
    "--measure": lambda args: measure(int(args[0])),
    "--measure-sync": lambda _args: measure_sync(),
    "--measure-server": lambda args: measure_server(int(args[0])),
    "--measure-pdf": lambda _args: measure_pdfs(),
    "--measure-batch": lambda _args: measure_batch(workspace_for(SIZES[-1], office=True), PASSPHRASE),
    "--measure-monitor": lambda _args: measure_monitor(workspace_for(SIZES[-1], office=True), PASSPHRASE),
    "--measure-monitor-screen": lambda args: measure_screen(workspace_for(int(args[0]), office=True), PASSPHRASE),
}


def child(label: str, flag: str, *args: str) -> Any:
    """Run one measurement in a child process (so its peak memory is its own) and return what it printed."""
    print(f"measuring {label} …", file=sys.stderr, flush=True)
    output = subprocess.run([sys.executable, __file__, flag, *args], check=True, capture_output=True,
                            text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def measure_register(sizes: list[int]) -> dict[int, dict[str, float]]:
    """The register at each of `sizes`: per figure the median of REGISTER_RUNS processes, the sizes taken in turns,
    so that a burst of load on the shared machine (one run's KDF took 0.66 s where it takes 0.45) does not decide
    a figure on its own."""
    runs = [{size: child(f"{size:,} cases, run {run} of {REGISTER_RUNS}", "--measure", str(size)) for size in sizes}
            for run in range(1, REGISTER_RUNS + 1)]
    return {size: {key: statistics.median(run[size][key] for run in runs) for key in runs[0][size]}
            for size in sizes}


def print_register_rows(baseline: dict[str, float], subject: dict[str, float], pdf: dict[str, float]) -> None:
    rows = (
        ("KDF (unwrap the key)", "kdf_s", "s", "≈ 0.5 s"),
        ("unlock → painted register (excl. KDF)", "unlock_to_register_s", "s", "≤ 0.7 s"),
        ("search as you type, median per key", "search_median_ms", "ms", "≤ 10 ms"),
        ("search as you type, slowest key", "search_max_ms", "ms", "≤ 25 ms"),
        ("peak RSS", "peak_rss_mb", "MB", "≤ 230 MB"),
    )
    print(f"\n{'measure':42} {'baseline (0 cases)':>20} {'20,000 cases':>14} {'target':>10}")
    print("-" * 90)
    for label, key, unit, target in rows:
        print(f"{label:42} {baseline[key]:>17.3f} {unit:<2} {subject[key]:>11.3f} {unit:<2} {target:>10}")
    # PDF rows: the baseline column is a minimal reportlab document (one paragraph) built in the same process.
    pdf_rows = (
        (f"plan PDF, typical ({TYPICAL_ACTIONS} actions)", "typical_plan_ms", "≤ 50 ms"),
        ("plan PDF, 40 actions", "long_plan_ms", ""),
        ("plan PDF, first build (loads the fonts)", "first_plan_ms", ""),
    )
    for label, key, target in pdf_rows:
        print(f"{label:42} {pdf['minimal_ms']:>17.3f} ms {pdf[key]:>11.3f} ms {target:>10}")
    print(f"(register rows: each figure the median of {REGISTER_RUNS} processes, taken in turns with the growth's)")
    print("(PDF rows: baseline = a minimal reportlab document, median of "
          f"{PDF_RUNS} builds; the 20,000-cases column holds the plan)")


# Growth targets: at 100,000 cases (issue 16); at 20,000 the rows above hold the targets.
GROWTH_TARGETS = {"unlock_to_register_s": "≤ 2.5 s", "search_median_ms": "", "search_max_ms": "≤ 50 ms"}


def print_growth_rows(by_size: dict[int, dict[str, float]]) -> None:
    """The register and search at each of GROWTH, and the ratios of the sizes to compare the figures with."""
    rows = (("unlock → painted register (excl. KDF)", "unlock_to_register_s", "s"),
            ("search as you type, median per key", "search_median_ms", "ms"),
            ("search as you type, slowest key", "search_max_ms", "ms"))
    print(f"\n{'growth':42} " + " ".join(f"{f'{size:,} cases':>14}" for size in GROWTH) + f" {'target 100k':>12}")
    print("-" * (44 + 15 * len(GROWTH) + 12))
    for label, key, unit in rows:
        cells = " ".join(f"{by_size[size][key]:>11.3f} {unit:<2}" for size in GROWTH)
        print(f"{label:42} {cells} {GROWTH_TARGETS[key]:>12}")
    print("(cost per case grows linearly when each figure is about the size ratio times the one before: "
          + ", ".join(f"{later / earlier:g}×" for earlier, later in itertools.pairwise(GROWTH)) + ")")


def main() -> None:
    if len(sys.argv) >= 2 and sys.argv[1] in CHILDREN:
        print(json.dumps(CHILDREN[sys.argv[1]](sys.argv[2:])))
        return
    register = measure_register(sorted({*SIZES, *GROWTH}))
    baseline, subject = (register[size] for size in SIZES)
    growth = {size: register[size] for size in GROWTH}
    pdf = child("PDF builds", "--measure-pdf")
    batch = child(f"a batch of {BATCH_PLANS} plans saved", "--measure-batch")
    sync = child("sync bundles (5,000 cases)", "--measure-sync")
    server = child(f"a server back office ({SERVER_CASES:,} cases; making them takes minutes)", "--measure-server",
                   str(SERVER_CASES))
    monitor = child("the monitor (20,000 cases; 200,000 on PostgreSQL where installed)", "--measure-monitor")
    screens = {size: child(f"the monitor screen ({size:,} cases)", "--measure-monitor-screen", str(size))
               for size in (0, *GROWTH)}
    print("measuring the packaged app …" if PACKAGED.is_dir() else "packaged app not built (make package)",
          file=sys.stderr, flush=True)
    try:
        packaged, problem = measure_starts(), ""
    except RuntimeError as error:
        packaged, problem = None, str(error)
    print_register_rows(baseline, subject, pdf)
    print_growth_rows(growth)
    print_batch_rows(batch)
    print_sync_rows(sync)
    print_server_rows(server)
    print_monitor_rows(monitor)
    print_screen_rows(screens, GROWTH)
    print_start_rows(packaged, problem)


if __name__ == "__main__":
    main()

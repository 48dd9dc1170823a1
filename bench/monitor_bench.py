"""Monitor figures for `make bench`: the monitor of a year, counted by the database (app.monitor.counted).

Measured for any open workspace by `measure_monitor_of`: the figures of one year (first run and median), the same
with every grouping (what the export reads), and listing the cases behind "released". The baseline, in the same
run, is the old way: every case's facts loaded into Python and counted there. Subjects: the 20,000-case embedded
bench workspace, and, where PostgreSQL is installed, a throwaway server with SERVER_CASES cases (target: monitor of
a year ≤ 2 s, issue 17). The server's cases are fictional and made here with plain executemany (seeding is not
measured); they carry domain assessments at intake and at release, which the demo data has for a few cases only.

Issue 16 adds the Monitor screen (`measure_screen`): from asking for the monitor of a year to the painted screen,
counted on the worker, tables and charts shown (target ≤ 0.5 s at 20,000 cases), beside the same screen over an
empty back office, and its growth at 2,000, 20,000 and 100,000 cases. These run on back-office demo workspaces
(bench.workspace_for(n, office=True)), not on the coordinators' ones the register's growth uses: the monitor is a
supervisor's (a coordinator's laptop may not count it), and a coordinator's demo holds a year of one person's
cases, where an office's holds six years of six coordinators' with assessments at release, so the year counted,
its groups and its tables are what a municipality's would be. Each office workspace is made once into bench/.cache
(the 100,000-case one takes minutes).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the app loads in the child process only
    from app.workspace.session import OpenWorkspace

SERVER_CASES = 200_000
CHUNK = 20_000
RUNS = 3
YEAR = date.today().year - 1  # a whole year of releases behind it
PASSWORD = "benchmark password only"


def measure_monitor_of(workspace: OpenWorkspace, year: int = YEAR) -> dict[str, float]:
    """Seconds for the monitor of `year` in `workspace`: counted (first, median of RUNS, with every grouping),
    the cases behind one figure, and the baseline of counting every case's facts in Python."""
    from app.monitor.counted import figure_cases, monitor_figures
    from app.monitor.figures import Grouping, Period, case_facts, monitor

    period = Period.year(year)
    figures, first_s = _timed(lambda: monitor_figures(workspace, period))
    median_s = statistics.median(_timed(lambda: monitor_figures(workspace, period))[1] for _ in range(RUNS))
    grouped_s = statistics.median(_timed(lambda: monitor_figures(workspace, period, tuple(Grouping)))[1]
                                  for _ in range(RUNS))
    _ids, cases_s = _timed(lambda: figure_cases(workspace, figures.report.released))
    baseline, facts_s = _timed(lambda: monitor(case_facts(workspace), period))
    assert baseline.released.value == figures.report.released.value  # the same figure, both ways
    return {"first_s": first_s, "median_s": median_s, "grouped_s": grouped_s, "cases_s": cases_s,
            "facts_s": facts_s, "released": float(figures.report.released.value)}


def measure_screen(folder: Path, passphrase: str, year: int = YEAR) -> dict[str, float]:
    """Runs in a child process: seconds from asking for the monitor of `year` to the painted Monitor screen
    (ui.backoffice.monitor_screen, offscreen at 1366×740), as a supervisor asks for it: the first time (the screen
    made, its charts' fonts loaded), then the median of RUNS asks, each after another year was shown; and, apart,
    the median of only counting the figures (`monitor_figures`), to tell the counting from the rest."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from app.monitor.counted import monitor_figures
    from app.monitor.figures import Period
    from app.settings import Settings
    from app.workspace.folder import keyfile_path, unlock_with_key
    from app.workspace.keyfile import load_keyfile
    from ui.backoffice.monitor_screen import MonitorScreen
    from ui.context import WorkspaceContext
    from ui.operations import Operations

    app = QApplication.instance() or QApplication([])
    workspace = unlock_with_key(folder, load_keyfile(keyfile_path(folder)).unwrap(passphrase))
    try:
        with tempfile.TemporaryDirectory(prefix="terugkeer-bench-monitor-") as config:
            screen = MonitorScreen(WorkspaceContext(workspace, Operations(), Settings(), Path(config)))
            screen.resize(1366, 740)
            screen.show()
            app.processEvents()

            def painted(ask: Callable[[], None]) -> tuple[float, float]:
                """Seconds from `ask` to the screen painted with the new figures, and the processor seconds of
                every thread meanwhile (steadier on a shared machine); the figures are counted on the worker, so
                wait in an event loop (a busy loop would fight the worker for the GIL)."""
                started, started_cpu = time.perf_counter(), time.process_time()
                waiting = QEventLoop()
                screen.computed.connect(waiting.quit)
                ask()
                waiting.exec()
                screen.computed.disconnect(waiting.quit)
                app.processEvents()  # the layout of the new tables, as the next turn of the app's loop does
                screen.repaint()
                return time.perf_counter() - started, time.process_time() - started_cpu

            screen.period_chooser.choose_year(year)  # not counted yet: the screen counts once it is loaded
            first_s, first_cpu_s = painted(screen.load)
            asks = []
            for _ in range(RUNS):
                painted(lambda: screen.period_chooser.choose_year(year - 1))
                asks.append(painted(lambda: screen.period_chooser.choose_year(year)))
            computed = screen.computed_
            assert computed is not None and computed.report.period == Period.year(year)
            compute_s = statistics.median(_timed(lambda: monitor_figures(workspace, Period.year(year)))[1]
                                          for _ in range(RUNS))
            screen.clear()
            screen.deleteLater()
    finally:
        workspace.lock()
    return {"first_s": first_s, "median_s": statistics.median(wall for wall, _cpu in asks), "compute_s": compute_s,
            "first_cpu_s": first_cpu_s, "median_cpu_s": statistics.median(cpu for _wall, cpu in asks),
            "released": float(computed.report.released.value)}


def measure_monitor(embedded_folder: Path, passphrase: str) -> dict[str, Any]:
    """Runs in a child process: the embedded bench workspace, and a PostgreSQL server if one is installed."""
    from app.workspace.folder import keyfile_path, unlock_with_key
    from app.workspace.keyfile import load_keyfile

    workspace = unlock_with_key(embedded_folder, load_keyfile(keyfile_path(embedded_folder)).unwrap(passphrase))
    try:
        results: dict[str, Any] = {"embedded": measure_monitor_of(workspace)}
    finally:
        workspace.lock()
    results["server"] = _measure_server()
    return results


def _measure_server() -> dict[str, float] | str:
    """The monitor on a throwaway PostgreSQL server with SERVER_CASES cases, or why it was not measured."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from postgres_cluster import (
        OWNER_PASSWORD,
        PostgresCluster,
        ServerDatabase,
        create_database,
        create_owner,
        missing_reason,
    )

    from app.permissions import Role
    from app.workspace.server import init_server

    reason = missing_reason()
    if reason is not None:
        return reason
    cluster = PostgresCluster()
    cluster.start()
    try:
        create_owner(cluster)
        create_database(cluster, "bench")
        with tempfile.TemporaryDirectory(prefix="terugkeer-bench-monitor-") as scratch:
            database = ServerDatabase(cluster, "bench", Path(scratch) / "office.key")
            init_server(database.url(), municipality="Benchstad", office_key=database.office_key,
                        password=OWNER_PASSWORD)
            database.add_account("bench.supervisor", "Bench Teamleider", frozenset({Role.SUPERVISOR}), PASSWORD)
            print(f"seeding {SERVER_CASES:,} cases on PostgreSQL …", file=sys.stderr, flush=True)
            seed(database.url(), SERVER_CASES)
            workspace = database.connect("bench.supervisor", PASSWORD)
            try:
                return measure_monitor_of(workspace)
            finally:
                workspace.lock()
    finally:
        cluster.stop()


def seed(owner_url: str, cases: int) -> None:
    """`cases` fictional cases over ten years, in chunks, with domain assessments at intake and release, written
    as the database's owner (plain executemany: seeding is not what is measured); then ANALYZE, as autovacuum
    would after a large import."""
    from sqlalchemy import create_engine, insert, text

    from db.models import Case, Client, Detention, DomainAssessment

    engine = create_engine(owner_url)
    rng = random.Random(17)
    device = str(uuid.uuid4())
    try:
        for first in range(0, cases, CHUNK):
            chunk = _chunk(rng, device, min(CHUNK, cases - first))
            with engine.begin() as connection:
                for model, rows in zip((Client, Detention, Case, DomainAssessment), chunk, strict=True):
                    connection.execute(insert(model), rows)
        with engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
    finally:
        engine.dispose()


DOMAINS = ("id_document", "housing", "income_work", "debts", "care")
STATUSES = ("geen_hulpvraag", "hulpvraag", "actie_loopt", "geregeld", "nvt")


def _chunk(rng: random.Random, device: str, count: int) -> tuple[list[dict[str, Any]], ...]:
    now = datetime.now(UTC).replace(tzinfo=None)
    stamp = {"created_at": now, "updated_at": now, "changed_by_device": device, "version": 1}
    clients, detentions, cases, assessments = [], [], [], []
    today = date.today()
    for _ in range(count):
        client_id, detention_id, case_id = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
        start = today - timedelta(days=rng.randint(5, 3650))
        release = start + timedelta(days=rng.choice((8, 30, 60, 120, 200, 365, 500)))
        released = release <= today
        clients.append({"id": client_id, **stamp, "given_names": "Bench", "surname": "Proefmans", "bsn": None,
                        "date_of_birth": date(1980, 1, 1)})
        detentions.append({"id": detention_id, **stamp, "client_id": client_id, "start_date": start,
                           "prison": rng.choice(("PI Vught", "PI Zwolle", "PI Ter Apel", "PI Rotterdam")),
                           "expected_release_date": release, "actual_release_date": release if released else None})
        intake = start + timedelta(days=rng.randint(3, 20)) if rng.random() < 0.8 else None
        cases.append({"id": case_id, **stamp, "client_id": client_id, "detention_id": detention_id,
                      "status": "aftercare", "target_groups": rng.choice(("", "pga", "isd,pga", "top_x")),
                      "case_direction": rng.choice(("coordinator", "social_team", "probation")),
                      "coordinator": f"Coördinator {rng.randint(1, 30)}", "notes": "",
                      "notified_on": start, "contact_on": start + timedelta(days=rng.randint(1, 10)),
                      "intake_on": intake, "plan_on": intake and intake + timedelta(days=7),
                      "aftercare_on": release if released and intake else None,
                      "closed_on": release + timedelta(days=91) if released and release < today - timedelta(91)
                      else None})
        for moment in ("intake", "release") if released else ("intake",):
            if intake is not None:
                assessments.extend({"id": str(uuid.uuid4()), **stamp, "case_id": case_id, "domain_id": domain,
                                    "moment": moment, "status": rng.choice(STATUSES), "notes": "",
                                    "aftercare_needed": moment == "intake" and rng.random() < 0.3}
                                   for domain in DOMAINS)
    return clients, detentions, cases, assessments


def _timed(work: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def print_rows(results: dict[str, Any]) -> None:
    """Rows in bench.py's table: baseline = every case's facts counted in Python, subject = counted in SQL."""
    server = results["server"]
    subjects = [("embedded 20k", results["embedded"], "")]
    if isinstance(server, dict):
        subjects.append((f"server {SERVER_CASES // 1000}k", server, "≤ 2 s"))
    for name, figures, target in subjects:
        for label, key in (("year, first run", "first_s"), (f"year, median of {RUNS}", "median_s"),
                           ("year, every grouping", "grouped_s"), ("cases behind 'released'", "cases_s")):
            print(f"{f'monitor {name}: {label}':42} {figures['facts_s']:>17.3f} s  {figures[key]:>11.3f} s  "
                  f"{target if key in ('first_s', 'median_s') else '':>10}")
    if not isinstance(server, dict):
        print(f"{'monitor on PostgreSQL':42} {server[:47]:>47}")
    print("(monitor rows: baseline = every case's facts loaded and counted in Python; "
          "subject = counted by the database)")


def print_screen_rows(screens: dict[int, dict[str, float]], growth: tuple[int, ...]) -> None:
    """The Monitor screen beside the empty back office (`screens[0]`), then its growth over `growth`."""
    baseline, subject = screens[0], screens[20_000]
    rows = ((f"year → painted screen, median of {RUNS}", "median_s", "≤ 0.5 s"),
            ("the same, processor time of all threads", "median_cpu_s", ""),
            ("year → painted screen, first (fonts)", "first_s", ""),
            (f"counting alone, median of {RUNS}", "compute_s", ""))
    print(f"\n{'monitor screen':42} {'baseline (empty)':>20} {'20,000 cases':>14} {'target':>10}")
    print("-" * 90)
    for label, key, target in rows:
        print(f"{label:42} {baseline[key]:>17.3f} s  {subject[key]:>11.3f} s  {target:>10}")
    print(f"{'growth of the monitor screen':42} " + " ".join(f"{f'{size:,} cases':>14}" for size in growth))
    for label, key, _target in rows:
        print(f"{label:42} " + " ".join(f"{screens[size][key]:>12.3f} s" for size in growth))
    print("(monitor screen rows: back-office demo workspaces; baseline = the same screen over an empty one; "
          "released in the year: " + ", ".join(f"{screens[size]['released']:,.0f}" for size in growth) + ")")

"""Server figures for `make bench`: a team's back office on PostgreSQL with 200,000 cases.

A throwaway PostgreSQL (tests/postgres_cluster.py: initdb in a temporary folder, a Unix socket only) holds two
databases set up as IT does (`init_server`): an empty one, the baseline, and one with 200,000 demo cases. Measured on
both, as a clerk: the register's first page (with its counts), a search keystroke (each key KEY_REPEATS times, its
median: one reading per key was mostly the noise of a shared machine, and the first key to touch the cases' rows
paid for reading them into the server's cache), opening a case; 8 clerks at once
(8 processes, each their own account: search, open, save, next page) against one clerk alone; and a full bundle of
5,000 cases imported beside plain `executemany` of the same rows into the same server. Targets (issue 17): first
page ≤ 300 ms, keystroke ≤ 100 ms, open ≤ 100 ms, p95 of 8 clerks ≤ 250 ms, import ≤ 4× the baseline.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

if TYPE_CHECKING:  # the app loads in the child process only
    from postgres_cluster import PostgresCluster, ServerDatabase

    from app.workspace.session import OpenWorkspace

SERVER_CASES = 200_000
CLERKS = 8
ROUNDS = 12  # per clerk: each round searches, opens, saves and reads a next page
CLERK_PASSWORD = "a clerk's own long passphrase"
TYPED = ("voorbeeld", "990000023", "pi vught", "jan proef")  # a demo BSN: found whole, or by its end "023"
KEY_REPEATS = 3  # each key's first page is read this often (the same search again, nothing kept between them)


def _timed(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def _database(cluster: PostgresCluster, folder: Path) -> ServerDatabase:
    from postgres_cluster import OWNER_PASSWORD, ServerDatabase, create_database

    from app.workspace.server import init_server

    name = f"bench{uuid.uuid4().hex[:12]}"
    create_database(cluster, name)
    database = ServerDatabase(cluster, name, folder / f"{name}.key")
    init_server(database.url(), municipality="Demostad", office_key=database.office_key, password=OWNER_PASSWORD)
    return database


def _clerk_roles() -> frozenset[Any]:
    from app.permissions import Role

    return frozenset({Role.BACKOFFICE, Role.SUPERVISOR})


def _seeded(cluster: PostgresCluster, folder: Path, cases: int) -> ServerDatabase:
    """A database with `cases` demo cases, analysed (as the server's autovacuum would have by then)."""
    from sqlalchemy import create_engine, text

    from app.demo.workspace import fill_with_demo_cases

    database = _database(cluster, folder)
    for number in range(CLERKS + 1):
        database.add_account(f"clerk{number}", f"Medewerker {number}", _clerk_roles(), CLERK_PASSWORD)
    if cases:
        clerk = database.connect("clerk0", CLERK_PASSWORD)
        fill_with_demo_cases(clerk, cases)
        clerk.lock()
    engine = create_engine(database.url(), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    return database


def _register_figures(workspace: OpenWorkspace) -> dict[str, float]:
    """First page, each keystroke of TYPED (a first page with counts, as the register asks; the median of
    KEY_REPEATS readings per key), opening 20 cases."""
    from app.casework.cases import open_case
    from app.casework.checklist import load_catalogue
    from app.casework.register import RegisterFilter
    from app.casework.register_pages import RegisterQuery, SortKey, first_page

    key_domains = load_catalogue().active().key_domain_ids
    everything = RegisterQuery(sort=SortKey.NAME)
    page_times = [_timed(lambda: first_page(workspace, everything, key_domains)) for _ in range(5)]
    total = first_page(workspace, everything, key_domains).total
    keys: list[tuple[float, str]] = []
    for typed in TYPED:  # key by key, as the register asks: the first page and what it finds (not the total again)
        for end in range(1, len(typed) + 1):
            query = RegisterQuery(RegisterFilter(text=typed[:end]), sort=SortKey.NAME)
            readings = [_timed(lambda: first_page(workspace, query, key_domains, total=total))  # noqa: B023
                        for _ in range(KEY_REPEATS)]
            keys.append((statistics.median(readings), typed[:end]))
    opens = []
    for row in first_page(workspace, everything, key_domains).page.rows[:20]:
        started = time.perf_counter()
        open_case(workspace, row.case_id)
        opens.append(time.perf_counter() - started)
    slowest, slowest_text = max(keys)
    return {"first_page_ms": statistics.median(page_times) * 1000,
            "key_median_ms": statistics.median(seconds for seconds, _text in keys) * 1000,
            "key_max_ms": slowest * 1000, "key_max_text": slowest_text,
            "open_ms": statistics.median(opens) * 1000 if opens else 0.0}


def _clerk(url_and_key: tuple[str, str, int], results: Any) -> None:
    """One clerk in its own process: ROUNDS of search, open, save and next page; every action's seconds."""
    from app.casework.cases import StaleEditError, open_case, update_case
    from app.casework.checklist import load_catalogue
    from app.casework.register import RegisterFilter
    from app.casework.register_pages import RegisterQuery, SortKey, first_page, read_page
    from app.workspace.server import connect

    url, office_key, number = url_and_key
    workspace = connect(url, password=CLERK_PASSWORD, office_key=Path(office_key))
    key_domains = load_catalogue().active().key_domain_ids
    rng = random.Random(number)
    total = first_page(workspace, RegisterQuery(sort=SortKey.NAME), key_domains).total  # the register, opened
    times: list[float] = []
    for _ in range(ROUNDS):
        query = RegisterQuery(RegisterFilter(text=rng.choice(("proef", "jan", "vught", "023", "nep"))),
                              sort=SortKey.NAME)
        started = time.perf_counter()
        first = first_page(workspace, query, key_domains, total=total)
        times.append(time.perf_counter() - started)
        if not first.page.rows:
            continue
        case_id = rng.choice(first.page.rows).case_id
        started = time.perf_counter()
        file = open_case(workspace, case_id)
        times.append(time.perf_counter() - started)
        started = time.perf_counter()
        with contextlib.suppress(StaleEditError):  # another clerk saved it first: the app says so, nothing is lost
            update_case(workspace, case_id, file.version, replace(file.client, phone=f"06{rng.randrange(10**8):08d}"),
                        file.detention, file.case)
        times.append(time.perf_counter() - started)
        if first.page.after is not None:
            started = time.perf_counter()
            read_page(workspace, query, key_domains, first.page.after, few=first.few)
            times.append(time.perf_counter() - started)
    workspace.lock()
    results.put(times)


def _clerks_at_once(database: ServerDatabase, clerks: int) -> float:
    """The 95th percentile of every action of `clerks` clerks working at once, in seconds."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = [context.Process(target=_clerk, args=((database.url(f"clerk{number + 1}"), str(database.office_key),
                                                       number), results)) for number in range(clerks)]
    for process in processes:
        process.start()
    times = [value for _ in processes for value in results.get(timeout=600)]
    for process in processes:
        process.join()
    return statistics.quantiles(times, n=20)[18]


def _bundle_import(cluster: PostgresCluster, folder: Path) -> dict[str, float]:
    """A laptop's full bundle of 5,000 cases into a server back office, beside plain executemany of its rows."""
    from sync_bench import FULL_CASES, _enroll_both, _insert_plainly, _payload_of, _workspace

    from app.demo.workspace import fill_with_demo_cases
    from app.domain import WorkspaceKind
    from app.permissions import Role
    from app.sync.export import export_bundle
    from app.sync.importer import import_bundle

    laptop = _workspace(folder, "laptop", WorkspaceKind.COORDINATOR, "Demo Coördinator")
    office_database, baseline_database = _database(cluster, folder), _database(cluster, folder)
    office_database.add_account("clerk", "Medewerker", _clerk_roles() | {Role.APPLICATION_MANAGER}, CLERK_PASSWORD)
    office = office_database.connect("clerk", CLERK_PASSWORD)  # enrols the laptop too (devices)
    _enroll_both(laptop, office)
    fill_with_demo_cases(laptop, FULL_CASES)
    bundle = export_bundle(laptop, office.actor.device_id, folder / "full.terugkeer")
    import_s = _timed(lambda: import_bundle(office, bundle.path))
    payload = _payload_of(bundle.path, office, laptop)
    fresh = baseline_database.as_owner()
    baseline_s = _timed(lambda: _insert_plainly(fresh, payload))
    for opened in (laptop, office, fresh):
        opened.lock()
    return {"import_s": import_s, "baseline_s": baseline_s}


def measure_server(cases: int = SERVER_CASES) -> dict[str, Any]:
    """Runs in a child process; every server figure at `cases` cases, or why none could be taken."""
    from postgres_cluster import PostgresCluster, create_owner, missing_reason

    reason = missing_reason()
    if reason is not None:
        return {"missing": reason}
    cluster = PostgresCluster()
    cluster.start()
    try:
        create_owner(cluster)
        with tempfile.TemporaryDirectory(prefix="terugkeer-bench-server-") as scratch:
            folder = Path(scratch)
            figures: dict[str, Any] = {}
            for label, size in (("baseline", 0), ("subject", cases)):
                print(f"  server: {size:,} cases …", file=sys.stderr, flush=True)
                started = time.perf_counter()
                database = _seeded(cluster, folder, size)
                seeding_s = time.perf_counter() - started
                clerk = database.connect("clerk0", CLERK_PASSWORD)
                figures[label] = {**_register_figures(clerk), "seeding_s": seeding_s,
                                  "one_clerk_p95_ms": _clerks_at_once(database, 1) * 1000,
                                  "clerks_p95_ms": _clerks_at_once(database, CLERKS) * 1000}
                clerk.lock()
            print("  server: a 5,000-case bundle …", file=sys.stderr, flush=True)
            figures["bundle"] = _bundle_import(cluster, folder)
            return {**figures, "cases": cases}
    finally:
        cluster.stop()


def print_rows(figures: dict[str, Any]) -> None:
    """The server rows of the bench table: baseline = the same on an empty server database."""
    if "missing" in figures:
        print(f"\nserver figures not measured: {figures['missing']}")
        return
    base, subject = figures["baseline"], figures["subject"]
    print(f"\n{'server (PostgreSQL)':42} {'baseline (0 cases)':>20} {format(figures['cases'], ',') + ' cases':>14} "
          f"{'target':>10}")
    print("-" * 90)
    rows = (
        ("register: first page with its counts", "first_page_ms", "≤ 300 ms"),
        ("search keystroke, median", "key_median_ms", "≤ 100 ms"),
        (f"search keystroke, slowest ('{subject['key_max_text']}')", "key_max_ms", "≤ 100 ms"),
        ("open a case (logged)", "open_ms", "≤ 100 ms"),
        ("one clerk alone: p95 per action", "one_clerk_p95_ms", ""),
        (f"{CLERKS} clerks at once: p95 per action", "clerks_p95_ms", "≤ 250 ms"),
    )
    for label, key, target in rows:
        shown = f"{base[key]:>17.1f} ms" if base[key] else f"{'(no cases)':>20}"
        print(f"{label:42} {shown} {subject[key]:>11.1f} ms {target:>10}")
    bundle = figures["bundle"]
    print(f"{'bundle of 5,000 cases: import (executemany)':42} {bundle['baseline_s']:>17.3f} s  "
          f"{bundle['import_s']:>11.3f} s  {'≤ 4× base':>10}")
    print(f"{'bundle import ÷ baseline':42} {'':>20} {bundle['import_s'] / bundle['baseline_s']:>11.2f} ×  {'≤ 4':>10}")
    print(f"(server rows: an action = a search's first page, opening a case, saving it or a next page; the "
          f"{figures['cases']:,} cases took {subject['seeding_s']:.0f} s to make)")

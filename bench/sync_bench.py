"""Sync figures for `make bench`: a full bundle of 5,000 cases and an incremental one of 50 changes.

The baseline, in the same run, is inserting the very same rows with one plain `executemany` per table into a fresh
SQLCipher workspace through the same engine (target: import within 2.5x of it). Import and baseline are each the
median of IMPORT_RUNS runs, taken in turns, so that a burst of load on the shared machine does not decide the ratio
alone. Both workspaces are locked and unlocked again just before their timed step, so both start from a new engine
whose connections have run only their unlock (what a connection has cached decides how much of SQLite's lookaside
memory is left, db.engine). The incremental round trip is: the laptop exports 50 changed clients, the back office
imports them and writes its return bundle, the laptop imports that (target: ≤ 1 s; the median of ROUND_TRIPS,
each with 50 other clients). Workspaces use a fast KDF:
unlocking is not what is measured here.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # the app loads in the child process only
    from app.domain import WorkspaceKind
    from app.sync.export import ExportSummary
    from app.sync.payload import Payload
    from app.workspace.session import OpenWorkspace

FULL_CASES = 5_000
IMPORT_RUNS = 3  # the full import and its baseline: the median of each
ROUND_TRIPS = 3  # the incremental round trip: the median
CHANGES = 50
PASSPHRASE = "benchmark passphrase only"
T = TypeVar("T")


def measure_sync() -> dict[str, float]:
    """Runs in a child process; returns seconds per step and the sizes."""
    from app.demo.workspace import fill_with_demo_cases
    from app.domain import WorkspaceKind
    from app.sync.export import export_bundle
    from app.sync.importer import import_bundle

    with tempfile.TemporaryDirectory(prefix="terugkeer-bench-sync-") as scratch:
        root = Path(scratch)
        laptop = _workspace(root, "laptop", WorkspaceKind.COORDINATOR, "Demo Coördinator")
        office = _workspace(root, "office", WorkspaceKind.BACKOFFICE, "Backoffice")
        _enroll_both(laptop, office)
        fill_with_demo_cases(laptop, FULL_CASES)
        full, export_s = _timed(lambda: export_bundle(laptop, office.actor.device_id, root / "full.terugkeer"))
        payload = _payload_of(full.path, office, laptop)
        office.lock()
        # The same office before the import, once for each run: each run imports the bundle into its own.
        office_folder: Path = office.folder  # type: ignore[attr-defined]
        offices = [office_folder] + [_copied(office_folder, root / f"office-{run}") for run in range(1, IMPORT_RUNS)]
        import_times, baseline_times = [], []
        for run, folder in enumerate(offices):  # import and baseline in turns, so a burst of load hits both
            fresh = _reopened(_workspace(root, f"baseline-{run}", WorkspaceKind.BACKOFFICE, "Baseline"))
            office = _unlocked(folder)
            import_times.append(_timed(partial(import_bundle, office, full.path))[1])
            baseline_times.append(_timed(partial(_insert_plainly, fresh, payload))[1])
            fresh.lock()
            office.lock()
        office = _unlocked(offices[0])  # the office that has the full bundle, for the round trip
        round_trip_s = _round_trip(laptop, office, root)
        for opened in (laptop, office):
            opened.lock()
    return {"export_full_s": export_s, "import_full_s": statistics.median(import_times),
            "baseline_s": statistics.median(baseline_times), "records": float(len(payload.records)),
            "bundle_mb": full.size / 1e6, "round_trip_s": round_trip_s}


def _workspace(root: Path, name: str, kind: WorkspaceKind, user: str) -> OpenWorkspace:
    from app.workspace.folder import create_workspace
    from app.workspace.keyfile import KdfParams

    return create_workspace(root / name, kind=kind, municipality="Demostad", user_name=user, passphrase=PASSPHRASE,
                            kdf=KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1))


def _reopened(workspace: OpenWorkspace) -> OpenWorkspace:
    """The workspace locked and unlocked again: a new engine, as a user's import starts after unlocking."""
    workspace.lock()
    return _unlocked(workspace.folder)  # type: ignore[attr-defined]


def _unlocked(folder: Path) -> OpenWorkspace:
    from app.workspace.folder import unlock

    return unlock(folder, PASSPHRASE)


def _copied(folder: Path, to: Path) -> Path:
    """A copy of a locked workspace's folder (its encrypted file and key file): the same office, device and keys."""
    shutil.copytree(folder, to)
    return to


def _enroll_both(laptop: OpenWorkspace, office: OpenWorkspace) -> None:
    from app.sync.device import enroll, own_identity_file
    from app.sync.identity import read_public_identity

    for here, there in ((laptop, office), (office, laptop)):
        data, _ = own_identity_file(there)
        enroll(here, read_public_identity(data))


def _timed(step: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = step()
    return result, time.perf_counter() - started


def _payload_of(bundle: Path, office: OpenWorkspace, laptop: OpenWorkspace) -> Payload:
    """The bundle's records, decrypted and checked (what the baseline inserts)."""
    from app.sync.bundle_file import open_bundle
    from app.sync.device import device_identity, peer_public
    from app.sync.payload import parse_payload

    with office.unit_of_work() as uow:
        identity = device_identity(uow)
        sender = peer_public(uow.sync.peer(laptop.actor.device_id))  # type: ignore[arg-type]
    return parse_payload(open_bundle(bundle, recipient=identity, sender_lookup=lambda _id: sender).payload)


def _insert_plainly(fresh: OpenWorkspace, payload: Payload) -> None:
    """Baseline: the same rows inserted with one plain executemany per table."""
    from sqlalchemy import insert

    from app.sync.records import MODEL_BY_TABLE, SYNCED_MODELS, parse_fields

    rows: dict[str, list[dict[str, object]]] = {}
    for record in payload.records:
        rows.setdefault(record.table, []).append(
            {"id": record.id, **parse_fields(record.table, record.fields), "change_seq": 1})
    with fresh.unit_of_work() as uow:
        uow.defer_foreign_keys()
        for model in SYNCED_MODELS:
            table = model.__tablename__  # type: ignore[attr-defined]
            if table in rows:
                uow.session.execute(insert(MODEL_BY_TABLE[table].__table__), rows[table])  # type: ignore[attr-defined]
        uow.commit()


def _round_trip(laptop: OpenWorkspace, office: OpenWorkspace, root: Path) -> float:
    """Acknowledge the full bundle first; then, ROUND_TRIPS times, change 50 other clients on the laptop and time
    them there and back. The median of those times."""
    from sqlalchemy import select

    from app.casework.cases import open_case, update_case
    from app.sync.importer import import_bundle
    from db.models import Case

    def export(source: OpenWorkspace, target: OpenWorkspace, name: str) -> ExportSummary:
        from app.sync.export import export_bundle

        return export_bundle(source, target.actor.device_id, root / f"{name}.terugkeer")

    import_bundle(laptop, export(office, laptop, "ack").path)
    times = []
    for trip in range(ROUND_TRIPS):
        with laptop.unit_of_work() as uow:
            case_ids = list(uow.session.execute(select(Case.id).offset(trip * CHANGES).limit(CHANGES)).scalars())
        for number, case_id in enumerate(case_ids):
            file = open_case(laptop, case_id)
            update_case(laptop, case_id, file.version, replace(file.client, phone=f"06{trip}{number:07d}"),
                        file.detention, file.case)

        def round_trip(trip: int = trip) -> None:
            import_bundle(office, export(laptop, office, f"incremental-{trip}").path)
            import_bundle(laptop, export(office, laptop, f"return-{trip}").path)

        times.append(_timed(round_trip)[1])
    return statistics.median(times)


def print_rows(result: dict[str, float]) -> None:
    """The sync rows of the bench table: baseline = plain executemany of the same rows."""
    ratio = result["import_full_s"] / result["baseline_s"]
    print(f"{'full bundle, ' + format(FULL_CASES, ',') + ' cases: export':42} {'':>20} "
          f"{result['export_full_s']:>11.3f} s  {'':>10}")
    print(f"{'full bundle: import, median of ' + str(IMPORT_RUNS) + ' (baseline)':42} {result['baseline_s']:>17.3f} s  "
          f"{result['import_full_s']:>11.3f} s  {'≤ 2.5× base':>10}")
    print(f"{'full bundle: import ÷ baseline':42} {'':>20} {ratio:>11.2f} ×  {'≤ 2.5':>10}")
    print(f"{'round trip, ' + str(CHANGES) + ' changes, median of ' + str(ROUND_TRIPS):42} {'':>20} "
          f"{result['round_trip_s']:>11.3f} s  {'≤ 1 s':>10}")
    print(f"(sync rows: {int(result['records']):,} records, bundle {result['bundle_mb']:.1f} MB; "
          "round trip = laptop export, office import, office return bundle, laptop import)")

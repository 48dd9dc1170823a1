"""Sync figures for `make bench`: a full bundle of 5,000 cases and an incremental one of 50 changes.

The baseline, in the same run, is inserting the very same rows with one plain `executemany` per table into a fresh
SQLCipher workspace opened the same way (target: import within 4x of it). The incremental round trip is: the laptop
exports 50 changed clients, the back office imports them and writes its return bundle, the laptop imports that
(target: ≤ 1 s). Workspaces use a fast KDF: unlocking is not what is measured here.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from pathlib import Path

FULL_CASES = 5_000
CHANGES = 50
PASSPHRASE = "benchmark passphrase only"


def measure_sync() -> dict[str, float]:
    """Runs in a child process; returns seconds per step and the sizes."""
    from sqlalchemy import insert, select, text

    from app.casework.cases import open_case, update_case
    from app.demo.workspace import fill_with_demo_cases
    from app.domain import WorkspaceKind
    from app.sync.bundle_file import open_bundle
    from app.sync.device import device_identity, enroll, own_identity_file, peer_public
    from app.sync.export import export_bundle
    from app.sync.identity import read_public_identity
    from app.sync.importer import import_bundle
    from app.sync.payload import parse_payload
    from app.sync.records import MODEL_BY_TABLE, SYNCED_MODELS, parse_fields
    from app.workspace.folder import create_workspace
    from app.workspace.keyfile import KdfParams
    from db.models import Case

    kdf = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
    with tempfile.TemporaryDirectory(prefix="terugkeer-bench-sync-") as scratch:
        root = Path(scratch)

        def workspace(name: str, kind: WorkspaceKind, user: str):  # type: ignore[no-untyped-def]
            return create_workspace(root / name, kind=kind, municipality="Demostad", user_name=user,
                                    passphrase=PASSPHRASE, kdf=kdf)

        laptop = workspace("laptop", WorkspaceKind.COORDINATOR, "Demo Coördinator")
        office = workspace("office", WorkspaceKind.BACKOFFICE, "Backoffice")
        for here, there in ((laptop, office), (office, laptop)):
            with there.unit_of_work() as uow:
                data, _ = own_identity_file(uow)
            with here.unit_of_work() as uow:
                enroll(uow, here.actor, read_public_identity(data))
        fill_with_demo_cases(laptop, FULL_CASES)

        def timed(step):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            result = step()
            return result, time.perf_counter() - started

        def export(source, target, name):  # type: ignore[no-untyped-def]
            with source.unit_of_work() as uow:
                return export_bundle(uow, source.actor, target.actor.device_id, root / f"{name}.terugkeer")

        def receive(target, path):  # type: ignore[no-untyped-def]
            with target.unit_of_work() as uow:
                return import_bundle(uow, target.actor, path)

        full, export_s = timed(lambda: export(laptop, office, "full"))
        _, import_s = timed(lambda: receive(office, full.path))

        # Baseline: the same rows, decrypted and checked beforehand, inserted with plain executemany.
        with office.unit_of_work() as uow:
            identity = device_identity(uow)
            sender = peer_public(uow.sync.peer(laptop.actor.device_id))  # type: ignore[arg-type]
        payload = parse_payload(open_bundle(full.path, recipient=identity, sender_lookup=lambda _id: sender).payload)
        rows: dict[str, list[dict[str, object]]] = {}
        for record in payload.records:
            rows.setdefault(record.table, []).append(
                {"id": record.id, **parse_fields(record.table, record.fields), "change_seq": 1})
        fresh = workspace("baseline", WorkspaceKind.BACKOFFICE, "Baseline")

        def baseline() -> None:
            with fresh.unit_of_work() as uow:
                uow.session.execute(text("PRAGMA defer_foreign_keys = ON"))
                for model in SYNCED_MODELS:
                    table = model.__tablename__  # type: ignore[attr-defined]
                    if table in rows:
                        uow.session.execute(insert(MODEL_BY_TABLE[table].__table__), rows[table])  # type: ignore[attr-defined]
                uow.commit()

        _, baseline_s = timed(baseline)

        # Incremental: acknowledge the full bundle first, then 50 changed clients there and back.
        receive(laptop, export(office, laptop, "ack").path)
        with laptop.unit_of_work() as uow:
            case_ids = list(uow.session.execute(select(Case.id).limit(CHANGES)).scalars())
        for number, case_id in enumerate(case_ids):
            file = open_case(laptop, case_id)
            update_case(laptop, case_id, file.version, replace(file.client, phone=f"06{number:08d}"), file.detention,
                        file.case)

        def round_trip() -> None:
            there = export(laptop, office, "incremental")
            receive(office, there.path)
            receive(laptop, export(office, laptop, "return").path)

        _, round_trip_s = timed(round_trip)
        for opened in (laptop, office, fresh):
            opened.lock()
    return {"export_full_s": export_s, "import_full_s": import_s, "baseline_s": baseline_s,
            "records": float(len(payload.records)), "bundle_mb": full.size / 1e6, "round_trip_s": round_trip_s}


def print_rows(result: dict[str, float]) -> None:
    """The sync rows of the bench table: baseline = plain executemany of the same rows."""
    ratio = result["import_full_s"] / result["baseline_s"]
    print(f"{'full bundle, ' + format(FULL_CASES, ',') + ' cases: export':42} {'':>20} "
          f"{result['export_full_s']:>11.3f} s  {'':>10}")
    print(f"{'full bundle: import (baseline executemany)':42} {result['baseline_s']:>17.3f} s  "
          f"{result['import_full_s']:>11.3f} s  {'≤ 4× base':>10}")
    print(f"{'full bundle: import ÷ baseline':42} {'':>20} {ratio:>11.2f} ×  {'≤ 4':>10}")
    print(f"{'incremental round trip, ' + str(CHANGES) + ' changes':42} {'':>20} "
          f"{result['round_trip_s']:>11.3f} s  {'≤ 1 s':>10}")
    print(f"(sync rows: {int(result['records']):,} records, bundle {result['bundle_mb']:.1f} MB; "
          "round trip = laptop export, office import, office return bundle, laptop import)")

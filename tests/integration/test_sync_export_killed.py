"""A killed export never forks the sync: 30 exports, each killed at a stage the exporter itself reports (chosen by a
seeded random generator, never by a clock), each followed by a normal export, a read-in of the whole stick folder at
the back office and its return bundle. No bundle is ever refused, no two bundles carry one number, and afterwards
both sides hold the same records (their digests agree) with no difference left.

A kill after the number was reserved but before the ledger has the file's hash ("in place") leaves an orphan: a
complete bundle the laptop's ledger does not confirm. The office reads it in (before or after the normal bundle
that follows it: file names sort either way), and the next bundle, numbered after it, carries all it carried.
The exporting children are forked from a warm helper (scripts/export_killable.py), so a run costs no start-up time.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from app.demo.workspace import fill_with_demo_cases
from app.domain import WorkspaceKind
from app.sync.bundle_file import read_header
from app.sync.bundle_paths import bundles_in, new_bundle_path
from app.sync.digest import Digest, digest_of
from app.sync.export import EXPORT_STAGES, IN_PLACE, export_bundle
from app.sync.importer import import_bundle, import_one
from app.sync.scope import CaseIndex, scope_for
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .sync_helpers import (
    COORDINATOR,
    EXCHANGE_DAY,
    SYNC_PASSPHRASE,
    add_case,
    create,
    edit_client,
    enroll_both,
    rows,
)

SCRIPT = Path(__file__).parent / "scripts" / "export_killable.py"
ROUNDS = 30
CASES = 6
SEED = 20240615


class Exporter:
    """The helper process that forks one exporting child per command."""

    def __init__(self, cwd: Path) -> None:
        environment = {**os.environ, "TERUGKEER_PASSPHRASE": SYNC_PASSPHRASE, "QT_QPA_PLATFORM": "offscreen",
                       "PYTHONPATH": os.pathsep.join([str(cwd), *filter(None, [os.environ.get("PYTHONPATH")])])}
        self.process = subprocess.Popen([sys.executable, str(SCRIPT)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, env=environment, cwd=cwd)
        assert self._line() == ["ZYGOTE"]

    def _line(self) -> list[str]:
        assert self.process.stdout is not None
        return self.process.stdout.readline().rstrip("\n").split("\t")

    def killed_export(self, laptop: OpenWorkspace, office: OpenWorkspace, path: Path, stage: str) -> list[str]:
        """Export in a child that dies at `stage`; returns the stages it reported."""
        assert self.process.stdin is not None
        self.process.stdin.write("\t".join(["EXPORT", str(laptop.folder), office.actor.device_id, str(path),
                                            EXCHANGE_DAY.isoformat(), stage]) + "\n")
        self.process.stdin.flush()
        kind, status, stages = self._line()
        assert kind == "EXIT"
        assert os.WIFSIGNALED(int(status)), f"the export was not killed at {stage} (status {status})"
        return stages.split(",")

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def holds(workspace: OpenWorkspace, kind: WorkspaceKind, other: OpenWorkspace) -> Digest:
    """The fingerprints of what `workspace` may exchange with `other`."""
    with workspace.unit_of_work() as uow:
        peer = uow.sync.peer(other.actor.device_id)
        assert peer is not None
        return digest_of(uow, CaseIndex(uow), scope_for(uow, kind, peer, EXCHANGE_DAY))


@pytest.mark.slow
def test_exports_killed_at_random_stages_never_fork_the_sync(tmp_path: Path, fast_kdf: KdfParams) -> None:
    laptop = create(tmp_path / "laptop", WorkspaceKind.COORDINATOR, COORDINATOR, fast_kdf)
    office = create(tmp_path / "office", WorkspaceKind.BACKOFFICE, "Backoffice Teststad", fast_kdf)
    enroll_both(laptop, office)
    fill_with_demo_cases(laptop, CASES, today=EXCHANGE_DAY)
    case_ids = [case_id for (case_id,) in rows(laptop, "SELECT id FROM case_file ORDER BY id")]
    choose = random.Random(SEED)
    exporter = Exporter(Path(__file__).resolve().parents[2])
    orphans = 0
    killed_at: set[str] = set()
    try:
        for number in range(ROUNDS):
            edit_client(laptop, choose.choice(case_ids), phone=f"06{number:08d}")
            if number % 7 == 3:
                case_ids.append(add_case(laptop, bsn=""))
            if number % 5 == 1:  # the office changes a file too, so return bundles carry records
                edit_client(office, choose.choice(case_ids[:CASES]), address=f"Kerkstraat {number}")
            stick = tmp_path / f"stick-{number:02d}"
            stick.mkdir()
            kill_at = choose.choice(EXPORT_STAGES)
            stages = exporter.killed_export(laptop, office, new_bundle_path(stick, laptop.actor.device_id), kill_at)
            assert stages[-1] == kill_at, stages  # the kill landed where it was aimed
            orphans += kill_at == IN_PLACE
            killed_at.add(kill_at)
            export_bundle(laptop, office.actor.device_id, new_bundle_path(stick, laptop.actor.device_id),
                          today=EXCHANGE_DAY)
            bundles = bundles_in(stick)
            numbers = [read_header(path).sequence for path in bundles]
            assert len(set(numbers)) == len(numbers), f"round {number}: one number on two bundles: {numbers}"

            outcomes = [import_one(office, path) for path in bundles]
            refused = [(outcome.path.name, outcome.error) for outcome in outcomes if outcome.refused]
            assert not refused, f"round {number} (killed at {kill_at}): refused {refused}"
            back = new_bundle_path(stick, office.actor.device_id)
            export_bundle(office, laptop.actor.device_id, back, today=EXCHANGE_DAY)
            result = import_bundle(laptop, back, today=EXCHANGE_DAY)
            assert (result.conflicts, result.mismatches) == (0, 0), f"round {number}: {result}"
            assert holds(laptop, WorkspaceKind.COORDINATOR, office) == holds(office, WorkspaceKind.BACKOFFICE, laptop)
    finally:
        exporter.close()
        laptop.lock()
        office.lock()
    assert killed_at == set(EXPORT_STAGES)  # every stage was hit
    assert orphans >= 3, "too few orphans to prove anything: change the seed"

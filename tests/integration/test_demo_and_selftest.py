"""Demo data and the self-test's plaintext detector, in process (the CLI runs are in test_cli.py)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from stdnum.nl import bsn as stdnum_bsn

from app.casework.register import load_register
from app.check import check_with_key
from app.demo.workspace import FICTIONAL_SURNAMES, create_demo_workspace, demo_bsns
from app.domain import CaseStatus, WorkspaceKind
from app.selftest import plaintext_findings
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .helpers import CANARY_BSN, CANARY_SURNAME, register

DEMO_PASSPHRASE = "demo passphrase for tests"


def test_demo_bsns_are_valid_unique_and_in_the_test_range() -> None:
    bsns = [bsn for bsn, _ in zip(demo_bsns(), range(200), strict=False)]
    assert len(set(bsns)) == 200
    assert all(stdnum_bsn.is_valid(bsn) and bsn.startswith("99") for bsn in bsns)


def test_demo_workspace_holds_fictional_consistent_cases(tmp_path: Path, fast_kdf: KdfParams) -> None:
    workspace = create_demo_workspace(tmp_path / "demo", DEMO_PASSPHRASE, 40, WorkspaceKind.BACKOFFICE, kdf=fast_kdf)
    try:
        rows = load_register(workspace, frozenset())
        assert workspace.summary.demo
        assert workspace.summary.kind is WorkspaceKind.BACKOFFICE
        assert len(rows) == 40
        assert len({row.bsn for row in rows}) == 40
        assert all(row.name.split(",")[0] in FICTIONAL_SURNAMES for row in rows)
        today = date.today()
        for row in rows:
            released = row.release_date is not None and row.release_date <= today
            after_release = row.status in {CaseStatus.AFTERCARE, CaseStatus.CLOSED}
            assert released == after_release, row
        assert check_with_key(workspace.folder, workspace.data_key).ok
    finally:
        workspace.lock()


def test_plaintext_detector_finds_nothing_in_a_sealed_workspace(workspace: OpenWorkspace) -> None:
    register(workspace)
    workspace.lock()
    assert plaintext_findings(workspace.folder, [CANARY_SURNAME.encode(), CANARY_BSN.encode()]) == []


@pytest.mark.parametrize("leak", ["header", "needle"])
def test_plaintext_detector_finds_a_leak(tmp_path: Path, leak: str) -> None:
    if leak == "header":
        connection = sqlite3.connect(tmp_path / "plain.db")
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
        connection.close()
    else:
        (tmp_path / "notes.txt").write_text(f"bezoek aan {CANARY_SURNAME}", encoding="utf-8")
    findings = plaintext_findings(tmp_path, [CANARY_SURNAME.encode()])
    assert len(findings) == 1

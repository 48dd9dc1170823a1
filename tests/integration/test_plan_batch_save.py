"""Saving the plans of several cases in one go (app.casework.plan_batch.save_plans) on a real encrypted workspace:
every plan logged and written as when saved alone, several to a transaction, and what stops the batch keeps the
entries of the files already written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from postgres_cluster import ServerDatabase

from app.audit import AuditAction
from app.backoffice.assignment import assign
from app.casework import plan_batch
from app.casework.checklist import load_catalogue
from app.casework.document_versions import PLAN
from app.casework.documents import PLAN_RECORD, DocumentKind, DocumentOptions, remake
from app.casework.intake import open_intake
from app.casework.plan_batch import COMMIT_EVERY, BatchCase, BatchReport, save_plans
from app.errors import TerugkeerError
from app.permissions import Role
from app.progress import NoProgress
from app.workspace.session import OpenWorkspace

from .helpers import audit_rows, client_data, register

PLANS = COMMIT_EVERY + 3  # over two transactions


class Recorder:
    """Records the progress; the user presses Cancel once `cancel_after` steps were reported."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.steps: list[tuple[int, int]] = []
        self.cancel_after = cancel_after

    def update(self, done: int, total: int) -> None:
        self.steps.append((done, total))

    @property
    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.steps) >= self.cancel_after


def batch_cases(workspace: OpenWorkspace, count: int, without_plan: tuple[int, ...] = ()) -> list[BatchCase]:
    """`count` cases, each with a plan except those at the positions `without_plan`."""
    cases = []
    for number in range(count):
        case_id = register(workspace, client_data(surname=f"Batch{number:02d}", bsn="")).case_ids[0]
        if number not in without_plan:
            open_intake(workspace, case_id, load_catalogue().active())
        cases.append(BatchCase(case_id, f"Batch{number:02d}", f"plan {number:02d}.pdf"))
    return cases


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the plans go (the workspace is in tmp_path too)."""
    (tmp_path / "plans").mkdir()
    return tmp_path / "plans"


def options() -> DocumentOptions:
    return DocumentOptions(load_catalogue().active())


def entries_of(rows: list[dict[str, Any]], case: BatchCase) -> list[tuple[str, str]]:
    """(action, record type) of the case's entries: its view, its intake's view and its plan's export."""
    with_client = [row for row in rows if row["record_type"] in ("case", "intake", PLAN_RECORD)]
    client_ids = {row["client_id"] for row in with_client if row["record_id"] == case.case_id}
    return [(row["action"], row["record_type"]) for row in with_client if row["client_id"] in client_ids]


def test_every_plan_is_logged_and_written_as_when_saved_alone(workspace: OpenWorkspace, folder: Path) -> None:
    cases = batch_cases(workspace, PLANS, without_plan=(4,))
    before = len(audit_rows(workspace))
    progress = Recorder()
    report = save_plans(workspace, cases, folder, options(), progress, BatchReport(len(cases)))
    assert report.done == [case for number, case in enumerate(cases) if number != 4]
    assert report.skipped == [(cases[4], "intake_not_started")] and not report.failed and report.error is None
    assert progress.steps == [(number, PLANS) for number in range(PLANS)]
    rows = audit_rows(workspace)[before:]
    for number, case in enumerate(cases):
        if number == 4:  # read before it was found to have no plan, as when saved alone
            assert entries_of(rows, case) == [("view", "case")]
            assert not (folder / case.file_name).exists()
            continue
        assert entries_of(rows, case) == [("view", "case"), ("view", "intake"), ("export", PLAN_RECORD)]
        # The file is the plan's first version, byte for byte.
        assert (folder / case.file_name).read_bytes() == remake(workspace, case.case_id, DocumentKind.PLAN, 1,
                                                                  AuditAction.VIEW)
    report_of_chain = workspace.verify_audit_chain()
    assert report_of_chain is not None and report_of_chain.intact


def test_a_folder_that_cannot_take_a_file_stops_the_batch_after_the_plans_written(
        workspace: OpenWorkspace, folder: Path) -> None:
    cases = batch_cases(workspace, 4)
    (folder / cases[2].file_name).mkdir()  # a folder where the third plan's file should go
    before = len(audit_rows(workspace))
    report = save_plans(workspace, cases, folder, options(), NoProgress(), BatchReport(len(cases)))
    assert isinstance(report.error, TerugkeerError) and report.error.code == "output_not_writable"
    assert report.done == cases[:2]
    rows = audit_rows(workspace)[before:]
    for case in cases[:2]:
        assert entries_of(rows, case)[-1] == ("export", PLAN_RECORD)
    # The third was read (and that stands), but no export is logged and no version kept; the fourth was not begun.
    assert entries_of(rows, cases[2]) == [("view", "case"), ("view", "intake")]
    assert entries_of(rows, cases[3]) == []
    with workspace.unit_of_work() as uow:
        assert [len(uow.documents.versions(case.case_id, PLAN)) for case in cases] == [1, 1, 0, 0]


def test_something_unexpected_keeps_the_entries_of_the_files_written(
        workspace: OpenWorkspace, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = batch_cases(workspace, 3)
    real_write = plan_batch.write_output

    def write_then_break(path: Path, data: bytes, mode: int = 0o600, *, sync_folder: bool = True) -> None:
        if path.name == cases[1].file_name:
            raise RuntimeError("unexpected")
        real_write(path, data, mode, sync_folder=sync_folder)

    monkeypatch.setattr(plan_batch, "write_output", write_then_break)
    before = len(audit_rows(workspace))
    report = BatchReport(len(cases))
    with pytest.raises(RuntimeError):
        save_plans(workspace, cases, folder, options(), NoProgress(), report)
    assert report.done == cases[:1] and [path.name for path in folder.iterdir()] == [cases[0].file_name]
    rows = audit_rows(workspace)[before:]
    assert entries_of(rows, cases[0])[-1] == ("export", PLAN_RECORD)
    assert ("export", PLAN_RECORD) not in entries_of(rows, cases[1])


def test_cancel_stops_between_plans(workspace: OpenWorkspace, folder: Path) -> None:
    cases = batch_cases(workspace, 3)
    report = save_plans(workspace, cases, folder, options(), Recorder(cancel_after=2), BatchReport(len(cases)))
    assert report.cancelled and report.done == cases[:2]
    assert sorted(path.name for path in folder.iterdir()) == [case.file_name for case in cases[:2]]


@pytest.mark.server
def test_a_team_leader_saves_the_plans_on_the_server(server: ServerDatabase, folder: Path) -> None:
    """On PostgreSQL: savepoints, and the audit chain locked per transaction of plans, give one valid chain."""
    password = "a long password for the test accounts"
    server.add_account("clerk", "Kim Een", frozenset({Role.BACKOFFICE}), password)
    server.add_account("jan", "Jan Coördinator", frozenset({Role.COORDINATOR}), password)
    server.add_account("tl", "Tom Leider", frozenset({Role.SUPERVISOR}), password)
    clerk, jan, leader = (server.connect(login, password) for login in ("clerk", "jan", "tl"))
    try:
        case_ids = [register(clerk, client_data(surname=f"Server{number:02d}", bsn="")).case_ids[0]
                    for number in range(COMMIT_EVERY + 2)]
        assign(clerk, case_ids, "Jan Coördinator")
        for case_id in case_ids:
            open_intake(jan, case_id, load_catalogue().active())
        cases = [BatchCase(case_id, case_id, f"{case_id}.pdf") for case_id in case_ids]
        report = save_plans(leader, cases, folder, options(), NoProgress(), BatchReport(len(cases)))
        assert report.done == cases and len(list(folder.iterdir())) == len(cases)
    finally:
        for opened in (clerk, jan, leader):
            opened.lock()
    owner = server.as_owner()
    try:
        rows = audit_rows(owner)
        exports = [row for row in rows if row["record_type"] == PLAN_RECORD]
        assert len(exports) == len(cases) and {row["user_name"] for row in exports} == {"tl"}
        chain = owner.verify_audit_chain()
        assert chain is not None and chain.intact
    finally:
        owner.lock()

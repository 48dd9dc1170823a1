"""The plans of several cases printed or saved in one go.

First which of the selected cases have a plan, and whose plan each is (surname and initial, for the file names a
person can tell apart); not logged: nothing of a case is shown beyond the name the register already lists. Then
`save_plans` saves them into a folder, each plan logged as an export like a plan saved alone (the printer's batch
lives with the printer, in ui.documents.batch, and prints each plan through app.casework.documents).

A case whose plan cannot be made is reported with the reason and the others go on; a folder that cannot take the
files stops the batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from app.atomic import fsync_dir, write_output
from app.casework.documents import DocumentOptions, save_plan_in
from app.errors import TerugkeerError
from app.permissions import Permission
from app.progress import ProgressReport
from app.workspace.session import OpenWorkspace

SKIP_CODES = frozenset({"intake_not_started", "case_not_found"})  # a reason to skip a case, not to stop
WRITE_CODES = frozenset({"disk_full", "output_not_writable"})  # the folder cannot take the files: stop
# Plans saved in one transaction: their entries wait this long for their commit; on the server the audit chain is
# locked meanwhile (app.audit), for about as long as ten plans take to make.
COMMIT_EVERY = 10


@dataclass(frozen=True)
class BatchCase:
    case_id: str
    name: str  # as the register shows it, for the summary
    file_name: str = ""  # where saving puts its plan (ui.documents.export.plan_file_name)


@dataclass
class BatchReport:
    """What a batch did, filled in as it goes: what was done is known even when something unexpected stops it."""

    total: int  # every case selected, also those skipped before the batch started
    done: list[BatchCase] = field(default_factory=list)
    skipped: list[tuple[BatchCase, str]] = field(default_factory=list)  # with the error code
    failed: list[tuple[BatchCase, TerugkeerError]] = field(default_factory=list)  # its plan could not be made
    cancelled: bool = False
    error: Exception | None = None  # what stopped the batch early


@dataclass(frozen=True)
class PlanOwner:
    """One selected case: `exists` False when it is gone (deleted or moved off this laptop since the register
    was read); `surname` with its prefix as written ("van 't Hek-Müller"), `initial` of the first given name."""

    case_id: str
    exists: bool
    has_plan: bool
    surname: str = ""
    initial: str = ""


def plan_owners(workspace: OpenWorkspace, case_ids: Sequence[str]) -> list[PlanOwner]:
    """For each of `case_ids`, in their order: whether it has a plan, and whose case it is."""
    owners: list[PlanOwner] = []
    with workspace.transaction(Permission.READ_CASES) as uow:
        for case_id in case_ids:
            case = uow.cases.case(case_id)
            if case is None:
                owners.append(PlanOwner(case_id, exists=False, has_plan=False))
                continue
            client = case.client
            surname = f"{client.surname_prefix} {client.surname}".strip() if client.surname_prefix else client.surname
            owners.append(PlanOwner(case_id, exists=True, has_plan=uow.intake.plan(case_id) is not None,
                                    surname=surname, initial=client.given_names.strip()[:1].upper()))
    return owners


def save_plans(workspace: OpenWorkspace, cases: Sequence[BatchCase], folder: Path, options: DocumentOptions,
               progress: ProgressReport, report: BatchReport) -> BatchReport:
    """Save the plan of each of `cases` (each with its `file_name`) into `folder`, in their order, each logged as
    an export; `report` is filled in as the plans are saved. Looks at `progress.cancelled` between cases. A case
    whose plan cannot be made goes into `report.skipped` (SKIP_CODES) or `report.failed`; a write error
    (WRITE_CODES) stops the batch as `report.error`. Anything else unexpected is raised.

    The plans are saved COMMIT_EVERY to a transaction: each is logged (the views of its case and intake, the export,
    its version) and written as when saved alone, and their entries are committed together after the files were
    written and the folder synced, also when something stops the batch among them. Committing each plan's three
    entries on their own (each an fsync of the database) was a sixth of a plan's time."""
    today = date.today()
    for start in range(0, len(cases), COMMIT_EVERY):
        if not _save_some(workspace, cases, start, folder, options, progress, report, today):
            break
    return report


def _save_some(workspace: OpenWorkspace, cases: Sequence[BatchCase], start: int, folder: Path,
               options: DocumentOptions, progress: ProgressReport, report: BatchReport, today: date) -> bool:
    """Cases `start` to `start` + COMMIT_EVERY in one transaction; False when the batch stops."""
    saved: list[BatchCase] = []
    with workspace.transaction(Permission.PRINT_DOCUMENTS) as uow:
        try:
            for number in range(start, min(start + COMMIT_EVERY, len(cases))):
                case = cases[number]
                if progress.cancelled:
                    report.cancelled = True
                    return False
                progress.update(number, len(cases))
                try:
                    save_plan_in(uow, workspace.actor, case.case_id, options, today,
                                 partial(write_output, folder / case.file_name, sync_folder=False))
                except TerugkeerError as error:
                    if error.code in WRITE_CODES:
                        report.error = error
                        return False
                    if error.code in SKIP_CODES:
                        report.skipped.append((case, error.code))
                    else:
                        report.failed.append((case, error))
                    continue
                saved.append(case)
        finally:
            try:
                if saved:
                    fsync_dir(folder)  # the files' names durable before the entries that log them
            finally:
                uow.commit()
                report.done.extend(saved)
    return True

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
from functools import partial
from pathlib import Path

from app.atomic import write_output
from app.audit import AuditAction
from app.casework.documents import DocumentKind, DocumentOptions, DocumentRequest, make_document
from app.errors import TerugkeerError
from app.permissions import Permission
from app.progress import ProgressReport
from app.workspace.session import OpenWorkspace

SKIP_CODES = frozenset({"intake_not_started", "case_not_found"})  # a reason to skip a case, not to stop
WRITE_CODES = frozenset({"disk_full", "output_not_writable"})  # the folder cannot take the files: stop


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
    (WRITE_CODES) stops the batch as `report.error`. Anything else unexpected is raised."""
    for number, case in enumerate(cases):
        if progress.cancelled:
            report.cancelled = True
            break
        progress.update(number, len(cases))
        try:
            make_document(workspace, DocumentRequest(DocumentKind.PLAN, case.case_id), AuditAction.EXPORT, options,
                          deliver=partial(write_output, folder / case.file_name))
        except TerugkeerError as error:
            if error.code in WRITE_CODES:
                report.error = error
                break
            if error.code in SKIP_CODES:
                report.skipped.append((case, error.code))
            else:
                report.failed.append((case, error))
            continue
        report.done.append(case)
    return report

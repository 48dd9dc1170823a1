"""A batch of plans saved, for `make bench` (issue 16: 200 plans saved ≤ 12 s).

What is measured is the save the register's "Save plans…" runs on the worker (app.casework.plan_batch.save_plans):
every plan read from the encrypted database, made, logged (a view of the case and of the intake, an export, a new
document version) and written to its own file, on a copy of the back office's 20,000-case demo (its team leader
prints and saves plans; the copy keeps the cached workspace as it was, so every run saves new versions). The letterhead
carries a logo, as a municipality's usually does. The dialog's check of which cases have a plan (`plan_owners`) is
timed on its own. The baseline, in the same process, is the bare render of the first saved plan, as often as the
batch has plans: what the batch costs at the very least.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

BATCH_PLANS = 200
LOGO = Path(__file__).resolve().parents[1] / "resources" / "icons" / "terugkeer.png"


def measure_batch(folder: Path, passphrase: str, plans: int = BATCH_PLANS) -> dict[str, float]:
    """Runs in a child process: seconds for the check and the save of `plans` plans from a copy of `folder`,
    and for as many bare renders of one of them."""
    from sqlalchemy import select

    from app.casework.checklist import load_catalogue
    from app.casework.document_versions import PLAN, regenerate
    from app.casework.documents import DocumentOptions
    from app.casework.plan_batch import BatchCase, BatchReport, plan_owners, save_plans
    from app.permissions import Permission
    from app.progress import NoProgress
    from app.workspace.folder import unlock
    from db.models import Plan

    with tempfile.TemporaryDirectory(prefix="terugkeer-bench-batch-") as scratch:
        copy, output = Path(scratch) / "workspace", Path(scratch) / "plans"
        shutil.copytree(folder, copy)
        output.mkdir()
        workspace = unlock(copy, passphrase)
        with workspace.transaction(Permission.READ_CASES) as uow:
            case_ids = list(uow.session.scalars(select(Plan.case_id).order_by(Plan.case_id).limit(plans)))
        options = DocumentOptions(load_catalogue().active(), logo_path=LOGO if LOGO.is_file() else None)

        started = time.perf_counter()
        owners = plan_owners(workspace, case_ids)
        check_s = time.perf_counter() - started
        cases = [BatchCase(owner.case_id, owner.surname, f"{owner.surname} {owner.case_id[:8]}.pdf")
                 for owner in owners if owner.has_plan]
        started, cpu = time.perf_counter(), time.process_time()
        report = save_plans(workspace, cases, output, options, NoProgress(), BatchReport(len(cases)))
        save_s, save_cpu_s = time.perf_counter() - started, time.process_time() - cpu
        assert len(report.done) == len(cases) == plans and report.error is None, report
        assert len(list(output.iterdir())) == plans

        with workspace.transaction(Permission.PRINT_DOCUMENTS) as uow:
            version = uow.documents.version(cases[0].case_id, PLAN, 1)
            assert version is not None
            started, cpu = time.perf_counter(), time.process_time()
            for _ in range(plans):
                regenerate(version)
            baseline_s, baseline_cpu_s = time.perf_counter() - started, time.process_time() - cpu
        workspace.lock()
    return {"plans": plans, "check_s": check_s, "save_s": save_s, "baseline_s": baseline_s,
            "save_cpu_s": save_cpu_s, "baseline_cpu_s": baseline_cpu_s}


def print_rows(batch: dict[str, float]) -> None:
    """The batch rows: the baseline column is as many bare renders of one of its plans."""
    plans = int(batch["plans"])
    print(f"\n{f'a batch of {plans} plans (back office, 20,000 cases)':42} {'baseline':>20} {'measured':>14} "
          f"{'target':>10}")
    print("-" * 90)
    print(f"{'which cases have a plan (the dialog)':42} {'':>20} {batch['check_s']:>11.3f} s  {'':>10}")
    print(f"{f'{plans} plans saved (read, log, write)':42} {batch['baseline_s']:>17.3f} s  {batch['save_s']:>11.3f} s  "
          f"{'≤ 12 s':>10}")
    print(f"{'per plan':42} {batch['baseline_s'] / plans * 1000:>17.1f} ms {batch['save_s'] / plans * 1000:>11.1f} ms "
          f"{'':>10}")
    cpu = batch["baseline_cpu_s"], batch["save_cpu_s"]
    print(f"{'the same, CPU time of the process':42} {cpu[0]:>17.3f} s  {cpu[1]:>11.3f} s  {'':>10}")
    print(f"(baseline = {plans} bare renders of the batch's first plan, regenerated from its stored version; CPU "
          "time leaves out the waits for the disk and for the other processes of a shared machine)")

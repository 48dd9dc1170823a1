"""`terugkeer self-test`: the whole pipeline on a temporary encrypted workspace, one result per step.

IT runs it after installing. Each later capability adds its steps here. Steps carry a code (ui/ words it)
and a technical detail for the log; a step that raises is a failed step, and the run goes on where it can.
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app.atomic import write_atomic
from app.cases import CaseData, ClientData, DetentionData, open_case, register_case
from app.check import check_with_key
from app.checklist import load_catalogue
from app.domain import WorkspaceKind
from app.errors import WrongPassphraseError
from app.intake import DomainStatus, Moment, open_intake, save_answer, save_assessment
from app.register import load_register
from app.workspace import OpenWorkspace, create_workspace, unlock

SQLITE_PLAINTEXT_HEADER = b"SQLite format 3\x00"
# A canary that must never appear in any file of the workspace.
CANARY_SURNAME = "Zelftestkanarie"


@dataclass(frozen=True)
class StepResult:
    code: str
    ok: bool
    detail: str = ""


@dataclass
class _Run:
    folder: Path
    passphrase: str
    workspace: OpenWorkspace | None = None
    case_id: str = ""


def _create(run: _Run) -> str:
    run.workspace = create_workspace(run.folder, kind=WorkspaceKind.COORDINATOR, municipality="Zelftest",
                                     user_name="Zelftest", passphrase=run.passphrase)
    return str(run.folder)


def _write(run: _Run) -> str:
    assert run.workspace is not None
    today = date.today()
    with run.workspace.unit_of_work() as uow:
        changes = register_case(
            uow, run.workspace.actor,
            ClientData("Test", CANARY_SURNAME, date(1990, 1, 1), bsn="999990019"),
            DetentionData("PI Vught", today - timedelta(days=30), today + timedelta(days=30)),
            CaseData(notes="zelftest"),
        )
    run.case_id = changes.case_ids[0]
    return run.case_id


def _read(run: _Run) -> str:
    assert run.workspace is not None
    with run.workspace.unit_of_work() as uow:
        case_file = open_case(uow, run.workspace.actor, run.case_id)
        rows = load_register(uow, frozenset())
    if case_file.client.surname != CANARY_SURNAME or len(rows) != 1:
        raise AssertionError("data read back differs from data written")
    return ""


def _templates(run: _Run) -> str:
    catalogue = load_catalogue()
    if catalogue.problems:
        raise AssertionError("; ".join(f"{p.source}: {p.problem}" for p in catalogue.problems))
    return ", ".join(f"{t.id} v{t.version}" for t in catalogue.templates.values())


def _intake(run: _Run) -> str:
    assert run.workspace is not None
    template = load_catalogue().active()
    with run.workspace.unit_of_work() as uow:
        open_intake(uow, run.workspace.actor, run.case_id, template)
    with run.workspace.unit_of_work() as uow:
        save_answer(uow, run.workspace.actor, run.case_id, "valid_id_present", "no")
    with run.workspace.unit_of_work() as uow:
        save_assessment(uow, run.workspace.actor, run.case_id, "id_document", Moment.INTAKE,
                        status=DomainStatus.NEED, notes=CANARY_SURNAME)
    with run.workspace.unit_of_work() as uow:
        reread = open_intake(uow, run.workspace.actor, run.case_id, template)
    if reread.answers.get("valid_id_present") != "no" or reread.assessment("id_document").notes != CANARY_SURNAME:
        raise AssertionError("intake read back differs from intake written")
    return ""


def _lock_unlock(run: _Run) -> str:
    assert run.workspace is not None
    run.workspace.lock()
    run.workspace = unlock(run.folder, run.passphrase)
    return ""


def _wrong_passphrase(run: _Run) -> str:
    try:
        unlock(run.folder, run.passphrase + "x")
    except WrongPassphraseError:
        return ""
    raise AssertionError("wrong passphrase accepted")


def _no_plaintext(run: _Run) -> str:
    findings = plaintext_findings(run.folder, [CANARY_SURNAME.encode(), b"999990019"])
    if findings:
        raise AssertionError("; ".join(findings))
    return ", ".join(sorted(p.name for p in run.folder.rglob("*") if p.is_file()))


def _integrity(run: _Run) -> str:
    assert run.workspace is not None
    report = check_with_key(run.folder, run.workspace.data_key)
    if not report.integrity.ok:
        raise AssertionError("; ".join(report.integrity.cipher_problems + report.integrity.structure_problems))
    if report.chain is None or not report.chain.intact:
        raise AssertionError(f"audit chain broken at entry {report.chain.first_broken_seq if report.chain else '?'}")
    return ""


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("create_workspace", _create),
    ("write_record", _write),
    ("read_record", _read),
    ("checklist_templates", _templates),
    ("intake_saved", _intake),
    ("lock_unlock", _lock_unlock),
    ("wrong_passphrase_refused", _wrong_passphrase),
    ("no_plaintext_on_disk", _no_plaintext),
    ("integrity_and_audit_chain", _integrity),
)


def plaintext_findings(folder: Path, needles: list[bytes]) -> list[str]:
    """Files under `folder` that are plaintext SQLite or contain one of `needles`; empty when all is sealed."""
    findings = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        content = path.read_bytes()
        if content.startswith(SQLITE_PLAINTEXT_HEADER):
            findings.append(f"{path.name}: plaintext SQLite header")
        findings.extend(f"{path.name}: contains {needle!r}" for needle in needles if needle in content)
    return findings


def run_self_test(keep: Path | None = None) -> Iterator[StepResult]:
    """Run every step in order, yielding each result as it is known. Stops after a step that others need."""
    with tempfile.TemporaryDirectory(prefix="terugkeer-selftest-") as scratch:
        folder = (keep or Path(scratch)) / "werkmap"
        run = _Run(folder, secrets.token_urlsafe(18))
        if keep is not None:
            # The kept workspace holds only the self-test's fictional record; its passphrase goes beside it
            # so IT can open it afterwards.
            keep.mkdir(parents=True, exist_ok=True)
            write_atomic(keep / "zelftest-wachtwoord.txt", run.passphrase.encode())
        for code, step in STEPS:
            try:
                yield StepResult(code, True, step(run))
            except Exception as error:  # a self-test reports every failure instead of crashing
                yield StepResult(code, False, f"{type(error).__name__}: {error}")
                if run.workspace is None or not run.case_id:
                    break
        if run.workspace is not None and not run.workspace.is_locked:
            run.workspace.lock()

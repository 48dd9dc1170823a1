"""`terugkeer self-test`: the whole pipeline on a temporary encrypted workspace, one result per step.

IT runs it after installing. Each later capability adds its steps here. Steps carry a code (ui/ words it)
and a technical detail for the log; a step that raises is a failed step, and the run goes on where it can.
With --keep, the workspace, its passphrase and the two printed documents (plan.pdf, consent.pdf) stay in the
folder for inspection.
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app.atomic import write_atomic
from app.casework.cases import CaseData, ClientData, DetentionData, open_case, register_case
from app.casework.checklist import load_catalogue
from app.casework.documents import make_consent_pdf, make_plan_pdf
from app.casework.intake import (
    ActionOwner,
    DomainStatus,
    Moment,
    PlanStatus,
    SelfReliance,
    add_action,
    open_intake,
    save_answer,
    save_assessment,
    save_intake_details,
    save_plan,
    save_plan_domain,
)
from app.casework.register import load_register
from app.check import check_with_key
from app.domain import WorkspaceKind
from app.errors import WrongPassphraseError
from app.pdf.structure import page_count, structure_problems
from app.sync.device import enroll, own_identity_file
from app.sync.export import export_bundle
from app.sync.identity import read_public_identity
from app.sync.importer import import_bundle
from app.workspace.folder import EmbeddedWorkspace, create_workspace, unlock

SQLITE_PLAINTEXT_HEADER = b"SQLite format 3\x00"
# A canary that must never appear in any file of the workspace. Its letters are the ones reportlab's standard
# fonts cannot print, so the kept PDFs show at a glance that the embedded font works.
CANARY_GIVEN_NAMES = "Zoë"
CANARY_SURNAME = "Ĳsselmeer-Łukasiewicz"
PLAN_ACTIONS = 32  # enough for an action list over more than one page


@dataclass(frozen=True)
class StepResult:
    code: str
    ok: bool
    detail: str = ""


@dataclass
class _Run:
    folder: Path
    passphrase: str
    keep: Path | None = None
    workspace: EmbeddedWorkspace | None = None
    case_id: str = ""


def _create(run: _Run) -> str:
    run.workspace = create_workspace(run.folder, kind=WorkspaceKind.COORDINATOR, municipality="Zelftest",
                                     user_name="Zelftest", passphrase=run.passphrase)
    return str(run.folder)


def _write(run: _Run) -> str:
    assert run.workspace is not None
    today = date.today()
    changes = register_case(
        run.workspace,
        ClientData(CANARY_GIVEN_NAMES, CANARY_SURNAME, date(1990, 1, 1), bsn="999990019"),
        DetentionData("PI Vught", today - timedelta(days=30), today + timedelta(days=30)),
        CaseData(notes="zelftest", coordinator="Zelftest"),
    )
    run.case_id = changes.case_ids[0]
    return run.case_id


def _read(run: _Run) -> str:
    assert run.workspace is not None
    case_file = open_case(run.workspace, run.case_id)
    rows = load_register(run.workspace, frozenset())
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
    open_intake(run.workspace, run.case_id, template)
    save_answer(run.workspace, run.case_id, "valid_id_present", "no")
    save_assessment(run.workspace, run.case_id, "id_document", Moment.INTAKE, status=DomainStatus.NEED,
                    notes=CANARY_SURNAME)
    reread = open_intake(run.workspace, run.case_id, template)
    if reread.answers.get("valid_id_present") != "no" or reread.assessment("id_document").notes != CANARY_SURNAME:
        raise AssertionError("intake read back differs from intake written")
    return ""


def _plan(run: _Run) -> str:
    """A plan of approach with situation, goal and actions in every domain, through the same services as the
    intake screen."""
    assert run.workspace is not None
    workspace, case_id = run.workspace, run.case_id
    domains = [domain.id for domain in load_catalogue().active().domains if not domain.optional]
    save_intake_details(workspace, case_id, self_reliance=SelfReliance.LIMITED,
                        direction_reason="Zelftest: regie blijft bij de nazorgcoördinator.")
    for domain_id in domains:
        save_assessment(workspace, case_id, domain_id, Moment.INTAKE, status=DomainStatus.NEED)
        save_plan_domain(workspace, case_id, domain_id, situation="Zelftest: situatie met ë, ï, ř, Ş en €.",
                         goal="Zelftest: doel bij vrijlating.")
    for number in range(PLAN_ACTIONS):
        # Most in the first domain, so that its table runs on over a page break (with its header repeated).
        domain_id = domains[0] if number < PLAN_ACTIONS * 2 // 3 else domains[number % len(domains)]
        add_action(workspace, case_id, domain_id, f"Zelftestactie {number + 1}", ActionOwner.COORDINATOR,
                   date.today() + timedelta(days=number))
    save_plan(workspace, case_id, status=PlanStatus.DISCUSSED, agreements="Zelftest: afspraken.",
              contact_persons="Zelftest: contactpersonen.")
    reread = open_intake(workspace, case_id, load_catalogue().active())
    if len(reread.actions) != PLAN_ACTIONS or reread.plan_status is not PlanStatus.DISCUSSED:
        raise AssertionError("plan read back differs from plan written")
    return f"{PLAN_ACTIONS} actions"


def _checked_pdf(run: _Run, data: bytes, name: str, min_pages: int) -> str:
    problems = structure_problems(data)
    pages = page_count(data)
    if pages < min_pages:
        problems.append(f"{pages} pages, expected at least {min_pages}")
    if problems:
        raise AssertionError(f"{name}: " + "; ".join(problems))
    if run.keep is not None:
        write_atomic(run.keep / name, data)
    return f"{name}: {pages} pages, {len(data) // 1024} KB"


def _plan_pdf(run: _Run) -> str:
    assert run.workspace is not None
    data = make_plan_pdf(run.workspace, run.case_id).data
    return _checked_pdf(run, data, "plan.pdf", min_pages=2)


def _consent_pdf(run: _Run) -> str:
    assert run.workspace is not None
    data = make_consent_pdf(run.workspace, run.case_id, load_catalogue().active()).data
    return _checked_pdf(run, data, "consent.pdf", min_pages=1)


def _sync_bundle(run: _Run) -> str:
    """Export a bundle to a second temporary workspace (a back office), import it there, find the record."""
    assert run.workspace is not None
    office = create_workspace(run.folder.parent / "backoffice", kind=WorkspaceKind.BACKOFFICE,
                              municipality="Zelftest", user_name="Zelftest backoffice", passphrase=run.passphrase)
    try:
        for here, there in ((run.workspace, office), (office, run.workspace)):
            identity_file, _fingerprint = own_identity_file(there)
            enroll(here, read_public_identity(identity_file))
        bundle = run.folder.parent / "zelftest.terugkeer"
        summary = export_bundle(run.workspace, office.actor.device_id, bundle)
        if CANARY_SURNAME.encode() in bundle.read_bytes():
            raise AssertionError("bundle holds readable personal data")
        result = import_bundle(office, bundle)
        if open_case(office, run.case_id).client.surname != CANARY_SURNAME:
            raise AssertionError("imported record differs")
    finally:
        office.lock()
    return f"{summary.records} records, {summary.size // 1024} KB, {result.new} new at the back office"


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
    ("plan_saved", _plan),
    ("plan_pdf", _plan_pdf),
    ("consent_pdf", _consent_pdf),
    ("sync_bundle", _sync_bundle),
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
        run = _Run(folder, secrets.token_urlsafe(18), keep)
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

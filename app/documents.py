"""Printing and exporting the documents of a case: read the case, build the PDF, log it.

Each function reads what the document shows (opening the case file and intake logs a view as usual), builds the
PDF in memory and appends one audit entry for the document itself (record type "plan_pdf" / "consent_pdf"), in
the same transaction. The caller decides where the bytes go: the preview, the printer or a file (written
atomically; an exported PDF is not encrypted).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app import audit
from app.audit import Actor, AuditAction
from app.cases import open_case
from app.checklist import ChecklistTemplate, parse_template
from app.consent_terms import consent_terms
from app.errors import TerugkeerError
from app.intake import open_intake
from app.pdf.consent_form import RecordedConsent, build_consent_form_pdf, consent_form_content
from app.pdf.plan import build_plan_pdf, plan_content
from db.uow import UnitOfWork

PLAN_RECORD = "plan_pdf"
CONSENT_RECORD = "consent_pdf"
# Previewing is a view, printing a print, saving to a file an export: all three are logged.
DOCUMENT_ACTIONS = frozenset({AuditAction.VIEW, AuditAction.PRINT, AuditAction.EXPORT})


def make_plan_pdf(uow: UnitOfWork, actor: Actor, case_id: str, *, action: AuditAction = AuditAction.EXPORT,
                  printed_on: date | None = None, show_full_bsn: bool = False,
                  optional_domains: frozenset[str] = frozenset(), logo_path: Path | None = None) -> bytes:
    """The case's plan of approach as PDF bytes; logged as `action` (view = preview, print, export = saved).

    The BSN is masked except its last 3 digits unless `show_full_bsn`. Raises TerugkeerError "case_not_found", or
    "intake_not_started" when the case has no intake (and so no plan) yet: printing never starts one."""
    _check_action(action)
    case_file = open_case(uow, actor, case_id)
    stored = uow.intake.intake(case_id)
    plan = uow.intake.plan(case_id)
    if stored is None or plan is None:
        raise TerugkeerError("intake_not_started")
    intake_file = open_intake(uow, actor, case_id, _intake_template(uow, case_id, None))
    content = plan_content(case_file, intake_file, _municipality(uow), printed_on or date.today(), show_full_bsn,
                           optional_domains=optional_domains, logo_path=logo_path)
    data = build_plan_pdf(content)
    audit.append(uow, actor, action, client_id=case_file.client_id, record_type=PLAN_RECORD, record_id=plan.id)
    uow.commit()
    return data


def make_consent_pdf(uow: UnitOfWork, actor: Actor, case_id: str, template: ChecklistTemplate, *,
                     action: AuditAction = AuditAction.EXPORT, printed_on: date | None = None,
                     optional_domains: frozenset[str] = frozenset(), recorded: RecordedConsent | None = None,
                     place: str = "", logo_path: Path | None = None) -> bytes:
    """The consent form of the case as PDF bytes; logged as `action`.

    Data categories follow the case's intake template, or `template` (the active one) when no intake was started.
    Without `recorded` the form is blank for the detainee to fill in; with a recorded consent its choices are
    ticked and its on-screen signature is drawn. Raises TerugkeerError "case_not_found"."""
    _check_action(action)
    case_file = open_case(uow, actor, case_id)
    content = consent_form_content(
        case_file, _intake_template(uow, case_id, template), _municipality(uow), consent_terms(),
        printed_on or date.today(), optional_domains=optional_domains, recorded=recorded, place=place,
        logo_path=logo_path)
    data = build_consent_form_pdf(content)
    audit.append(uow, actor, action, client_id=case_file.client_id, record_type=CONSENT_RECORD, record_id=case_id)
    uow.commit()
    return data


def _check_action(action: AuditAction) -> None:
    if action not in DOCUMENT_ACTIONS:
        raise ValueError(f"a document is previewed, printed or exported, not {action.value}")


def _municipality(uow: UnitOfWork) -> str:
    return uow.workspace.info().municipality


def _intake_template(uow: UnitOfWork, case_id: str, fallback: ChecklistTemplate | None) -> ChecklistTemplate:
    """The exact template version the case's intake was filled with; `fallback` when there is no intake."""
    intake = uow.intake.intake(case_id)
    if intake is None:
        if fallback is None:
            raise TerugkeerError("intake_not_started")
        return fallback
    text = uow.intake.template_text(intake.template_id, intake.template_version)
    if text is None:
        raise TerugkeerError("template_missing", template=f"{intake.template_id} v{intake.template_version}")
    return parse_template(text, f"{intake.template_id} v{intake.template_version}")

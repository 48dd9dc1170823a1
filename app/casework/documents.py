"""Printing and exporting the documents of a case: read the case, build the PDF, log it.

Each service reads what the document shows (opening the case file and intake logs a view as usual), builds the
PDF in memory and appends one audit entry for the document itself (record type "plan_pdf" / "consent_pdf"), in
the same transaction, naming the legal basis it rests on. The caller decides where the bytes go: the preview, the
printer or a file (written atomically by app.atomic.write_output; an exported PDF is not encrypted).

A printed or saved document is a numbered version (app.casework.document_versions); `remake` makes any version
again, byte for byte, and logs it like the document itself.

Who a document is for decides what it may hold, and only app.casework.sharing_policy answers that:
- the plan for the client and the municipality's own file (no `recipient`) holds everything of the plan;
- the plan for a chain partner holds only the fields whose kind of data (app.casework.field_kinds) the policy allows
  to go to it today; the rest is left out and listed (on the paper and in `Document.held_back`); without identity
  data there is no plan to send;
- the consent form goes to the detainee, whose own data it shows: no third party receives it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from app import audit
from app.audit import Actor, AuditAction
from app.casework.case_facts import case_basis
from app.casework.cases import read_case_file
from app.casework.checklist import ChecklistTemplate, parse_template
from app.casework.consent import consents_in_force, sharing_facts
from app.casework.consent_terms import DETENTION, IDENTITY, PLAN_WORDS, consent_terms
from app.casework.consent_terms import PLAN as PLAN_DATA
from app.casework.document_versions import CONSENT, PLAN, Content, preview, print_version, regenerate
from app.casework.field_kinds import for_recipient
from app.casework.intake import read_intake
from app.casework.sharing_policy import HeldBack, held_back, may_share
from app.errors import TerugkeerError
from app.pdf.consent_form import consent_form_content
from app.pdf.plan import PlanAudience, plan_content
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.models import Disclosure
from db.uow import UnitOfWork

# Where the PDF goes before its audit entry is committed, e.g. writing the file of a save; when it raises,
# nothing is logged.
Deliver = Callable[[bytes], None]

PLAN_RECORD = "plan_pdf"
CONSENT_RECORD = "consent_pdf"
# Previewing is a view, printing a print, saving to a file an export: all three are logged.
DOCUMENT_ACTIONS = frozenset({AuditAction.VIEW, AuditAction.PRINT, AuditAction.EXPORT})


class DocumentKind(StrEnum):
    """The documents of a case; the values are the kinds of app.casework.document_versions."""

    PLAN = "plan"
    CONSENT = "consent"


_RECORD_TYPES = {DocumentKind.PLAN: PLAN_RECORD, DocumentKind.CONSENT: CONSENT_RECORD}


@dataclass(frozen=True)
class Document:
    """A PDF made for the preview, the printer or a file; `held_back` lists what was left out for the recipient."""

    data: bytes
    held_back: tuple[HeldBack, ...] = ()


@dataclass(frozen=True)
class DocumentRequest:
    """Which document of which case, and for whom: `recipient` and `show_full_bsn` for the plan (recipient None
    is the client and the own file), `filled` for the consent form."""

    kind: DocumentKind
    case_id: str
    recipient: str | None = None
    show_full_bsn: bool = False
    filled: bool = False


@dataclass(frozen=True)
class DocumentOptions:
    """What the workspace decides for every document: the active template (the consent form of a case without an
    intake follows it), the optional domains switched on, and the letterhead's logo (see app.pdf.output)."""

    template: ChecklistTemplate
    optional_domains: frozenset[str] = frozenset()
    logo_path: Path | None = None


def make_document(workspace: OpenWorkspace, request: DocumentRequest, action: AuditAction, options: DocumentOptions,
                  deliver: Deliver | None = None) -> Document:
    """The requested plan (`make_plan_pdf`) or consent form (`make_consent_pdf`), logged as `action`. Raises their
    TerugkeerErrors and whatever `deliver` raises."""
    if request.kind is DocumentKind.PLAN:
        return make_plan_pdf(workspace, request.case_id, action=action, show_full_bsn=request.show_full_bsn,
                             optional_domains=options.optional_domains, recipient=request.recipient,
                             logo_path=options.logo_path, deliver=deliver)
    return make_consent_pdf(workspace, request.case_id, options.template, action=action,
                            optional_domains=options.optional_domains, filled=request.filled,
                            logo_path=options.logo_path, deliver=deliver)


def make_plan_pdf(workspace: OpenWorkspace, case_id: str, *, action: AuditAction = AuditAction.EXPORT,
                  printed_on: date | None = None, show_full_bsn: bool = False,
                  optional_domains: frozenset[str] = frozenset(), logo_path: Path | None = None,
                  recipient: str | None = None, deliver: Deliver | None = None) -> Document:
    """The case's plan of approach; logged as `action` (view = preview, print, export = saved).

    The BSN is masked except its last 3 digits unless `show_full_bsn`. `recipient` is a chain partner id of
    resources/data/consent.json; None prints for the client and the own file. Raises TerugkeerError
    "case_not_found"; "intake_not_started" when the case has no intake (and so no plan) yet (printing never starts
    one); "not_for_recipient" (recipient, reason) when the client's identity may not go to the recipient.
    `deliver` (see Deliver) hands the bytes on before the audit entry is committed."""
    _check_action(action)
    with workspace.transaction(Permission.PRINT_DOCUMENTS) as uow:
        document = _plan_pdf(uow, workspace.actor, case_id, action, printed_on or date.today(), show_full_bsn,
                             optional_domains, logo_path, recipient, deliver, commit_views=True)
        uow.commit()
        return document


def save_plan_in(uow: UnitOfWork, actor: Actor, case_id: str, options: DocumentOptions, today: date,
                 deliver: Deliver) -> None:
    """One plan of a batch saved in the batch's transaction (app.casework.plan_batch), for the client and the own
    file: made and logged as `make_plan_pdf` exports it, but nothing committed. The views of the case and the
    intake stay in the transaction whatever happens after them; the version, the export entry and `deliver`
    (writing the file) happen together or not at all (a savepoint). Raises as `make_plan_pdf` and `deliver`."""
    _plan_pdf(uow, actor, case_id, AuditAction.EXPORT, today, False, options.optional_domains, options.logo_path,
              None, deliver, commit_views=False)


def _plan_pdf(uow: UnitOfWork, actor: Actor, case_id: str, action: AuditAction, today: date, show_full_bsn: bool,
              optional_domains: frozenset[str], logo_path: Path | None, recipient: str | None,
              deliver: Deliver | None, *, commit_views: bool) -> Document:
    """make_plan_pdf's work in `uow`: the views committed at once when `commit_views`, the rest left to commit."""
    case_file = read_case_file(uow, actor, case_id, commit_view=commit_views)
    plan = uow.intake.plan(case_id)
    if uow.intake.intake(case_id) is None or plan is None:
        raise TerugkeerError("intake_not_started")
    template = _intake_template(uow, case_id, None)
    audience, held, basis = _plan_audience(uow, case_id, template, recipient, today)
    intake_file = read_intake(uow, actor, case_id, template, commit_view=commit_views)
    content = plan_content(case_file, intake_file, _municipality(uow), today, show_full_bsn,
                           optional_domains=optional_domains, logo_path=logo_path, audience=audience)
    if audience.shared is not None:
        content = for_recipient(content, audience.shared.__contains__)
    with uow.savepoint():
        data, record_id = _made(uow, actor, action, case_id, PLAN, content)
        audit.append(uow, actor, action, client_id=case_file.client_id, record_type=PLAN_RECORD,
                     record_id=record_id or plan.id, legal_basis=basis)
        if recipient is not None and record_id is not None:
            _disclose(uow, actor, case_file.client_id, case_id, audience, PLAN_RECORD, record_id, basis)
        if deliver is not None:
            deliver(data)
    return Document(data, held)


def _plan_audience(uow: UnitOfWork, case_id: str, template: ChecklistTemplate, recipient: str | None,
                   today: date) -> tuple[PlanAudience, tuple[HeldBack, ...], str]:
    """What the plan may show to `recipient`, what it holds back, and the basis the audit entry names."""
    if recipient is None:
        return PlanAudience(), (), case_basis(uow, case_id, today)
    terms = consent_terms()
    if recipient not in {term.id for term in terms.recipients}:
        raise ValueError(f"unknown recipient {recipient!r}")
    name = terms.recipient(recipient).label.nl
    facts = sharing_facts(uow, case_id)
    identity = may_share(facts, IDENTITY, recipient, today)
    if not identity.allowed:
        raise TerugkeerError("not_for_recipient", recipient=recipient, reason=identity.reason_code)
    labels = {IDENTITY: "persoonsgegevens", DETENTION: "detentiegegevens", PLAN_DATA: PLAN_WORDS,
              **{domain.id: domain.label.nl for domain in template.domains}}
    held = tuple(held_back(facts, [(category, recipient) for category in labels], today))
    withheld = {item.category for item in held}
    audience = PlanAudience(name, frozenset(labels) - withheld, tuple(labels[item.category] for item in held))
    assert identity.basis is not None
    return audience, held, identity.basis.value


def make_consent_pdf(workspace: OpenWorkspace, case_id: str, template: ChecklistTemplate, *,
                     action: AuditAction = AuditAction.EXPORT, printed_on: date | None = None,
                     optional_domains: frozenset[str] = frozenset(), filled: bool = False,
                     place: str = "", logo_path: Path | None = None, deliver: Deliver | None = None) -> Document:
    """The consent form of the case; logged as `action`.

    Data categories follow the case's intake template, or `template` (the active one) when no intake was started.
    Blank for the detainee to fill in, or `filled` with every consent in force for the case: each matrix ticked,
    what was revoked of it marked with its date, its on-screen signature drawn. Raises TerugkeerError
    "case_not_found", or "no_consent_recorded" when `filled` is asked of a case without a consent in force.
    `deliver` as for the plan."""
    _check_action(action)
    today = printed_on or date.today()
    actor = workspace.actor
    with workspace.transaction(Permission.PRINT_DOCUMENTS) as uow:
        case_file = read_case_file(uow, actor, case_id)
        recorded = consents_in_force(uow, case_id, today) if filled else ()
        if filled and not recorded:
            raise TerugkeerError("no_consent_recorded")
        content = consent_form_content(
            case_file, _intake_template(uow, case_id, template), _municipality(uow), consent_terms(), today,
            optional_domains=optional_domains, recorded=recorded, place=place, logo_path=logo_path)
        data, record_id = _made(uow, actor, action, case_id, CONSENT, content)
        audit.append(uow, actor, action, client_id=case_file.client_id, record_type=CONSENT_RECORD,
                     record_id=record_id or case_id, legal_basis=case_basis(uow, case_id, today))
        _deliver_and_commit(uow, data, deliver)
        return Document(data)


@dataclass(frozen=True)
class VersionLine:
    """One version as a list shows it; `short_hash` is the code in the document's footer."""

    number: int
    created_at: datetime
    created_by: str
    short_hash: str


def list_versions(workspace: OpenWorkspace, case_id: str, kind: DocumentKind) -> list[VersionLine]:
    """The versions of the case's document, oldest first (not logged: only numbers, dates and names are shown)."""
    with workspace.transaction(Permission.PRINT_DOCUMENTS) as uow:
        return [VersionLine(version.number, version.created_at, version.created_by, version.content_sha256[:8])
                for version in uow.documents.versions(case_id, kind.value)]


def remake(workspace: OpenWorkspace, case_id: str, kind: DocumentKind, number: int, action: AuditAction,
           deliver: Deliver | None = None) -> bytes:
    """The PDF of version `number`, byte for byte as it was first made. A version shows the client's data as it was
    printed, so making one again is logged like the document itself: as `action` (a view or an export; record type
    plan_pdf / consent_pdf, the version's id), with the case's legal basis, after the view of the case. `deliver`
    (writing the file) runs before the entry is committed. Raises TerugkeerError "document_version_differs" and
    "record_not_found" (no such version)."""
    actor = workspace.actor
    with workspace.transaction(Permission.PRINT_DOCUMENTS) as uow:
        version = uow.documents.version(case_id, kind.value, number)
        if version is None:
            raise TerugkeerError("record_not_found")
        data = regenerate(version)
        client_id = read_case_file(uow, actor, case_id).client_id
        audit.append(uow, actor, action, client_id=client_id, record_type=_RECORD_TYPES[kind], record_id=version.id,
                     legal_basis=case_basis(uow, case_id))
        _deliver_and_commit(uow, data, deliver)
        return data


def _made(uow: UnitOfWork, actor: Actor, action: AuditAction, case_id: str, kind: str,
          content: Content) -> tuple[bytes, str | None]:
    """The PDF, and for a print or an export the id of the document version it is (a preview is no version)."""
    if action == AuditAction.VIEW:
        return preview(content), None
    printed = print_version(uow, actor, case_id, kind, content)
    return printed.data, printed.version.id


def _disclose(uow: UnitOfWork, actor: Actor, client_id: str, case_id: str, audience: PlanAudience, means: str,
              reference: str, basis: str) -> None:
    """Remember that this plan went to a chain partner, with the categories it held: an access request lists it."""
    uow.documents.add(Disclosure(
        client_id=client_id, case_id=case_id, recipient=audience.recipient,
        categories=",".join(sorted(audience.shared or ())), means=means, reference=reference, legal_basis=basis,
        disclosed_at=datetime.now(UTC).replace(tzinfo=None), disclosed_by=actor.user_name))


def has_plan(workspace: OpenWorkspace, case_id: str) -> bool:
    """Whether the case has a plan of approach to print (intake and plan start together). Not logged: nothing of
    the case is shown."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        return uow.intake.plan(case_id) is not None


def _deliver_and_commit(uow: UnitOfWork, data: bytes, deliver: Deliver | None) -> None:
    """Hand the bytes on, then commit the document's audit entry: a save that fails (a full USB stick) leaves no
    entry claiming an export that did not happen."""
    if deliver is not None:
        deliver(data)
    uow.commit()


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

"""The documents of a case (plan of approach, consent form) made by app.casework.documents, each call in its own unit of
work. Every method runs on the database worker (inside an operation's work function), never on the GUI thread.

Each make is logged by the service as the action it is for: a preview is a view, printing a print, saving to a
file an export; so the bytes printed or saved are always the ones that were logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from app.audit import AuditAction
from app.casework.checklist import ChecklistTemplate
from app.casework.consent import latest_consent
from app.casework.documents import Deliver, Document, has_plan, make_consent_pdf, make_plan_pdf
from app.workspace.folder import OpenWorkspace


class DocumentKind(Enum):
    PLAN = "plan"
    CONSENT = "consent"


@dataclass(frozen=True)
class DocumentRequest:
    """Which document of which case, and for whom: `recipient` and `show_full_bsn` for the plan (recipient None
    is the client and the own file), `filled` for the consent form."""

    kind: DocumentKind
    case_id: str
    recipient: str | None = None
    show_full_bsn: bool = False
    filled: bool = False


class DocumentStore:
    def __init__(self, workspace: OpenWorkspace, template: ChecklistTemplate,
                 optional_domains: frozenset[str] = frozenset(), logo_path: Path | None = None) -> None:
        self._workspace = workspace
        self._template = template  # the active one: the consent form of a case without an intake follows it
        self._optional_domains = optional_domains
        self._logo_path = usable_logo(logo_path)

    def make(self, request: DocumentRequest, action: AuditAction, deliver: Deliver | None = None) -> Document:
        """The PDF, logged as `action`; `deliver` (e.g. writing the file) runs before the entry is committed.
        Raises the services' TerugkeerErrors ("intake_not_started", "not_for_recipient", "no_consent_recorded",
        "case_not_found") and whatever `deliver` raises."""
        workspace = self._workspace
        with workspace.unit_of_work() as uow:
            if request.kind is DocumentKind.PLAN:
                return make_plan_pdf(uow, workspace.actor, request.case_id, action=action,
                                     show_full_bsn=request.show_full_bsn, optional_domains=self._optional_domains,
                                     recipient=request.recipient, logo_path=self._logo_path, deliver=deliver)
            return make_consent_pdf(uow, workspace.actor, request.case_id, self._template, action=action,
                                    optional_domains=self._optional_domains, filled=request.filled,
                                    logo_path=self._logo_path, deliver=deliver)

    def has_consent(self, case_id: str) -> bool:
        """Whether a consent was recorded, so the form can be filled in with it (not logged: nothing is shown)."""
        with self._workspace.unit_of_work() as uow:
            return latest_consent(uow, case_id) is not None


def usable_logo(path: Path | None) -> Path | None:
    """The municipality's logo named by the machine policy, when the file is there: a logo that went missing
    leaves the letterhead with the municipality's name only, rather than making every document fail."""
    return path if path is not None and path.is_file() else None


def case_has_plan(workspace: OpenWorkspace, case_id: str) -> bool:
    """Whether the case has a plan of approach to print (not logged: nothing is shown)."""
    with workspace.unit_of_work() as uow:
        return has_plan(uow, case_id)

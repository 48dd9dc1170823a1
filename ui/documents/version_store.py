"""The numbered versions of a case's printed documents, for the versions dialog. Every function runs on the worker.

app.casework.document_versions makes an old version's PDF again (`regenerate`) but, being pure, logs nothing; a version
shows the client's data as it was printed, so making one again here is logged like the document itself: shown is a
view, saved an export (record type plan_pdf / consent_pdf, the version's id), with the case's legal basis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app import audit
from app.audit import AuditAction
from app.casework.case_facts import case_basis
from app.casework.cases import open_case
from app.casework.document_versions import regenerate, versions
from app.casework.documents import CONSENT_RECORD, PLAN_RECORD, Deliver
from app.errors import TerugkeerError
from app.workspace.folder import OpenWorkspace
from ui.documents.store import DocumentKind

_RECORD_TYPES = {DocumentKind.PLAN: PLAN_RECORD, DocumentKind.CONSENT: CONSENT_RECORD}


@dataclass(frozen=True)
class VersionLine:
    """One version as the list shows it; `short_hash` is the code in the document's footer."""

    number: int
    created_at: datetime
    created_by: str
    short_hash: str


def list_versions(workspace: OpenWorkspace, case_id: str, kind: DocumentKind) -> list[VersionLine]:
    """The versions of the case's document, oldest first (not logged: only numbers, dates and names are shown)."""
    with workspace.unit_of_work() as uow:
        return [VersionLine(version.number, version.created_at, version.created_by, version.content_sha256[:8])
                for version in versions(uow, case_id, kind.value)]


def remake(workspace: OpenWorkspace, case_id: str, kind: DocumentKind, number: int, action: AuditAction,
           deliver: Deliver | None = None) -> bytes:
    """The PDF of version `number`, byte for byte as it was first made; logged as `action` (a view or an export).
    `deliver` (writing the file) runs before the entry is committed. Raises TerugkeerError "document_version_differs"
    and "record_not_found" (no such version)."""
    with workspace.unit_of_work() as uow:
        found = [version for version in versions(uow, case_id, kind.value) if version.number == number]
        if not found:
            raise TerugkeerError("record_not_found")
        data = regenerate(found[0])
        client_id = open_case(uow, workspace.actor, case_id).client_id  # logs the case's view, as printing does
        audit.append(uow, workspace.actor, action, client_id=client_id, record_type=_RECORD_TYPES[kind],
                     record_id=found[0].id, legal_basis=case_basis(uow, case_id))
        if deliver is not None:
            deliver(data)
        uow.commit()
        return data

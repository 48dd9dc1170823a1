"""Numbered versions of printed documents, and the disclosures made with them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from db.models import DocumentVersion
from db.repositories import Repository


class DocumentRepository(Repository):
    """The document versions of cases; `add` also takes the Disclosure a document for a chain partner makes."""

    def last_version(self, case_id: str, kind: str) -> DocumentVersion | None:
        """The highest-numbered version of the case's document of `kind` (plan | consent)."""
        return self.session.execute(
            select(DocumentVersion).where(DocumentVersion.case_id == case_id, DocumentVersion.kind == kind)
            .order_by(DocumentVersion.number.desc()).limit(1)).scalar_one_or_none()

    def versions(self, case_id: str, kind: str) -> Sequence[DocumentVersion]:
        """Every version of the case's document of `kind`, oldest first."""
        return self.session.execute(
            select(DocumentVersion).where(DocumentVersion.case_id == case_id, DocumentVersion.kind == kind)
            .order_by(DocumentVersion.number)).scalars().all()

    def version(self, case_id: str, kind: str, number: int) -> DocumentVersion | None:
        return self.session.execute(select(DocumentVersion).where(
            DocumentVersion.case_id == case_id, DocumentVersion.kind == kind, DocumentVersion.number == number
        )).scalar_one_or_none()

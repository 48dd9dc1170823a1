"""Numbered versions of printed and saved documents (plan of approach, consent form).

Printing or saving a document whose content changed since its last version makes a new version; printing the
same content again reprints that version, with its original date, byte for byte. A version keeps the exact
content it was made from (JSON inside the encrypted database), the SHA-256 of that content (its first 8 characters
are in the footer) and of the PDF; `regenerate` makes the PDF of any version again with the same SHA-256.
Previews make no version: their footer says "voorbeeld van <datum>, nog niet afgedrukt".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import cattrs.preconf.json

from app.audit import Actor
from app.errors import TerugkeerError
from app.pdf.consent_form import ConsentFormContent, render_consent_form
from app.pdf.plan import PlanContent, render_plan
from db.models import DocumentVersion
from db.uow import UnitOfWork

_NO_DATE = date(1, 1, 1)
_converter = cattrs.preconf.json.make_converter()

Content = PlanContent | ConsentFormContent
PLAN, CONSENT = "plan", "consent"
_CONTENT_TYPES: dict[str, type[Content]] = {PLAN: PlanContent, CONSENT: ConsentFormContent}


@dataclass(frozen=True)
class Versioned:
    """A printed document: its PDF and the version it is."""

    data: bytes
    version: DocumentVersion


def version_label(number: int, content_sha256: str) -> str:
    return f"versie {number} · {content_sha256[:8]}"


def print_version(uow: UnitOfWork, actor: Actor, case_id: str, kind: str, content: Content) -> Versioned:
    """The version `content` is: the last version when only the print date differs, else a new one (added to
    the unit of work; the caller commits)."""
    identity = _sha256(_json(replace(content, printed_on=_NO_DATE)))
    last = uow.documents.last_version(case_id, kind)
    if last is not None and _identity_of(last) == identity:
        return Versioned(regenerate(last), last)
    stored = _json(content)
    content_sha = _sha256(stored)
    number = last.number + 1 if last is not None else 1
    data = _build(content, version_label(number, content_sha))
    version = DocumentVersion(case_id=case_id, kind=kind, number=number, content_json=stored,
                              content_sha256=content_sha, pdf_sha256=hashlib.sha256(data).hexdigest(),
                              created_at=datetime.now(UTC).replace(tzinfo=None), created_by=actor.user_name)
    uow.documents.add(version)
    uow.flush()
    return Versioned(data, version)


def preview(content: Content) -> bytes:
    return _build(content, "", preview=True)


def regenerate(version: DocumentVersion) -> bytes:
    """The PDF of `version` made again from its stored content; the same bytes as when it was first made."""
    content = _converter.loads(version.content_json, _CONTENT_TYPES[version.kind])
    data = _build(content, version_label(version.number, version.content_sha256))
    if hashlib.sha256(data).hexdigest() != version.pdf_sha256:
        raise TerugkeerError("document_version_differs", number=version.number)
    return data


def _identity_of(version: DocumentVersion) -> str:
    content = _converter.loads(version.content_json, _CONTENT_TYPES[version.kind])
    return _sha256(_json(replace(content, printed_on=_NO_DATE)))


def _build(content: Content, label: str, *, preview: bool = False) -> bytes:
    if isinstance(content, PlanContent):
        return render_plan(content, label, preview=preview).data
    return render_consent_form(content, label, preview=preview).data


def _json(content: Content) -> str:
    return _converter.dumps(content, sort_keys=True, ensure_ascii=False)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

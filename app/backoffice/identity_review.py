"""Notifications that wait for a person to decide who they are about: the BSN is a known client's, the name or date
of birth is not (app.casework.identity). The import never applies such a row; it keeps it here, in the inbox, with
the client it was compared with. Accepting it adds the detention to that client as the same person, with the
details the person chose (each change kept in the correction history); refusing it drops it. Both are audit-logged;
a decided row is gone, so reading the list in again offers it anew.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime

from app import audit
from app.audit import Actor, AuditAction
from app.casework.cases import (
    CaseData,
    Changes,
    ClientData,
    DetentionData,
    OtherPersonError,
    SamePerson,
    add_case,
    client_data_of,
    identity_of,
)
from app.casework.identity import IdentityField, differing_fields
from app.domain import CaseStatus
from app.errors import TerugkeerError
from app.permissions import Permission
from app.privacy.correction_records import CorrectionReason
from app.workspace.session import OpenWorkspace
from db.models import IdentityReview
from db.uow import UnitOfWork

REVIEW_RECORD = "identity_review"  # audit record types: kept for review, and the two decisions
ACCEPTED_RECORD = "identity_review_accepted"
REFUSED_RECORD = "identity_review_refused"


@dataclass(frozen=True)
class ReviewItem:
    """One notification to decide on: the known client beside the person as notified."""

    review_id: str
    source: str  # the list's file name
    line: int
    read_at: datetime
    client_id: str
    known: ClientData
    notified: ClientData
    detention: DetentionData

    @property
    def differing(self) -> tuple[IdentityField, ...]:
        return differing_fields(identity_of(self.known), identity_of(self.notified))


def keep_for_review(uow: UnitOfWork, actor: Actor, error: OtherPersonError, detention: DetentionData, source: str,
                    line: int) -> str:
    """Store the refused-for-now notification (`error` has both versions); returns its review id."""
    review = IdentityReview(client_id=error.client_id, bsn=error.typed.bsn, start_date=detention.start_date,
                            notification_json=json.dumps({"client": _plain(asdict(error.typed)),
                                                          "detention": _plain(asdict(detention))}),
                            source=source, line=line, created_at=datetime.now(UTC).replace(tzinfo=None),
                            created_by=actor.user_name)
    uow.backoffice.add_review(review)
    uow.flush()
    audit.append(uow, actor, AuditAction.CREATE, client_id=error.client_id, record_type=REVIEW_RECORD,
                 record_id=review.id)
    return review.id


def reviews(workspace: OpenWorkspace) -> list[ReviewItem]:
    """Every notification waiting for review, the oldest read in first, with the client as stored now."""
    with workspace.transaction(Permission.NOTIFICATIONS) as uow:
        items = []
        for review in uow.backoffice.reviews():
            client = uow.cases.client(review.client_id)
            if client is None:  # removed meanwhile (erasure removes its reviews too)
                continue
            notified, detention = _notification(review)
            items.append(ReviewItem(review.id, review.source, review.line, review.created_at, review.client_id,
                                    client_data_of(client), notified, detention))
        return items


def accept_review(workspace: OpenWorkspace, review_id: str, use_notified: frozenset[IdentityField],
                  today: date | None = None) -> Changes:
    """The notified person is the known client: add the detention and a new notification case to them; the fields
    of `use_notified` take the notified value (kept as corrections), the others keep the known one. Raises
    TerugkeerError "review_not_found" when it was decided meanwhile."""
    today = today or date.today()
    with workspace.transaction(Permission.NOTIFICATIONS) as uow:
        review = _existing(uow, review_id)
        notified, detention = _notification(review)
        changes = add_case(uow, workspace.actor, notified, detention,
                           CaseData(status=CaseStatus.NOTIFIED, status_dates={CaseStatus.NOTIFIED: today}), today,
                           SamePerson(use_notified, CorrectionReason.SAME_PERSON_NOTIFICATION))
        _decided(uow, workspace.actor, review, ACCEPTED_RECORD)
        uow.commit()
        return changes


def refuse_review(workspace: OpenWorkspace, review_id: str) -> Changes:
    """The notified person is not the known client: drop the notification (the list is to be corrected at its
    source); no case changes. Raises TerugkeerError "review_not_found" when it was decided meanwhile."""
    with workspace.transaction(Permission.NOTIFICATIONS) as uow:
        _decided(uow, workspace.actor, _existing(uow, review_id), REFUSED_RECORD)
        uow.commit()
        return Changes()


def _decided(uow: UnitOfWork, actor: Actor, review: IdentityReview, record_type: str) -> None:
    if not uow.backoffice.remove_review(review.id):
        raise TerugkeerError("review_not_found")
    audit.append(uow, actor, AuditAction.UPDATE, client_id=review.client_id, record_type=record_type,
                 record_id=review.id)


def _existing(uow: UnitOfWork, review_id: str) -> IdentityReview:
    review = uow.backoffice.review(review_id)
    if review is None:
        raise TerugkeerError("review_not_found")
    return review


def _plain(values: dict[str, object]) -> dict[str, object]:
    return {name: value.isoformat() if isinstance(value, date) else value for name, value in values.items()}


def _notification(review: IdentityReview) -> tuple[ClientData, DetentionData]:
    stored = json.loads(review.notification_json)
    client, detention = stored["client"], stored["detention"]
    client["date_of_birth"] = date.fromisoformat(client["date_of_birth"])
    for name in ("start_date", "expected_release_date", "actual_release_date"):
        detention[name] = date.fromisoformat(detention[name]) if detention[name] else None
    return ClientData(**client), DetentionData(**detention)

"""The back office's inbox of notifications, the coordinators' workloads and the notifications already known."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, Row, delete, select

from db.models import Case, Client, Detention, IdentityReview, SyncPeer
from db.repositories import Repository


class BackOfficeRepository(Repository):
    """Notifications waiting for a coordinator, open cases per coordinator, and the enrolled laptops' users."""

    def unassigned(self, status: str) -> Sequence[Row]:
        """Cases in `status` without a coordinator, with their client's name and BSN and their detention; the
        oldest start of detention first."""
        return self.session.execute(
            select(Case.id, Client.given_names, Client.surname_prefix, Client.surname, Client.bsn, Detention.prison,
                   Detention.start_date, Detention.expected_release_date, Case.notified_on)
            .join(Client, Case.client_id == Client.id).join(Detention, Case.detention_id == Detention.id)
            .where(Case.status == status, Case.coordinator == "")
            .order_by(Detention.start_date, Client.surname)).all()

    def take_unassigned(self, case_ids: Collection[str], status: str) -> Sequence[Case]:
        """The cases of `case_ids` that are still notifications without a coordinator, locked for this transaction;
        on the server a row another clerk is assigning right now is skipped (FOR UPDATE SKIP LOCKED), so two clerks
        never take the same notification. SQLite lets one writer in at a time anyway."""
        return self.session.execute(
            select(Case).where(Case.id.in_(case_ids), Case.status == status, Case.coordinator == "")
            .with_for_update(skip_locked=True)).scalars().all()

    def coordinator_statuses(self, closed_status: str) -> Sequence[Row]:
        """(coordinator, status) of every case that has a coordinator and is not in `closed_status`."""
        return self.session.execute(select(Case.coordinator, Case.status).where(
            Case.coordinator != "", Case.status != closed_status)).all()

    def peer_labels(self, kind: str) -> Sequence[str]:
        """The labels of the enrolled, not revoked devices of `kind`."""
        return self.session.execute(select(SyncPeer.label).where(
            SyncPeer.kind == kind, SyncPeer.revoked_at.is_(None))).scalars().all()

    def cases_of(self, coordinator: str, closed_status: str) -> Sequence[str]:
        """The ids of `coordinator`'s cases not in `closed_status`, in id order."""
        return self.session.execute(select(Case.id).where(
            Case.coordinator == coordinator, Case.status != closed_status).order_by(Case.id)).scalars().all()

    def detention_starts(self, bsns: Collection[str]) -> list[tuple[str, date]]:
        """(BSN, start of detention) of every case of the people with these BSNs."""
        return [(str(bsn), start_date) for bsn, start_date in self.session.execute(
            select(Client.bsn, Detention.start_date).join(Case, Case.client_id == Client.id)
            .join(Detention, Case.detention_id == Detention.id).where(Client.bsn.in_(bsns))).all()]

    def cases_by_bsn(self, bsn: str) -> Sequence[Case]:
        """Every case of the client with this BSN, with its detention, the earliest start of detention first."""
        return self.session.execute(
            select(Case).join(Client, Case.client_id == Client.id).join(Detention, Case.detention_id == Detention.id)
            .where(Client.bsn == bsn).order_by(Detention.start_date, Case.id)).scalars().all()

    # --- notifications waiting for a decision on who they are ---------------------------------------------------

    def add_review(self, review: IdentityReview) -> None:
        self.session.add(review)

    def reviews(self) -> Sequence[IdentityReview]:
        """Every notification waiting for review, the oldest read in first."""
        return self.session.execute(select(IdentityReview).order_by(IdentityReview.created_at, IdentityReview.source,
                                                                    IdentityReview.line)).scalars().all()

    def review(self, review_id: str) -> IdentityReview | None:
        return self.session.get(IdentityReview, review_id)

    def remove_review(self, review_id: str) -> bool:
        """Delete the review; False when it was not there (decided by someone else meanwhile)."""
        result = self.session.execute(delete(IdentityReview).where(IdentityReview.id == review_id))
        return bool(cast(CursorResult[Any], result).rowcount)

    def reviewed_starts(self, bsns: Collection[str]) -> list[tuple[str, date]]:
        """(BSN, start of detention) of every notification for these BSNs that waits for review."""
        return [(bsn, start_date) for bsn, start_date in self.session.execute(
            select(IdentityReview.bsn, IdentityReview.start_date).where(IdentityReview.bsn.in_(bsns))).all()]

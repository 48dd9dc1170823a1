"""The sharing policy's facts of cases, read from plain rows, and the legal basis audit entries name.

Kept apart from app.casework.consent (which stores consents) so that every service that writes an audit entry about a
case (cases, intake, documents, consent) can name the basis the case's data rests on without importing each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.audit import DEFAULT_LEGAL_BASIS
from app.casework.consent_terms import Ground, RevocationScope, cells_of, parse_grants
from app.casework.sharing_policy import ConsentFact, GroundFact, RevocationFact, SharingFacts, processing_basis
from db.uow import UnitOfWork


def stored_ids(stored: str) -> tuple[str, ...]:
    """Ids kept as one comma-separated column (purposes, categories, recipients of a consent)."""
    return tuple(part for part in stored.split(",") if part)


def facts_by_case(uow: UnitOfWork, case_ids: Sequence[str] | None) -> dict[str, SharingFacts]:
    """The policy's facts (without `categories`) of every case (or of `case_ids`) that has a ground or a consent,
    in three queries; a case missing from the answer has neither."""
    grounds: dict[str, list[GroundFact]] = {}
    for row in uow.consent.ground_rows(case_ids):
        grounds.setdefault(row.case_id, []).append(GroundFact(Ground(row.ground), row.noted_on, row.ended_on))
    revocations: dict[str, list[RevocationFact]] = {}
    for row in uow.consent.revocation_rows(case_ids):
        revocations.setdefault(row.consent_id, []).append(
            RevocationFact(row.revoked_on, RevocationScope(row.scope), row.scope_value))
    consent_rows = uow.consent.consent_rows(case_ids)
    given_on = {row.id: row.given_on for row in consent_rows}
    consents: dict[str, list[ConsentFact]] = {}
    for row in consent_rows:
        consents.setdefault(row.case_id, []).append(ConsentFact(
            row.id, row.given_on, row.valid_until, frozenset(stored_ids(row.categories)),
            frozenset(stored_ids(row.recipients)), tuple(revocations.get(row.id, ())),
            given_on.get(row.superseded_by) if row.superseded_by else None, cells_of(parse_grants(row.grants))))
    return {case_id: SharingFacts(tuple(grounds.get(case_id, ())), tuple(consents.get(case_id, ())))
            for case_id in grounds.keys() | consents.keys()}


def basis_code(facts: SharingFacts, today: date) -> str:
    """The legal basis an audit entry names for a case with these facts (see
    app.casework.sharing_policy.processing_basis); the municipality's public task while nothing is recorded yet (a
    notification is registered on that task)."""
    basis = processing_basis(facts, today)
    return basis.value if basis is not None else DEFAULT_LEGAL_BASIS


def case_basis(uow: UnitOfWork, case_id: str, today: date | None = None) -> str:
    """The legal basis an audit entry about case `case_id` names on `today`."""
    facts = facts_by_case(uow, [case_id]).get(case_id, SharingFacts())
    return basis_code(facts, today or date.today())

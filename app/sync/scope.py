"""Which cases a bundle for a peer may carry, and to which case each synchronised record belongs.

A back office sends a laptop only that coordinator's caseload (the peer's label is the coordinator's name, as the
laptop's identity file gives it), and the changes of cases the laptop still holds, so it learns of a handover:
data minimisation on devices that go into prisons. A laptop sends the back office
its cases as far as the sharing policy allows (rule 9 of app.casework.sharing_policy); what it holds back is listed
with the reason. Consent records, grounds and revocations of a held-back case still go where the case already is, so a
revocation always reaches the back office.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.casework.case_facts import facts_by_case
from app.casework.sharing_policy import SharingFacts, may_go_to_back_office
from app.domain import WorkspaceKind
from db.models import Case, ConsentRevocation, SyncedRecord, SyncPeer
from db.uow import UnitOfWork

# Records that tell what basis a case's data rests on: they go even when the case's data is held back.
BASIS_TABLES = frozenset({"processing_ground", "consent_record", "consent_revocation"})


@dataclass(frozen=True)
class HeldBackCase:
    """A case whose data did not go into a bundle, and the policy's reason code."""

    case_id: str
    reason_code: str


@dataclass(frozen=True)
class BundleScope:
    """The cases a bundle may carry in full, those it carries only the basis records of, and why."""

    full: frozenset[str]
    basis_only: frozenset[str]
    held_back: tuple[HeldBackCase, ...]


def scope_for(uow: UnitOfWork, own_kind: WorkspaceKind, peer: SyncPeer, today: date) -> BundleScope:
    cases = uow.sync.case_coordinators()
    # Cases the peer holds (it has their case record): they keep travelling, so a handover to another
    # coordinator reaches the laptop, which then purges the case (app.privacy.purge).
    known = uow.sync.based_record_ids(Case.__tablename__, peer.device_id)
    if own_kind == WorkspaceKind.BACKOFFICE:
        mine = frozenset(case_id for case_id, coordinator in cases if coordinator == peer.label or case_id in known)
        return BundleScope(mine, frozenset(), ())
    facts = facts_by_case(uow, None)
    full: set[str] = set()
    held: list[HeldBackCase] = []
    for case_id, _coordinator in cases:
        decision = may_go_to_back_office(facts.get(case_id, SharingFacts()), today)
        if decision.allowed:
            full.add(case_id)
        else:
            held.append(HeldBackCase(case_id, decision.reason_code))
    # Basis records of a held-back case only go where the case itself already is (else they would point nowhere).
    basis_only = frozenset(item.case_id for item in held if item.case_id in known)
    return BundleScope(frozenset(full), basis_only, tuple(held))


class CaseIndex:
    """Finds the case(s) of a record: a client and a detention belong to the cases that point at them, a
    revocation to its consent's case, everything else names its case. Loaded once per bundle."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._by_client: dict[str, set[str]] = {}
        self._by_detention: dict[str, set[str]] = {}
        self._client_of_case: dict[str, str] = {}
        for case_id, client_id, detention_id in uow.sync.case_links():
            self._client_of_case[case_id] = client_id
            self._by_client.setdefault(client_id, set()).add(case_id)
            self._by_detention.setdefault(detention_id, set()).add(case_id)
        self._consent_case = uow.sync.consent_cases()

    def cases_of(self, record: SyncedRecord) -> set[str]:
        table = record.__tablename__
        return self.cases_for(table, record.id, {"case_id": getattr(record, "case_id", None),
                                                 "consent_id": getattr(record, "consent_id", None)})

    def cases_for(self, table: str, record_id: str, fields: dict[str, Any]) -> set[str]:
        """The cases of a record given by table, id and (some of) its fields: `case_id`, or `consent_id` for a
        revocation."""
        if table == "client":
            return self._by_client.get(record_id, set())
        if table == "detention":
            return self._by_detention.get(record_id, set())
        if table == "case_file":
            return {record_id}
        if table == ConsentRevocation.__tablename__:
            case_id = self._consent_case.get(str(fields.get("consent_id")))
            return {case_id} if case_id else set()
        return {fields["case_id"]} if fields.get("case_id") else set()

    def owner(self, record: SyncedRecord) -> tuple[str | None, str | None]:
        """The client and (first) case a record belongs to, for its audit entry."""
        cases = sorted(self.cases_of(record))
        case_id = cases[0] if cases else None
        if record.__tablename__ == "client":
            return record.id, case_id
        return (self._client_of_case.get(case_id) if case_id else None), case_id

    def goes(self, record: SyncedRecord, scope: BundleScope) -> bool:
        """Whether `record` may go into a bundle of this scope."""
        return self.fits(record.__tablename__, self.cases_of(record), scope)

    @staticmethod
    def fits(table: str, cases: set[str], scope: BundleScope) -> bool:
        """Whether a record of `table` belonging to `cases` may go into a bundle of this scope."""
        if not scope.full.isdisjoint(cases):
            return True
        return table in BASIS_TABLES and not scope.basis_only.isdisjoint(cases)

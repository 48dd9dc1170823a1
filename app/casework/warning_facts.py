"""The facts the warnings need of many cases at once, read in a few queries (the register's rows, a case file).

The facts are asked with the same SQL conditions that count the warnings of the register paged through a server
(db.repositories.register), so the in-memory register, the case file and the server's pages cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_

from app.casework.case_warnings import WarningFacts, warning_terms
from app.casework.intake import OPEN_STATUSES, Moment
from app.domain import CaseStatus
from app.errors import TerugkeerError
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.repositories.register import basis_to_share, has_intake, plan_agreed, plan_for_partners
from db.uow import UnitOfWork


@dataclass(frozen=True)
class WarningInputs:
    """Per case id, the facts beyond the case's own columns."""

    open_domains: dict[str, tuple[str, ...]] = field(default_factory=dict)
    with_intake: frozenset[str] = frozenset()
    with_plan_agreed: frozenset[str] = frozenset()
    for_partners: frozenset[str] = frozenset()
    with_basis: frozenset[str] = frozenset()  # asked only of the cases with a plan for partners

    def facts(self, case_id: str, status: CaseStatus, start_date: date, expected_release: date | None,
              actual_release: date | None) -> WarningFacts:
        return WarningFacts(
            status=status, start_date=start_date, expected_release=expected_release, actual_release=actual_release,
            has_intake=case_id in self.with_intake, plan_agreed=case_id in self.with_plan_agreed,
            open_key_domains=self.open_domains.get(case_id, ()), plan_for_partners=case_id in self.for_partners,
            basis_to_share=case_id in self.with_basis)


def read_warning_inputs(uow: UnitOfWork, key_domains: frozenset[str], today: date,
                        case_ids: Sequence[str] | None = None) -> WarningInputs:
    """The facts of every case (or of `case_ids`); `key_domains` are those whose being open near release warns."""
    terms = warning_terms(today, key_domains)
    ids = list(case_ids) if case_ids is not None else None
    open_domains: dict[str, list[str]] = {}
    for case_id, domain_id in uow.intake.open_domains(Moment.INTAKE.value, key_domains,
                                                      [s.value for s in OPEN_STATUSES], ids):
        open_domains.setdefault(case_id, []).append(domain_id)
    with_intake, with_plan_agreed, for_partners, with_basis = uow.register.case_ids_where(
        (has_intake(), plan_agreed(terms.concept_plan), plan_for_partners(terms.partner_owners),
         and_(plan_for_partners(terms.partner_owners), basis_to_share(terms))), ids)
    return WarningInputs(
        open_domains={case_id: tuple(sorted(domains)) for case_id, domains in open_domains.items()},
        with_intake=with_intake, with_plan_agreed=with_plan_agreed, for_partners=for_partners, with_basis=with_basis)


def case_warning_facts(workspace: OpenWorkspace, case_id: str, key_domains: frozenset[str],
                       today: date | None = None) -> WarningFacts:
    """The facts of one case, as the register reads them (for the warnings at the top of its file and intake).
    Not logged as a view: the caller shows the file, and logs that. Raises TerugkeerError "case_not_found"."""
    today = today or date.today()
    with workspace.transaction(Permission.READ_CASES) as uow:
        rows = uow.cases.register_rows([case_id])
        if not rows:
            raise TerugkeerError("case_not_found")
        raw = rows[0]
        return read_warning_inputs(uow, key_domains, today, [case_id]).facts(
            case_id, CaseStatus(raw.status), raw.start_date, raw.expected_release_date, raw.actual_release_date)

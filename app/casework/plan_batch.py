"""Before the plans of several cases are printed or saved in one go: which of them have a plan, and whose plan each
is (surname and initial, for the file names a person can tell apart).

Not logged: nothing of a case is shown beyond the name the register already lists. Printing or saving each plan
is logged by app.casework.documents as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.permissions import Permission
from app.workspace.session import OpenWorkspace


@dataclass(frozen=True)
class PlanOwner:
    """One selected case: `exists` False when it is gone (deleted or moved off this laptop since the register
    was read); `surname` with its prefix as written ("van 't Hek-Müller"), `initial` of the first given name."""

    case_id: str
    exists: bool
    has_plan: bool
    surname: str = ""
    initial: str = ""


def plan_owners(workspace: OpenWorkspace, case_ids: Sequence[str]) -> list[PlanOwner]:
    """For each of `case_ids`, in their order: whether it has a plan, and whose case it is."""
    owners: list[PlanOwner] = []
    with workspace.transaction(Permission.READ_CASES) as uow:
        for case_id in case_ids:
            case = uow.cases.case(case_id)
            if case is None:
                owners.append(PlanOwner(case_id, exists=False, has_plan=False))
                continue
            client = case.client
            surname = f"{client.surname_prefix} {client.surname}".strip() if client.surname_prefix else client.surname
            owners.append(PlanOwner(case_id, exists=True, has_plan=uow.intake.plan(case_id) is not None,
                                    surname=surname, initial=client.given_names.strip()[:1].upper()))
    return owners

"""What the register's overview filters read at the back office: the target groups of every case (the register's
rows do not carry them)."""

from __future__ import annotations

from app.monitor.figures import load_case_facts
from app.permissions import Permission
from app.workspace.session import OpenWorkspace


def target_groups(workspace: OpenWorkspace) -> dict[str, frozenset[str]]:
    """Case id → the case's target groups, for every case (from the monitor's case facts)."""
    with workspace.transaction(Permission.READ_CASES) as uow:
        return {facts.case_id: facts.target_groups for facts in load_case_facts(uow)}

"""The machine policy in the app: read once at start, warned about when malformed, and the back office it names
enrolled in a new coordinator workspace.

The policy itself (what is locked, how a malformed file locks down) is app.policy; this module only decides when
the GUI reads it and what the user is told.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.policy import Policy, load_policy
from ui import dialogs

if TYPE_CHECKING:
    from app.workspace.folder import EmbeddedWorkspace


def read_machine_policy(parent: QWidget | None = None) -> Policy:
    """The policy at start; a malformed one is said once, in a message naming the file and what is wrong (the app
    then runs with the locked-down values the policy carries)."""
    policy = load_policy()
    if policy.problem is not None:
        dialogs.show_error(parent, policy.problem)
    return policy


@dataclass(frozen=True)
class Created:
    """A workspace just made, and why the policy's back office could not be enrolled in it (None: enrolled, or
    nothing to enrol)."""

    workspace: EmbeddedWorkspace
    enrol_problem: TerugkeerError | None = None


def enrol_policy_back_office(workspace: EmbeddedWorkspace, policy: Policy) -> Created:
    """Enrol the back office the policy names in a new coordinator workspace (run on the worker). A refusal (say,
    another municipality) leaves the workspace as it is: the user can enrol by hand on the Synchronisation screen."""
    if workspace.summary.kind is not WorkspaceKind.COORDINATOR:
        return Created(workspace)
    try:
        office = policy.back_office()
        if office is None:
            return Created(workspace)
        from app.sync.device import enroll

        enroll(workspace, office)
    except TerugkeerError as error:
        return Created(workspace, error)
    return Created(workspace)

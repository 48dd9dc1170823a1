"""What every screen of an unlocked workspace needs: the workspace, the worker, the settings and the machine policy."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from app.casework.checklist import TemplateCatalogue, load_catalogue
from app.policy import Policy, load_policy
from app.settings import Settings
from app.workspace.session import OpenWorkspace
from ui.operations import Operations


@dataclass
class WorkspaceContext:
    workspace: OpenWorkspace
    operations: Operations
    settings: Settings  # in effect: the user's settings with the policy's locked values in their place
    config_folder: Path
    # The machine policy IT set: locked settings, the monitor's small-cell threshold and logo, the laptops' case
    # limit. The main window passes the one it read at start; read here when a context is made without one.
    policy: Policy = field(default_factory=load_policy)

    @cached_property
    def catalogue(self) -> TemplateCatalogue:
        """The checklist templates: built in, plus the municipality's in the config folder's `checklists`."""
        return load_catalogue(self.config_folder / "checklists")

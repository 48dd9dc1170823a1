"""What every screen of an unlocked workspace needs: the workspace, the worker and the settings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from app.checklist import TemplateCatalogue, load_catalogue
from app.settings import Settings
from app.workspace import OpenWorkspace
from ui.operations import Operations


@dataclass
class WorkspaceContext:
    workspace: OpenWorkspace
    operations: Operations
    settings: Settings
    config_folder: Path

    @cached_property
    def catalogue(self) -> TemplateCatalogue:
        """The checklist templates: built in, plus the municipality's in the config folder's `checklists`."""
        return load_catalogue(self.config_folder / "checklists")

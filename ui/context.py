"""What every screen of an unlocked workspace needs: the workspace, the worker and the settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.settings import Settings
from app.workspace import OpenWorkspace
from ui.operations import Operations


@dataclass
class WorkspaceContext:
    workspace: OpenWorkspace
    operations: Operations
    settings: Settings
    config_folder: Path

"""Where things live on this machine, from QStandardPaths (per-user, per-platform)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from app.domain import WorkspaceKind

APP_NAME = "Terugkeer"
ORGANISATION = "Terugkeer"


def set_application_identity() -> None:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)


def data_folder() -> Path:
    """The app's own data folder, named once: AppDataLocation would name it twice (organisation, then application:
    …/Terugkeer/Terugkeer)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_NAME


def default_workspace_folder() -> Path:
    return data_folder() / "werkmap"


def demo_workspace_folder(kind: WorkspaceKind) -> Path:
    """One demo of each kind, beside the default workspace."""
    return data_folder() / f"demo-{kind.value}"


def config_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))

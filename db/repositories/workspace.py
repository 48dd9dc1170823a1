"""The workspace's own row."""

from __future__ import annotations

from sqlalchemy import select

from db.models import WorkspaceInfo
from db.repositories import Repository


class WorkspaceRepository(Repository):
    def info(self) -> WorkspaceInfo:
        return self.session.execute(select(WorkspaceInfo)).scalar_one()


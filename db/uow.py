"""Unit of work: one session, committed explicitly, rolled back otherwise."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db import change_tracking
from db.repositories.audit import AuditRepository
from db.repositories.cases import CaseRepository
from db.repositories.consent import ConsentRepository
from db.repositories.documents import DocumentRepository
from db.repositories.intake import IntakeRepository
from db.repositories.sync import SyncRepository
from db.repositories.workspace import WorkspaceRepository


class UnitOfWork:
    """Use as `with UnitOfWork(engine) as uow: ...; uow.commit()`; leaving without commit rolls back."""

    def __init__(self, engine: Engine) -> None:
        self._session_factory = sessionmaker(bind=engine, expire_on_commit=False)

    def __enter__(self) -> UnitOfWork:
        self.session: Session = self._session_factory()
        change_tracking.install(self.session)
        self.cases = CaseRepository(self.session)
        self.audit = AuditRepository(self.session)
        self.workspace = WorkspaceRepository(self.session)
        self.intake = IntakeRepository(self.session)
        self.consent = ConsentRepository(self.session)
        self.documents = DocumentRepository(self.session)
        self.sync = SyncRepository(self.session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()

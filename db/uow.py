"""Unit of work: one session, committed explicitly, rolled back otherwise."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db import caseload, change_tracking
from db.repositories.accounts import AccountRepository
from db.repositories.audit import AuditRepository
from db.repositories.backoffice import BackOfficeRepository
from db.repositories.cases import CaseRepository
from db.repositories.consent import ConsentRepository
from db.repositories.documents import DocumentRepository
from db.repositories.intake import IntakeRepository
from db.repositories.monitor import MonitorRepository
from db.repositories.privacy import PrivacyRepository
from db.repositories.register import RegisterRepository
from db.repositories.sync import SyncRepository
from db.repositories.workspace import WorkspaceRepository


class SecretWrap(Protocol):
    """How secrets stored in the database (the device's private keys) are kept: as they are inside an encrypted
    SQLCipher file, wrapped under a key the database does not hold on the server (app.workspace.office_key)."""

    def wrap(self, secret: bytes, purpose: str) -> bytes: ...

    def unwrap(self, stored: bytes, purpose: str) -> bytes: ...


class StoredAsIs:
    """The embedded workspace's way: the whole file is encrypted already."""

    def wrap(self, secret: bytes, purpose: str) -> bytes:
        return secret

    def unwrap(self, stored: bytes, purpose: str) -> bytes:
        return stored


class ConcurrentChange(Exception):
    """A record this unit of work changes was changed by someone else after it was read; nothing was written."""


class UnitOfWork:
    """Use as `with UnitOfWork(engine) as uow: ...; uow.commit()`; leaving without commit rolls back."""

    def __init__(self, engine: Engine, secrets: SecretWrap | None = None, caseload: str | None = None) -> None:
        """`caseload`: the name of a coordinator who sees only their own cases (None: every case)."""
        self._session_factory = sessionmaker(bind=engine, expire_on_commit=False)
        self.secrets: SecretWrap = secrets or StoredAsIs()
        self._caseload = caseload

    def __enter__(self) -> UnitOfWork:
        self.session: Session = self._session_factory()
        change_tracking.install(self.session)
        if self._caseload is not None:
            caseload.install(self.session, self._caseload)
        self.cases = CaseRepository(self.session)
        self.audit = AuditRepository(self.session)
        self.workspace = WorkspaceRepository(self.session)
        self.intake = IntakeRepository(self.session)
        self.consent = ConsentRepository(self.session)
        self.documents = DocumentRepository(self.session)
        self.sync = SyncRepository(self.session)
        self.accounts = AccountRepository(self.session)
        self.backoffice = BackOfficeRepository(self.session)
        self.monitor = MonitorRepository(self.session)
        self.privacy = PrivacyRepository(self.session)
        self.register = RegisterRepository(self.session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.session.rollback()
        self.session.close()
        if isinstance(exc, StaleDataError):  # at a flush or the commit, wherever the block was
            raise ConcurrentChange() from exc

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        """Drop what was not committed; the unit of work can go on with a new transaction."""
        self.session.rollback()

    def flush(self) -> None:
        self.session.flush()

    def savepoint(self) -> SessionTransaction:
        """`with uow.savepoint(): ...`: what the block changed is undone when it raises; the rest stays."""
        return self.session.begin_nested()

    def defer_foreign_keys(self) -> None:
        """Check foreign keys at commit instead of per statement (parents and children added or removed in one
        go)."""
        if self.session.get_bind().dialect.name == "sqlite":
            self.session.execute(text("PRAGMA defer_foreign_keys = ON"))
        else:
            self.session.execute(text("SET CONSTRAINTS ALL DEFERRED"))

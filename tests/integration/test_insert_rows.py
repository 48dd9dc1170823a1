"""The repositories' bulk insert (an import's records, merge bases and audit entries) stores on SQLite exactly what
SQLAlchemy's own executemany stores: the same text for every date, time, flag and number, column by column."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from app.demo.workspace import fill_with_demo_cases
from app.domain import WorkspaceKind
from app.sync.records import SYNCED_MODELS
from app.workspace.folder import create_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from db.models import AuditEntry, Case, ChecklistAnswer, Disclosure, RemoteAuditEntry
from db.repositories import Repository

COPIED = SYNCED_MODELS


def _empty(folder: Path, fast_kdf: KdfParams) -> OpenWorkspace:
    return create_workspace(folder, kind=WorkspaceKind.BACKOFFICE, municipality="Demostad", user_name="Test",
                            passphrase="a test passphrase only", kdf=fast_kdf)


def _rows(workspace: OpenWorkspace, model: type[Any]) -> list[dict[str, Any]]:
    """Every row of the table as Python values (dates as dates)."""
    with workspace.unit_of_work() as uow:
        return [dict(row) for row in uow.session.execute(select(model.__table__)).mappings()]


def _stored(workspace: OpenWorkspace, model: type[Any]) -> list[tuple[Any, ...]]:
    """Every row of the table as SQLite holds it, read past SQLAlchemy's conversions."""
    with workspace.unit_of_work() as uow:
        cursor = uow.session.connection().connection.cursor()
        key = ", ".join(column.name for column in model.__table__.primary_key)
        rows = cursor.execute(f"SELECT * FROM {model.__tablename__} ORDER BY {key}").fetchall()
        cursor.close()
        return [tuple(row) for row in rows]


def _disclosures(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One disclosure per case, each at another moment, half of them on a whole second."""
    return [{"id": str(uuid.uuid4()), "client_id": case["client_id"], "case_id": case["id"], "recipient": "office",
             "categories": "client,case_file", "means": "bundle", "reference": "bundle", "legal_basis": "public_task",
             "disclosed_at": datetime(2026, 12, 6, 19, 5) + timedelta(seconds=n, microseconds=n % 2 * 123456),
             "disclosed_by": "Test"} for n, case in enumerate(cases)]


def test_bulk_insert_stores_what_sqlalchemy_stores(tmp_path: Path, fast_kdf: KdfParams) -> None:
    source = _empty(tmp_path / "source", fast_kdf)
    fill_with_demo_cases(source, 60)
    by_core, by_repository = _empty(tmp_path / "core", fast_kdf), _empty(tmp_path / "repository", fast_kdf)
    copied: dict[type[Any], list[dict[str, Any]]] = {model: _rows(source, model) for model in COPIED}
    copied[RemoteAuditEntry] = [{"source_device_id": "the source", **row} for row in _rows(source, AuditEntry)]
    copied[Disclosure] = _disclosures(copied[Case])
    assert {model for model, rows in copied.items() if not rows} <= {ChecklistAnswer}  # the demo has no other gap
    copied = {model: rows for model, rows in copied.items() if rows}
    with by_core.unit_of_work() as uow:
        uow.defer_foreign_keys()
        for model, rows in copied.items():
            uow.session.execute(insert(model.__table__), rows)
        uow.commit()
    with by_repository.unit_of_work() as uow:
        uow.defer_foreign_keys()
        repository = Repository(uow.session)
        for model, rows in copied.items():
            repository.insert_rows(model, rows)
        uow.commit()
    for model in copied:
        assert _stored(by_repository, model) == _stored(by_core, model), model.__tablename__
    for model in copied.keys() & set(COPIED):
        assert _stored(by_core, model) == _stored(source, model), model.__tablename__


def test_a_column_sqlalchemy_fills_is_filled(tmp_path: Path, fast_kdf: KdfParams) -> None:
    """A row without its id (Disclosure's id comes from SQLAlchemy's default) still gets one."""
    source = _empty(tmp_path / "source", fast_kdf)
    fill_with_demo_cases(source, 20)
    rows = [{name: value for name, value in row.items() if name != "id"} for row in _disclosures(_rows(source, Case))]
    target = _empty(tmp_path / "target", fast_kdf)
    with target.unit_of_work() as uow:
        Repository(uow.session).insert_rows(Disclosure, rows)
        uow.commit()
    ids = [row[0] for row in _stored(target, Disclosure)]
    assert len(ids) == len(rows) and all(len(record_id) == 36 for record_id in ids)

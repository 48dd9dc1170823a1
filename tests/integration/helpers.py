"""Sample data and file helpers for the integration tests."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app.casework.cases import CaseData, Changes, ClientData, DetentionData, register_case
from app.workspace.session import OpenWorkspace

# A canary: this surname and BSN must never be readable in any file of the workspace or in the audit log.
CANARY_SURNAME = "Kanariepiet"
CANARY_GIVEN_NAMES = "Karel"
CANARY_BSN = "123456782"
TODAY = date(2024, 6, 15)


def client_data(surname: str = CANARY_SURNAME, bsn: str = CANARY_BSN, **changes: object) -> ClientData:
    fields: dict[str, object] = {
        "given_names": CANARY_GIVEN_NAMES,
        "surname": surname,
        "date_of_birth": date(1985, 4, 1),
        "bsn": bsn,
        "municipality_of_registration": "Teststad",
        "address": "Kanariestraat 1",
        "phone": "0612345678",
    }
    fields.update(changes)
    return ClientData(**fields)  # type: ignore[arg-type]


def detention_data(**changes: object) -> DetentionData:
    fields: dict[str, object] = {
        "prison": "PI Vught",
        "start_date": TODAY - timedelta(days=40),
        "expected_release_date": TODAY + timedelta(days=20),
    }
    fields.update(changes)
    return DetentionData(**fields)  # type: ignore[arg-type]


def register(workspace: OpenWorkspace, client: ClientData | None = None,
             detention: DetentionData | None = None, case: CaseData | None = None) -> Changes:
    return register_case(workspace, client or client_data(), detention or detention_data(),
                         case or CaseData(notes="eerste gesprek"), today=TODAY)


def file_contents(folder: Path) -> dict[Path, bytes]:
    """Every file under `folder`, read whole."""
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_byte(path: Path, offset: int) -> None:
    content = bytearray(path.read_bytes())
    content[offset] ^= 0x5A
    path.write_bytes(bytes(content))


def audit_rows(workspace: OpenWorkspace) -> list[dict[str, Any]]:
    """Every audit entry as a plain dict of all its columns, oldest first."""
    with workspace.unit_of_work() as uow:
        result = uow.session.execute(text("SELECT * FROM audit_entry ORDER BY seq"))
        return [dict(row) for row in result.mappings()]


def as_stored(value: object) -> object:
    """A value read with plain SQL as SQLite returns it (dates as ISO text), whichever engine returned it."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def plain_rows(workspace: OpenWorkspace, sql: str, **params: object) -> list[tuple[object, ...]]:
    """The rows of `sql`, their values as stored (see `as_stored`), for tests that look past the services."""
    with workspace.unit_of_work() as uow:
        return [tuple(as_stored(value) for value in row) for row in uow.session.execute(text(sql), params).all()]

"""Shared helpers for the sync acceptance tests: enrolled workspace pairs, sending and receiving bundles, crafting
correctly signed bundles with a payload of the test's choosing, a snapshot of a workspace's data, and the Dutch
text of an error.

Copied from tests/integration/test_sync_exchange.py where needed, so that the acceptance tests do not import the
private names of another test module.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from sqlalchemy import text

from app.audit import GENESIS_HASH
from app.casework.cases import CaseData, open_case, update_case
from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.sync.bundle_file import MAGIC, write_bundle
from app.sync.device import device_identity, enroll, own_identity_file
from app.sync.export import PAYLOAD_SCHEMA_VERSION, export_bundle
from app.sync.identity import read_public_identity
from app.sync.importer import ImportResult, import_bundle
from app.sync.payload import Payload, build_payload
from app.workspace.folder import create_workspace, unlock
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .helpers import client_data, register

SYNC_PASSPHRASE = "sync test passphrase"
COORDINATOR = "Coördinator Één"
MUNICIPALITY = "Teststad"
EXCHANGE_DAY = date(2024, 6, 15)
# The snapshot leaves out the audit log: refusing a bundle may be audited one day (it is not now).
UNSNAPSHOTTED = frozenset({"audit_entry"})
_LENGTH = struct.Struct(">I")

Snapshot = dict[str, list[tuple[Any, ...]]]


def create(folder: Path, kind: WorkspaceKind, user: str, kdf: KdfParams, municipality: str = MUNICIPALITY
           ) -> OpenWorkspace:
    return create_workspace(folder, kind=kind, municipality=municipality, user_name=user,
                            passphrase=SYNC_PASSPHRASE, kdf=kdf)


def enroll_with(here: OpenWorkspace, there: OpenWorkspace) -> None:
    """`here` registers `there` (one direction only: a device `here` knows, not necessarily one that knows it)."""
    data, _fingerprint = own_identity_file(there)
    enroll(here, read_public_identity(data))


def enroll_both(laptop: OpenWorkspace, office: OpenWorkspace) -> None:
    enroll_with(laptop, office)
    enroll_with(office, laptop)


OFFICE = "Backoffice Teststad"


@contextmanager
def enrolled_pair(folder: Path, kdf: KdfParams) -> Iterator[tuple[OpenWorkspace, OpenWorkspace]]:
    """A coordinator's laptop and the back office of one municipality, enrolled both ways; locked afterwards."""
    laptop = create(folder / "laptop", WorkspaceKind.COORDINATOR, COORDINATOR, kdf)
    office = create(folder / "office", WorkspaceKind.BACKOFFICE, OFFICE, kdf)
    try:
        enroll_both(laptop, office)
        yield laptop, office
    finally:
        for workspace in (laptop, office):
            if not workspace.is_locked:
                workspace.lock()


def transfer(source: OpenWorkspace, target: OpenWorkspace, folder: Path, name: str) -> ImportResult:
    """A bundle from `source`, read in by `target`."""
    return receive(target, send(source, target, folder, name))


def send(source: OpenWorkspace, target: OpenWorkspace, folder: Path, name: str) -> Path:
    path = folder / f"{name}.terugkeer"
    export_bundle(source, target.actor.device_id, path, today=EXCHANGE_DAY)
    return path


def receive(target: OpenWorkspace, path: Path) -> ImportResult:
    return import_bundle(target, path)


class CancelAtOnce:
    """A progress report whose user has cancelled before the first step."""

    def update(self, done: int, total: int) -> None:
        pass

    @property
    def cancelled(self) -> bool:
        return True


def reopen(workspace: OpenWorkspace) -> OpenWorkspace:
    return unlock(workspace.folder, SYNC_PASSPHRASE)


def add_case(workspace: OpenWorkspace, **client: Any) -> str:
    return register(workspace, client_data(**client), case=CaseData(coordinator=COORDINATOR)).case_ids[0]


def edit_client(workspace: OpenWorkspace, case_id: str, **changes: Any) -> None:
    file = open_case(workspace, case_id)
    update_case(workspace, case_id, file.version, replace(file.client, **changes), file.detention, file.case)


def rows(workspace: OpenWorkspace, sql: str) -> list[tuple[Any, ...]]:
    with workspace.unit_of_work() as uow:
        return [tuple(row) for row in uow.session.execute(text(sql)).all()]


def snapshot(workspace: OpenWorkspace) -> Snapshot:
    """Every row of every table but the audit log, ordered by primary key (rowid for a table without one)."""
    result: Snapshot = {}
    with workspace.unit_of_work() as uow:
        tables = [str(name) for (name,) in uow.session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).all()]
        for table in tables:
            if table in UNSNAPSHOTTED:
                continue
            info = uow.session.execute(text(f'PRAGMA table_info("{table}")')).all()
            keys = [str(column[1]) for column in sorted(info, key=lambda column: column[5]) if column[5] > 0]
            order = ", ".join(f'"{key}"' for key in keys) if keys else "rowid"
            result[table] = [tuple(row) for row in uow.session.execute(
                text(f'SELECT * FROM "{table}" ORDER BY {order}')).all()]
    return result


def craft_bundle(path: Path, sender: OpenWorkspace, recipient: OpenWorkspace, payload: bytes, *, sequence: int = 1,
                 audit_chain_head: str = GENESIS_HASH, previous_bundle_hash: str = "",
                 record_count: int = 0) -> Path:
    """A bundle signed with the sender's real device keys and sealed to the recipient's real key, whatever its
    payload holds: what a buggy or hostile enrolled device could send."""
    with sender.unit_of_work() as uow:
        identity = device_identity(uow)
    with recipient.unit_of_work() as uow:
        recipient_public = device_identity(uow).public()
    info = write_bundle(path, sender=identity, recipient=recipient_public, payload=payload,
                        schema_version=PAYLOAD_SCHEMA_VERSION, sequence=sequence,
                        previous_bundle_hash=previous_bundle_hash, audit_chain_head=audit_chain_head,
                        counts={"records": record_count}, record_count=record_count)
    return info.path


def empty_payload(**changes: Any) -> Payload:
    fields: dict[str, Any] = {"records": (), "templates": (), "audit": (), "ack_sequence": 0, "case_count": 0}
    fields.update(changes)
    return Payload(**fields)


def payload_bytes(**changes: Any) -> bytes:
    return build_payload(empty_payload(**changes))


def prefix_length(data: bytes) -> int:
    """Where the chunk section of a bundle starts: after the magic and the header, manifest and signature frames."""
    position = len(MAGIC)
    for _frame in range(3):
        (length,) = _LENGTH.unpack_from(data, position)
        position += _LENGTH.size + length
    return position


def frame_bounds(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of the header, manifest and signature frames' contents."""
    bounds = []
    position = len(MAGIC)
    for _frame in range(3):
        (length,) = _LENGTH.unpack_from(data, position)
        bounds.append((position + _LENGTH.size, position + _LENGTH.size + length))
        position += _LENGTH.size + length
    return bounds


def replace_header(data: bytes, header: bytes) -> bytes:
    """The bundle with its cleartext header frame replaced (length prefix adjusted)."""
    (_start, end), *_rest = frame_bounds(data)
    return data[: len(MAGIC)] + _LENGTH.pack(len(header)) + header + data[end:]


# --- Dutch messages ----------------------------------------------------------------------------------------------

_ROOT = Path(__file__).resolve().parents[2]
_TS_FILE = _ROOT / "resources" / "translations" / "terugkeer_nl.ts"
_compiled: dict[str, Path] = {}


def _dutch_qm(scratch: Path) -> Path:
    """The Dutch translations compiled from the current .ts (the checked-in .qm may lag behind it)."""
    if "qm" not in _compiled:
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        assert lrelease, f"pyside6-lrelease not found next to {sys.executable}"
        target = scratch / "terugkeer_nl.qm"
        result = subprocess.run([lrelease, "-silent", str(_TS_FILE), "-qm", str(target)], capture_output=True,
                                text=True, timeout=120, check=False)
        assert result.returncode == 0, f"pyside6-lrelease failed:\n{result.stdout}\n{result.stderr}"
        _compiled["qm"] = target
    return _compiled["qm"]


def dutch_and_english_text(app: QCoreApplication, error: TerugkeerError, scratch: Path) -> tuple[str, str]:
    """`ui.texts.messages.error_text(error)` with the Dutch translations installed, and without them (English)."""
    from ui.texts.messages import error_text

    translator = QTranslator(app)
    assert translator.load(str(_dutch_qm(scratch))), "the Dutch translations did not load"
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    app.installTranslator(translator)
    try:
        dutch = error_text(error)
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(previous)
    return dutch, error_text(error)


def generic_text(app: QCoreApplication, code: str, scratch: Path) -> str:
    """The Dutch catch-all sentence an error without its own text gets ("Er ging iets mis (code) ...")."""
    return dutch_and_english_text(app, TerugkeerError("code_that_has_no_text_" + code), scratch)[0].replace(
        "code_that_has_no_text_" + code, code)


def assert_dutch_message(app: QCoreApplication, error: TerugkeerError, scratch: Path) -> str:
    """The error reads as a Dutch sentence (translated, every placeholder filled); returns it."""
    dutch, english = dutch_and_english_text(app, error, scratch)
    assert dutch.strip(), f"no message at all for {error.code}"
    assert dutch != english, f"{error.code}: the message is not translated into Dutch: {english!r}"
    assert "{" not in dutch and "}" not in dutch, f"{error.code}: a placeholder left in {dutch!r}"
    return dutch

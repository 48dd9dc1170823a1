"""The back office's audit screen and a client's access history show what happened on the coordinator's laptop
too, once its bundle is read in: each line names its device ("laptop of …" beside the office's own "this PC")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, cell_text

from app.casework.cases import CaseData, ClientData, DetentionData, open_case, register_case
from app.domain import WorkspaceKind
from app.settings import Settings
from app.sync.device import enroll, own_identity_file
from app.sync.export import export_bundle
from app.sync.identity import read_public_identity
from app.sync.importer import import_bundle
from app.workspace.folder import create_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from ui.case.access_history import AccessHistoryDialog
from ui.context import WorkspaceContext
from ui.operations import Operations
from ui.privacy.audit_screen import AuditScreen

COORDINATOR = "Test Coördinator"  # the `workspace` fixture's user: the laptop's coordinator
ON_THE_LAPTOP = f"laptop of {COORDINATOR}"


@pytest.fixture
def office(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[OpenWorkspace]:
    opened = create_workspace(tmp_path / "office", kind=WorkspaceKind.BACKOFFICE, municipality="Teststad",
                              user_name="Backoffice", passphrase="audit trail test passphrase", kdf=fast_kdf)
    yield opened
    if not opened.is_locked:
        opened.lock()


@pytest.fixture
def office_context(office: OpenWorkspace, tmp_path: Path, qapp: object) -> Iterator[WorkspaceContext]:
    operations = Operations()
    yield WorkspaceContext(office, operations, Settings(), tmp_path / "office-config")
    operations.wait_until_idle()


@pytest.fixture
def client_id(workspace: OpenWorkspace, office: OpenWorkspace, tmp_path: Path) -> str:
    """A case registered and looked at on the laptop (the `workspace` fixture), whose bundle the office read in."""
    for here, there in ((workspace, office), (office, workspace)):
        enroll(here, read_public_identity(own_identity_file(there)[0]))
    case_id = register_case(workspace, ClientData(given_names="Kees", surname="Spoor", date_of_birth=date(1980, 5, 17)),
                            DetentionData(prison="PI Vught", start_date=date(2026, 1, 5)),
                            CaseData(coordinator=COORDINATOR)).case_ids[0]
    open_case(workspace, case_id)
    add_case(office, "Kantoor")  # the office's own entries, to be told apart
    path = tmp_path / "laptop.terugkeer"
    export_bundle(workspace, office.actor.device_id, path)
    import_bundle(office, path)
    return open_case(workspace, case_id).client_id


def _column(table: AuditScreen | AccessHistoryDialog, column: int) -> list[str]:
    return [cell_text(table.table, row, column) for row in range(table.table.rowCount())]


def test_the_audit_screen_shows_the_laptops_entries_by_device(
        qtbot: QtBot, office_context: WorkspaceContext, client_id: str) -> None:
    screen = AuditScreen(office_context)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    devices = _column(screen, 8)
    assert set(devices) == {ON_THE_LAPTOP, "this PC"}
    from_laptop = [row for row, device in enumerate(devices) if device == ON_THE_LAPTOP]
    assert {cell_text(screen.table, row, 7) for row in from_laptop} >= {"Client", "Detention", "Case"}
    assert {cell_text(screen.table, row, 2) for row in from_laptop} == {"Created", "Viewed"}
    assert {cell_text(screen.table, row, 5) for row in from_laptop} == {"Coordinator"}


def test_the_access_history_shows_the_laptops_entries_by_device(
        qtbot: QtBot, office_context: WorkspaceContext, client_id: str) -> None:
    dialog = AccessHistoryDialog(office_context, client_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    devices = _column(dialog, 5)
    assert devices[:4] == [ON_THE_LAPTOP] * 4  # created client, detention, case; viewed the case
    assert _column(dialog, 1)[:4] == ["Created", "Created", "Created", "Viewed"]
    assert devices[4:] == ["this PC"] * (len(devices) - 4)  # the office read the bundle in afterwards

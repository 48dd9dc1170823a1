"""The register follows what someone else changes while it is open: on a workspace folder when it asks, on the
server as soon as the server announces the commit, without reading everything again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from postgres_cluster import ServerDatabase
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, wait_idle

from app.casework.cases import open_case, update_case
from app.permissions import Role
from app.policy import Policy
from app.settings import Settings
from app.workspace.accounts import add_account
from app.workspace.folder import EmbeddedWorkspace, unlock
from app.workspace.session import OpenWorkspace
from ui.context import WorkspaceContext
from ui.operations import Operations
from ui.register.screen import RegisterScreen
from ui.widgets.change_watcher import ChangeWatcher

KIM = ("kbakker", "kim's own long passphrase")


def _watched_register(qtbot: QtBot, context: WorkspaceContext) -> tuple[RegisterScreen, ChangeWatcher]:
    register = RegisterScreen(context)
    qtbot.addWidget(register)
    with qtbot.waitSignal(register.loaded, timeout=10_000):
        register.load()
    watcher = ChangeWatcher(context)
    watcher.start()
    wait_idle(qtbot, context)  # the first answer: where to watch from
    return register, watcher


def _kim_renames(kim: OpenWorkspace, case_id: str) -> None:
    file = open_case(kim, case_id)
    update_case(kim, case_id, file.version, replace(file.client, surname="Hernoemd"), file.detention, file.case)
    kim.lock()


def test_a_folder_s_register_shows_another_process_s_change(qtbot: QtBot, office_context: WorkspaceContext) -> None:
    office = office_context.workspace
    assert isinstance(office, EmbeddedWorkspace)
    case_id = add_case(office, "Oudenaam")
    add_account(office, *KIM[:1], "Kim Bakker", frozenset({Role.BACKOFFICE}), KIM[1])
    register, watcher = _watched_register(qtbot, office_context)
    _kim_renames(unlock(office.folder, KIM[1], KIM[0]), case_id)
    watcher.check()  # what its timer does now and then
    qtbot.waitUntil(lambda: register.model.rows_of([case_id])[case_id].name.startswith("Hernoemd"), timeout=10_000)
    watcher.stop()


@pytest.fixture
def server_context(server: ServerDatabase, tmp_path: Path, qapp: object) -> Iterator[WorkspaceContext]:
    server.add_account("tleider", "Tom Leider", frozenset({Role.SUPERVISOR, Role.BACKOFFICE}), KIM[1])
    server.add_account(KIM[0], "Kim Bakker", frozenset({Role.BACKOFFICE}), KIM[1])
    workspace = server.connect("tleider", KIM[1])
    operations = Operations()
    yield WorkspaceContext(workspace, operations, Settings(), tmp_path / "config", Policy())
    operations.wait_until_idle()
    workspace.lock()


@pytest.mark.server
def test_the_server_s_register_follows_at_once(qtbot: QtBot, server_context: WorkspaceContext,
                                               server: ServerDatabase) -> None:
    case_id = add_case(server_context.workspace, "Oudenaam")
    register, watcher = _watched_register(qtbot, server_context)
    _kim_renames(server.connect(*KIM), case_id)  # no one asks: the server's announcement starts the refresh

    def shown_name() -> str:
        row = register.model.row_at(register.model.index_of(case_id))
        return row.name if row is not None else ""

    qtbot.waitUntil(lambda: shown_name().startswith("Hernoemd"), timeout=10_000)
    watcher.stop()

"""Minimising data on both sides: a coordinator's laptop cleans up the cases the back office confirmed (the purge
dialog, from the Synchronisation screen), and the back office erases cases past their retention period (the
retention dialog and its second confirmation)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import wait_idle

from app.casework.cases import CaseData, ClientData, DetentionData, open_case, register_case, update_case
from app.casework.consent_terms import consent_terms
from app.domain import CaseStatus, WorkspaceKind
from app.errors import TerugkeerError
from app.privacy.erasure import confirmation_code
from app.settings import Settings
from app.sync.device import enroll, own_identity_file
from app.sync.export import export_bundle
from app.sync.identity import read_public_identity
from app.sync.importer import import_bundle
from app.workspace.folder import create_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.context import WorkspaceContext
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.privacy.erasure_dialog import ErasureDialog
from ui.privacy.purge_dialog import PurgeDialog
from ui.privacy.retention_dialog import RetentionDialog
from ui.sync.screen import SyncScreen

COORDINATOR = "Test Coördinator"  # the `workspace` fixture's user
LONG_AGO = date(2015, 3, 2)  # closed: past the purge's two weeks and the retention period


@pytest.fixture
def office(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[OpenWorkspace]:
    opened = create_workspace(tmp_path / "office", kind=WorkspaceKind.BACKOFFICE, municipality="Teststad",
                              user_name="Backoffice", passphrase="privacy test passphrase", kdf=fast_kdf)
    yield opened
    if not opened.is_locked:
        opened.lock()


@pytest.fixture
def office_context(office: OpenWorkspace, tmp_path: Path, qapp: object) -> Iterator[WorkspaceContext]:
    operations = Operations()
    yield WorkspaceContext(office, operations, Settings(), tmp_path / "office-config")
    operations.wait_until_idle()


def enroll_pair(laptop: OpenWorkspace, office: OpenWorkspace) -> None:
    for here, there in ((laptop, office), (office, laptop)):
        data, _fingerprint = own_identity_file(there)
        enroll(here, read_public_identity(data))


def exchange(laptop: OpenWorkspace, office: OpenWorkspace, folder: Path, name: str) -> None:
    """A bundle up and one back: the back office confirms what it holds."""
    for source, target, suffix in ((laptop, office, "up"), (office, laptop, "down")):
        path = folder / f"{name}-{suffix}.terugkeer"
        export_bundle(source, target.actor.device_id, path)
        import_bundle(target, path)


def add_case(workspace: OpenWorkspace, surname: str, bsn: str, closed_on: date | None) -> str:
    case = (CaseData(status=CaseStatus.CLOSED, status_dates={CaseStatus.CLOSED: closed_on}, coordinator=COORDINATOR)
            if closed_on is not None else CaseData(coordinator=COORDINATOR))
    start = min(closed_on or date.today(), date.today()) - timedelta(days=60)
    return register_case(workspace,
                         ClientData(given_names="Kees", surname=surname, date_of_birth=date(1980, 5, 17), bsn=bsn),
                         DetentionData(prison="PI Vught", start_date=start), case).case_ids[0]


def exists(workspace: OpenWorkspace, case_id: str) -> bool:
    try:
        open_case(workspace, case_id)
    except TerugkeerError as error:
        assert error.code == "case_not_found"
        return False
    return True


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def short(case_id: str) -> str:
    return case_id[:8]


# --- the laptop's purge -------------------------------------------------------------------------------------------


def test_the_purge_dialog_lists_what_goes_and_what_waits_and_cleans_up(
        qtbot: QtBot, context: WorkspaceContext, office: OpenWorkspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = context.workspace
    enroll_pair(laptop, office)
    gone = add_case(laptop, "Zuiverpurge", "123456782", LONG_AGO)
    changed_since = add_case(laptop, "Wachtrij", "999990019", LONG_AGO)
    recent = add_case(laptop, "Pasgesloten", "999990032", date.today() - timedelta(days=3))
    still_open = add_case(laptop, "Openstaand", "111222333", None)
    exchange(laptop, office, tmp_path, "first")
    # Changed after the back office confirmed it: waits for the next exchange.
    file = open_case(laptop, changed_since)
    update_case(laptop, changed_since, file.version, replace(file.client, phone="0699999999"),
                file.detention, file.case)

    screen = SyncScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    assert screen.purge_button.isVisible()
    assert screen.purge_count.text() == "Cases that can leave this laptop now: 1. The back office has them."
    click(qtbot, screen.purge_button)
    dialog = screen.dialog
    assert isinstance(dialog, PurgeDialog)
    qtbot.waitUntil(lambda: dialog.due_table.rowCount() == 1, timeout=10_000)
    assert dialog.due_table.texts(0) == [short(gone), "closed on 02-03-2015"]
    waiting = sorted(dialog.waiting_table.texts(row) for row in range(dialog.waiting_table.rowCount()))
    leaves_on = (date.today() - timedelta(days=3) + timedelta(days=14)).strftime("%d-%m-%Y")
    closed_on = (date.today() - timedelta(days=3)).strftime("%d-%m-%Y")
    assert waiting == sorted([
        [short(changed_since), "closed; waiting for the back office to confirm (exchange bundles first)"],
        [short(recent), f"closed on {closed_on}; leaves on {leaves_on}"]])
    assert "Zuiverpurge" not in str(waiting)

    questions: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _parent, question: questions.append(question) or True)
    with qtbot.waitSignal(dialog.purged, timeout=10_000) as purged:
        click(qtbot, dialog.purge_button)
    assert purged.args == [(gone,)] and len(questions) == 1
    qtbot.waitUntil(lambda: dialog.due_table.rowCount() == 0, timeout=10_000)
    assert dialog.message.text() == "1 case was removed from this laptop."
    assert not dialog.purge_button.isEnabled()
    wait_idle(qtbot, context)
    assert not exists(laptop, gone)
    assert all(exists(laptop, case_id) for case_id in (changed_since, recent, still_open))
    assert exists(office, gone)  # the back office keeps it
    qtbot.waitUntil(lambda: screen.purge_count.text() == "Nothing can leave this laptop now.", timeout=10_000)


def test_saying_no_purges_nothing(qtbot: QtBot, context: WorkspaceContext, office: OpenWorkspace, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = context.workspace
    enroll_pair(laptop, office)
    case_id = add_case(laptop, "Blijftstaan", "123456782", LONG_AGO)
    exchange(laptop, office, tmp_path, "first")
    dialog = PurgeDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _parent, _question: False)
    click(qtbot, dialog.purge_button)
    wait_idle(qtbot, context)
    assert exists(laptop, case_id)


def test_the_back_office_screen_offers_no_purge(qtbot: QtBot, office_context: WorkspaceContext) -> None:
    screen = SyncScreen(office_context)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    assert not screen.purge_button.isVisible() and screen.purge_count.text() == ""


# --- the back office's erasure ------------------------------------------------------------------------------------


def open_retention(qtbot: QtBot, context: WorkspaceContext) -> RetentionDialog:
    dialog = RetentionDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def test_a_case_is_erased_through_the_confirmation(qtbot: QtBot, office_context: WorkspaceContext) -> None:
    office = office_context.workspace
    first = add_case(office, "Vergeetmij", "123456782", LONG_AGO)
    second = add_case(office, "Ooklang", "999990019", LONG_AGO + timedelta(days=10))
    kept = add_case(office, "Nogbinnen", "999990032", date.today() - timedelta(days=30))
    dialog = open_retention(qtbot, office_context)
    years = consent_terms().retention_years
    assert [dialog.table.texts(row) for row in range(dialog.table.rowCount())] == [
        [short(first), "02-03-2015", f"02-03-{2015 + years}"], [short(second), "12-03-2015", f"12-03-{2015 + years}"]]
    assert dialog.message.text() == "Cases past their retention period: 2."

    dialog.table.selectRow(0)
    click(qtbot, dialog.erase_button)
    confirm = dialog.erasure_dialog
    assert isinstance(confirm, ErasureDialog) and confirm.isVisible()
    assert confirm.code_shown.text() == confirmation_code(first)
    assert not confirm.confirm_button.isEnabled()
    qtbot.keyClicks(confirm.reason, "Bewaartermijn verstreken")
    qtbot.keyClicks(confirm.typed_code, confirmation_code(second))  # the wrong case's code
    assert not confirm.confirm_button.isEnabled()
    confirm.typed_code.clear()
    qtbot.keyClicks(confirm.typed_code, confirmation_code(first).upper())
    assert confirm.confirm_button.isEnabled()
    with qtbot.waitSignal(dialog.erased, timeout=10_000) as erased:
        click(qtbot, confirm.confirm_button)
    assert erased.args == [first]
    assert not confirm.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.texts(0)[0] == short(second)
    assert dialog.message.text() == f"Case {short(first)} was erased. Cases past their retention period: 1."
    wait_idle(qtbot, office_context)
    assert not exists(office, first) and exists(office, second) and exists(office, kept)


def test_without_a_reason_the_erasure_cannot_be_confirmed(qtbot: QtBot, office_context: WorkspaceContext) -> None:
    case_id = add_case(office_context.workspace, "Vergeetmij", "123456782", LONG_AGO)
    dialog = open_retention(qtbot, office_context)
    click(qtbot, dialog.erase_button)
    confirm = dialog.erasure_dialog
    assert confirm is not None
    qtbot.keyClicks(confirm.typed_code, confirmation_code(case_id))
    assert not confirm.confirm_button.isEnabled()
    qtbot.keyClicks(confirm.reason, "   ")
    assert not confirm.confirm_button.isEnabled()
    confirm.reject()
    wait_idle(qtbot, office_context)
    assert exists(office_context.workspace, case_id)


# --- the entries in the View menu ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["laptop", "office"])
def test_each_kind_of_workspace_has_its_own_menu_entry(qtbot: QtBot, context: WorkspaceContext, office: OpenWorkspace,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       kind: str) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = MainWindow(Settings(), tmp_path / "config")
    qtbot.addWidget(window)
    window.open_workspace(context.workspace if kind == "laptop" else office)
    view = window.view
    assert view is not None
    assert (window.purge_action.isVisible(), window.retention_action.isVisible()) == (
        (True, False) if kind == "laptop" else (False, True))
    if kind == "laptop":
        window.purge_action.trigger()
        assert view.currentWidget() is view.sync_screen and isinstance(view.sync_screen.dialog, PurgeDialog)
        dialog: object = view.sync_screen.dialog
    else:
        window.retention_action.trigger()
        dialog = view.retention_dialog
        assert isinstance(dialog, RetentionDialog) and dialog.isVisible()
    assert isinstance(dialog, PurgeDialog | RetentionDialog)
    wait_idle(qtbot, context)
    window.lock(ask=False)
    assert not dialog.isVisible()

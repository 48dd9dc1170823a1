"""The Synchronisation screen over two real encrypted workspaces, a coordinator laptop (`workspace`) and a back
office: adding and revoking devices through the dialogs, making a bundle with a case held back, reading bundles (one
of them tampered with), Cancel during a run of bundles, locking during one, and resolving a conflict."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from ui_helpers import cell_text, wait_idle

from app.casework.cases import CaseData, ClientData, DetentionData, open_case, register_case, update_case
from app.casework.consent import record_consent, revoke
from app.casework.consent_terms import HowGiven, RevocationScope
from app.domain import WorkspaceKind
from app.settings import Settings
from app.sync.device import enroll, own_identity_file, peers
from app.sync.export import export_bundle
from app.sync.identity import read_public_identity
from app.sync.importer import import_bundle
from app.workspace.folder import create_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.context import WorkspaceContext
from ui.i18n import install_translations
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.sync.bundle_reports import ExportSummaryDialog, ImportResultsDialog
from ui.sync.bundle_runs import BundleImport
from ui.sync.conflict_dialog import ConflictDialog
from ui.sync.device_dialogs import EnrollDialog, RevokeDeviceDialog
from ui.sync.screen import SyncScreen

OFFICE_USER = "Backoffice Teststad"


@pytest.fixture
def office(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[OpenWorkspace]:
    opened = create_workspace(tmp_path / "office", kind=WorkspaceKind.BACKOFFICE, municipality="Teststad",
                              user_name=OFFICE_USER, passphrase="sync test passphrase", kdf=fast_kdf)
    yield opened
    if not opened.is_locked:
        opened.lock()


@pytest.fixture
def office_context(office: OpenWorkspace, tmp_path: Path, qapp: object) -> Iterator[WorkspaceContext]:
    operations = Operations()
    yield WorkspaceContext(office, operations, Settings(), tmp_path / "office-config")
    operations.wait_until_idle()


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, message: shown.append(message))
    return shown


@pytest.fixture
def dutch(app_language: QApplication) -> None:
    install_translations(app_language, "nl")


def open_screen(qtbot: QtBot, context: WorkspaceContext) -> SyncScreen:
    screen = SyncScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1280, 700)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    return screen


def identity_file(workspace: OpenWorkspace, folder: Path) -> Path:
    path = folder / f"{workspace.actor.device_id}.json"
    data, _fingerprint = own_identity_file(workspace)
    path.write_bytes(data)
    return path


def enroll_pair(laptop: OpenWorkspace, office: OpenWorkspace) -> None:
    for here, there in ((laptop, office), (office, laptop)):
        data, _fingerprint = own_identity_file(there)
        enroll(here, read_public_identity(data))


def add_case(workspace: OpenWorkspace, surname: str, bsn: str = "") -> str:
    """A case of the laptop's coordinator, so it travels both ways."""
    changes = register_case(
        workspace,
        ClientData(given_names="Kees", surname=surname, date_of_birth=date(1980, 5, 17), bsn=bsn,
                   phone="0611111111"),
        DetentionData(prison="PI Vught", start_date=date.today() - timedelta(days=40)),
        CaseData(coordinator="Test Coördinator"))
    return changes.case_ids[0]


def send(source: OpenWorkspace, target: OpenWorkspace, path: Path) -> Path:
    export_bundle(source, target.actor.device_id, path)
    return path


def receive(target: OpenWorkspace, path: Path) -> None:
    import_bundle(target, path)


def client(workspace: OpenWorkspace, case_id: str) -> ClientData:
    return open_case(workspace, case_id).client


def edit_client(workspace: OpenWorkspace, case_id: str, **changes: object) -> None:
    file = open_case(workspace, case_id)
    update_case(workspace, case_id, file.version, replace(file.client, **changes), file.detention,
                file.case)


def count(workspace: OpenWorkspace, table: str) -> int:
    with workspace.unit_of_work() as uow:
        return int(uow.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def label_text(parent: QWidget, name: str) -> str:
    label = parent.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- devices ----------------------------------------------------------------------------------------------------


def test_a_device_is_added_after_its_fingerprint_is_shown(qtbot: QtBot, context: WorkspaceContext,
                                                          office: OpenWorkspace, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    key = identity_file(office, tmp_path)
    monkeypatch.setattr(dialogs, "ask_identity_file", lambda _parent, _start: key)
    screen = open_screen(qtbot, context)
    assert screen.peer_table.rowCount() == 0 and not screen.export_button.isEnabled()
    click(qtbot, screen.add_device_button)
    dialog = screen.dialog
    assert isinstance(dialog, EnrollDialog) and dialog.isVisible()
    _data, fingerprint = own_identity_file(office)
    assert dialog.fingerprint.text() == fingerprint
    assert dialog.fingerprint.font().pointSize() > dialog.font().pointSize()
    assert [label_text(dialog, name) for name in ("identityLabel", "identityKind", "identityMunicipality")] == [
        OFFICE_USER, "Back office", "Teststad"]
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        click(qtbot, dialog.confirm_button)
    assert screen.dialog is None
    assert [cell_text(screen.peer_table, 0, column) for column in (0, 1, 2, 3, 5)] == [
        OFFICE_USER, "Back office", "Teststad", fingerprint, "Active"]
    assert cell_text(screen.peer_table, 0, 4) == date.today().strftime("%d-%m-%Y")
    assert screen.export_button.isEnabled()
    assert [peer.device_id for peer in peers(context.workspace)] == [office.actor.device_id]


def test_cancelling_the_comparison_adds_nothing(qtbot: QtBot, context: WorkspaceContext, office: OpenWorkspace,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = identity_file(office, tmp_path)
    monkeypatch.setattr(dialogs, "ask_identity_file", lambda _parent, _start: key)
    screen = open_screen(qtbot, context)
    click(qtbot, screen.add_device_button)
    dialog = screen.dialog
    assert isinstance(dialog, EnrollDialog)
    dialog.reject()
    wait_idle(qtbot, context)
    assert screen.dialog is None
    assert peers(context.workspace) == []


def test_a_refused_key_file_is_explained_and_adds_nothing(qtbot: QtBot, context: WorkspaceContext,
                                                          tmp_path: Path, shown_errors: list[Exception],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    own = identity_file(context.workspace, tmp_path)  # this laptop's own file
    monkeypatch.setattr(dialogs, "ask_identity_file", lambda _parent, _start: own)
    screen = open_screen(qtbot, context)
    click(qtbot, screen.add_device_button)
    dialog = screen.dialog
    assert isinstance(dialog, EnrollDialog)
    click(qtbot, dialog.confirm_button)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert [getattr(error, "code", None) for error in shown_errors] == ["enroll_self"]
    assert dialog.isVisible() and dialog.isEnabled()  # the user decides again


def test_saving_the_key_file(qtbot: QtBot, context: WorkspaceContext, tmp_path: Path, infos: list[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "stick" / "sleutel.json"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_identity_file", lambda _parent, _suggested: target)
    screen = open_screen(qtbot, context)
    click(qtbot, screen.save_key_button)
    qtbot.waitUntil(lambda: bool(infos), timeout=10_000)
    identity = read_public_identity(target.read_bytes())
    assert identity.device.fingerprint == screen.fingerprint.text()
    assert identity.device.device_id == context.workspace.actor.device_id
    assert "no client data" in infos[0] and screen.fingerprint.text() in infos[0]


def test_revoking_needs_a_reason_and_then_refuses_the_device(qtbot: QtBot, context: WorkspaceContext,
                                                             office: OpenWorkspace, office_context: WorkspaceContext,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    enroll_pair(context.workspace, office)
    add_case(context.workspace, "Ingetrokken")
    bundle = send(context.workspace, office, tmp_path / "late.terugkeer")
    screen = open_screen(qtbot, office_context)
    screen.peer_table.selectRow(0)
    click(qtbot, screen.revoke_button)
    dialog = screen.dialog
    assert isinstance(dialog, RevokeDeviceDialog)
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Laptop kwijt")
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        click(qtbot, dialog.confirm_button)
    assert cell_text(screen.peer_table, 0, 5) == f"Revoked on {date.today():%d-%m-%Y}: Laptop kwijt"
    assert not screen.export_button.isEnabled()  # no bundles for a revoked device

    monkeypatch.setattr(dialogs, "ask_bundle_files", lambda _parent, _start: [bundle])
    click(qtbot, screen.import_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ImportResultsDialog), timeout=10_000)
    results = screen.dialog
    assert isinstance(results, ImportResultsDialog)
    assert results.result_text(0).startswith("Refused: The bundle")
    assert "a device that was revoked" in results.result_text(0)
    assert count(office, "case_file") == 0


# --- bundles ----------------------------------------------------------------------------------------------------


def test_a_bundle_is_made_and_lists_the_case_held_back(qtbot: QtBot, dutch: None, context: WorkspaceContext,
                                                       office: OpenWorkspace, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = context.workspace
    enroll_pair(laptop, office)
    add_case(laptop, "Meegestuurd")
    held = add_case(laptop, "Achtergehouden", bsn="111222333")
    _changes, consent_id = record_consent(
        laptop, held, purposes=("aftercare",), categories=("identity",), recipients=("uwv",),
        given_on=date.today() - timedelta(days=10), how_given=HowGiven.SIGNED_ON_PAPER)
    revoke(laptop, consent_id, date.today() - timedelta(days=1), RevocationScope.WHOLE,
           reason="wil niet meer")
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(dialogs, "ask_export_folder", lambda _parent, _start: stick)
    screen = open_screen(qtbot, context)
    click(qtbot, screen.export_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ExportSummaryDialog), timeout=20_000)
    summary = screen.dialog
    assert isinstance(summary, ExportSummaryDialog)
    [bundle] = stick.iterdir()
    assert bundle.name.startswith(f"terugkeer-{laptop.actor.device_id[:8]}-") and bundle.suffix == ".terugkeer"
    assert "Meegestuurd" not in bundle.name and b"Meegestuurd" not in bundle.read_bytes()
    assert summary.windowTitle() == "Bundel gemaakt"
    assert label_text(summary, "bundleFileName") == bundle.name
    table = summary.held_back_table
    assert table is not None and table.rowCount() == 1
    assert cell_text(table, 0, 0) == held[:8]
    assert cell_text(table, 0, 1).startswith("geen geldige toestemming en geen grondslag")

    receive(office, bundle)  # the bundle is whole, and holds the case that may go
    assert count(office, "case_file") == 1


def test_bundles_are_read_one_by_one_and_a_tampered_one_is_refused(
        qtbot: QtBot, dutch: None, context: WorkspaceContext, office: OpenWorkspace,
        office_context: WorkspaceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = context.workspace
    enroll_pair(laptop, office)
    first_case = add_case(laptop, "Eerste")
    first = send(laptop, office, tmp_path / "a-1.terugkeer")
    second_case = add_case(laptop, "Tweede", bsn="111222333")
    second = send(laptop, office, tmp_path / "b-2.terugkeer")
    tampered = tmp_path / "c-kapot.terugkeer"
    shutil.copyfile(second, tampered)
    content = bytearray(tampered.read_bytes())
    content[-20] ^= 0x5A
    tampered.write_bytes(bytes(content))
    monkeypatch.setattr(dialogs, "ask_bundle_files", lambda _parent, _start: [first, second, tampered])
    screen = open_screen(qtbot, office_context)
    with qtbot.waitSignal(screen.records_changed, timeout=20_000):
        click(qtbot, screen.import_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ImportResultsDialog), timeout=10_000)
    results = screen.dialog
    assert isinstance(results, ImportResultsDialog)
    assert results.windowTitle() == "Bundels ingelezen"
    table = results.table
    assert table.rowCount() == 3
    assert [cell_text(table, row, 0) for row in range(3)] == [first.name, second.name, tampered.name]
    assert [cell_text(table, row, 1) for row in range(2)] == ["Test Coördinator"] * 2
    assert [cell_text(table, row, 2) for row in range(2)] == ["1", "2"]
    assert [cell_text(table, 0, column) for column in range(3, 7)] == ["3", "0", "0", "0"]
    assert results.result_text(0) == results.result_text(1) == "Ingelezen"
    refusal = results.result_text(2)
    assert refusal.startswith(f"Geweigerd: De bundel {tampered.name} is veranderd of beschadigd")
    assert refusal.endswith("er is niets ingelezen.")
    assert results.summary.text().startswith("Ingelezen: 2. Al eerder ingelezen: 0. Geweigerd: 1.")
    assert client(office, first_case).surname == "Eerste" and client(office, second_case).surname == "Tweede"
    assert count(office, "sync_received") == 2


def test_a_folder_is_read_in_sorted_and_again_changes_nothing(qtbot: QtBot, context: WorkspaceContext,
                                                              office: OpenWorkspace, office_context: WorkspaceContext,
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = context.workspace
    enroll_pair(laptop, office)
    add_case(laptop, "Map")
    stick = tmp_path / "stick"
    stick.mkdir()
    send(laptop, office, stick / "terugkeer-1.terugkeer")
    (stick / "notities.txt").write_text("geen bundel")
    monkeypatch.setattr(dialogs, "ask_import_folder", lambda _parent, _start: stick)
    screen = open_screen(qtbot, office_context)
    for expected in ("Read in", "Already read in before"):
        click(qtbot, screen.import_folder_button)
        qtbot.waitUntil(lambda: isinstance(screen.dialog, ImportResultsDialog), timeout=10_000)
        results = screen.dialog
        assert isinstance(results, ImportResultsDialog)
        assert results.table.rowCount() == 1 and results.result_text(0) == expected
        results.reject()
        wait_idle(qtbot, office_context)
    assert count(office, "case_file") == 1


def test_cancel_stops_after_the_bundle_being_read(qtbot: QtBot, context: WorkspaceContext, office: OpenWorkspace,
                                                  office_context: WorkspaceContext, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = context.workspace
    enroll_pair(laptop, office)
    paths = []
    for number in range(1, 4):
        add_case(laptop, f"Geval {number}")
        paths.append(send(laptop, office, tmp_path / f"bundel-{number}.terugkeer"))
    monkeypatch.setattr(dialogs, "ask_bundle_files", lambda _parent, _start: paths)
    screen = open_screen(qtbot, office_context)
    click(qtbot, screen.import_button)
    run = screen.run
    assert isinstance(run, BundleImport)
    assert run.progress_dialog.labelText() == "Bundle 1 of 3"
    cancel = run.progress_dialog.findChild(QPushButton)
    assert cancel is not None
    run.bundle_read.connect(lambda done, _total: qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
                            if done == 1 else None)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ImportResultsDialog), timeout=20_000)
    results = screen.dialog
    assert isinstance(results, ImportResultsDialog)
    assert [results.result_text(row) for row in range(3)] == ["Read in"] + ["Not read in: cancelled"] * 2
    assert "Cancelled. Not read in: 2" in results.summary.text()
    assert count(office, "sync_received") == 1 and count(office, "case_file") == 1
    assert screen.run is None and screen.import_button.isEnabled()


def test_locking_during_a_run_of_bundles_ends_it_quietly(qtbot: QtBot, workspace: OpenWorkspace,
                                                         office: OpenWorkspace, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    enroll_pair(workspace, office)
    paths = []
    for number in range(1, 4):
        add_case(office, f"Kantoor {number}")
        paths.append(send(office, workspace, tmp_path / f"kantoor-{number}.terugkeer"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(dialogs, "ask_bundle_files", lambda _parent, _start: paths)
    window = MainWindow(Settings(auto_lock_minutes=1), tmp_path / "config")
    qtbot.addWidget(window)
    window.open_workspace(workspace)
    window.show()
    assert window.view is not None
    window.sync_action.trigger()
    sync = window.view.sync_screen
    assert window.view.currentWidget() is sync
    assert window.sync_action.shortcut().toString() == "Ctrl+3"
    qtbot.waitUntil(lambda: bool(sync.fingerprint.text()), timeout=10_000)
    click(qtbot, sync.import_button)
    run = sync.run
    assert isinstance(run, BundleImport)
    with qtbot.waitSignal(run.bundle_read, timeout=20_000):
        pass
    window.lock(ask=False)
    assert workspace.is_locked and window.view is None
    assert not [widget for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QProgressDialog | ImportResultsDialog) and widget.isVisible()]


# --- conflicts ----------------------------------------------------------------------------------------------------


@pytest.fixture
def conflict_case(context: WorkspaceContext, office: OpenWorkspace, tmp_path: Path) -> str:
    """A client whose phone was changed on the laptop and at the back office after both held the same version;
    the laptop's bundle made it a conflict at the back office (whose value stays for now)."""
    laptop = context.workspace
    enroll_pair(laptop, office)
    case_id = add_case(laptop, "Conflict")
    receive(office, send(laptop, office, tmp_path / "l1.terugkeer"))
    receive(laptop, send(office, laptop, tmp_path / "o1.terugkeer"))
    edit_client(laptop, case_id, phone="0633333333")
    edit_client(office, case_id, phone="0644444444")
    receive(office, send(laptop, office, tmp_path / "l2.terugkeer"))
    return case_id


def open_conflict(qtbot: QtBot, office_context: WorkspaceContext) -> tuple[SyncScreen, ConflictDialog]:
    screen = open_screen(qtbot, office_context)
    assert screen.conflict_table.rowCount() == 1
    assert [cell_text(screen.conflict_table, 0, column) for column in (1, 2, 3)] == [
        "Client", "Phone", "Test Coördinator"]
    assert screen.conflict_count.text().startswith("Open conflicts: 1.")
    click(qtbot, screen.resolve_button)
    dialog = screen.dialog
    assert isinstance(dialog, ConflictDialog)
    assert dialog.windowTitle() == "Resolve conflict"
    return screen, dialog


def test_a_conflict_is_resolved_with_an_edited_value(qtbot: QtBot, office: OpenWorkspace,
                                                     office_context: WorkspaceContext, conflict_case: str) -> None:
    screen, dialog = open_conflict(qtbot, office_context)
    assert (label_text(dialog, "mine_phone"), label_text(dialog, "theirs_phone")) == ("0644444444", "0633333333")
    editor = dialog.editors["phone"][0]
    assert isinstance(editor, QLineEdit) and editor.text() == "0644444444"  # starts as the version here
    editor.selectAll()
    qtbot.keyClicks(editor, "0655555555")
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        click(qtbot, dialog.edited_button)
    assert screen.dialog is None
    assert client(office, conflict_case).phone == "0655555555"
    assert screen.conflict_table.rowCount() == 0 and screen.conflict_count.text() == "No open conflicts."


def test_a_conflict_is_resolved_with_their_version(qtbot: QtBot, office: OpenWorkspace,
                                                   office_context: WorkspaceContext, conflict_case: str) -> None:
    screen, dialog = open_conflict(qtbot, office_context)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        click(qtbot, dialog.theirs_button)
    assert client(office, conflict_case).phone == "0633333333"
    assert screen.conflict_table.rowCount() == 0

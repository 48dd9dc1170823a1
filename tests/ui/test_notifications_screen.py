"""The Notifications screen of a real encrypted back office: reading in the sample list through the screen (the file
dialog stubbed), the result in Dutch, the inbox and its terms, assigning through the coordinator chooser (the
inbox, the workload and the register follow), and the laptops' case counts against the policy's limit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from ui_helpers import cell_text, wait_idle

from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.domain import WorkspaceKind
from app.policy import Policy
from app.settings import Settings
from app.sync.device import enroll, own_identity_file
from app.sync.export import export_bundle
from app.sync.identity import read_public_identity
from app.sync.importer import import_bundle
from app.workspace.folder import create_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.backoffice import list_date
from ui.backoffice.coordinator_dialog import CoordinatorDialog
from ui.backoffice.inbox_tables import InboxTable
from ui.backoffice.notifications_screen import NotificationsScreen
from ui.context import WorkspaceContext
from ui.i18n import install_translations
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.register.screen import RegisterScreen

SAMPLE = Path(__file__).parents[1] / "data" / "notifications" / "meldingen-cp1252.csv"


@pytest.fixture
def dutch(app_language: QApplication) -> None:
    install_translations(app_language, "nl")


def open_screen(qtbot: QtBot, context: WorkspaceContext) -> NotificationsScreen:
    screen = NotificationsScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    return screen


def open_register(qtbot: QtBot, context: WorkspaceContext) -> RegisterScreen:
    register = RegisterScreen(context)
    qtbot.addWidget(register)
    with qtbot.waitSignal(register.loaded, timeout=10_000):
        register.load()
    return register


LIST_DATE = date(2025, 6, 10)  # the sample list's date, and the day it is read in (its releases lie ahead)


def read_in(qtbot: QtBot, screen: NotificationsScreen, monkeypatch: pytest.MonkeyPatch, path: Path = SAMPLE) -> None:
    monkeypatch.setattr(dialogs, "ask_notifications_file", lambda _parent, _start: path)
    monkeypatch.setattr(list_date, "ask_list_date", lambda _parent, _name, _suggested: LIST_DATE)
    screen.today = lambda: LIST_DATE
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)


def table_rows(table: InboxTable) -> list[list[str]]:
    return [[cell_text(table, row, column) for column in range(table.columnCount())] for row in range(table.rowCount())]


def chooser(qtbot: QtBot, parent: NotificationsScreen) -> CoordinatorDialog:
    qtbot.waitUntil(lambda: parent.findChild(CoordinatorDialog) is not None, timeout=10_000)
    dialog = parent.findChild(CoordinatorDialog)
    assert dialog is not None
    return dialog


def test_reading_in_the_sample_shows_the_result_in_dutch_and_fills_the_inbox(
        qtbot: QtBot, dutch: None, office_context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, office_context)
    assert screen.inbox_table.rowCount() == 0 and not screen.assign_button.isEnabled()
    read_in(qtbot, screen, monkeypatch)

    result = screen.result_dialog
    assert result is not None and result.isVisible()
    assert result.imported_label.text() == ("Nieuwe trajecten in de inbox: 3 "
                                            "(waarvan voor personen die al bekend zijn: 0)")
    assert result.duplicates_label.text() == "Al eerder ingelezen en overgeslagen: 1 regel (regel 6)."
    table = result.refused_table
    assert [table.horizontalHeaderItem(column).text() for column in range(4)] == ["Regel", "Rij", "Kolom", "Reden"]
    assert [[cell_text(table, row, column) for column in range(4)] for row in range(table.rowCount())] == [
        ["3", "3", "BSN", "Geen geldig BSN (9 cijfers, elfproef)"],
        ["5", "5", "Geboortedatum", "Geen datum (gebruik dd-mm-jjjj)"],
        ["7", "7", "Voornamen", "Leeg, maar verplicht"],
        ["8", "8", "Verwachte datum vrijlating", "Vrijlating ligt vóór het begin van de detentie"],
        ["10", "10", "Geboortedatum", "Jonger dan 18: nazorg is voor volwassenen"],
    ]

    rows = table_rows(screen.inbox_table)
    assert [row[:4] for row in rows] == [
        ["Voorbeeld, Jan", "••••••019", "PI Vught", "02-06-2025"],
        ["Proefmans, René de", "••••••032", "PI Grave", "04-06-2025"],
        ["Zomaarsen, Bram", "••••••672", "PI Vught", "08-06-2025"],
    ]
    # Notified on the list's date, 10-06-2025, after the 2 working days from 02-06: late; the information is overdue.
    assert rows[0][4:] == ["10-06-2025", "te laat", "10-06-2025"]
    overdue = screen.inbox_table.item(0, InboxTable.INFORMATION_DUE)
    assert overdue is not None and overdue.font().bold() and overdue.foreground().color().name() == "#b00020"
    assert "3 meldingen wachten" in screen.inbox_count.text()


def test_a_file_that_cannot_be_used_is_said_and_changes_nothing(
        qtbot: QtBot, office_context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        shown_errors: list[Exception]) -> None:
    screen = open_screen(qtbot, office_context)
    broken = tmp_path / "lijst.xlsx"
    broken.write_text("Naam;Geboren\nJan;1980\n", encoding="utf-8")  # a CSV with the name of a spreadsheet
    monkeypatch.setattr(dialogs, "ask_notifications_file", lambda _parent, _start: broken)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert [getattr(error, "code", None) for error in shown_errors] == ["notifications_unreadable"]
    assert screen.result_dialog is None and screen.import_button.isEnabled()

    # Headers no mapping reads: the mapping step, with the name and the date of birth guessed; without a column for
    # the BSN, the PI and the start of detention it cannot read in.
    wrong = tmp_path / "lijst.csv"
    wrong.write_text("Naam;Geboren\nJan;1980\n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_notifications_file", lambda _parent, _start: wrong)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.mapping_dialog is not None, timeout=10_000)
    mapping = screen.mapping_dialog
    assert mapping is not None
    qtbot.keyClicks(mapping.name_edit, "Onbruikbaar")
    assert not mapping.read_button.isEnabled()
    assert mapping.summary.text() == "Choose a column for: BSN, Prison (PI), Start of detention."
    mapping.reject()
    assert screen.result_dialog is None and len(shown_errors) == 1


def test_assigning_through_the_chooser_updates_inbox_workload_and_register(
        qtbot: QtBot, office_context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, office_context)
    register = open_register(qtbot, office_context)
    read_in(qtbot, screen, monkeypatch)
    wait_idle(qtbot, office_context)
    assert register.model.total_count == 3  # the register took the new cases without reading everything
    assert screen.result_dialog is not None
    screen.result_dialog.close()

    table = screen.inbox_table
    first_two = [item.case_id for item in table.inbox_items()[:2]]
    table.selectRow(0)
    table.selectionModel().select(table.model().index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                  | QItemSelectionModel.SelectionFlag.Rows)
    assert table.selected_case_ids() == first_two and screen.assign_button.isEnabled()
    qtbot.mouseClick(screen.assign_button, Qt.MouseButton.LeftButton)
    dialog = chooser(qtbot, screen)
    assert dialog.prompt.text() == "Give the 2 selected notifications to:"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.choice.currentText() == "New coordinator…"  # nobody is known yet
    assert not ok.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.new_name, "Anna de Vries")
    assert dialog.coordinator() == "Anna de Vries"
    assert not ok.isEnabled()  # a new coordinator only after saying so
    assert dialog.confirm_new.text() == "Yes, add Anna de Vries as a new coordinator"
    qtbot.mouseClick(dialog.confirm_new, Qt.MouseButton.LeftButton)
    assert ok.isEnabled()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, office_context)

    assert [row[0] for row in table_rows(table)] == ["Zomaarsen, Bram"]
    workload = screen.workload_table
    assert [[cell_text(workload, row, column) for column in range(3)] for row in range(workload.rowCount())] == [
        ["Anna de Vries", "2", "2"]]
    assigned = register.model.rows_of(first_two)
    assert {row.coordinator for row in assigned.values()} == {"Anna de Vries"} and len(assigned) == 2

    # The chooser lists Anna with her workload; picking her from the list gives her the last one.
    table.selectRow(0)
    qtbot.mouseClick(screen.assign_button, Qt.MouseButton.LeftButton)
    dialog = chooser(qtbot, screen)
    assert [dialog.choice.itemText(i) for i in range(dialog.choice.count())] == [
        "Anna de Vries (2 open, 2 notifications)", "New coordinator…"]
    dialog.choice.setCurrentIndex(1)  # typing her name as a new one again finds her, without a second Anna
    qtbot.keyClicks(dialog.new_name, "anna de  vries")
    assert dialog.coordinator() == "Anna de Vries" and dialog.confirm_new.isHidden()
    dialog.choice.setCurrentIndex(0)
    assert dialog.coordinator() == "Anna de Vries"
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        dialog.accept()
    assert table.rowCount() == 0 and screen.inbox_count.text() == "No notifications wait for a coordinator."
    assert cell_text(screen.workload_table, 0, 1) == "3"


# --- laptops ------------------------------------------------------------------------------------------------------


@pytest.fixture
def laptop(tmp_path: Path, fast_kdf: KdfParams, passphrase: str) -> Iterator[OpenWorkspace]:
    opened = create_workspace(tmp_path / "laptop", kind=WorkspaceKind.COORDINATOR, municipality="Teststad",
                              user_name="Anna de Vries", passphrase=passphrase, kdf=fast_kdf)
    yield opened
    if not opened.is_locked:
        opened.lock()


def _send_caseload(laptop: OpenWorkspace, office: OpenWorkspace, cases: int, folder: Path) -> None:
    for here, there in ((laptop, office), (office, laptop)):
        data, _fingerprint = own_identity_file(there)
        enroll(here, read_public_identity(data))
    for number in range(cases):
        register_case(laptop,
                      ClientData(given_names="Kees", surname=f"Voorbeeld {number}",
                                 date_of_birth=date(1980, 5, 17)),
                      DetentionData(prison="PI Vught", start_date=date.today() - timedelta(days=30)),
                      CaseData(coordinator="Anna de Vries"))
    bundle = folder / "bundel.terugkeer"
    export_bundle(laptop, office.actor.device_id, bundle)
    import_bundle(office, bundle)


def test_a_laptop_over_the_policy_limit_is_marked(qtbot: QtBot, office: OpenWorkspace, laptop: OpenWorkspace,
                                                  tmp_path: Path) -> None:
    _send_caseload(laptop, office, 3, tmp_path)
    operations = Operations()
    try:
        for limit, shown in ((2, "⚠ 3"), (5, "3")):
            context = WorkspaceContext(office, operations, Settings(), tmp_path / "config",
                                       Policy({"laptop_case_limit": limit}))
            screen = open_screen(qtbot, context)
            laptops = screen.laptop_table
            assert laptops.rowCount() == 1
            assert [cell_text(laptops, 0, column) for column in (0, 1, 3)] == ["Anna de Vries", shown, str(limit)]
            cases = laptops.item(0, 1)
            assert cases is not None and cases.font().bold() == (limit == 2)
            assert screen.laptop_hint.text() == f"Limit per laptop (set by IT): {limit} cases."
            # The laptop's user is a coordinator of the back office, with the cases the bundle brought.
            assert cell_text(screen.workload_table, 0, 0) == "Anna de Vries"
    finally:
        operations.wait_until_idle()


def test_the_view_menu_opens_notifications_and_monitor_at_the_back_office_only(
        qtbot: QtBot, office: OpenWorkspace, workspace: OpenWorkspace, tmp_path: Path) -> None:
    window = MainWindow(Settings(), tmp_path / "config", Policy())
    qtbot.addWidget(window)
    window.open_workspace(office)
    assert window.view is not None and window.view.notifications_screen is not None
    assert window.notifications_action.isVisible() and window.monitor_action.isVisible()
    assert (window.notifications_action.shortcut().toString(), window.monitor_action.shortcut().toString()) == (
        "Ctrl+4", "Ctrl+5")
    window.notifications_action.trigger()
    assert window.view.currentWidget() is window.view.notifications_screen
    window.monitor_action.trigger()
    assert window.view.currentWidget() is window.view.monitor_screen
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    window.lock(ask=False)

    window.open_workspace(workspace)  # a coordinator's laptop
    assert window.view is not None and window.view.notifications_screen is None and window.view.monitor_screen is None
    assert not window.notifications_action.isVisible() and not window.monitor_action.isVisible()
    window.notifications_action.trigger()  # nothing to show
    assert window.view.currentWidget() is window.view.register_screen
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    window.lock(ask=False)

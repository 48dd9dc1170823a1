"""The mapping step of the Notifications screen: a list with foreign headers and the whole name in one column is
set up (per field a column, guessed from the headers and changed by hand, a live preview of how rows are read and
which are refused), saved under a name, read in, and chosen again without asking when the same headers come by. The
same step serves a list of ends of detention and transfers, with its own fields, and its mapping is never offered
for a notification list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_notifications_screen import open_screen
from test_release_import import jansen_and_pietersen
from ui_helpers import cell_text

from app.backoffice.column_mapping import MappingStore
from app.backoffice.releases import RELEASE_LIST
from app.casework.cases import CaseData, ClientData, DetentionData, open_case, register_case
from app.domain import CaseStatus
from ui import dialogs
from ui.backoffice import list_date
from ui.backoffice.mapping_dialog import MappingDialog
from ui.context import WorkspaceContext
from ui.i18n import install_translations

TODAY = date(2025, 6, 20)
SHOTS = Path("/tmp/shots-mapping")


@pytest.fixture
def dutch(app_language: QApplication) -> None:
    install_translations(app_language, "nl")


def injus_list(folder: Path) -> Path:
    path = folder / "injus.csv"
    path.write_text(
        "Naam gedetineerde;Geb. datum;BSN nummer;Inrichting;Datum insluiting;Datum melding;verwachte einddatum\n"
        "\"van 't Hek-Müller, Noël François\";01-02-1980;999990019;PI Vught;02-06-2025;03-06-2025;30-09-2025\n"
        "Jan Peter Jansen;15-07-1992;999990056;PI Zwolle;03-06-2025;10-06-2025;\n"
        "Bram Zomaarsen;31-02-1980;012345672;PI Vught;08-06-2025;10-06-2025;\n", encoding="utf-8")
    return path


def choose(qtbot: QtBot, dialog: MappingDialog, field: str, header: str) -> None:
    """Pick `header` in the field's combobox with the keyboard, as a clerk does: Home, then Down to it."""
    box = dialog.boxes[field]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _step in range(box.findText(header)):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == header


def guesses(dialog: MappingDialog) -> dict[str, str]:
    """Field -> the column its choice shows, for the fields with one."""
    return {field: box.currentText() for field, box in dialog.boxes.items() if box.currentData()}


def test_a_foreign_list_is_mapped_with_a_preview_saved_and_chosen_again(
        qtbot: QtBot, dutch: None, office_context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    screen = open_screen(qtbot, office_context)
    screen.today = lambda: TODAY
    listing = injus_list(tmp_path)
    monkeypatch.setattr(dialogs, "ask_notifications_file", lambda _parent, _start: listing)
    asked: list[str] = []
    monkeypatch.setattr(list_date, "ask_list_date", lambda _parent, name, _suggested: asked.append(name))
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.mapping_dialog is not None, timeout=10_000)
    dialog = screen.mapping_dialog
    assert dialog is not None
    assert dialog.raw_table.rowCount() == 3 and cell_text(dialog.raw_table, 2, 0) == "Bram Zomaarsen"
    assert not dialog.read_button.isEnabled()

    # Every column is guessed from its header (app.backoffice.column_guess); the clerk leaves the expected release
    # out, as this prison's list has it for some detainees only.
    assert guesses(dialog) == {
        "full_name": "Naam gedetineerde", "date_of_birth": "Geb. datum", "bsn": "BSN nummer", "prison": "Inrichting",
        "detention_start": "Datum insluiting", "expected_release": "verwachte einddatum",
        "notified_on": "Datum melding"}
    choose(qtbot, dialog, "expected_release", "(niet in de lijst)")
    assert not dialog.boxes["surname"].isEnabled()  # the whole name is in one column
    qtbot.keyClicks(dialog.name_edit, "Injus begin detentie")
    preview = [[cell_text(dialog.preview_table, row, column) for column in (0, 1, 2, 3, 8)]
               for row in range(dialog.preview_table.rowCount())]
    assert preview == [["2", "Noël François", "van 't", "Hek-Müller", "Ingelezen"],
                       ["3", "Jan Peter", "", "Jansen", "Ingelezen; controleer de naam"],
                       ["4", "", "", "", "Geweigerd: Geb. datum: Deze datum bestaat niet"]]
    assert dialog.summary.text() == "Van deze regels zou er 1 worden geweigerd. Niet gebruikt: verwachte einddatum"
    SHOTS.mkdir(exist_ok=True)
    dialog.resize(1366, 768)
    dialog.grab().save(str(SHOTS / "mapping.png"))

    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    result = screen.result_dialog
    assert result is not None and asked == []  # the list has its own date of notification
    assert result.imported_label.text().startswith("Nieuwe trajecten in de inbox: 2")
    assert result.unused_label.text() == "Niet gebruikt: verwachte einddatum"
    assert 'Regel 3: controleer de naam "Jan Peter Jansen"' in result.names_label.text()
    assert cell_text(result.refused_table, 0, 3) == "Deze datum bestaat niet"
    saved = MappingStore(office_context.config_folder).named("Injus begin detentie")
    assert saved is not None and saved.columns["full_name"] == "Naam gedetineerde"
    result.close()

    # The same headers again: the saved mapping is chosen without asking; everything was read in already.
    with qtbot.waitSignal(screen.imported, timeout=10_000) as read_again:
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert read_again.args[0].mapping == "Injus begin detentie" and read_again.args[0].duplicates == (2, 3)


def release_list(path: Path, header: str = "BSN nummer;Datum ontslag;Nieuwe inrichting;Naam") -> Path:
    path.write_text(
        header + "\n"
        "111222333;02-06-2025;;Jan Jansen\n"
        "123456782;;PI Zwolle;Piet Pietersen\n"
        "999990019;05-06-2025;;Noël van 't Hek-Müller\n"
        "999990032;04-06-2025;;Kees Onbekend\n"
        "111222333;31-02-2025;;Jan Jansen\n", encoding="utf-8")
    return path


def test_a_releases_list_with_foreign_headers_is_mapped_read_in_and_its_mapping_chosen_again(
        qtbot: QtBot, dutch: None, office_context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    workspace = office_context.workspace
    planned = jansen_and_pietersen(workspace, TODAY)
    register_case(workspace, ClientData(given_names="Noël", surname_prefix="van 't", surname="Hek-Müller",
                                        bsn="999990019", date_of_birth=date(1979, 5, 5)),
                  DetentionData(prison="PI Vught", start_date=date(2025, 2, 1)), CaseData(), today=TODAY)
    screen = open_screen(qtbot, office_context)
    screen.today = lambda: TODAY
    listing = release_list(tmp_path / "ontslagen-juni.csv")
    monkeypatch.setattr(dialogs, "ask_notifications_file", lambda _parent, _start: listing)
    qtbot.mouseClick(screen.releases_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.mapping_dialog is not None, timeout=10_000)
    dialog = screen.mapping_dialog
    assert dialog is not None and dialog.kind is RELEASE_LIST
    assert list(dialog.boxes) == ["bsn", "actual_release", "new_prison", "event_date", "prison", "full_name",
                                  "surname", "surname_prefix", "given_names"]
    assert dialog.raw_table.rowCount() == 5 and cell_text(dialog.raw_table, 2, 3) == "Noël van 't Hek-Müller"
    assert guesses(dialog) == {"bsn": "BSN nummer", "actual_release": "Datum ontslag",
                               "new_prison": "Nieuwe inrichting", "full_name": "Naam"}
    assert dialog.summary.text() == ("Van deze regels zou er 1 worden geweigerd. Bij welk traject een regel hoort, "
                                     "wordt opgezocht bij het inlezen. Geef de indeling een naam om hem op te slaan.")
    assert not dialog.read_button.isEnabled()
    assert not dialog.boxes["surname"].isEnabled()  # the whole name is in one column
    qtbot.keyClicks(dialog.name_edit, "Injus einde detentie")
    headers = [dialog.preview_table.horizontalHeaderItem(column).text()
               for column in range(dialog.preview_table.columnCount())]
    assert headers == ["Regel", "BSN", "Naam", "Vrijgelaten", "PI", "Nieuwe PI", "Datum", "Uitkomst"]
    preview = [[cell_text(dialog.preview_table, row, column) for column in range(8)]
               for row in range(dialog.preview_table.rowCount())]
    assert preview == [
        ["2", "111222333", "Jan Jansen", "02-06-2025", "", "", "", "Ingelezen"],
        ["3", "123456782", "Piet Pietersen", "", "", "PI Zwolle", "", "Ingelezen"],
        ["4", "999990019", "Noël van 't Hek-Müller", "05-06-2025", "", "", "", "Ingelezen"],
        ["5", "999990032", "Kees Onbekend", "04-06-2025", "", "", "", "Ingelezen"],
        ["6", "", "", "", "", "", "", "Geweigerd: Datum ontslag: Deze datum bestaat niet"]]
    assert dialog.summary.text() == ("Van deze regels zou er 1 worden geweigerd. Bij welk traject een regel hoort, "
                                     "wordt opgezocht bij het inlezen.")
    assert dialog.read_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    dialog.resize(1366, 768)
    dialog.grab().save(str(SHOTS / "releases-mapping.png"))

    with qtbot.waitSignal(screen.releases_imported, timeout=10_000) as read:
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert read.args[0].mapping == "Injus einde detentie"
    result = screen.release_result_dialog
    assert result is not None and result.isVisible()
    assert result.findChild(QLabel, "sourceLine").text() == \
        "Uit ontslagen-juni.csv, gelezen met de kolomindeling Injus einde detentie:"
    assert result.summary_label.text().splitlines() == [
        "Einde detentie vastgelegd: 2 (regels: 2, 4)",
        "Waarvan door naar nazorg: 1 (regels: 2)",
        "Nieuwe PI vastgelegd: 1 (regels: 3)",
        "Al gedaan, niets veranderd: 0 (regels: —)",
        "Te controleren, niets veranderd: 1",
    ]
    assert [cell_text(result.review_table, 0, column) for column in range(3)] == ["5", "5", "Geen cliënt heeft dit BSN"]
    assert [cell_text(result.refused_table, 0, column) for column in range(4)] == [
        "6", "6", "Datum ontslag", "Deze datum bestaat niet"]
    assert open_case(workspace, planned).case.status is CaseStatus.AFTERCARE
    saved = MappingStore(office_context.config_folder).named("Injus einde detentie")
    assert saved is not None and RELEASE_LIST.fits(saved) and saved.columns["full_name"] == "Naam"
    result.grab().save(str(SHOTS / "releases-result.png"))  # as it opens
    result.resize(1366, 768)
    result.grab().save(str(SHOTS / "releases-result-1366.png"))
    result.close()
    qtbot.waitUntil(lambda: screen.release_result_dialog is None and screen.releases_button.isEnabled(),
                    timeout=10_000)

    # A second list with the same headers (case and blanks aside): read with the saved mapping, without asking.
    second = release_list(tmp_path / "ontslagen-juli.csv", "bsn nummer;Datum  ontslag;NIEUWE INRICHTING;naam")
    monkeypatch.setattr(dialogs, "ask_notifications_file", lambda _parent, _start: second)
    with qtbot.waitSignal(screen.releases_imported, timeout=10_000) as again:
        qtbot.mouseClick(screen.releases_button, Qt.MouseButton.LeftButton)
    assert screen.mapping_dialog is None
    assert again.args[0].mapping == "Injus einde detentie" and again.args[0].already_done == (2, 3, 4)
    screen.release_result_dialog.close()
    qtbot.waitUntil(lambda: screen.release_result_dialog is None and screen.import_button.isEnabled(),
                    timeout=10_000)

    # The releases mapping is not one for notifications: that import asks for a notification list's columns.
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.mapping_dialog is not None, timeout=10_000)
    notifications = screen.mapping_dialog
    assert notifications is not None and "date_of_birth" in notifications.boxes
    qtbot.keyClicks(notifications.name_edit, "Injus einde detentie")  # that name is the releases mapping's
    assert notifications.summary.text().startswith("Kies een kolom voor: Geboortedatum")
    assert notifications.summary.text().endswith(
        "Er is al een kolomindeling met de naam Injus einde detentie voor de andere soort lijst. Sla deze indeling "
        "op onder een andere naam.")
    assert not notifications.read_button.isEnabled()
    notifications.reject()

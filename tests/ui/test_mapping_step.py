"""The mapping step of the Notifications screen: a list with foreign headers and the whole name in one column is
set up by hand (per field a column, a live preview of how rows are read and which are refused), saved under a name,
read in, and chosen again without asking when the same headers come by."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_notifications_screen import open_screen
from ui_helpers import cell_text

from app.backoffice.column_mapping import MappingStore
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

    for field, header in (("full_name", "Naam gedetineerde"), ("date_of_birth", "Geb. datum"),
                          ("bsn", "BSN nummer"), ("prison", "Inrichting"), ("detention_start", "Datum insluiting"),
                          ("notified_on", "Datum melding")):
        choose(qtbot, dialog, field, header)
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

"""A notification whose BSN is a known client's but whose name and date of birth are another's: the Notifications
screen never applies it, says so in the result, and lists it to check; accepting it (with the details chosen) adds
the detention to the known client, refusing it changes nothing. The list survives the screen being made anew."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot
from test_notifications_screen import open_screen, read_in
from ui_helpers import VALID_BSN

from app.casework.cases import CaseData, ClientData, DetentionData, open_case, register_case
from app.privacy.corrections import correction_history
from ui.backoffice.notifications_screen import NotificationsScreen
from ui.context import WorkspaceContext

NOEL = ClientData(given_names="Noël François", surname_prefix="van 't", surname="Hek-Müller",
                  date_of_birth=date(1985, 3, 14), bsn=VALID_BSN)


@pytest.fixture
def noel_case(office_context: WorkspaceContext) -> str:
    return register_case(office_context.workspace, NOEL, DetentionData(prison="PI Vught", start_date=date(2025, 1, 6)),
                         CaseData()).case_ids[0]


@pytest.fixture
def listing(tmp_path: Path) -> Path:
    path = tmp_path / "meldingen.csv"
    path.write_text("Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;BSN;PI;Begin detentie\n"
                    f"Jansen;;Priscilla;02-02-1992;{VALID_BSN};PI Zwolle;03-06-2025\n", encoding="utf-8")
    return path


def _client(context: WorkspaceContext, case_id: str) -> ClientData:
    return open_case(context.workspace, case_id).client


def _read_in_priscilla(qtbot: QtBot, context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch,
                       listing: Path) -> NotificationsScreen:
    screen = open_screen(qtbot, context)
    assert not screen.review_box.isVisibleTo(screen)
    read_in(qtbot, screen, monkeypatch, listing)
    result = screen.result_dialog
    assert result is not None
    assert result.imported_label.text().startswith("New cases in the inbox: 0")
    assert result.review_label.text().startswith("To check in the inbox: 1 line (line 2).")
    result.close()
    return screen


def _open_review(qtbot: QtBot, screen: NotificationsScreen) -> None:
    screen.review_table.setFocus()
    qtbot.keyClick(screen.review_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.review_dialog is not None and screen.review_dialog.isVisible())


def test_a_known_bsn_with_another_person_waits_to_be_checked_and_can_be_refused(
        qtbot: QtBot, office_context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch, noel_case: str,
        listing: Path) -> None:
    screen = _read_in_priscilla(qtbot, office_context, monkeypatch, listing)
    assert _client(office_context, noel_case) == NOEL  # never applied
    assert screen.review_box.isVisibleTo(screen) and screen.inbox_table.rowCount() == 1  # Noël's own case only
    assert [screen.review_table.item(0, column).text() for column in range(5)] == [
        "Noël François van 't Hek-Müller, 14-03-1985", "Priscilla Jansen, 02-02-1992", "PI Zwolle", "03-06-2025",
        "meldingen.csv, line 2"]

    again = open_screen(qtbot, office_context)  # stored: a new screen (as after a restart) lists it too
    assert again.review_table.rowCount() == 1
    _open_review(qtbot, again)
    dialog = again.review_dialog
    assert dialog is not None
    with qtbot.waitSignal(again.loaded, timeout=10_000):
        qtbot.keyClick(dialog.refuse_button, Qt.Key.Key_Space)
    assert again.review_dialog is None and not again.review_box.isVisibleTo(again)
    assert _client(office_context, noel_case) == NOEL and again.inbox_table.rowCount() == 1


def test_accepting_as_the_same_person_with_chosen_details(
        qtbot: QtBot, office_context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch, noel_case: str,
        listing: Path) -> None:
    screen = _read_in_priscilla(qtbot, office_context, monkeypatch, listing)
    _open_review(qtbot, screen)
    dialog = screen.review_dialog
    assert dialog is not None
    other_birth = dialog.findChild(QRadioButton, "other_date_of_birth")
    assert other_birth is not None
    other_birth.setFocus()
    qtbot.keyClick(other_birth, Qt.Key.Key_Space)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Space)
    assert screen.review_dialog is None and screen.inbox_table.rowCount() == 2  # the new detention's case
    client = _client(office_context, noel_case)
    assert (client.given_names, client.date_of_birth) == ("Noël François", date(1992, 2, 2))
    [line] = correction_history(office_context.workspace, open_case(office_context.workspace, noel_case).client_id)
    assert (line.field, line.old_value, line.new_value) == ("date_of_birth", "1985-03-14", "1992-02-02")

"""Reading in a list of ends of detention and transfers from the Notifications screen of a real encrypted back office
(the file dialog stubbed): the result dialog in Dutch with its counts, the rows to check and the refused rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import cell_text

from app.casework.cases import CaseData, ClientData, DetentionData, open_case, register_case
from app.domain import CaseStatus
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.backoffice.notifications_screen import NotificationsScreen
from ui.context import WorkspaceContext
from ui.i18n import install_translations

TODAY = date(2025, 6, 10)


def jansen_and_pietersen(workspace: OpenWorkspace, today: date) -> str:
    """Jan Jansen (BSN 111222333, in PI Vught, plan status) and Piet Pietersen (123456782, in PI Grave): the two
    cases a releases list speaks of. Returns Jan Jansen's case id."""
    planned = register_case(workspace, ClientData(given_names="Jan", surname="Jansen", bsn="111222333",
                                                  date_of_birth=date(1980, 1, 1)),
                            DetentionData(prison="PI Vught", start_date=date(2025, 3, 1)),
                            CaseData(status=CaseStatus.PLAN), today=today).case_ids[0]
    register_case(workspace, ClientData(given_names="Piet", surname="Pietersen", bsn="123456782",
                                        date_of_birth=date(1981, 1, 1)),
                  DetentionData(prison="PI Grave", start_date=date(2025, 4, 1)), CaseData(), today=today)
    return planned
SHOTS = Path("/tmp/shots-releases")


@pytest.fixture
def dutch(app_language: QApplication) -> None:
    install_translations(app_language, "nl")


def test_the_releases_button_reads_the_list_and_shows_the_result(
        qtbot: QtBot, dutch: None, office_context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    workspace = office_context.workspace
    planned = jansen_and_pietersen(workspace, TODAY)
    listing = tmp_path / "einde-detentie.csv"
    listing.write_text("BSN;Achternaam;PI;Datum einde detentie;Nieuwe PI;Datum\n"
                       "111222333;Jansen;PI Vught;02-06-2025;;\n"
                       "123456782;;PI Grave;;PI Zwolle;03-06-2025\n"
                       "999990032;;;04-06-2025;;\n"
                       "111222333;;;31-02-2025;;\n", encoding="utf-8")
    screen = NotificationsScreen(office_context)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    monkeypatch.setattr(dialogs, "ask_notifications_file", lambda _parent, _start: listing)
    screen.today = lambda: TODAY
    assert screen.releases_button.text() == "Vrijlatingen en &overplaatsingen inlezen…"
    with qtbot.waitSignal(screen.releases_imported, timeout=10_000):
        qtbot.mouseClick(screen.releases_button, Qt.MouseButton.LeftButton)

    dialog = screen.release_result_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary_label.text().splitlines() == [
        "Einde detentie vastgelegd: 1 (regels: 2)",
        "Waarvan door naar nazorg: 1 (regels: 2)",
        "Nieuwe PI vastgelegd: 1 (regels: 3)",
        "Al gedaan, niets veranderd: 0 (regels: —)",
        "Te controleren, niets veranderd: 1",
    ]
    review = dialog.review_table
    assert [[cell_text(review, 0, column) for column in range(3)]] == [["4", "4", "Geen cliënt heeft dit BSN"]]
    refused = dialog.refused_table
    assert [[cell_text(refused, 0, column) for column in range(4)]] == [
        ["5", "5", "Datum einde detentie", "Deze datum bestaat niet"]]
    assert open_case(workspace, planned).case.status is CaseStatus.AFTERCARE
    SHOTS.mkdir(exist_ok=True)
    dialog.resize(900, 560)
    dialog.grab().save(str(SHOTS / "result.png"))
    qtbot.waitUntil(lambda: screen.releases_button.isEnabled(), timeout=10_000)
    dialog.close()
    qtbot.waitUntil(lambda: screen.release_result_dialog is None, timeout=10_000)

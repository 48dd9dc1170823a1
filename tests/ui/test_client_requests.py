"""The client's requests from the case screen: an access request saved as PDF (internal notes only when chosen),
a correction with a reason (the case shows the new value), and the correction history with the old values."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import VALID_BSN, wait_idle

from app.audit_trail import recent_entries
from app.casework.cases import CaseData, ClientData, DetentionData, open_case, register_case
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.case.screen import CaseScreen
from ui.context import WorkspaceContext
from ui.privacy.access_request_dialog import AccessRequestDialog
from ui.privacy.correction_dialog import CorrectionDialog
from ui.privacy.correction_history import CorrectionHistoryDialog

NOTE = "Geheim: verdenking van de buurman."


def add_case_with_note(workspace: OpenWorkspace, surname: str = "Inzagezoeker") -> str:
    return register_case(workspace,
                         ClientData(given_names="Kees", surname=surname, date_of_birth=date(1980, 5, 17),
                                    bsn=VALID_BSN),
                         DetentionData(prison="PI Vught", start_date=date(2026, 1, 5)),
                         CaseData(notes=NOTE)).case_ids[0]


@pytest.fixture
def screen(qtbot: QtBot, context: WorkspaceContext) -> CaseScreen:
    opened = CaseScreen(context)
    qtbot.addWidget(opened)
    opened.resize(1366, 768)
    opened.show()
    return opened


def open_in(qtbot: QtBot, screen: CaseScreen, case_id: str) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_case(case_id)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_requests_wait_for_a_saved_case(screen: CaseScreen) -> None:
    assert not screen.client_requests.isEnabled()
    screen.new_case()
    assert not screen.client_requests.isEnabled()


def test_an_access_request_holds_the_internal_notes_only_when_chosen(
        qtbot: QtBot, context: WorkspaceContext, screen: CaseScreen, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = add_case_with_note(context.workspace)
    open_in(qtbot, screen, case_id)
    client_id = screen.client_requests.client_id
    assert client_id is not None
    warnings: list[bool] = []
    suggested: list[Path] = []
    targets = iter([tmp_path / "zonder.pdf", tmp_path / "met.pdf"])
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: warnings.append(True) or True)
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda _parent, path: suggested.append(path) or next(targets))

    screen.client_requests.access_request_action.trigger()
    dialog = screen.client_requests.dialog
    assert isinstance(dialog, AccessRequestDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    assert [dialog.notes.item(row).text() for row in range(dialog.notes.count())] == [
        f"Notities bij het traject (case {case_id[:8]})"]
    assert dialog.include_notes.isEnabled() and not dialog.include_notes.isChecked()
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        click(qtbot, dialog.save_button)
    assert suggested[0].name == f"Access request {client_id[:8]}.pdf"
    without = pdf_text(tmp_path / "zonder.pdf")
    assert "Kees Inzagezoeker" in without and "buurman" not in without and "achtergehouden" in without

    dialog.include_notes.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        click(qtbot, dialog.save_button)
    assert "buurman" in pdf_text(tmp_path / "met.pdf")
    assert len(warnings) == 2
    assert dialog.message.text().startswith("Saved as ")
    wait_idle(qtbot, context)
    with context.workspace.unit_of_work() as uow:
        exports = [line for line in recent_entries(uow, 100) if line.record_type == "access_request"]
    assert [line.action for line in exports] == ["export", "export"]


def test_cancelling_the_warning_saves_nothing(qtbot: QtBot, context: WorkspaceContext, screen: CaseScreen,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_in(qtbot, screen, add_case_with_note(context.workspace))
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: False)
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda _parent, _path: pytest.fail("asked where to save"))
    screen.client_requests.access_request_action.trigger()
    dialog = screen.client_requests.dialog
    assert isinstance(dialog, AccessRequestDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    click(qtbot, dialog.save_button)
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_correction_is_stored_with_its_reason_and_shown_in_the_history(
        qtbot: QtBot, context: WorkspaceContext, screen: CaseScreen, shown_errors: list[Exception]) -> None:
    case_id = add_case_with_note(context.workspace, surname="Verkeerdgespeld")
    open_in(qtbot, screen, case_id)
    screen.client_requests.correction_action.trigger()
    dialog = screen.client_requests.dialog
    assert isinstance(dialog, CorrectionDialog)
    dialog.choose_field("surname")
    assert dialog.current.text() == "Verkeerdgespeld"
    assert dialog.text_value.text() == "Verkeerdgespeld"
    dialog.reason.setPlainText("Verzoek van cliënt, ID gezien")  # keyClicks types ASCII only
    assert not dialog.confirm_button.isEnabled()  # the value is unchanged
    dialog.text_value.clear()
    qtbot.keyClicks(dialog.text_value, "Goedgespeld")
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):  # the case is read again after the correction
        click(qtbot, dialog.confirm_button)
    assert screen.surname.text() == "Goedgespeld" and "Goedgespeld" in screen.title.text()
    assert shown_errors == []

    screen.client_requests.correction_action.trigger()  # a BSN that fails the 11-test is refused
    refused = screen.client_requests.dialog
    assert isinstance(refused, CorrectionDialog)
    refused.choose_field("bsn")
    refused.text_value.setText("123456789")
    refused.reason.setPlainText("Verkeerd overgenomen")
    click(qtbot, refused.confirm_button)
    wait_idle(qtbot, context)
    assert [getattr(error, "code", None) for error in shown_errors] == ["value_invalid"]
    assert refused.isVisible() and refused.isEnabled() and refused.text_value.text() == "123456789"
    refused.reject()

    screen.client_requests.history_action.trigger()
    history = screen.client_requests.dialog
    assert isinstance(history, CorrectionHistoryDialog)
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=10_000)
    assert history.table.texts(0)[1:] == ["Test Coördinator", "Surname", "Verkeerdgespeld", "Goedgespeld",
                                          "Verzoek van cliënt, ID gezien"]
    assert history.status.text() == "1 correction"
    assert open_case(context.workspace, case_id).client.surname == "Goedgespeld"


def test_the_date_of_birth_is_corrected_as_a_date(qtbot: QtBot, context: WorkspaceContext,
                                                  screen: CaseScreen) -> None:
    case_id = add_case_with_note(context.workspace)
    open_in(qtbot, screen, case_id)
    screen.client_requests.correction_action.trigger()
    dialog = screen.client_requests.dialog
    assert isinstance(dialog, CorrectionDialog)
    dialog.choose_field("date_of_birth")
    assert dialog.new_value.currentWidget() is dialog.date_value and dialog.current.text() == "17-05-1980"
    dialog.date_value.set_value(date(1980, 7, 15))
    dialog.reason.setPlainText("Geboortedatum volgens paspoort")
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        click(qtbot, dialog.confirm_button)
    assert screen.date_of_birth.value() == date(1980, 7, 15)


def test_locking_closes_the_request_dialogs(qtbot: QtBot, context: WorkspaceContext, screen: CaseScreen) -> None:
    open_in(qtbot, screen, add_case_with_note(context.workspace))
    screen.client_requests.history_action.trigger()
    dialog = screen.client_requests.dialog
    assert dialog is not None and dialog.isVisible()
    screen.clear()
    assert screen.client_requests.dialog is None and not dialog.isVisible()

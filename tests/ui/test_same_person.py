"""A new client typed with the BSN of another known client: the case screen shows both side by side and saves
nothing until the coordinator says it is a typing error in the BSN or the same person (with the right details)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton
from pytestqt.qtbot import QtBot
from ui_helpers import VALID_BSN

from app.casework import cases
from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.privacy.corrections import correction_history
from ui.case.same_person_dialog import SamePersonDialog
from ui.case.screen import CaseScreen
from ui.context import WorkspaceContext


@pytest.fixture
def noel(context: WorkspaceContext) -> str:
    """The known client: Noël François van 't Hek-Müller, 14-03-1985; returns the client id."""
    changes = register_case(context.workspace, ClientData(
        given_names="Noël François", surname_prefix="van 't", surname="Hek-Müller", date_of_birth=date(1985, 3, 14),
        bsn=VALID_BSN), DetentionData(prison="PI Vught", start_date=date(2025, 1, 6)), CaseData())
    return changes.client_ids[0]


@pytest.fixture
def screen(qtbot: QtBot, context: WorkspaceContext) -> CaseScreen:
    widget = CaseScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    return widget


def _case_count(context: WorkspaceContext) -> int:
    with context.workspace.unit_of_work() as uow:
        return uow.cases.count_cases()


def _press(qtbot: QtBot, widget: QRadioButton | object, key: Qt.Key = Qt.Key.Key_Space) -> None:
    """Focus `widget` as Tab would and press `key` there."""
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, key)  # type: ignore[arg-type]


def _type_priscilla(qtbot: QtBot, screen: CaseScreen, given_names: str = "Priscilla", surname: str = "Jansen",
                    date_of_birth: str = "02-02-1992") -> SamePersonDialog:
    """Type the new client with Noël's BSN on the keyboard, save with Ctrl+S, and wait for the question."""
    screen.new_case()
    qtbot.keyClicks(screen.given_names, given_names)
    qtbot.keyClick(screen.given_names, Qt.Key.Key_Tab)
    qtbot.keyClick(screen.surname_prefix, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.surname, surname)
    qtbot.keyClick(screen.surname, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.date_of_birth, date_of_birth)
    qtbot.keyClick(screen.date_of_birth, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.bsn.line_edit, VALID_BSN)
    qtbot.keyClicks(screen.prison, "PI Zwolle")
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.same_person_dialog is not None and screen.same_person_dialog.isVisible(),
                    timeout=10_000)
    dialog = screen.same_person_dialog
    assert dialog is not None
    return dialog


def _text(dialog: SamePersonDialog, name: str) -> str:
    widget = dialog.findChild(QRadioButton, name) or dialog.findChild(QLabel, name)
    assert widget is not None, name
    return widget.text()


def test_both_people_side_by_side_and_a_typing_error_saves_nothing(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext, noel: str) -> None:
    dialog = _type_priscilla(qtbot, screen)
    assert _case_count(context) == 1  # nothing saved while asking
    assert [(_text(dialog, f"known_{field}"), _text(dialog, f"other_{field}")) for field in (
        "given_names", "surname_prefix", "surname", "date_of_birth")] == [
        ("Noël François", "Priscilla"), ("van 't", "(empty)"), ("Hek-Müller", "Jansen"), ("14-03-1985", "02-02-1992")]
    assert "Opgeslagen" not in screen.form_message.text() and screen.form_message.text() != "Saved."

    _press(qtbot, dialog.typing_error_button)
    qtbot.waitUntil(lambda: screen.same_person_dialog is None)
    assert screen.focusWidget() is screen.bsn.line_edit  # the window's focus, back when it is active again
    assert screen.bsn.line_edit.selectedText() == screen.bsn.line_edit.text()  # typing replaces it
    assert screen.form_message.text() == "Not saved: check the BSN."
    assert screen._messages["bsn"].message == "This BSN belongs to another client: check it."
    assert _case_count(context) == 1 and screen.case_id is None
    assert screen.given_names.text() == "Priscilla"  # the input stays to correct the BSN
    client = cases.open_case(context.workspace, _only_case(context)).client
    assert (client.given_names, client.date_of_birth) == ("Noël François", date(1985, 3, 14))


def test_same_person_with_the_chosen_details_records_a_correction(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext, noel: str) -> None:
    dialog = _type_priscilla(qtbot, screen, given_names="Noel Francois", surname="Hek-Muller",
                             date_of_birth="15-03-1985")
    assert set(dialog.comparison.choices) == {"given_names", "surname_prefix", "surname", "date_of_birth"}
    other_birth = dialog.findChild(QRadioButton, "other_date_of_birth")
    assert other_birth is not None
    _press(qtbot, other_birth)
    assert dialog.value() == frozenset({"date_of_birth"})
    with qtbot.waitSignal(screen.saved, timeout=10_000) as saved:
        _press(qtbot, dialog.confirm_button)
    qtbot.waitUntil(lambda: screen.same_person_dialog is None)
    assert screen.form_message.text() == "Saved."
    stored = cases.open_case(context.workspace, saved.args[0])
    assert stored.client_id == noel and _case_count(context) == 2
    assert (stored.client.given_names, stored.client.surname, stored.client.date_of_birth) == (
        "Noël François", "Hek-Müller", date(1985, 3, 15))  # the known name, the chosen date of birth
    assert screen.given_names.text() == "Noël François"  # the form shows what was stored
    [line] = correction_history(context.workspace, noel)
    assert (line.field, line.old_value, line.new_value) == ("date_of_birth", "1985-03-14", "1985-03-15")


def test_cancel_keeps_the_input_unsaved(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext,
                                        noel: str) -> None:
    dialog = _type_priscilla(qtbot, screen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.same_person_dialog is None)
    assert screen.form_message.text().startswith("Not saved: this BSN belongs to another client")
    assert _case_count(context) == 1 and screen.has_unsaved_changes()


def _only_case(context: WorkspaceContext) -> str:
    with context.workspace.unit_of_work() as uow:
        [case_id] = [case.id for case in uow.privacy.cases()]
    return case_id

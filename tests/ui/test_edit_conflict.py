"""Two people on one back office edit the same case; the other saves first. Saving then never overwrites them
silently: the case screen names who changed it and when, shows their value beside yours for every field that
differs, and saves what is chosen per field against their version (so a third save in between asks again).
Cancelling keeps the input in the form, unsaved. Real encrypted workspace, two sessions, real widgets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QRadioButton
from pytestqt.qtbot import QtBot
from ui_helpers import add_case

from app.casework import cases
from app.casework.cases import CaseFile
from app.permissions import Role
from app.workspace.accounts import add_account
from app.workspace.folder import EmbeddedWorkspace, unlock
from app.workspace.session import OpenWorkspace
from ui.case.edit_conflict_dialog import EditConflictDialog
from ui.case.screen import CaseScreen
from ui.context import WorkspaceContext

JAN_PASSPHRASE = "jan zijn eigen lange wachtzin"


@pytest.fixture
def jan(office: OpenWorkspace) -> Iterator[OpenWorkspace]:
    """Jan de Vries, a colleague at the same back office, in a session of his own."""
    assert isinstance(office, EmbeddedWorkspace)
    add_account(office, "jdevries", "Jan de Vries", frozenset({Role.BACKOFFICE}), JAN_PASSPHRASE)
    session = unlock(office.folder, JAN_PASSPHRASE, "jdevries")
    yield session
    if not session.is_locked:
        session.lock()


@pytest.fixture
def screen(qtbot: QtBot, office_context: WorkspaceContext) -> CaseScreen:
    widget = CaseScreen(office_context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def jan_saves(jan: OpenWorkspace, case_id: str, **changes: Any) -> None:
    """Jan opens the case and saves it with `changes` (client or case fields)."""
    theirs = cases.open_case(jan, case_id)
    client = replace(theirs.client, **{k: v for k, v in changes.items() if hasattr(theirs.client, k)})
    case = replace(theirs.case, **{k: v for k, v in changes.items() if hasattr(theirs.case, k)})
    cases.update_case(jan, case_id, theirs.version, client, theirs.detention, case)


def stored(context: WorkspaceContext, case_id: str) -> CaseFile:
    return cases.open_case(context.workspace, case_id)


def open_and_type(qtbot: QtBot, screen: CaseScreen, case_id: str) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_case(case_id)
    qtbot.keyClicks(screen.notes, "Mijn aantekening")
    qtbot.keyClicks(screen.address, "Nieuwe straat 1")


def wait_for_choice(qtbot: QtBot, screen: CaseScreen, previous: EditConflictDialog | None = None) -> EditConflictDialog:
    qtbot.waitUntil(lambda: screen.conflict_dialog not in (None, previous) and screen.conflict_dialog.isVisible(),
                    timeout=10_000)
    dialog = screen.conflict_dialog
    assert dialog is not None
    return dialog


def rows(dialog: EditConflictDialog) -> dict[str, tuple[str, str, str]]:
    """Per listed field: their value, mine, and which is chosen ("theirs" or "mine")."""
    shown = {}
    for field in dialog.choices:
        theirs, mine = (dialog.findChild(QLabel, f"{side}_{field.value}_value") for side in ("theirs", "mine"))
        assert theirs is not None and mine is not None
        chosen = dialog.findChild(QRadioButton, f"mine_{field.value}")
        assert chosen is not None
        shown[field.value] = (theirs.text(), mine.text(), "mine" if chosen.isChecked() else "theirs")
    return shown


def click(qtbot: QtBot, dialog: EditConflictDialog, name: str) -> None:
    button = dialog.findChild(QRadioButton, name)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_other_saved_first_choose_per_field_and_save(
        qtbot: QtBot, screen: CaseScreen, office_context: WorkspaceContext, jan: OpenWorkspace,
        shown_errors: list[Exception]) -> None:
    case_id = add_case(office_context.workspace, "Ouder")
    open_and_type(qtbot, screen, case_id)
    jan_saves(jan, case_id, phone="0611111111", notes="Elders gewijzigd")

    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_choice(qtbot, screen)
    assert re.fullmatch(r"Changed by Jan de Vries at \d\d:\d\d", dialog.heading.text())
    assert rows(dialog) == {  # neither changed the name, the dates or the status: not listed
        "address": ("(empty)", "Nieuwe straat 1", "mine"),
        "phone": ("0611111111", "(empty)", "theirs"),
        "notes": ("Elders gewijzigd", "Mijn aantekening", "mine"),
    }
    click(qtbot, dialog, "theirs_notes")

    # Jan saves once more before the choice is confirmed: asked again, against what he saved now.
    jan_saves(jan, case_id, surname="Jansen")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    again = wait_for_choice(qtbot, screen, dialog)
    assert rows(again) == {
        "surname": ("Jansen", "Ouder", "theirs"),
        "address": ("(empty)", "Nieuwe straat 1", "mine"),
    }
    assert stored(office_context, case_id).client.address == ""  # nothing of mine written yet

    with qtbot.waitSignal(screen.saved, timeout=10_000):
        qtbot.mouseClick(again.confirm_button, Qt.MouseButton.LeftButton)
    result = stored(office_context, case_id)
    assert (result.client.surname, result.client.phone, result.client.address, result.case.notes) == (
        "Jansen", "0611111111", "Nieuwe straat 1", "Elders gewijzigd")
    assert (screen.surname.text(), screen.notes.toPlainText()) == ("Jansen", "Elders gewijzigd")
    assert not screen.has_unsaved_changes() and screen.form_message.text() == "Saved."
    assert screen.conflict_dialog is None
    with office_context.workspace.unit_of_work() as uow:  # an ordinary, audited update, by whoever saved last
        assert cases.last_change(uow, case_id)[0] == "Backoffice Teststad"
    assert shown_errors == []


def test_cancelling_the_choice_keeps_the_input_unsaved(
        qtbot: QtBot, screen: CaseScreen, office_context: WorkspaceContext, jan: OpenWorkspace,
        shown_errors: list[Exception]) -> None:
    case_id = add_case(office_context.workspace, "Ouder")
    open_and_type(qtbot, screen, case_id)
    jan_saves(jan, case_id, notes="Elders gewijzigd")

    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_choice(qtbot, screen)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.conflict_dialog is None)
    assert screen.notes.toPlainText() == "Mijn aantekening"
    assert screen.address.text() == "Nieuwe straat 1"
    assert screen.has_unsaved_changes()
    assert screen.form_message.text().startswith("Not saved")
    assert stored(office_context, case_id).case.notes == "Elders gewijzigd"

    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)  # saving again asks again, never overwrites
    assert rows(wait_for_choice(qtbot, screen))["notes"] == ("Elders gewijzigd", "Mijn aantekening", "mine")
    assert stored(office_context, case_id).case.notes == "Elders gewijzigd"
    assert shown_errors == []

"""CaseScreen: create and edit over a real encrypted workspace, driven by the keyboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import INVALID_BSN, OTHER_VALID_BSN, VALID_BSN, add_case, cell_text, wait_idle

from app.casework import cases
from app.casework.cases import CaseFile
from app.domain import CaseDirection, CaseStatus, TargetGroup, mask_bsn
from ui import dialogs
from ui.case.access_history import AccessHistoryDialog
from ui.case.screen import CaseScreen
from ui.context import WorkspaceContext
from ui.register.screen import RegisterScreen


@pytest.fixture
def screen(qtbot: QtBot, context: WorkspaceContext) -> CaseScreen:
    widget = CaseScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def open_case(qtbot: QtBot, screen: CaseScreen, case_id: str) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_case(case_id)


def read_case(context: WorkspaceContext, case_id: str) -> CaseFile:
    return cases.open_case(context.workspace, case_id)


def case_count(context: WorkspaceContext) -> int:
    with context.workspace.unit_of_work() as uow:
        return uow.cases.count_cases()


def tab(qtbot: QtBot, times: int = 1) -> QWidget:
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def type_here(qtbot: QtBot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def save_shortcut(qtbot: QtBot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_create_with_the_keyboard_appears_in_the_register(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    register = RegisterScreen(context)
    qtbot.addWidget(register)
    with qtbot.waitSignal(register.loaded):
        register.load()
    assert register.model.total_count == 0

    screen.new_case()
    assert screen.coordinator.text() == "Test Coördinator"
    assert QApplication.focusWidget() is screen.given_names
    type_here(qtbot, "Karel")
    assert tab(qtbot) is screen.surname_prefix
    type_here(qtbot, "van")
    assert tab(qtbot) is screen.surname
    type_here(qtbot, "Toetsenbord")
    assert tab(qtbot) is screen.date_of_birth
    type_here(qtbot, "01-04-1985")
    assert tab(qtbot) is screen.bsn.line_edit
    type_here(qtbot, "111 222 333")
    assert tab(qtbot, 3) is screen.municipality  # past Show and Copy
    type_here(qtbot, "Teststad")
    assert tab(qtbot, 3) is screen.prison
    type_here(qtbot, "PI Vught")
    assert tab(qtbot) is screen.detention_start
    type_here(qtbot, "5/1/2026")
    assert tab(qtbot) is screen.expected_release_check
    qtbot.keyClick(screen.expected_release_check, Qt.Key.Key_Space)
    assert tab(qtbot) is screen.expected_release
    type_here(qtbot, "10012026")
    assert screen.no_duty_hint.isVisibleTo(screen)
    assert screen.aftercare_end_hint.text() == "Aftercare ends on 10-04-2026"
    assert tab(qtbot, 2) is screen.status  # past "Actual release"; its disabled date is skipped
    qtbot.keyClick(screen.status, Qt.Key.Key_Down)
    assert tab(qtbot) is screen.case_direction
    assert tab(qtbot, 2) is screen.target_groups[TargetGroup.TOP_X]
    qtbot.keyClick(screen.target_groups[TargetGroup.TOP_X], Qt.Key.Key_Space)
    assert tab(qtbot, 6) is screen.notes
    type_here(qtbot, "Intake gepland.")
    assert screen.has_unsaved_changes()

    with qtbot.waitSignal(screen.saved, timeout=10_000) as saved:
        save_shortcut(qtbot)
    case_id = saved.args[0]
    stored = read_case(context, case_id)
    assert (stored.client.given_names, stored.client.surname_prefix, stored.client.surname) == (
        "Karel", "van", "Toetsenbord")
    assert stored.client.date_of_birth == date(1985, 4, 1)
    assert stored.client.bsn == VALID_BSN
    assert stored.detention.prison == "PI Vught"
    assert stored.detention.start_date == date(2026, 1, 5)
    assert stored.detention.expected_release_date == date(2026, 1, 10)
    assert stored.detention.actual_release_date is None
    assert stored.case.status is CaseStatus.CONTACT
    assert stored.case.status_dates == {CaseStatus.CONTACT: date.today()}
    assert stored.case.target_groups == frozenset({TargetGroup.TOP_X})
    assert stored.case.notes == "Intake gepland."
    assert stored.case.coordinator == "Test Coördinator"
    assert not screen.has_unsaved_changes()
    assert screen.case_id == case_id
    assert screen.bsn.is_masked  # after saving, the form shows what was stored, masked again

    qtbot.waitUntil(lambda: register.model.total_count == 1)
    assert register.model.index_of(case_id).isValid()


def test_invalid_bsn_shows_the_message_and_blocks_saving(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    screen.new_case()
    qtbot.keyClicks(screen.given_names, "Karel")
    qtbot.keyClicks(screen.surname, "Elfproef")
    screen.date_of_birth.set_value(date(1985, 4, 1))
    screen.prison.setCurrentText("PI Vught")
    screen.bsn.line_edit.setFocus()
    qtbot.keyClicks(screen.bsn.line_edit, INVALID_BSN[:8])
    message = screen._messages["bsn"]
    assert message.message == ""  # no complaint while the number is still being typed
    qtbot.keyClicks(screen.bsn.line_edit, INVALID_BSN[8:])
    assert message.message == "This BSN is not valid: it must be 9 digits and pass the 11-test."
    assert message.label.isVisibleTo(screen)
    assert "border" in screen.bsn.line_edit.styleSheet()
    assert screen.bsn.line_edit.accessibleDescription() == message.message

    saved: list[str] = []
    screen.saved.connect(saved.append)
    save_shortcut(qtbot)
    wait_idle(qtbot, context)
    assert not saved and case_count(context) == 0
    assert screen.form_message.text() == "Not saved: correct the marked fields."
    assert screen.bsn.value() == INVALID_BSN and screen.surname.text() == "Elfproef"  # the input stays

    screen.bsn.line_edit.clear()
    qtbot.keyClicks(screen.bsn.line_edit, VALID_BSN)
    assert message.message == "" and screen.bsn.line_edit.styleSheet() == ""


def test_every_wrong_field_is_marked_at_once(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    screen.new_case()
    screen.detention_start.set_value(date(2026, 3, 1))
    screen.expected_release_check.setChecked(True)
    screen.expected_release.set_value(date(2026, 2, 1))
    assert not screen.save()
    marked = {field for field, message in screen._messages.items() if message.message}
    assert marked == {"given_names", "surname", "date_of_birth", "prison", "expected_release_date"}
    assert QApplication.focusWidget() is screen.given_names  # the first wrong field
    assert case_count(context) == 0


def paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_line_break_or_tab_in_a_name_pi_or_coordinator_is_refused_on_its_field(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    screen.new_case()
    paste(qtbot, screen.given_names, "Jan\nPiet")
    paste(qtbot, screen.surname_prefix, "van\t")
    paste(qtbot, screen.surname, "Kanarie\x07")
    screen.date_of_birth.set_value(date(1985, 4, 1))
    prison_edit = screen.prison.lineEdit()
    assert prison_edit is not None
    paste(qtbot, prison_edit, "PI\r\nVught")
    screen.coordinator.clear()
    paste(qtbot, screen.coordinator, "Anna\tBakker")
    assert not screen.save()
    shown = {field: message.message for field, message in screen._messages.items() if message.message}
    rest = "holds a line break, tab or other control character. Type it on one line, without those characters."
    assert shown == {"given_names": f"Given names {rest}", "surname_prefix": f"Surname prefix {rest}",
                     "surname": f"Surname {rest}", "prison": f"PI {rest}", "coordinator": f"Coordinator {rest}"}
    assert QApplication.focusWidget() is screen.given_names
    wait_idle(qtbot, context)
    assert case_count(context) == 0


def test_edit_and_save(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Bewerkt", bsn=VALID_BSN)
    open_case(qtbot, screen, case_id)
    assert screen.surname.text() == "Bewerkt" and not screen.has_unsaved_changes()
    screen.surname.selectAll()
    qtbot.keyClicks(screen.surname, "Gewijzigd")
    screen.case_direction.setCurrentIndex(screen.case_direction.findData(CaseDirection.PROBATION.value))
    screen.actual_release_check.setChecked(True)
    screen.actual_release.set_value(date(2026, 2, 1))
    assert screen.aftercare_end_hint.text() == "Aftercare ends on 01-05-2026"
    assert screen.has_unsaved_changes()
    with qtbot.waitSignal(screen.saved, timeout=10_000):
        screen.save_button.click()
    stored = read_case(context, case_id)
    assert stored.client.surname == "Gewijzigd"
    assert stored.case.case_direction is CaseDirection.PROBATION
    assert stored.detention.actual_release_date == date(2026, 2, 1)
    assert stored.client.bsn == VALID_BSN  # untouched while masked
    assert not screen.has_unsaved_changes()
    assert screen.form_message.text() == "Saved."

    # The next save uses the new version: no stale-edit refusal.
    qtbot.keyClicks(screen.phone, "0612345678")
    with qtbot.waitSignal(screen.saved, timeout=10_000):
        screen.save()
    assert read_case(context, case_id).client.phone == "0612345678"


def test_status_steps_are_listed_with_their_dates(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Stappen")
    open_case(qtbot, screen, case_id)
    today = date.today().strftime("%d-%m-%Y")
    assert screen.status_steps.text() == f"Notification  {today}"
    screen.status.setCurrentIndex(screen.status.findData(CaseStatus.INTAKE.value))
    assert screen.status_steps.text().splitlines() == [f"Notification  {today}", "Contact  –", f"Intake  {today}"]


def test_a_bsn_of_another_client_is_marked_on_the_field(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    add_case(context.workspace, "Eerste", bsn=VALID_BSN)
    second = add_case(context.workspace, "Tweede", bsn=OTHER_VALID_BSN)
    open_case(qtbot, screen, second)
    screen.bsn.line_edit.setFocus()
    qtbot.keyClicks(screen.bsn.line_edit, VALID_BSN)  # typing over the masked number starts a new one
    screen.save()
    wait_idle(qtbot, context)
    assert screen._messages["bsn"].message.startswith("Another client already has this BSN")
    assert read_case(context, second).client.bsn == OTHER_VALID_BSN


@pytest.mark.parametrize(("choice", "leaves", "saved"), [
    (dialogs.UnsavedChoice.CANCEL, False, False),
    (dialogs.UnsavedChoice.DISCARD, True, False),
    (dialogs.UnsavedChoice.SAVE, True, True),
])
def test_unsaved_changes_are_asked_about_on_leaving(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch,
        choice: dialogs.UnsavedChoice, leaves: bool, saved: bool) -> None:
    case_id = add_case(context.workspace, "Vertrek")
    open_case(qtbot, screen, case_id)
    asked: list[bool] = []

    def answer(_parent: object) -> dialogs.UnsavedChoice:
        asked.append(True)
        return choice

    monkeypatch.setattr(dialogs, "ask_unsaved_changes", answer)
    closed: list[bool] = []
    screen.closed.connect(lambda: closed.append(True))

    qtbot.keyClick(screen.given_names, Qt.Key.Key_Escape)  # nothing changed: leaves without asking
    assert closed == [True] and not asked
    closed.clear()

    open_case(qtbot, screen, case_id)
    qtbot.keyClicks(screen.address, "Nieuwe straat 1")
    qtbot.keyClick(screen.address, Qt.Key.Key_Escape)
    assert asked == [True]
    assert bool(closed) is leaves
    assert (read_case(context, case_id).client.address == "Nieuwe straat 1") is saved
    if leaves:
        assert screen.given_names.text() == "" and screen.case_id is None  # cleared on the way out
    else:
        assert screen.address.text() == "Nieuwe straat 1"


def test_saving_on_leave_with_wrong_input_stays(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = add_case(context.workspace, "Blijf")
    open_case(qtbot, screen, case_id)
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda _parent: dialogs.UnsavedChoice.SAVE)
    screen.surname.clear()
    assert screen.confirm_leave() is False
    assert screen._messages["surname"].message == "This field is required."


def test_bsn_is_masked_until_shown(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Gemaskeerd", bsn=VALID_BSN)
    open_case(qtbot, screen, case_id)
    edit = screen.bsn.line_edit
    assert edit.text() == mask_bsn(VALID_BSN) == "••••••333"
    assert edit.isReadOnly()
    qtbot.mouseClick(screen.bsn.show_button, Qt.MouseButton.LeftButton)
    assert edit.text() == VALID_BSN and not edit.isReadOnly()
    assert screen.bsn.show_button.text() == "Hide"
    qtbot.mouseClick(screen.bsn.show_button, Qt.MouseButton.LeftButton)
    assert edit.text() == "••••••333" and screen.bsn.value() == VALID_BSN
    assert not screen.has_unsaved_changes()
    screen.bsn.show_button.click()
    screen.clear()  # the app locks: the next case starts masked again
    open_case(qtbot, screen, case_id)
    assert edit.text() == "••••••333" and not screen.bsn.show_button.isChecked()


def test_copy_clears_the_clipboard_after_the_timeout_only_if_unchanged(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.widgets.bsn

    monkeypatch.setattr(ui.widgets.bsn, "CLIPBOARD_CLEAR_SECONDS", 0.05)
    clipboard = QApplication.clipboard()
    case_id = add_case(context.workspace, "Klembord", bsn=VALID_BSN)
    open_case(qtbot, screen, case_id)

    qtbot.mouseClick(screen.bsn.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == VALID_BSN
    assert screen.bsn.line_edit.text() == "••••••333"  # copying does not reveal
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)

    qtbot.mouseClick(screen.bsn.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("iets anders")
    qtbot.wait(200)
    assert clipboard.text() == "iets anders"


def test_access_history_lists_the_view(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Inzage")
    screen.new_case()
    assert not screen.access_history_button.isEnabled()
    open_case(qtbot, screen, case_id)
    qtbot.mouseClick(screen.access_history_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(AccessHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0)
    actions = [cell_text(dialog.table, row, 1) for row in range(dialog.table.rowCount())]
    assert actions[:3] == ["Created", "Created", "Created"]  # client, detention, case
    assert actions[-1] == "Viewed"
    assert cell_text(dialog.table, dialog.table.rowCount() - 1, 3) == "Test Coördinator"
    assert cell_text(dialog.table, dialog.table.rowCount() - 1, 5) == "this PC"
    assert cell_text(dialog.table, dialog.table.rowCount() - 1, 6) == "Aftercare"
    when = cell_text(dialog.table, 0, 0)
    assert len(when) == 16 and when[2] == when[5] == "-" and when[10] == " "  # dd-mm-yyyy HH:mm


def test_clear_empties_every_field(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Leeg", bsn=VALID_BSN, expected_release=date(2026, 6, 1))
    open_case(qtbot, screen, case_id)
    screen.notes.setPlainText("Geheim")
    screen.clear()
    for edit in (screen.given_names, screen.surname, screen.surname_prefix, screen.coordinator, screen.phone):
        assert edit.text() == ""
    assert screen.date_of_birth.value() is None
    assert screen.bsn.value() == "" and screen.bsn.line_edit.text() == ""
    assert screen.prison.currentText() == "" and not screen.expected_release_check.isChecked()
    assert screen.notes.toPlainText() == "" and screen.title.text() == ""
    assert screen.case_id is None and not screen.has_unsaved_changes()


def test_hints_follow_the_dates(screen: CaseScreen) -> None:
    screen.new_case()
    start = date(2026, 3, 1)
    screen.detention_start.set_value(start)
    assert not screen.no_duty_hint.isVisibleTo(screen) and not screen.aftercare_end_hint.isVisibleTo(screen)
    screen.expected_release_check.setChecked(True)
    screen.expected_release.set_value(start + timedelta(days=9))
    assert screen.no_duty_hint.isVisibleTo(screen)
    screen.expected_release.set_value(start + timedelta(days=10))
    assert not screen.no_duty_hint.isVisibleTo(screen)
    assert screen.aftercare_end_hint.text() == "Aftercare ends on 11-06-2026"


@pytest.mark.parametrize(("key", "field"), [
    (Qt.Key.Key_N, "surname"), (Qt.Key.Key_B, "date_of_birth"), (Qt.Key.Key_I, "prison"), (Qt.Key.Key_T, "notes"),
])
def test_alt_letters_jump_to_fields(qtbot: QtBot, screen: CaseScreen, key: Qt.Key, field: str) -> None:
    screen.new_case()
    qtbot.keyClick(screen.given_names, key, Qt.KeyboardModifier.AltModifier)
    target = getattr(screen, field)
    focused = QApplication.focusWidget()
    assert focused is target or (focused is not None and target.isAncestorOf(focused))


def test_a_letter_in_the_bsn_is_flagged_at_once(qtbot: QtBot, screen: CaseScreen) -> None:
    screen.new_case()
    screen.bsn.line_edit.setFocus()
    qtbot.keyClicks(screen.bsn.line_edit, "12a")
    assert screen._messages["bsn"].message.startswith("This BSN is not valid")

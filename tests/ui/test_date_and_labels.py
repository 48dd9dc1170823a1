"""Dates typed and shown as dd-mm-yyyy, and a label for every stored value."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.audit import AuditAction, Outcome, Purpose
from app.casework.intake import parse_amount
from app.domain import CaseDirection, CaseStatus, TargetGroup
from ui.texts import labels
from ui.texts.formatting import format_amount, format_date, format_date_time, from_qdate, to_qdate
from ui.widgets.date_edit import DateEdit


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def focused_date_edit(qtbot: QtBot, window: QWidget, allow_empty: bool) -> DateEdit:
    """A DateEdit reached with Tab from a line edit, as a user would."""
    before = QLineEdit(window)
    edit = DateEdit(window, allow_empty=allow_empty)
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(edit)
    window.show()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(edit.hasFocus)
    return edit


@pytest.mark.parametrize("allow_empty", [False, True])
@pytest.mark.parametrize("typed", ["15031990", "15-03-1990", "15/03/1990", "15.3.1990", "15-3-1990"])
def test_dates_typed_as_people_do(qtbot: QtBot, window: QWidget, typed: str, allow_empty: bool) -> None:
    edit = focused_date_edit(qtbot, window, allow_empty)
    qtbot.keyClicks(edit, typed)
    assert edit.value() == date(1990, 3, 15)
    assert edit.text() == "15-03-1990"


def test_an_empty_date_stays_empty_until_typed(qtbot: QtBot, window: QWidget) -> None:
    edit = focused_date_edit(qtbot, window, allow_empty=True)
    assert edit.value() is None and edit.text() == "dd-mm-yyyy"
    qtbot.keyClicks(edit, "5-3-1990")
    assert edit.value() == date(1990, 3, 5)
    edit.set_value(None)
    assert edit.value() is None


@pytest.mark.parametrize("typed", ["", "15031990"])
def test_tab_leaves_the_date_also_when_empty(qtbot: QtBot, window: QWidget, typed: str) -> None:
    """QDateTimeEdit walks its sections on Tab, and on an empty field kept the focus for good."""
    before, edit, after = QLineEdit(window), DateEdit(window, allow_empty=True), QLineEdit(window)
    layout = QVBoxLayout(window)
    for widget in (before, edit, after):
        layout.addWidget(widget)
    window.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert before.hasFocus()


def test_formatting() -> None:
    assert format_date(date(2026, 1, 5)) == "05-01-2026"
    assert format_date(None) == ""
    assert from_qdate(to_qdate(date(1999, 12, 31))) == date(1999, 12, 31)
    assert to_qdate(date(2026, 2, 3)) == QDate(2026, 2, 3)
    local = datetime(2026, 7, 1, 10, 30, tzinfo=UTC).astimezone()
    assert format_date_time(datetime(2026, 7, 1, 10, 30, tzinfo=UTC)) == local.strftime("%d-%m-%Y %H:%M")
    assert format_date_time(datetime(2026, 7, 1, 10, 30)) == local.strftime("%d-%m-%Y %H:%M")  # naive is UTC


def test_every_stored_value_has_a_label(qapp: object) -> None:
    assert [labels.label(s) for s in CaseStatus] == [
        "Notification", "Contact", "Intake", "Plan", "Aftercare", "Closed"]
    assert all(labels.label(group) for group in TargetGroup)
    assert all(labels.label(direction) for direction in CaseDirection)
    assert all(labels.stored_label(AuditAction, action) != action.value for action in AuditAction)
    assert all(labels.stored_label(Outcome, outcome) != outcome.value for outcome in Outcome)
    assert all(labels.stored_label(Purpose, purpose) != purpose.value for purpose in Purpose)
    assert labels.stored_label(AuditAction, "from_a_newer_version") == "from_a_newer_version"
    assert labels.record_type_label(None) == ""


@pytest.mark.parametrize(("amount", "dutch", "english"), [
    ("0.50", "0,50", "0.50"), ("12.5", "12,50", "12.50"), ("1250.75", "1.250,75", "1250.75"),
    ("12500", "12.500,00", "12500.00"), ("1234567.89", "1.234.567,89", "1234567.89")])
def test_amounts_show_thousands_and_read_back(amount: str, dutch: str, english: str) -> None:
    """Dutch amounts group thousands with QLocale's separator; what is shown reads back as the same amount."""
    value = Decimal(amount)
    assert (format_amount(value, "nl"), format_amount(value, "en")) == (dutch, english)
    assert parse_amount(dutch) == parse_amount(english) == value


def test_an_empty_date_shows_its_hint_in_the_placeholder_colour(qtbot: QtBot, window: QWidget) -> None:
    edit = DateEdit(window, allow_empty=True)
    text_colour = lambda: edit.lineEdit().palette().color(QPalette.ColorRole.Text)  # noqa: E731
    assert edit.text() == "dd-mm-yyyy"
    assert text_colour() == QPalette().color(QPalette.ColorRole.PlaceholderText)
    edit.set_value(date(1990, 3, 15))
    assert text_colour() == QPalette().color(QPalette.ColorRole.Text)
    edit.set_value(None)
    assert text_colour() == QPalette().color(QPalette.ColorRole.PlaceholderText)


def test_the_clear_button_empties_an_optional_date(qtbot: QtBot, window: QWidget) -> None:
    edit = focused_date_edit(qtbot, window, allow_empty=True)
    button = edit.clear_button
    assert button is not None and not button.isVisible()  # nothing to clear yet
    assert button.accessibleName() == "Clear date" and button.toolTip()
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus  # Delete does it from the keyboard
    qtbot.keyClicks(edit, "15031990")
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert edit.value() is None and edit.text() == "dd-mm-yyyy"
    assert not button.isVisible()


def test_a_required_date_has_no_clear_button_and_keeps_its_date(qtbot: QtBot, window: QWidget) -> None:
    edit = focused_date_edit(qtbot, window, allow_empty=False)
    qtbot.keyClicks(edit, "15031990")
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    edit.interpretText()
    assert edit.clear_button is None and edit.value() is not None


def test_delete_empties_an_optional_date_and_backspace_while_typing_takes_back_a_digit(
        qtbot: QtBot, window: QWidget) -> None:
    edit = focused_date_edit(qtbot, window, allow_empty=True)
    qtbot.keyClicks(edit, "15031990")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "15-03-199"  # one digit back, the date is not gone
    qtbot.keyClicks(edit, "1")
    assert edit.value() == date(1991, 3, 15)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None


def test_backspace_on_a_date_just_tabbed_into_empties_it(qtbot: QtBot, window: QWidget) -> None:
    before = QLineEdit(window)
    edit = DateEdit(window, allow_empty=True)
    edit.set_value(date(1990, 3, 15))
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(edit)
    window.show()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(edit.hasFocus)
    assert edit.lineEdit().hasSelectedText()  # the day, as Qt selects it on Tab
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.value() is None


def test_a_date_that_may_not_be_changed_shows_no_clear_button(qtbot: QtBot, window: QWidget) -> None:
    edit = DateEdit(window, allow_empty=True)
    edit.set_value(date(1990, 3, 15))
    window.show()
    qtbot.waitUntil(lambda: edit.clear_button is not None and edit.clear_button.isVisible())
    edit.setEnabled(False)
    assert edit.clear_button is not None and not edit.clear_button.isVisible()
    edit.setEnabled(True)
    edit.setReadOnly(True)
    assert not edit.clear_button.isVisible()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() == date(1990, 3, 15)

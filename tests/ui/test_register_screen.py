"""RegisterScreen driven by the keyboard over a real encrypted workspace with demo cases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, show_all_statuses

from app.casework.register import RegisterRow, load_register
from app.demo.workspace import fill_with_demo_cases
from app.domain import CaseStatus
from ui.context import WorkspaceContext
from ui.register.model import Column
from ui.register.screen import RegisterScreen


@pytest.fixture
def screen(qtbot: QtBot, context: WorkspaceContext) -> RegisterScreen:
    fill_with_demo_cases(context.workspace, 200)
    widget = RegisterScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    show_all_statuses(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.load()
    return widget


def stored_rows(context: WorkspaceContext) -> list[RegisterRow]:
    return load_register(context.workspace, frozenset())


def shown_rows(screen: RegisterScreen) -> list[RegisterRow]:
    model = screen.model
    return [row for position in range(model.rowCount()) if (row := model.row_at(model.index(position, 0)))]


def test_loads_all_cases_sorted_by_name(screen: RegisterScreen) -> None:
    assert screen.model.rowCount() == 200
    assert screen.count_label.text() == "200 of 200 cases"
    names = [row.name.casefold() for row in shown_rows(screen)]
    assert names == sorted(names)


def test_search_as_you_type(qtbot: QtBot, screen: RegisterScreen) -> None:
    screen.focus_search()
    qtbot.keyClicks(screen.search, "Proef")
    assert shown_rows(screen) and all("proefmans" in row.search_key for row in shown_rows(screen))
    assert screen.count_label.text() == f"{screen.model.rowCount()} of 200 cases"
    qtbot.keyClicks(screen.search, "mans jan")
    assert all("jan" in row.search_key for row in shown_rows(screen))
    screen.search.clear()
    assert screen.model.rowCount() == 200


def test_enter_on_a_single_match_opens_it(qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext) -> None:
    wanted = stored_rows(context)[42]
    dotted = f"{wanted.bsn[:4]}.{wanted.bsn[4:6]}.{wanted.bsn[6:]}"
    screen.focus_search()
    qtbot.keyClicks(screen.search, dotted)
    assert [row.case_id for row in shown_rows(screen)] == [wanted.case_id]
    with qtbot.waitSignal(screen.open_case_requested) as opened:
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert opened.args == [wanted.case_id]


def test_enter_with_several_matches_moves_to_the_table_then_opens(qtbot: QtBot, screen: RegisterScreen) -> None:
    screen.focus_search()
    qtbot.keyClicks(screen.search, "jan")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.table
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    second = screen.model.row_at(screen.model.index(1, 0))
    assert second is not None
    with qtbot.waitSignal(screen.open_case_requested) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [second.case_id]


def test_down_arrow_from_search_goes_to_the_first_row(qtbot: QtBot, screen: RegisterScreen) -> None:
    screen.focus_search()
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is screen.table
    assert screen.table.currentIndex().row() == 0


def test_double_click_opens(qtbot: QtBot, screen: RegisterScreen) -> None:
    first = screen.model.row_at(screen.model.index(0, 0))
    assert first is not None
    rect = screen.table.visualRect(screen.model.index(0, 1))
    # A real double click is a press, release, then the double-click event; the view needs the first press.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.open_case_requested) as opened:
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [first.case_id]


def test_status_and_release_filters(qtbot: QtBot, screen: RegisterScreen) -> None:
    screen.status_filter.setFocus()
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(CaseStatus.CLOSED.value))
    assert shown_rows(screen) and {row.status for row in shown_rows(screen)} == {CaseStatus.CLOSED}
    screen.status_filter.setCurrentIndex(0)
    assert not screen.release_within_days.isEnabled()
    qtbot.mouseClick(screen.release_within_check, Qt.MouseButton.LeftButton)
    assert screen.release_within_days.value() == 14 and screen.release_within_days.isEnabled()
    today = date.today()
    assert all(row.release_date is not None and today <= row.release_date <= today + timedelta(days=14)
               for row in shown_rows(screen))
    within_14 = screen.model.rowCount()
    screen.release_within_days.setValue(200)
    assert screen.model.rowCount() >= within_14


def test_new_case_button(qtbot: QtBot, screen: RegisterScreen) -> None:
    with qtbot.waitSignal(screen.new_case_requested):
        qtbot.mouseClick(screen.new_case_button, Qt.MouseButton.LeftButton)


def test_table_shows_only_masked_bsns(screen: RegisterScreen, context: WorkspaceContext) -> None:
    bsns = {row.bsn for row in stored_rows(context)}
    model = screen.model
    texts = [model.data(model.index(r, c)) for r in range(model.rowCount()) for c in Column]
    assert not any(bsn in text for text in texts for bsn in bsns)


def test_a_change_elsewhere_refreshes_only_that_row(
        qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext) -> None:
    """A write announced through Operations.changed reaches the register without reloading it."""
    from app.casework.cases import Changes

    loads: list[bool] = []
    screen.loaded.connect(lambda: loads.append(True))
    case_id = add_case(context.workspace, "Nieuwkomer", bsn="111222333")
    context.operations.changed.emit(Changes(case_ids=(case_id,)), None)
    qtbot.waitUntil(lambda: screen.model.total_count == 201)
    assert screen.count_label.text() == "201 of 201 cases"
    assert screen.model.index_of(case_id).isValid()
    assert not loads


def test_the_register_opens_on_the_ongoing_cases_and_clearing_the_filters_shows_the_closed_ones_too(
        qtbot: QtBot, context: WorkspaceContext) -> None:
    fill_with_demo_cases(context.workspace, 120)
    stored = stored_rows(context)
    closed = {row.case_id for row in stored if row.status is CaseStatus.CLOSED}
    assert closed and len(closed) < len(stored)
    widget = RegisterScreen(context)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.load()
    assert widget.status_filter.currentText() == "Ongoing"
    assert {row.case_id for row in shown_rows(widget)} == {row.case_id for row in stored} - closed
    assert widget.count_label.text() == f"{len(stored) - len(closed)} of {len(stored)} cases"
    qtbot.keyClicks(widget.search, "zzzz")
    qtbot.mouseClick(widget.clear_filters_button, Qt.MouseButton.LeftButton)
    assert widget.status_filter.currentText() == "All statuses"
    assert len(shown_rows(widget)) == len(stored)


def test_a_coordinator_laptop_hides_the_coordinator_column(screen: RegisterScreen) -> None:
    assert screen.table.horizontalHeader().isSectionHidden(Column.COORDINATOR)
    assert not screen.table.horizontalHeader().isSectionHidden(Column.NAME)


def _ask_tooltip(screen: RegisterScreen, column: Column) -> None:
    """Hover long enough over the first row's cell in `column`: the view gets a tooltip event there."""
    rect = screen.table.visualRect(screen.model.index(0, column))
    viewport = screen.table.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                                                viewport.mapToGlobal(rect.center())))


def test_a_cut_cell_shows_its_text_as_tooltip_and_a_cell_that_fits_shows_none(
        qtbot: QtBot, screen: RegisterScreen) -> None:
    header = screen.table.horizontalHeader()
    header.resizeSection(Column.PRISON, 30)  # too narrow for any PI's name
    _ask_tooltip(screen, Column.PRISON)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == screen.model.index(0, Column.PRISON).data())
    header.resizeSection(Column.PRISON, 400)
    _ask_tooltip(screen, Column.PRISON)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())

"""The Monitor screen of a real encrypted back office with demo cases: a year's key figures equal app.monitor.figures's,
a number lists exactly its cases, the tables are the export's (small cells hidden), the charts are drawn on white, a
grouping adds its table, and exporting writes the CSV (the file dialog stubbed) or says why it could not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from ui_helpers import wait_idle

from app.demo.workspace import fill_with_demo_cases
from app.errors import TerugkeerError
from app.monitor.figures import MonitorReport, Period, load_case_facts, monitor
from app.monitor.tables import Table
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.backoffice.monitor_figures import AggregateTable
from ui.backoffice.monitor_screen import MonitorScreen
from ui.context import WorkspaceContext
from ui.workspace_view import WorkspaceView

YEAR = 2025


@pytest.fixture
def screen(qtbot: QtBot, office: OpenWorkspace, office_context: WorkspaceContext) -> MonitorScreen:
    fill_with_demo_cases(office, 120, today=date(YEAR, 12, 31))
    widget = MonitorScreen(office_context)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.load()
    with qtbot.waitSignal(widget.computed, timeout=20_000):
        widget.period_chooser.choose_year(YEAR - 1)  # a change, so the year below is computed again
    with qtbot.waitSignal(widget.computed, timeout=20_000):
        widget.period_chooser.choose_year(YEAR)
    return widget


def expected(office: OpenWorkspace, period: Period) -> MonitorReport:
    with office.unit_of_work() as uow:
        return monitor(load_case_facts(uow), period)


def test_the_key_figures_equal_the_monitor_and_list_their_cases(
        qtbot: QtBot, screen: MonitorScreen, office: OpenWorkspace) -> None:
    report = expected(office, Period.year(YEAR))
    assert report.released.value > 5  # else the test below would prove little
    buttons = screen.key_figures.buttons
    for key in ("notified", "contacted_in_detention", "released", "reached", "offered", "accepted"):
        assert buttons[key].text() == str(getattr(report, key).value), key
    assert screen.status.text().startswith(f"01-01-{YEAR} to 31-12-{YEAR}.")

    with qtbot.waitSignal(screen.cases_shown, timeout=20_000):  # the ids are read on the worker
        qtbot.mouseClick(buttons["released"], Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert sorted(dialog.case_ids) == sorted(report.released.case_ids)
    assert dialog.table.rowCount() == report.released.value
    assert dialog.findChild(type(dialog.table), "erasedCount") is None
    names = dialog.names()
    assert names == sorted(names, key=str.casefold)

    opened: list[str] = []
    screen.open_case_requested.connect(opened.append)
    dialog.table.doubleClicked.emit(dialog.table.model().index(0, 0))
    assert opened == [dialog.case_ids[0]] and screen.dialog is None


def test_the_tables_are_the_exports_and_the_charts_are_drawn_on_white(
        screen: MonitorScreen, office: OpenWorkspace) -> None:
    report = expected(office, Period.year(YEAR))
    core = screen.table("Kerncijfers")
    assert core is not None
    assert [core.cell(row, 0) for row in range(3)] == ["Aangemeld", "Contact in detentie", "Vrijgekomen"]
    assert core.cell(2, 1) == str(report.released.value)
    assert [widget.table.title for widget in screen.tables][:2] == ["Kerncijfers", "Casusregie (aangemelde trajecten)"]
    for chart in screen.charts:
        assert b"<svg" in chart.svg and b"clipPath" not in chart.svg
        image = chart.grab().toImage()
        assert QColor(image.pixel(2, image.height() - 3)) == QColor("white")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 3  # bars, axes and labels, not an empty (or black) square


def test_a_grouping_adds_its_table_and_a_custom_period_is_checked(qtbot: QtBot, screen: MonitorScreen) -> None:
    with qtbot.waitSignal(screen.computed, timeout=20_000):
        screen.grouping.setCurrentIndex(screen.grouping.findData("target_group"))
    grouped = screen.table("Per target group")
    assert grouped is not None
    groups = {grouped.cell(row, 0) for row in range(grouped.view.rowCount())}
    assert "Top X / Top600" in groups and "top_x" not in groups

    shown = screen.key_figures.buttons["notified"].text()
    screen.period_chooser.choose_dates(date(YEAR, 6, 30), date(YEAR, 6, 1))
    assert screen.status.text() == "The period ends before it starts. Check the dates."
    assert screen.key_figures.buttons["notified"].text() == shown
    with qtbot.waitSignal(screen.computed, timeout=20_000):
        screen.period_chooser.end.set_value(date(YEAR, 9, 30))
    assert screen.status.text().startswith(f"30-06-{YEAR} to 30-09-{YEAR}.")


def test_exporting_writes_the_csv_and_says_it_holds_no_personal_data(
        qtbot: QtBot, screen: MonitorScreen, office: OpenWorkspace, office_context: WorkspaceContext,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    infos: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, text: infos.append(text))
    target = tmp_path / "monitor.csv"
    monkeypatch.setattr(dialogs, "ask_save_report", lambda _parent, _suggested: target)
    with qtbot.waitSignal(screen.exported, timeout=30_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
        assert screen.export_progress is not None and not screen.export_button.isEnabled()
    wait_idle(qtbot, office_context)
    report = expected(office, Period.year(YEAR))
    lines = target.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[:3] == ["Kerncijfers", "Cijfer;Aantal", f"Aangemeld;{report.notified.value}"]
    assert f"Vrijgekomen;{report.released.value}" in lines
    assert infos == [f"The monitor was saved as {target}. It holds no personal data: only totals, with counts below "
                     "5 hidden."]
    assert screen.export_progress is None and screen.export_button.isEnabled()


def test_an_export_that_cannot_be_written_is_said(
        qtbot: QtBot, screen: MonitorScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shown_errors: list[Exception]) -> None:
    monkeypatch.setattr(dialogs, "ask_save_report", lambda _parent, _suggested: tmp_path / "weg" / "monitor.pdf")
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=30_000)
    [error] = shown_errors
    assert isinstance(error, TerugkeerError) and error.code == "output_not_writable"
    assert screen.export_progress is None and screen.export_button.isEnabled()


def test_back_from_a_case_opened_from_the_monitor_returns_to_the_monitor(
        qtbot: QtBot, office: OpenWorkspace, office_context: WorkspaceContext) -> None:
    fill_with_demo_cases(office, 20, today=date(YEAR, 12, 31))
    case_id = _case_ids(office)[0]
    view = WorkspaceView(office_context)
    qtbot.addWidget(view)
    view.show()
    monitor_screen = view.monitor_screen
    assert monitor_screen is not None
    view.show_monitor()
    with qtbot.waitSignal(view.case_screen.loaded, timeout=10_000):
        monitor_screen.open_case_requested.emit(case_id)
    qtbot.mouseClick(view.case_screen.back_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is monitor_screen
    with qtbot.waitSignal(view.case_screen.loaded, timeout=10_000):
        view.register_screen.open_case_requested.emit(case_id)
    qtbot.mouseClick(view.case_screen.back_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.register_screen
    wait_idle(qtbot, office_context)


def _case_ids(office: OpenWorkspace) -> list[str]:
    with office.unit_of_work() as uow:
        return [facts.case_id for facts in load_case_facts(uow)]


def test_a_table_with_nothing_to_show_is_its_sentence(qtbot: QtBot) -> None:
    empty = AggregateTable(Table("Per doelgroep", (), (), "Geen trajecten met een doelgroep."))
    qtbot.addWidget(empty)
    empty.show()
    assert empty.note.isVisible() and empty.note.text() == "Geen trajecten met een doelgroep."
    assert not empty.view.isVisible()

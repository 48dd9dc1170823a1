"""The register screen on both engines, as a clerk uses it: on the server it reads a page at a time (scrolling to the
end reads the next), and search, sort and filters ask the server; what the clerk sees is the same on both."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from postgres_cluster import ServerDatabase
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import show_all_statuses, wait_idle

from app.casework import register_pages
from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.casework.register_pages import PAGE_SIZE
from app.demo.workspace import fill_with_demo_cases
from app.domain import CaseStatus
from app.permissions import Role
from app.policy import Policy
from app.settings import Settings
from ui.context import WorkspaceContext
from ui.operations import Operations
from ui.register.model import Column
from ui.register.paged_model import PagedRegisterModel
from ui.register.screen import RegisterScreen

CASES = 450
MANAGER_PASSWORD = "the application manager's own long passphrase"
BOTH_ENGINES = pytest.mark.parametrize(
    "engine_kind", ["embedded", pytest.param("server", marks=pytest.mark.server)], indirect=True)


def _loaded_register(qtbot: QtBot, context: WorkspaceContext) -> tuple[RegisterScreen, str]:
    fill_with_demo_cases(context.workspace, CASES, seed=3)
    noel = register_case(
        context.workspace,
        ClientData(given_names="Noël François", surname_prefix="van 't", surname="Hek-Müller",
                   date_of_birth=date(1985, 3, 14), bsn="111222333"),
        DetentionData(prison="PI Zwolle", start_date=date(2026, 9, 1), expected_release_date=date(2027, 2, 1)),
        CaseData()).case_ids[0]
    register = RegisterScreen(context)
    qtbot.addWidget(register)
    register.resize(1366, 700)
    register.show()
    show_all_statuses(register)
    with qtbot.waitSignal(register.loaded, timeout=20_000):
        register.load()
    wait_idle(qtbot, context)
    return register, noel


def _shown_case_ids(register: RegisterScreen) -> list[str]:
    return [row.case_id for position in range(register.model.rowCount())
            if (row := register.model.row_at(register.model.index(position, 0))) is not None]


@BOTH_ENGINES
def test_search_finds_people_as_they_are_typed(qtbot: QtBot, office_context: WorkspaceContext,
                                               engine_kind: str) -> None:
    register, noel = _loaded_register(qtbot, office_context)
    assert isinstance(register.model, PagedRegisterModel) is (engine_kind == "server")
    assert register.model.found_count == CASES + 1 and register.model.total_count == CASES + 1
    qtbot.keyClicks(register.search, "noel muller")
    qtbot.waitUntil(lambda: _shown_case_ids(register) == [noel], timeout=10_000)
    wait_idle(qtbot, office_context)
    assert f"1 of {CASES + 1}" in register.count_label.text()
    with qtbot.waitSignal(register.open_case_requested, timeout=5_000) as opened:
        qtbot.keyClick(register.search, Qt.Key.Key_Return)
    assert opened.args == [noel]


@BOTH_ENGINES
def test_scrolling_to_the_end_shows_every_case(qtbot: QtBot, office_context: WorkspaceContext,
                                              engine_kind: str) -> None:
    register, _noel = _loaded_register(qtbot, office_context)
    if engine_kind == "server":
        assert register.model.visible_count == PAGE_SIZE  # one page, not the whole register
    register.table.setFocus()
    for _page in range(6):  # each press on Ctrl+End goes to the last row read, which reads the next page
        qtbot.keyClick(register.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        wait_idle(qtbot, office_context)
    assert register.model.visible_count == CASES + 1
    assert len(set(_shown_case_ids(register))) == CASES + 1


@BOTH_ENGINES
def test_a_click_on_a_heading_sorts_and_filters_keep_working(qtbot: QtBot, office_context: WorkspaceContext,
                                                            engine_kind: str) -> None:
    register, _noel = _loaded_register(qtbot, office_context)
    header = register.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.RELEASE_DATE) + header.sectionSize(Column.RELEASE_DATE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_idle(qtbot, office_context)
    rows = [register.model.row_at(register.model.index(position, 0)) for position in range(50)]
    dates = [row.release_date for row in rows if row is not None and row.release_date is not None]
    assert len(dates) == 50 and dates == sorted(dates)
    register.status_filter.setCurrentIndex(register.status_filter.findData(CaseStatus.NOTIFIED.value))
    wait_idle(qtbot, office_context)
    shown = [register.model.row_at(register.model.index(position, 0)) for position in range(register.model.rowCount())]
    assert shown and all(row is not None and row.status is CaseStatus.NOTIFIED for row in shown)
    assert register.model.found_count < CASES


@pytest.mark.server
@pytest.mark.parametrize("engine_kind", ["server"], indirect=True)
def test_a_search_that_finds_many_says_it_finds_more_than_it_counted(qtbot: QtBot, office_context: WorkspaceContext,
                                                                      engine_kind: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """On a server a search that finds many is counted only so far (COUNT_UP_TO) and the count says "more than";
    a narrower search is counted exactly again."""
    monkeypatch.setattr(register_pages, "COUNT_UP_TO", 50)
    register, _noel = _loaded_register(qtbot, office_context)
    qtbot.keyClicks(register.search, "pi")  # every case: each PI's name starts with it
    qtbot.waitUntil(lambda: register.model.more_found, timeout=10_000)
    wait_idle(qtbot, office_context)
    assert register.count_label.text() == f"More than 50 of {CASES + 1} cases"
    assert register.model.visible_count == PAGE_SIZE
    qtbot.keyClicks(register.search, " zwolle")
    qtbot.waitUntil(lambda: not register.model.more_found, timeout=10_000)
    wait_idle(qtbot, office_context)
    shown = _shown_case_ids(register)
    assert 0 < len(shown) < 50 and register.count_label.text() == f"{len(shown)} of {CASES + 1} cases"


@BOTH_ENGINES
def test_a_search_that_finds_nothing_says_so_and_clears_in_one_click(qtbot: QtBot, office_context: WorkspaceContext,
                                                                     engine_kind: str) -> None:
    register, noel = _loaded_register(qtbot, office_context)
    qtbot.keyClicks(register.search, "222")  # the hidden middle of Noël's BSN: it finds nothing, it reveals nothing
    wait_idle(qtbot, office_context)
    assert noel not in _shown_case_ids(register)
    qtbot.keyClicks(register.search, "xq")
    qtbot.waitUntil(lambda: register.clear_filters_button.isVisible(), timeout=10_000)
    assert register.model.rowCount() == 0
    assert register.count_label.text() == f"No cases found ({CASES + 1} in all)"
    qtbot.mouseClick(register.clear_filters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: register.model.found_count == CASES + 1, timeout=10_000)
    assert register.search.text() == "" and not register.clear_filters_button.isVisible()
    qtbot.keyClicks(register.search, "333")  # the last three digits, as the register shows them
    qtbot.waitUntil(lambda: noel in _shown_case_ids(register), timeout=10_000)


@pytest.mark.server
def test_an_account_that_may_not_read_cases_gets_no_reads_from_the_register(
        qtbot: QtBot, server: ServerDatabase, tmp_path: Path, qapp: object, shown_errors: list[Exception]) -> None:
    """The application manager's window holds a register screen too (never loaded): building it, sorting and
    filtering it must not ask the server for cases it would refuse."""
    server.add_account("fbeheer", "Fons Beheer", frozenset({Role.APPLICATION_MANAGER}), MANAGER_PASSWORD)
    workspace = server.connect("fbeheer", MANAGER_PASSWORD)
    context = WorkspaceContext(workspace, Operations(), Settings(), tmp_path / "config", Policy())
    register = RegisterScreen(context)
    qtbot.addWidget(register)
    register.table.sortByColumn(Column.STATUS, Qt.SortOrder.DescendingOrder)
    qtbot.keyClicks(register.search, "jan")
    register.status_filter.setCurrentIndex(1)
    wait_idle(qtbot, context)
    assert shown_errors == [] and register.model.rowCount() == 0
    workspace.lock()

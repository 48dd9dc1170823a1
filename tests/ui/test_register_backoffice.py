"""The register at the back office, over a real encrypted workspace: the overview filters (coordinator, PI, target
group, open warnings) on the rows in memory, and handing selected cases over to another coordinator through the
chooser, with a confirmation that says how many move. A coordinator's laptop has neither."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import show_all_statuses, wait_idle

from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.casework.register import RegisterRow
from app.domain import CaseStatus, TargetGroup
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.backoffice.coordinator_dialog import CoordinatorDialog
from ui.context import WorkspaceContext
from ui.register.overview import NO_COORDINATOR
from ui.register.screen import RegisterScreen

START = date.today() - timedelta(days=60)


def office_case(workspace: OpenWorkspace, surname: str, coordinator: str, prison: str = "PI Vught",
                groups: frozenset[TargetGroup] = frozenset(), status: CaseStatus = CaseStatus.CONTACT) -> str:
    changes = register_case(
        workspace,
        ClientData(given_names="Kees", surname=surname, date_of_birth=date(1980, 5, 17)),
        DetentionData(prison=prison, start_date=START, expected_release_date=START + timedelta(days=200)),
        CaseData(status=status, target_groups=groups, coordinator=coordinator))
    return changes.case_ids[0]


@pytest.fixture
def cases(office: OpenWorkspace) -> dict[str, str]:
    """Surname → case id: Anna's three (one closed), Bert's one, and one notification nobody has yet."""
    return {
        "Aalders": office_case(office, "Aalders", "Anna", groups=frozenset({TargetGroup.PGA})),
        "Bakker": office_case(office, "Bakker", "Anna", prison="PI Grave"),
        "Claassen": office_case(office, "Claassen", "Anna", status=CaseStatus.CLOSED),
        "Dekker": office_case(office, "Dekker", "Bert", groups=frozenset({TargetGroup.PGA, TargetGroup.ISD})),
        "Evers": office_case(office, "Evers", "", prison="PI Grave", status=CaseStatus.NOTIFIED),
    }


@pytest.fixture
def screen(qtbot: QtBot, office_context: WorkspaceContext, cases: dict[str, str]) -> RegisterScreen:
    widget = RegisterScreen(office_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    show_all_statuses(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.load()
    return widget


def shown(screen: RegisterScreen) -> list[str]:
    model = screen.model
    return [row.name.split(",")[0] for position in range(model.rowCount())
            if (row := model.row_at(model.index(position, 0))) is not None]


def choose(combo: object, value: object) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_the_overview_filters_narrow_the_register(qtbot: QtBot, screen: RegisterScreen) -> None:
    back_office = screen.back_office
    assert back_office is not None
    bar = back_office.bar
    assert [bar.coordinator.itemText(i) for i in range(bar.coordinator.count())] == [
        "All coordinators", "(no coordinator yet)", "Anna", "Bert"]
    assert [bar.prison.itemText(i) for i in range(bar.prison.count())] == ["All PIs", "PI Grave", "PI Vught"]
    assert shown(screen) == ["Aalders", "Bakker", "Claassen", "Dekker", "Evers"]

    choose(bar.coordinator, "Anna")
    assert shown(screen) == ["Aalders", "Bakker", "Claassen"]
    choose(bar.prison, "PI Grave")
    assert shown(screen) == ["Bakker"]
    assert screen.count_label.text() == "1 of 5 cases"
    choose(bar.prison, None)
    choose(bar.coordinator, NO_COORDINATOR)
    assert shown(screen) == ["Evers"]
    choose(bar.coordinator, None)

    # Target groups are read once, when one is first chosen.
    choose(bar.target_group, TargetGroup.PGA.value)
    qtbot.waitUntil(lambda: not back_office.waiting_for_target_groups, timeout=10_000)
    assert shown(screen) == ["Aalders", "Dekker"]
    choose(bar.target_group, TargetGroup.ISD.value)
    assert shown(screen) == ["Dekker"]
    choose(bar.target_group, None)

    bar.only_warnings.setChecked(True)  # the notification past its information term has a warning
    assert shown(screen) == ["Evers"]
    screen.search.setText("evers")
    assert shown(screen) == ["Evers"]
    screen.search.setText("aalders")
    assert shown(screen) == []


def test_selected_cases_are_handed_over_after_saying_how_many_move(
        qtbot: QtBot, screen: RegisterScreen, office_context: WorkspaceContext, cases: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    back_office = screen.back_office
    assert back_office is not None
    questions: list[str] = []
    infos: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _parent, question: questions.append(question) or True)
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, text: infos.append(text))
    assert not back_office.hand_over_button.isEnabled()
    choose(back_office.bar.coordinator, "Anna")
    table = screen.table
    table.selectAll()
    assert [row.name.split(",")[0] for row in screen.selected_rows()] == ["Aalders", "Bakker", "Claassen"]
    assert back_office.hand_over_button.isEnabled()

    qtbot.mouseClick(back_office.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.findChild(CoordinatorDialog) is not None, timeout=10_000)
    dialog = screen.findChild(CoordinatorDialog)
    assert dialog is not None
    assert dialog.prompt.text() == "Hand the 3 selected cases over to:"
    assert [dialog.choice.itemText(i) for i in range(dialog.choice.count())] == [
        "Anna (2 open, 0 notifications)", "Bert (1 open, 0 notifications)", "New coordinator…"]
    dialog.choice.setCurrentIndex(1)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(infos), timeout=10_000)
    wait_idle(qtbot, office_context)

    # The closed case stays where it is, so two move.
    assert questions == ["2 cases move to Bert. They go to that coordinator's laptop with the next bundle. Go on?"]
    assert infos == ["2 cases were handed over to Bert."]
    rows: dict[str, RegisterRow] = screen.model.rows_of(cases.values())
    assert {name: rows[case_id].coordinator for name, case_id in cases.items()} == {
        "Aalders": "Bert", "Bakker": "Bert", "Claassen": "Anna", "Dekker": "Bert", "Evers": ""}
    assert shown(screen) == ["Claassen"]  # still filtered on Anna


def test_handing_over_can_be_declined_and_nothing_changes(
        qtbot: QtBot, screen: RegisterScreen, office_context: WorkspaceContext, cases: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    back_office = screen.back_office
    assert back_office is not None
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _parent, _question: False)
    infos: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, text: infos.append(text))
    rows = [row for row in screen.model.all_rows() if row.case_id in (cases["Aalders"], cases["Claassen"])]
    back_office.confirm_hand_over(rows, "Bert")
    wait_idle(qtbot, office_context)
    assert screen.model.rows_of([cases["Aalders"]])[cases["Aalders"]].coordinator == "Anna"
    back_office.confirm_hand_over([row for row in rows if row.status is CaseStatus.CLOSED], "Bert")
    assert infos == ["Nothing to hand over: the selected cases are closed or already with Bert."]


def test_a_coordinator_laptop_has_no_overview_filters(qtbot: QtBot, context: WorkspaceContext) -> None:
    widget = RegisterScreen(context)
    qtbot.addWidget(widget)
    assert widget.back_office is None
    assert widget.findChild(QPushButton, "handOverButton") is None
    assert widget.findChild(QWidget, "overviewFilters") is None


def test_many_changed_rows_arrive_in_one_reset(qtbot: QtBot, screen: RegisterScreen, cases: dict[str, str]) -> None:
    resets: list[int] = []
    screen.model.modelReset.connect(lambda: resets.append(1))
    rows = screen.model.all_rows()
    renamed = [row._replace(coordinator="Carla") for row in rows[:3]]
    screen.model.replace_rows(renamed, {cases["Evers"]}, {})
    assert len(resets) == 1
    assert screen.model.total_count == 4
    assert sorted(row.coordinator for row in screen.model.all_rows()) == ["Bert", "Carla", "Carla", "Carla"]
    assert shown(screen) == ["Aalders", "Bakker", "Claassen", "Dekker"]  # still sorted by name

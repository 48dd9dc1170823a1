"""One set of warnings, shown alike in the register, at the top of the case file and at the top of the intake — also
for a case without an intake, the silent cases the rules exist for."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.casework.intake import DomainStatus, Moment, open_intake, save_assessment
from app.domain import CaseStatus
from ui.context import WorkspaceContext
from ui.register.model import Column
from ui.workspace_view import WorkspaceView

TODAY = date.today()
RELEASE = TODAY + timedelta(days=2)
SHOWN_RELEASE = RELEASE.strftime("%d-%m-%Y")


def _register_cell(qtbot: QtBot, view: WorkspaceView, surname: str) -> tuple[str, list[str]]:
    """The warnings cell of the one case found by `surname`: its text and its tooltip's lines."""
    screen = view.register_screen
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    qtbot.keyClicks(screen.search, surname)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5_000)
    index = screen.model.index(0, Column.WARNINGS)
    return str(index.data()), str(index.data(Qt.ItemDataRole.ToolTipRole)).splitlines()


def _open_from_register(qtbot: QtBot, view: WorkspaceView) -> list[str]:
    """Enter on the one match opens the case; the lines at the top of its file."""
    with qtbot.waitSignal(view.case_screen.loaded, timeout=10_000):
        qtbot.keyClick(view.register_screen.search, Qt.Key.Key_Return)
    banner = view.case_screen.warnings
    assert not banner.isHidden()
    return banner.text().splitlines()


def _open_intake(qtbot: QtBot, view: WorkspaceView) -> list[str]:
    with qtbot.waitSignal(view.intake_screen.loaded, timeout=10_000):
        qtbot.keyClick(view.case_screen, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "Inta&ke and plan"
    banner = view.intake_screen.warnings
    assert not banner.isHidden()
    return banner.text().splitlines()


def _case_in_plan_status(context: WorkspaceContext, surname: str) -> str:
    """A case whose status says plan, released in two days, with nothing of an intake or a plan behind it."""
    return register_case(
        context.workspace, ClientData(given_names="Kees", surname=surname, date_of_birth=date(1980, 5, 17)),
        DetentionData(prison="PI Vught", start_date=TODAY - timedelta(days=90), expected_release_date=RELEASE),
        CaseData(status=CaseStatus.PLAN)).case_ids[0]


def test_a_case_without_intake_released_in_two_days_warns_in_register_and_case_file(
        qtbot: QtBot, view: WorkspaceView, context: WorkspaceContext) -> None:
    _case_in_plan_status(context, "Zonderintake")
    text, tooltip = _register_cell(qtbot, view, "zonderintake")
    assert text == f"⚠ Release {SHOWN_RELEASE}: no intake"  # said in the cell itself, not only in a tooltip
    assert tooltip == [f"⚠ Release on {SHOWN_RELEASE} and the intake has not been held."]
    assert _open_from_register(qtbot, view) == tooltip


def test_register_case_file_and_intake_show_the_same_warnings(qtbot: QtBot, view: WorkspaceView,
                                                                context: WorkspaceContext) -> None:
    case_id = _case_in_plan_status(context, "Overal")
    open_intake(context.workspace, case_id, context.catalogue.active())  # the intake starts its plan, a concept
    save_assessment(context.workspace, case_id, "housing", Moment.INTAKE, status=DomainStatus.NEED)
    text, in_register = _register_cell(qtbot, view, "overal")
    assert in_register == [
        f"⚠ Release on {SHOWN_RELEASE} and the plan of approach is still a concept: discuss it with the client.",
        f"⚠ Release on {SHOWN_RELEASE} while still open: Huisvesting / onderdak."]
    assert text == f"⚠ Release {SHOWN_RELEASE}: plan still a concept (+1)"
    in_case_file = _open_from_register(qtbot, view)
    in_intake = _open_intake(qtbot, view)
    assert in_register == in_case_file == in_intake

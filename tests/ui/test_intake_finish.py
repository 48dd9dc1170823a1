"""The end of the intake, over a real encrypted workspace: the plan step offers the plan's preview, the consent and
the way back to the case, and the plan's situation of a domain takes over that domain's intake notes without
replacing what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, document_entries, stored_intake, wait_idle, wait_saved

from ui.context import WorkspaceContext
from ui.intake.plan_page import PlanPage
from ui.intake.screen import IntakeScreen
from ui.workspace_view import WorkspaceView


def open_plan_step(qtbot: QtBot, view: WorkspaceView, case_id: str) -> PlanPage:
    with qtbot.waitSignal(view.intake_screen.loaded, timeout=10_000):
        view.open_intake(case_id)
    view.intake_screen.go_to_step("plan")
    page = view.intake_screen.page("plan")
    assert isinstance(page, PlanPage)
    return page


def edit(screen: IntakeScreen, object_name: str) -> QPlainTextEdit:
    widget = screen.findChild(QPlainTextEdit, object_name)
    assert widget is not None, object_name
    return widget


def test_the_last_step_shows_the_plan(qtbot: QtBot, view: WorkspaceView, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Afronding")
    page = open_plan_step(qtbot, view, case_id)
    qtbot.keyClicks(edit(view.intake_screen, "situation_housing"), "Slaapt bij zijn zus")
    assert page.preview_button.isVisible() and page.preview_button.isEnabled()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    preview = view.intake_screen.plan_preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.has_document, timeout=10_000)
    wait_idle(qtbot, context)
    assert document_entries(context) == [("view", "plan_pdf")]
    assert stored_intake(context, case_id).plan_domains["housing"].situation == "Slaapt bij zijn zus"  # saved first
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert view.intake_screen.plan_preview is preview and not preview.isVisible()


def test_the_last_step_records_consent_and_goes_back(qtbot: QtBot, view: WorkspaceView,
                                                     context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Toestemming")
    page = open_plan_step(qtbot, view, case_id)
    qtbot.keyClicks(edit(view.intake_screen, "agreementsEdit"), "Elke week bellen")
    with qtbot.waitSignal(view.consent_screen.loaded, timeout=10_000):
        qtbot.mouseClick(page.consent_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.consent_screen and view.consent_screen.case_id == case_id
    assert view.intake_screen.case_id is None  # left, with everything written
    wait_idle(qtbot, context)
    assert stored_intake(context, case_id).agreements == "Elke week bellen"

    page = open_plan_step(qtbot, view, case_id)
    with qtbot.waitSignal(view.case_screen.loaded, timeout=10_000):
        qtbot.mouseClick(page.back_to_case_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.case_screen


def test_the_situation_takes_over_the_intake_notes_without_replacing_text(
        qtbot: QtBot, view: WorkspaceView, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Notities")
    page = open_plan_step(qtbot, view, case_id)
    screen = view.intake_screen
    button = page.take_over_buttons["housing"]
    situation, notes = edit(screen, "situation_housing"), edit(screen, "notes_housing")
    assert not button.isEnabled()  # no notes yet
    assert set(page.take_over_buttons) == {page.domain.id for page in screen.domain_pages()}

    notes.setFocus()
    qtbot.keyClicks(notes, "Huurschuld bij Woonbron")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert situation.toPlainText() == "Huurschuld bij Woonbron"
    assert not button.isEnabled()  # the situation already holds them

    situation.clear()
    qtbot.keyClicks(situation, "Zelf getypt")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert situation.toPlainText() == "Zelf getypt\n\nHuurschuld bij Woonbron"
    qtbot.keyClick(situation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert situation.toPlainText() == "Zelf getypt"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, screen, context, timeout=5_000)
    assert stored_intake(context, case_id).plan_domains["housing"].situation == \
        "Zelf getypt\n\nHuurschuld bij Woonbron"

"""The finished look: one icon set that loads, a toolbar of the menus' own actions, empty lists that say what to
do, and DEMO inside the window of a demo workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot
from ui_helpers import open_window, view_of

from app.casework.cases import Changes
from app.demo.workspace import create_demo_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from tests.ui.ui_helpers import add_case
from ui import dialogs
from ui.icons import Icon, icon, icon_folder, icon_path
from ui.main_window import MainWindow
from ui.widgets.hint import LIGHT_HINT, make_hints_readable


def test_every_icon_exists_loads_and_is_shipped_with_its_licence(qapp: object) -> None:
    for which in Icon:
        assert icon_path(which).is_file(), which
        loaded = icon(which)
        assert not loaded.isNull(), which
        assert not loaded.pixmap(24, 24).isNull(), which
    shipped = {path.stem for path in icon_folder().glob("*.svg")}
    assert shipped == {which.value for which in Icon}  # nothing shipped that is not used
    licence = (icon_folder().parent / "LICENSE").read_text(encoding="utf-8")
    assert "License: MIT" in licence and "The Bootstrap Authors" in licence


def test_the_menus_and_the_key_buttons_have_icons(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path)
    for menu in (action.menu() for action in window.menuBar().actions()):
        for action in menu.actions():
            assert action.isSeparator() or not action.icon().isNull(), action.text()
    view = view_of(window)
    case = view.case_screen
    for button in (case.back_button, case.save_button, case.consent_button, case.plan_button,
                   view.consent_screen.back_button, view.consent_screen.record_button,
                   view.register_screen.print_plans_button, view.register_screen.new_case_button):
        assert not button.icon().isNull(), button.objectName()


def toolbar_button(window: MainWindow, action: QAction) -> QToolButton:
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def test_the_toolbar_holds_the_menus_own_actions(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path)
    menu_actions = {id(action) for top in window.menuBar().actions() for action in top.menu().actions()}
    shown = [action for action in window.toolbar.actions() if not action.isSeparator()]
    assert [action.text() for action in shown] == ["&New client and case", "&Find in register", "&Synchronisation",
                                                   "&Print plan…", "&Lock"]
    assert all(id(action) in menu_actions for action in shown)
    assert window.toolbar.isVisible()


def test_a_toolbar_button_does_what_its_menu_item_does(qtbot: QtBot, workspace: OpenWorkspace,
                                                       tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path)
    view = view_of(window)
    qtbot.mouseClick(toolbar_button(window, window.sync_action), Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.sync_screen
    qtbot.mouseClick(toolbar_button(window, window.find_action), Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.register_screen
    window.sync_action.trigger()  # the menu item
    assert view.currentWidget() is view.sync_screen
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    qtbot.mouseClick(toolbar_button(window, window.new_case_action), Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.case_screen
    qtbot.keyClick(view.case_screen, Qt.Key.Key_Escape)  # back, nothing typed
    qtbot.waitUntil(lambda: view.currentWidget() is view.register_screen)
    qtbot.mouseClick(toolbar_button(window, window.lock_action), Qt.MouseButton.LeftButton)
    assert window.workspace is None
    assert not window.toolbar.isVisible()  # nothing to do while locked


def test_the_empty_register_says_how_to_start_and_the_text_goes_with_the_first_case(
        qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path)
    register = view_of(window).register_screen
    qtbot.waitUntil(register.empty_state.isVisible)
    assert register.empty_state.text() == "No cases yet — Ctrl+N for a new one"
    assert register.empty_state.geometry() == register.table.viewport().rect()  # over the list, not a dialog
    case_id = add_case(workspace, "Eerste")
    window.operations.changed.emit(Changes(case_ids=(case_id,)), None)
    qtbot.waitUntil(lambda: register.model.total_count == 1)
    assert not register.empty_state.isVisible()


def test_the_empty_sync_and_audit_lists_say_so(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path)
    view = view_of(window)
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: view.sync_screen.conflict_empty.isVisible())
    assert view.sync_screen.peer_empty.isVisible()
    assert "Add device" in view.sync_screen.peer_empty.text()
    window.audit_action.trigger()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    assert not view.audit_screen.empty_state.isVisible()  # opening the workspace is an audit entry
    view.audit_screen.table.setRowCount(0)  # a list filtered to nothing
    assert view.audit_screen.empty_state.isVisible()
    assert view.audit_screen.empty_state.text() == "No audit entries to show."


def test_a_demo_workspace_shows_demo_inside_the_window(qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams) -> None:
    demo = create_demo_workspace(tmp_path / "demo", "demo-wachtwoord-lang", 3, kdf=fast_kdf)
    try:
        window = open_window(qtbot, demo, tmp_path)
        assert window.demo_banner.isVisible()
        assert window.demo_banner.badge.text() == "DEMO"
        window.lock(ask=False)
        assert not window.demo_banner.isVisible()
    finally:
        if not demo.is_locked:
            demo.lock()


def test_a_normal_workspace_shows_no_demo_banner(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, tmp_path)
    assert not window.demo_banner.isVisible()


def test_screenshot_of_the_main_window(qtbot: QtBot, qapp: QApplication, workspace: OpenWorkspace,
                                       tmp_path: Path) -> None:
    """Kept for looking at (/tmp/shots-icons/main.png when that folder exists): toolbar and the empty register at
    1366×768, with the hint colour the app sets at start."""
    before = qapp.palette()
    make_hints_readable(qapp)
    try:
        window = open_window(qtbot, workspace, tmp_path)
        register = view_of(window).register_screen
        qtbot.waitUntil(register.empty_state.isVisible)
        shown = register.empty_state.grab().toImage()
        darkest = min(QColor(shown.pixel(x, y)).lightness() for x in range(shown.width())
                      for y in range(0, shown.height(), 2))
        assert darkest <= QColor(LIGHT_HINT).lightness()  # drawn in the readable grey, not Qt's faint one
        shots = Path("/tmp/shots-icons")
        if shots.is_dir():
            window.grab().save(str(shots / "main.png"))
    finally:
        qapp.setPalette(before)


def test_print_plan_says_why_when_there_is_nothing_to_print(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, text: said.append(text))
    add_case(workspace, "Zonderplan")
    window = open_window(qtbot, workspace, tmp_path)
    view = view_of(window)
    qtbot.mouseClick(toolbar_button(window, window.print_plan_action), Qt.MouseButton.LeftButton)
    assert said == ["Select the cases in the register whose plans you want to print, then choose Print plan again."]
    view.register_screen.table.selectRow(0)
    view.register_screen.table.setFocus()
    qtbot.keyClick(view.register_screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentWidget() is view.case_screen)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    qtbot.mouseClick(toolbar_button(window, window.print_plan_action), Qt.MouseButton.LeftButton)
    assert said[-1] == "There is no plan of approach yet: start the intake first (Intake and plan)"

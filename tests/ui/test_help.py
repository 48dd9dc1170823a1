"""Help in the product: F1 opens the guide at the section of the screen in front of the user, the guide's images
and sections exist, the shortcut list holds every shortcut of the menus and the screens, About shows the version and
the licences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextBlock, QTextCursor, QTextFragment
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, open_window, view_of

from app.version import app_version
from app.workspace.session import OpenWorkspace
from ui.help.about import AboutDialog
from ui.help.help_window import HelpWindow
from ui.help.licences import fonts, runtime_distributions
from ui.help.manual import load_manual, manual_folder, manual_markdown, referenced_images
from ui.help.shortcuts import ShortcutsDialog, menu_shortcuts, screen_shortcuts
from ui.help.topics import SCREEN_TOPICS, START_TOPIC, topic_for
from ui.main_window import MainWindow

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText


def anchor_in_view(browser: QTextBrowser, anchor: str) -> bool:
    """Whether the heading named `anchor` is inside the browser's visible area."""
    block = browser.document().begin()
    while block.isValid():
        if any(anchor in fragment.charFormat().anchorNames() for fragment in _fragments(block)):
            top = browser.cursorRect(QTextCursor(block)).top()
            return 0 <= top < browser.viewport().height()
        block = block.next()
    return False


def _fragments(block: QTextBlock) -> list[QTextFragment]:
    found = []
    iterator = block.begin()
    while not iterator.atEnd():
        found.append(iterator.fragment())
        iterator += 1
    return found


def press_f1(qtbot: QtBot, window: MainWindow) -> HelpWindow:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_F1)
    help_window = window.help_menu.help_window
    assert help_window is not None
    qtbot.waitUntil(help_window.isVisible)
    return help_window


def expect_section(qtbot: QtBot, window: MainWindow, topic: str) -> None:
    help_window = press_f1(qtbot, window)
    assert help_window.current_topic == topic
    qtbot.waitUntil(lambda: anchor_in_view(help_window.browser, topic))
    current = help_window.contents.currentItem()
    assert current is not None and current.data(0, Qt.ItemDataRole.UserRole) == topic
    help_window.hide()  # back to the main window, as a user does after reading
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_every_image_of_the_guide_exists_and_every_topic_is_a_section(qapp: QApplication) -> None:
    images = referenced_images(manual_markdown())
    assert len(images) >= 10
    assert [image for image in images if not (manual_folder() / image).is_file()] == []
    total = sum(path.stat().st_size for path in (manual_folder() / "img").glob("*.png"))
    assert total < 1_500_000
    browser = QTextBrowser()
    anchors = [heading.anchor for heading in load_manual(browser.document())]
    assert len(anchors) == len(set(anchors)), "an anchor is used twice"
    assert {*SCREEN_TOPICS.values(), START_TOPIC} <= set(anchors)
    for role in ("nazorgcoordinator", "backoffice", "teamleider", "privacyfunctionaris", "functioneel-beheerder", "it"):
        assert role in anchors
    # Every link inside the guide leads to a section.
    linked = set(re.findall(r"\]\(#([a-z0-9-]+)\)", manual_markdown()))
    assert linked <= set(anchors)


def test_f1_opens_the_guide_at_the_screen_of_a_coordinator(qtbot: QtBot, workspace: OpenWorkspace,
                                                          tmp_path: Path) -> None:
    case_id = add_case(workspace, "Hulpzoeker")
    window = open_window(qtbot, workspace, tmp_path)
    view = view_of(window)
    expect_section(qtbot, window, "register")

    view.open_case(case_id)
    qtbot.waitUntil(lambda: view.currentWidget() is view.case_screen and not window.operations.busy)
    expect_section(qtbot, window, "dossier")

    with qtbot.waitSignal(view.intake_screen.loaded, timeout=10_000):
        view.open_intake(case_id)
    expect_section(qtbot, window, "intake")

    with qtbot.waitSignal(view.consent_screen.loaded, timeout=10_000):
        view.open_consent(case_id)
    expect_section(qtbot, window, "toestemming")

    window.sync_action.trigger()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    expect_section(qtbot, window, "synchronisatie")

    window.lock(ask=False)
    expect_section(qtbot, window, "ontgrendelen")


def test_f1_in_a_modal_dialog_opens_a_guide_of_the_dialog_at_its_screen(qtbot: QtBot, workspace: OpenWorkspace,
                                                                         tmp_path: Path) -> None:
    """The main window's F1 is blocked while a modal dialog is open: the dialog has its own, and a guide window of
    its own (its child, which the dialog does not block)."""
    add_case(workspace, "Hulpzoeker")
    window = open_window(qtbot, workspace, tmp_path)
    screen = view_of(window).register_screen
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(screen.print_plans_button, Qt.MouseButton.LeftButton)
    dialog = screen.batch_dialog
    assert dialog is not None
    dialog.activateWindow()  # as a window system does with a new dialog (the offscreen platform does not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F1)
    guide = dialog.findChild(HelpWindow)
    assert guide is not None and guide.parent() is dialog
    qtbot.waitUntil(guide.isVisible)
    assert guide.current_topic == "register"
    qtbot.waitUntil(lambda: anchor_in_view(guide.browser, "register"))
    assert window.help_menu.help_window is None  # the main window's guide, which the dialog would block

    dialog.reject()
    qtbot.waitUntil(lambda: screen.batch_dialog is None)
    window.lock(ask=False)


@pytest.mark.parametrize(("action", "topic"), [("notifications", "meldingen"), ("monitor", "monitor"),
                                               ("audit", "auditlog"), ("accounts", "accounts")])
def test_f1_opens_the_guide_at_the_screen_of_the_back_office(qtbot: QtBot, office: OpenWorkspace, tmp_path: Path,
                                                            action: str, topic: str) -> None:
    window = open_window(qtbot, office, tmp_path)
    getattr(window, f"{action}_action").trigger()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    expect_section(qtbot, window, topic)
    window.lock(ask=False)


def test_every_screen_of_an_open_workspace_has_a_section(qtbot: QtBot, office: OpenWorkspace,
                                                         tmp_path: Path) -> None:
    window = open_window(qtbot, office, tmp_path)
    view = view_of(window)
    screens = [view.widget(index) for index in range(view.count())]
    assert [type(screen).__name__ for screen in screens if topic_for(screen) == START_TOPIC] == []
    window.lock(ask=False)


def test_the_shortcut_list_holds_every_menu_shortcut_and_every_screen_shortcut(
        qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path) -> None:
    case_id = add_case(workspace, "Toetsenaar")
    window = open_window(qtbot, workspace, tmp_path)
    view = view_of(window)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.texts(row)[0] for row in range(dialog.table.rowCount())}
    shown_keys = {key for text in listed for key in text.split(" or ")}

    menu_keys = {key.toString(NATIVE) for menu in window.menuBar().actions() if menu.isVisible()
                 for action in menu.menu().actions() if action.isVisible() for key in action.shortcuts()}
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+L", "F1", "Ctrl+1"} <= menu_keys
    assert menu_keys <= shown_keys
    assert {each.what for each in menu_shortcuts(window)} >= {"User guide", "Lock", "New client and case"}

    # The screens' own shortcuts (QShortcut objects, with no text of their own) are all described.
    def shortcuts_now() -> set[str]:
        return {shortcut.key().toString(PORTABLE) for shortcut in view.findChildren(QShortcut)}

    with qtbot.waitSignal(view.intake_screen.loaded, timeout=10_000):
        view.open_intake(case_id)
    on_screens = shortcuts_now()  # the intake's pages are there while it is open
    with qtbot.waitSignal(view.consent_screen.loaded, timeout=10_000):
        view.open_consent(case_id)
    on_screens |= shortcuts_now()
    described = {key.toString(PORTABLE) for each in screen_shortcuts() for key in each.keys}
    assert {"Ctrl+S", "Esc", "Ctrl+PgDown", "Ctrl+Shift+N"} <= on_screens
    assert on_screens <= described
    window.lock(ask=False)


def test_about_shows_the_version_and_the_licences(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    version = dialog.findChild(QLabel, "aboutVersion")
    assert version is not None and app_version() in version.text()
    rows = {dialog.table.texts(row)[0].lower(): row for row in range(dialog.table.rowCount())}
    for name in ("pyside6", "sqlalchemy", "reportlab"):
        row = next(row for component, row in rows.items() if component.startswith(name))
        licence = dialog.table.texts(row)[2]
        assert licence and licence != "see the licence text", name
        dialog.table.selectRow(row)
        assert len(dialog.licence_text.toPlainText()) > 500, name
    dialog.table.selectRow(rows["sqlalchemy"])
    assert "Permission is hereby granted" in dialog.licence_text.toPlainText()
    dialog.table.selectRow(next(row for component, row in rows.items() if component.startswith("pyside6")))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    assert "dejavu sans" in rows


def test_the_libraries_are_the_runtime_dependencies_and_theirs() -> None:
    names = {str(dist.metadata["Name"]).lower().replace("_", "-") for dist in runtime_distributions()}
    assert {"sqlalchemy", "reportlab", "shiboken6", "psycopg-binary", "mako"} <= names  # theirs, and an extra's
    assert not {"pytest", "ruff", "mypy", "pyinstaller"} & names  # the test and package extras are not shipped


def test_the_fonts_are_named_from_their_files() -> None:
    (dejavu,) = fonts()
    assert (dejavu.name, dejavu.version) == ("DejaVu Sans", "2.37")
    assert "Bitstream Vera" in dejavu.text

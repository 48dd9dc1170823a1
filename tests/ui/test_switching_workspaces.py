"""File → open another workspace, the recent ones, the demo and the first-run wizard; a plain start says which
workspace it opens and offers another one. Real encrypted workspaces, made with the fast KDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.settings import Settings, load_settings
from app.workspace import folder as folder_module
from app.workspace.folder import create_workspace
from app.workspace.keyfile import KdfParams
from ui import dialogs
from ui.gui import build_main_window
from ui.main_window import MainWindow
from ui.paths import config_folder, default_workspace_folder, demo_workspace_folder
from ui.workspace import file_menu
from ui.workspace.first_run import FirstRunWizard
from ui.workspace.unlock_screen import ZERO_WIDTH_SPACE, UnlockScreen

PASSPHRASE = "zeven kale kippen op een hek"


def shown_place(screen: UnlockScreen) -> str:
    """The unlock screen's folder and details as read (without the zero-width spaces where the path may wrap)."""
    return screen.place.text().replace(ZERO_WIDTH_SPACE, "")


@pytest.fixture
def two_workspaces(private_home: Path, fast_kdf: KdfParams) -> tuple[Path, Path]:
    """Two locked workspaces: a coordinator's of Teststad and a back office of Proefdorp."""
    made = []
    for name, kind, municipality in (("laptop", WorkspaceKind.COORDINATOR, "Teststad"),
                                     ("kantoor", WorkspaceKind.BACKOFFICE, "Proefdorp")):
        folder = private_home / name
        create_workspace(folder, kind=kind, municipality=municipality, user_name="Anna de Vries",
                         passphrase=PASSPHRASE, kdf=fast_kdf).lock()
        made.append(folder)
    return made[0], made[1]


@pytest.fixture
def window(qtbot: QtBot, private_home: Path) -> MainWindow:
    opened = MainWindow(Settings(), config_folder())
    qtbot.addWidget(opened)
    opened.show()
    return opened


@pytest.fixture
def chosen_folder(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folder the next "Open workspace…" dialog answers with (the first in the list)."""
    answers: list[Path] = []
    monkeypatch.setattr(file_menu, "ask_workspace_folder", lambda _parent, _start: answers.pop(0))
    return answers


@pytest.fixture
def fast_demo(monkeypatch: pytest.MonkeyPatch, fast_kdf: KdfParams) -> None:
    """Demos made with the fast KDF and a few cases."""
    monkeypatch.setattr(folder_module, "tuned_kdf_params", lambda: fast_kdf)
    monkeypatch.setattr(file_menu, "DEMO_CASES", 12)


def unlock_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)


def open_by_menu(qtbot: QtBot, window: MainWindow, chosen_folder: list[Path], folder: Path) -> None:
    chosen_folder.append(folder)
    window.workspaces.open_action.trigger()
    unlock_by_keyboard(qtbot, window)


def recent_actions(window: MainWindow) -> list[tuple[str, bool]]:
    window.workspaces.recent_menu.aboutToShow.emit()
    return [(action.text(), action.isEnabled()) for action in window.workspaces.recent_menu.actions()
            if not action.isSeparator()]


def test_recent_workspaces_are_listed_and_one_opens_its_unlock_screen(
        qtbot: QtBot, window: MainWindow, two_workspaces: tuple[Path, Path], chosen_folder: list[Path]) -> None:
    laptop, office = two_workspaces
    open_by_menu(qtbot, window, chosen_folder, laptop)
    open_by_menu(qtbot, window, chosen_folder, office)  # locks the laptop's workspace first
    assert window.workspace is not None and window.workspace.summary.municipality == "Proefdorp"

    listed = recent_actions(window)
    assert listed == [(f"&1  {office} — Proefdorp, back office", True),
                      (f"&2  {laptop} — Teststad, coordinator", True), ("&Clear list", True)]
    stored = load_settings(config_folder())
    assert [entry.folder for entry in stored.recent_workspaces] == [str(office), str(laptop)]
    assert "Anna" not in (config_folder() / "settings.json").read_text(encoding="utf-8")  # no personal data

    window.workspaces.recent_menu.actions()[1].trigger()
    assert window.workspace is None and window.stack.currentWidget() is window.unlock_screen
    assert shown_place(window.unlock_screen) == f"{laptop}\nTeststad, coordinator"
    unlock_by_keyboard(qtbot, window)
    assert window.workspace is not None and window.workspace.summary.municipality == "Teststad"


def test_a_missing_folder_shows_disabled_and_the_list_can_be_cleared(
        qtbot: QtBot, window: MainWindow, two_workspaces: tuple[Path, Path], chosen_folder: list[Path]) -> None:
    laptop, _office = two_workspaces
    open_by_menu(qtbot, window, chosen_folder, laptop)
    window.lock(ask=False)
    laptop.rename(laptop.with_name("verhuisd"))
    assert recent_actions(window)[0] == (f"&1  {laptop} — Teststad, coordinator (not found)", False)
    window.workspaces.recent_menu.actions()[-1].trigger()
    assert recent_actions(window) == [("No recent workspaces", False)]
    assert load_settings(config_folder()).recent_workspaces == ()


def test_a_folder_that_is_no_workspace_is_said_and_changes_nothing(
        qtbot: QtBot, window: MainWindow, two_workspaces: tuple[Path, Path], chosen_folder: list[Path],
        private_home: Path, shown_errors: list[Exception]) -> None:
    laptop, _office = two_workspaces
    open_by_menu(qtbot, window, chosen_folder, laptop)
    opened, settings = window.workspace, window.settings
    empty = private_home / "leeg"
    empty.mkdir()
    chosen_folder.append(empty)
    window.workspaces.open_action.trigger()
    assert len(shown_errors) == 1
    assert isinstance(shown_errors[0], TerugkeerError) and shown_errors[0].code == "not_a_workspace"
    assert window.workspace is opened and window.view is not None and window.settings == settings


@pytest.mark.parametrize("kind", list(WorkspaceKind))
@pytest.mark.usefixtures("fast_demo")
def test_the_demo_from_the_menu_opens_a_demo_of_the_chosen_kind(
        qtbot: QtBot, window: MainWindow, two_workspaces: tuple[Path, Path], chosen_folder: list[Path],
        kind: WorkspaceKind) -> None:
    laptop, _office = two_workspaces
    open_by_menu(qtbot, window, chosen_folder, laptop)
    window.workspaces.demo_actions[kind].trigger()
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.summary.demo, timeout=30_000)
    assert window.workspace is not None and window.workspace.summary.kind is kind
    assert window.folder == demo_workspace_folder(kind)
    assert "DEMO" in window.windowTitle()

    # Again later: the same demo opens, still without a passphrase to type, also from the recent list.
    window.lock(ask=False)
    assert "Passphrase: demo met fictieve personen" in shown_place(window.unlock_screen)
    assert recent_actions(window)[0][0].startswith(f"&1  {demo_workspace_folder(kind)} — demo")
    window.workspaces.recent_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    assert window.workspace is not None and window.workspace.summary.demo


def test_the_wizard_proposes_one_terugkeer_folder(qtbot: QtBot, qapp: QApplication, private_home: Path) -> None:
    assert default_workspace_folder() == private_home / "data" / "Terugkeer" / "werkmap"
    proposed: list[str] = []

    def look_and_cancel() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, FirstRunWizard)
        proposed.extend([wizard.details_page.folder.edit.text(), wizard.open_page.folder.edit.text()])
        wizard.reject()

    QTimer.singleShot(0, look_and_cancel)
    assert build_main_window(qapp, None, None) is None
    assert proposed == [str(private_home / "data" / "Terugkeer" / "werkmap")] * 2
    assert "Terugkeer/Terugkeer" not in proposed[0]


@pytest.mark.usefixtures("fast_demo")
def test_the_wizard_opens_the_demo_without_a_passphrase(qtbot: QtBot, qapp: QApplication, private_home: Path) -> None:
    def choose_demo() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, FirstRunWizard)
        qtbot.mouseClick(wizard.choice_page.try_demo, Qt.MouseButton.LeftButton)
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert finish.isVisible() and finish.isEnabled()
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_demo)
    window = build_main_window(qapp, None, None)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    assert window.workspace is not None and window.workspace.summary.demo
    assert window.folder == demo_workspace_folder(WorkspaceKind.COORDINATOR)
    window.lock(ask=False)


def test_a_plain_start_says_which_workspace_and_offers_another(
        qtbot: QtBot, qapp: QApplication, window: MainWindow, two_workspaces: tuple[Path, Path],
        chosen_folder: list[Path]) -> None:
    laptop, office = two_workspaces
    open_by_menu(qtbot, window, chosen_folder, laptop)
    window.close()

    started = build_main_window(qapp, None, None)
    assert isinstance(started, MainWindow)
    qtbot.addWidget(started)
    started.show()
    screen = started.unlock_screen
    assert started.stack.currentWidget() is screen
    assert shown_place(screen) == f"{laptop}\nTeststad, coordinator"
    chosen_folder.append(office)
    qtbot.mouseClick(screen.other_button, Qt.MouseButton.LeftButton)
    assert shown_place(screen) == f"{office}\nback office"  # never opened here: only the key file's kind
    unlock_by_keyboard(qtbot, started)
    assert started.workspace is not None and started.workspace.summary.municipality == "Proefdorp"
    started.lock(ask=False)


def test_unsaved_changes_are_asked_about_and_cancel_stays(
        qtbot: QtBot, window: MainWindow, two_workspaces: tuple[Path, Path], chosen_folder: list[Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, office = two_workspaces
    open_by_menu(qtbot, window, chosen_folder, laptop)
    opened = window.workspace
    assert window.view is not None
    window.view.new_case()
    qtbot.keyClicks(window.view.case_screen.surname, "Halfweg")
    asked: list[bool] = []

    def cancel(_parent: object) -> dialogs.UnsavedChoice:
        asked.append(True)
        return dialogs.UnsavedChoice.CANCEL

    monkeypatch.setattr(dialogs, "ask_unsaved_changes", cancel)
    chosen_folder.append(office)
    window.workspaces.open_action.trigger()
    assert asked == [True]
    assert window.workspace is opened and window.view.case_screen.surname.text() == "Halfweg"
    window.workspaces.demo_actions[WorkspaceKind.COORDINATOR].trigger()
    assert asked == [True, True] and window.workspace is opened


def test_new_workspace_locks_and_goes_back_to_the_wizard(
        qtbot: QtBot, window: MainWindow, two_workspaces: tuple[Path, Path], chosen_folder: list[Path]) -> None:
    laptop, _office = two_workspaces
    open_by_menu(qtbot, window, chosen_folder, laptop)
    seen: list[bool] = []

    def look_and_cancel() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, FirstRunWizard)
        seen.append(window.workspace is None)  # locked before the wizard shows
        wizard.reject()

    QTimer.singleShot(0, look_and_cancel)
    window.workspaces.new_action.trigger()
    assert seen == [True]
    assert window.stack.currentWidget() is window.unlock_screen
    assert shown_place(window.unlock_screen).startswith(str(laptop))

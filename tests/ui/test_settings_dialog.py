"""The settings dialog: what it offers and what it returns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ui.context import WorkspaceContext
from ui.workspace.settings_dialog import SettingsDialog


def test_optional_domains_can_be_switched_on(qtbot: QtBot, context: WorkspaceContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert set(dialog.optional_domains) == {"motivation", "social_network"}
    assert not any(box.isChecked() for box in dialog.optional_domains.values())
    qtbot.mouseClick(dialog.optional_domains["social_network"], Qt.MouseButton.LeftButton)
    chosen = dialog.chosen()
    assert chosen.optional_domains == ("social_network",)
    assert chosen.auto_lock_minutes == context.settings.auto_lock_minutes


def test_quick_unlock_is_off_by_default_and_offered_with_a_secure_keyring(qtbot: QtBot,
                                                                           context: WorkspaceContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.quick_unlock.isEnabled()  # the fake keyring of the tests counts as secure
    assert not dialog.quick_unlock.isChecked()
    dialog.quick_unlock.setChecked(True)
    assert context.workspace.summary.workspace_id in dialog.chosen().quick_unlock_workspaces


def _buttons(dialog: SettingsDialog) -> set[str]:
    return {button.text() for button in dialog.findChildren(QPushButton)}


def test_replacing_the_database_key_is_the_back_offices_task_not_the_coordinators(
        qtbot: QtBot, context: WorkspaceContext, office_context: WorkspaceContext) -> None:
    laptop = SettingsDialog(context)
    qtbot.addWidget(laptop)
    assert "&Rotate database key…" not in _buttons(laptop)  # IT uses `terugkeer rotate-key` on a laptop
    office = SettingsDialog(office_context)
    qtbot.addWidget(office)
    assert "&Rotate database key…" in _buttons(office)

"""AuditScreen: the chain verdict on a real workspace, before and after tampering, and the latest entries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, cell_text

from app.workspace.folder import database_path
from db.engine import connect_raw
from ui.context import WorkspaceContext
from ui.privacy.audit_screen import AuditScreen


@pytest.fixture
def screen(qtbot: QtBot, context: WorkspaceContext) -> AuditScreen:
    add_case(context.workspace, "Gelogd")  # workspace created, then client, detention and case: 4 entries
    widget = AuditScreen(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def verify(qtbot: QtBot, screen: AuditScreen) -> None:
    with qtbot.waitSignal(screen.verified, timeout=10_000):
        qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)


def test_an_intact_chain(qtbot: QtBot, screen: AuditScreen) -> None:
    verify(qtbot, screen)
    assert screen.result.text() == "Audit chain intact: 4 entries"
    assert "color" not in screen.result.styleSheet()
    assert screen.verify_button.isEnabled()


def test_a_tampered_entry_breaks_the_chain(qtbot: QtBot, screen: AuditScreen, context: WorkspaceContext) -> None:
    workspace = context.workspace
    connection = connect_raw(database_path(workspace.folder), workspace.data_key)
    try:
        connection.execute("DROP TRIGGER audit_entry_no_update")
        connection.execute("UPDATE audit_entry SET user_name = 'Iemand Anders' WHERE seq = 3")
    finally:
        connection.close()
    verify(qtbot, screen)
    assert screen.result.text() == "Audit chain BROKEN at entry 3 — report this to the privacy officer"
    assert "color" in screen.result.styleSheet()


def test_lists_the_latest_entries_newest_first(qtbot: QtBot, screen: AuditScreen) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.load()
    table = screen.table
    assert table.rowCount() == 4
    assert [cell_text(table, row, 0) for row in range(4)] == ["4", "3", "2", "1"]
    assert [cell_text(table, row, 2) for row in range(4)] == ["Created"] * 4
    assert [cell_text(table, row, 6) for row in range(4)] == ["Case", "Detention", "Client", "Workspace"]
    assert cell_text(table, 0, 3) == "Success"
    assert cell_text(table, 0, 4) == "Test Coördinator"
    assert cell_text(table, 0, 5) == "Coordinator"

"""AuditScreen: the chain verdict on a real workspace, before and after tampering, and the latest entries."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import VALID_BSN, add_case, cell_text

from app import audit
from app.audit import Actor, AuditAction, Purpose
from app.permissions import Permission
from app.workspace.folder import database_path
from db.engine import connect_raw
from ui import dialogs
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
    assert [cell_text(table, row, 7) for row in range(4)] == ["Case", "Detention", "Client", "Workspace"]
    assert cell_text(table, 0, 3) == "Success"
    assert cell_text(table, 0, 4) == "Test Coördinator"
    assert cell_text(table, 0, 5) == "Coordinator"


def other_users_entry(context: WorkspaceContext, when: datetime) -> None:
    """An entry by another user, on another day: a supervisor who viewed the log."""
    workspace = context.workspace
    with workspace.transaction(Permission.AUDIT) as uow:
        audit.append(uow, Actor("Sam Supervisor", "supervisor", workspace.actor.device_id), AuditAction.VIEW,
                     purpose=Purpose.ACCOUNTABILITY, record_type="workspace", occurred_at=when)
        uow.commit()


def load_with(qtbot: QtBot, screen: AuditScreen, change: Callable[[], None]) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        change()


def shown(screen: AuditScreen, column: int) -> list[str]:
    return [cell_text(screen.table, row, column) for row in range(screen.table.rowCount())]


def test_every_row_names_its_case(qtbot: QtBot, screen: AuditScreen, context: WorkspaceContext) -> None:
    load_with(qtbot, screen, screen.load)
    case_id = recent_case_id(context)
    assert shown(screen, 6) == [case_id[:8], case_id[:8], "—", "—"]  # case and detention; client and workspace not
    assert shown(screen, 7) == ["Case", "Detention", "Client", "Workspace"]


def recent_case_id(context: WorkspaceContext) -> str:
    with context.workspace.transaction(Permission.AUDIT) as uow:
        return str(uow.audit.latest(1)[0].record_id)


def test_filters_by_client_name_without_accents_or_bsn(qtbot: QtBot, screen: AuditScreen,
                                                        context: WorkspaceContext) -> None:
    add_case(context.workspace, "Müller", bsn=VALID_BSN)
    load_with(qtbot, screen, screen.load)
    assert screen.table.rowCount() == 7
    load_with(qtbot, screen, lambda: qtbot.keyClicks(screen.client_filter, "kees muller"))
    assert shown(screen, 7) == ["Case", "Detention", "Client"]
    load_with(qtbot, screen, screen.client_filter.clear)
    load_with(qtbot, screen, lambda: qtbot.keyClicks(screen.client_filter, VALID_BSN))
    assert shown(screen, 7) == ["Case", "Detention", "Client"]
    load_with(qtbot, screen, lambda: screen.client_filter.setText("gelogd"))
    assert screen.table.rowCount() == 3
    assert screen.heading.text() == "Audit entries that pass the filters: 3, newest first"


def test_filters_by_user_action_and_period(qtbot: QtBot, screen: AuditScreen, context: WorkspaceContext) -> None:
    other_users_entry(context, datetime(2025, 1, 10, 12, 0, tzinfo=UTC))
    load_with(qtbot, screen, screen.load)
    assert screen.table.rowCount() == 5
    users = [screen.user_filter.itemText(index) for index in range(screen.user_filter.count())]
    assert users == ["All users", "Sam Supervisor", "Test Coördinator"]

    load_with(qtbot, screen, lambda: screen.user_filter.setCurrentIndex(1))
    assert shown(screen, 4) == ["Sam Supervisor"]
    load_with(qtbot, screen, lambda: screen.user_filter.setCurrentIndex(0))
    load_with(qtbot, screen, lambda: screen.action_filter.setCurrentIndex(
        screen.action_filter.findData(AuditAction.VIEW.value)))
    assert shown(screen, 2) == ["Viewed"]
    load_with(qtbot, screen, lambda: screen.action_filter.setCurrentIndex(
        screen.action_filter.findData(AuditAction.CREATE.value)))
    assert shown(screen, 2) == ["Created"] * 4

    load_with(qtbot, screen, lambda: screen.action_filter.setCurrentIndex(0))
    load_with(qtbot, screen, lambda: screen.start_filter.set_value(date(2025, 1, 10)))
    assert screen.table.rowCount() == 5  # from the 10th on: all of them
    load_with(qtbot, screen, lambda: screen.end_filter.set_value(date(2025, 1, 10)))
    assert shown(screen, 4) == ["Sam Supervisor"]  # the 10th itself, to its last moment
    load_with(qtbot, screen, lambda: screen.start_filter.set_value(date(2025, 1, 11)))
    assert screen.table.rowCount() == 0

    load_with(qtbot, screen, lambda: qtbot.mouseClick(screen.clear_button, Qt.MouseButton.LeftButton))
    assert screen.table.rowCount() == 5
    assert screen.start_filter.value() is None and screen.end_filter.value() is None


def test_exports_what_the_filters_let_through_and_logs_the_export(
        qtbot: QtBot, screen: AuditScreen, context: WorkspaceContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "auditlog.csv"
    monkeypatch.setattr(dialogs, "ask_save_csv", lambda _parent, _title, _suggested: target)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, text: told.append(text))
    load_with(qtbot, screen, lambda: screen.client_filter.setText("gelogd"))
    with qtbot.waitSignal(screen.exported, timeout=10_000) as exported:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    written = exported.args[0]
    assert written == target
    rows = list(csv.reader(io.StringIO(written.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["No.", "Date and time", "Action", "Outcome", "Record", "User", "Role", "Purpose", "Case",
                       "Device"]
    assert [row[4] for row in rows[1:]] == ["Case", "Detention", "Client"]
    assert told == [f"3 audit entries saved in {written}. The export is recorded in the audit log."]

    qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=10_000)
    load_with(qtbot, screen, screen.clear_filters)
    assert cell_text(screen.table, 0, 2) == "Exported"
    assert cell_text(screen.table, 0, 7) == "Audit log"
    assert cell_text(screen.table, 0, 4) == "Test Coördinator"


def test_rows_are_compact(screen: AuditScreen) -> None:
    assert screen.table.verticalHeader().defaultSectionSize() <= screen.fontMetrics().height() + 4

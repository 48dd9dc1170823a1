"""Helpers for the widget tests (fixtures are in conftest.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from app.cases import CaseData, ClientData, DetentionData, register_case
from app.workspace import OpenWorkspace
from ui.context import WorkspaceContext

VALID_BSN = "111222333"  # passes the 11-test
OTHER_VALID_BSN = "123456782"
INVALID_BSN = "123456789"  # nine digits that fail the 11-test


def wait_idle(qtbot: QtBot, context: WorkspaceContext) -> None:
    """Until every queued operation finished and delivered its result on the GUI thread."""
    qtbot.waitUntil(lambda: not context.operations.busy, timeout=10_000)


def add_case(workspace: OpenWorkspace, surname: str, bsn: str = "", start: date = date(2026, 1, 5),
             expected_release: date | None = None) -> str:
    """Register one case directly through the service; returns its case id."""
    with workspace.unit_of_work() as uow:
        changes = register_case(
            uow, workspace.actor,
            ClientData(given_names="Kees", surname=surname, date_of_birth=date(1980, 5, 17), bsn=bsn),
            DetentionData(prison="PI Vught", start_date=start, expected_release_date=expected_release),
            CaseData(),
        )
    return changes.case_ids[0]


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()

"""Helpers for the widget tests (fixtures are in conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.audit_trail import recent_entries
from app.casework.cases import CaseData, ClientData, DetentionData, register_case
from app.casework.checklist import load_catalogue
from app.casework.consent import record_consent
from app.casework.consent_terms import HowGiven
from app.casework.intake import ActionOwner, IntakeFile, add_action, open_intake
from app.settings import Settings
from app.workspace.session import OpenWorkspace
from ui.context import WorkspaceContext
from ui.intake.screen import IntakeScreen
from ui.main_window import MainWindow
from ui.register.screen import RegisterScreen
from ui.workspace_view import WorkspaceView

VALID_BSN = "111222333"  # passes the 11-test
OTHER_VALID_BSN = "123456782"
INVALID_BSN = "123456789"  # nine digits that fail the 11-test


def wait_idle(qtbot: QtBot, context: WorkspaceContext) -> None:
    """Until every queued operation finished and delivered its result on the GUI thread."""
    qtbot.waitUntil(lambda: not context.operations.busy, timeout=10_000)


def add_case(workspace: OpenWorkspace, surname: str, bsn: str = "", start: date = date(2026, 1, 5),
             expected_release: date | None = None) -> str:
    """Register one case directly through the service; returns its case id."""
    changes = register_case(
        workspace,
        ClientData(given_names="Kees", surname=surname, date_of_birth=date(1980, 5, 17), bsn=bsn),
        DetentionData(prison="PI Vught", start_date=start, expected_release_date=expected_release),
        CaseData(),
    )
    return changes.case_ids[0]


def type_and_enter(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Type `text` into `field` and press Enter, as a user does."""
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def open_intake_screen(qtbot: QtBot, context: WorkspaceContext, case_id: str) -> IntakeScreen:
    """A new intake screen (as after reopening the app) showing the case's intake, at 1366×768."""
    screen = IntakeScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.activateWindow()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_intake(case_id)
    return screen


def wait_saved(qtbot: QtBot, screen: IntakeScreen, context: WorkspaceContext, timeout: int = 1500) -> None:
    """Until the screen's autosave has written everything (read the database afterwards: reading it while the
    worker writes would contend for the database lock, which only tests do)."""
    qtbot.waitUntil(lambda: screen.save_indicator.text() == "All changes saved" and not context.operations.busy,
                    timeout=timeout)


def stored_intake(context: WorkspaceContext, case_id: str) -> IntakeFile:
    """The intake as stored, read in a fresh unit of work (this logs a view, so call it when the worker is idle)."""
    return open_intake(context.workspace, case_id, context.catalogue.active())


def start_plan(workspace: OpenWorkspace, case_id: str, actions: int = 0) -> None:
    """Start the case's intake (which starts its plan) with `actions` follow-up actions in the housing domain."""
    open_intake(workspace, case_id, load_catalogue().active())
    for number in range(1, actions + 1):
        add_action(workspace, case_id, "housing", f"Actie {number:02d}", ActionOwner.COORDINATOR, date(2026, 2, 1))


def give_consent(workspace: OpenWorkspace, case_id: str, categories: tuple[str, ...],
                 recipients: tuple[str, ...]) -> None:
    """A consent signed on paper today for `categories` to `recipients`."""
    record_consent(workspace, case_id, purposes=("aftercare",), categories=categories, recipients=recipients,
                   given_on=date.today(), how_given=HowGiven.SIGNED_ON_PAPER)


def document_entries(context: WorkspaceContext) -> list[tuple[str, str]]:
    """(action, record type) of every audit entry about a document, oldest first (call when the worker is idle)."""
    with context.workspace.unit_of_work() as uow:
        lines = sorted(recent_entries(uow, 10_000), key=lambda line: line.seq)
    return [(line.action, line.record_type) for line in lines if line.record_type in ("plan_pdf", "consent_pdf")]


def show_all_statuses(screen: RegisterScreen) -> None:
    """Choose "All statuses" in the register (its default, "ongoing", leaves the closed cases out)."""
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(None))


def open_window(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path) -> MainWindow:
    """A main window at 1366×768 (English) with `workspace` opened in it, once its first reads are done."""
    window = MainWindow(Settings(language="en"), tmp_path / "config")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.open_workspace(workspace)
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
    return window


def view_of(window: MainWindow) -> WorkspaceView:
    assert window.view is not None
    return window.view

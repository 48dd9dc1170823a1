"""Versions of printed documents: the preview's "Versions…" lists every printed version, and making an old one
again gives exactly the bytes first printed (shown from memory, or saved with the not-encrypted warning)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, document_entries, start_plan, wait_idle

from app.audit import AuditAction
from app.casework.documents import DocumentKind, DocumentOptions, DocumentRequest, make_document
from app.casework.intake import ActionOwner, add_action
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents.preview import PdfPreviewDialog
from ui.documents.versions_dialog import VersionsDialog


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def printed_twice(context: WorkspaceContext) -> tuple[str, bytes, bytes]:
    """A plan printed, changed, and printed again: (case id, first print, second print)."""
    workspace = context.workspace
    case_id = add_case(workspace, "Versieman")
    start_plan(workspace, case_id, actions=1)
    options = DocumentOptions(context.catalogue.active())
    request = DocumentRequest(DocumentKind.PLAN, case_id)
    first = make_document(workspace, request, AuditAction.PRINT, options).data
    add_action(workspace, case_id, "housing", "Woning zoeken", ActionOwner.COORDINATOR, date(2026, 3, 1))
    second = make_document(workspace, request, AuditAction.PRINT, options).data
    assert first != second
    return case_id, first, second


def open_versions(qtbot: QtBot, context: WorkspaceContext, case_id: str) -> VersionsDialog:
    preview = PdfPreviewDialog(context, case_id, DocumentKind.PLAN)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.shown, timeout=20_000):
        preview.show()
    click(qtbot, preview.versions_button)
    dialog = preview.versions_dialog
    assert isinstance(dialog, VersionsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    return dialog


def test_an_old_version_is_made_again_byte_for_byte(qtbot: QtBot, context: WorkspaceContext, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    case_id, first, second = printed_twice(context)
    dialog = open_versions(qtbot, context, case_id)
    rows = [dialog.table.texts(row) for row in range(dialog.table.rowCount())]
    assert [(row[0], row[2]) for row in rows] == [("1", "Test Coördinator"), ("2", "Test Coördinator")]
    assert all(len(row[3]) == 8 for row in rows) and rows[0][3] != rows[1][3]
    assert not dialog.save_button.isEnabled()

    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.shown, timeout=20_000):
        click(qtbot, dialog.make_button)
    assert dialog.document_bytes == first
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.shown, timeout=20_000):
        click(qtbot, dialog.make_button)
    assert dialog.document_bytes == second

    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.shown, timeout=20_000):
        click(qtbot, dialog.make_button)
    target = tmp_path / "versie.pdf"
    suggested: list[Path] = []
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: True)
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda _parent, path: suggested.append(path) or target)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        click(qtbot, dialog.save_button)
    assert target.read_bytes() == first
    assert suggested[0].name == f"Plan of approach {case_id[:8]} version 1.pdf"
    wait_idle(qtbot, context)
    entries = document_entries(context)
    assert entries[-4:] == [("view", "plan_pdf"), ("view", "plan_pdf"), ("view", "plan_pdf"), ("export", "plan_pdf")]


def test_without_prints_there_are_no_versions(qtbot: QtBot, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Nooitgedrukt")
    start_plan(context.workspace, case_id)
    preview = PdfPreviewDialog(context, case_id, DocumentKind.PLAN)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.shown, timeout=20_000):
        preview.show()
    click(qtbot, preview.versions_button)
    dialog = preview.versions_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.table.rowCount() == 0 and not dialog.make_button.isEnabled()
    assert dialog.message.text() == "Nothing has been printed or saved yet, so there are no versions."
    preview.reject()
    assert preview.versions_dialog is None

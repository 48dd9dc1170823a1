"""Printing and saving the plans of several cases from the register, over a real encrypted workspace."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, document_entries, start_plan, wait_idle

from app.audit import AuditAction
from app.casework import documents as document_services
from app.casework.documents import Deliver, Document, DocumentOptions, DocumentRequest
from app.settings import Settings
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents import export as pdf_export
from ui.documents.batch import BatchPrint
from ui.main_window import MainWindow
from ui.register.screen import RegisterScreen


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def printed_plans(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The bytes of every plan made for printing, by case id (the real service still makes and logs them)."""
    documents: dict[str, bytes] = {}
    real = document_services.make_document

    def spy(workspace: OpenWorkspace, request: DocumentRequest, action: AuditAction, options: DocumentOptions,
            deliver: Deliver | None = None) -> Document:
        document = real(workspace, request, action, options, deliver)
        if action is AuditAction.PRINT:
            documents[request.case_id] = document.data
        return document

    monkeypatch.setattr(document_services, "make_document", spy)
    return documents


@pytest.fixture
def cases(context: WorkspaceContext) -> dict[str, str]:
    """Three cases by surname, in register order: two with a plan (of different lengths), one without."""
    ids = {surname: add_case(context.workspace, surname) for surname in ("Aalbers", "Bakker", "Claassen")}
    start_plan(context.workspace, ids["Aalbers"], actions=40)
    start_plan(context.workspace, ids["Claassen"])
    return ids


@pytest.fixture
def screen(qtbot: QtBot, context: WorkspaceContext, cases: dict[str, str]) -> RegisterScreen:
    widget = RegisterScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.load()
    return widget


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, text: shown.append(text))
    return shown


@pytest.fixture
def printer_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The print dialog is answered with a printer that prints to this PDF file."""
    output = tmp_path / "printed.pdf"

    def ask_printer(_parent: object, page_count: int = 0) -> QPrinter:
        assert page_count == 0  # no page range across several plans
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(dialogs, "ask_printer", ask_printer)
    return output


def select_all(qtbot: QtBot, screen: RegisterScreen) -> None:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def finish(qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext, infos: list[str]) -> str:
    qtbot.waitUntil(lambda: bool(infos), timeout=30_000)
    wait_idle(qtbot, context)
    assert screen.batch is None and screen.print_plans_button.isEnabled()
    [text] = infos
    return text


def test_batch_buttons_follow_the_selection(qtbot: QtBot, screen: RegisterScreen) -> None:
    assert not screen.print_plans_button.isEnabled() and not screen.save_plans_button.isEnabled()
    first_row = screen.table.visualRect(screen.model.index(0, 1)).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    assert screen.print_plans_button.isEnabled() and screen.save_plans_button.isEnabled()
    assert [case.name for case in screen.selected_cases()] == ["Aalbers, Kees"]
    qtbot.keyClick(screen.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [case.name for case in screen.selected_cases()] == ["Aalbers, Kees", "Bakker, Kees"]
    with qtbot.waitSignal(screen.open_case_requested) as opened:  # Enter still opens the current case
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [screen.selected_cases()[1].case_id]
    screen.search.setText("geen zulke naam")
    assert not screen.print_plans_button.isEnabled()


def test_print_the_selected_plans_in_one_job(qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext,
                                             cases: dict[str, str], printed_plans: dict[str, bytes],
                                             printer_file: Path, infos: list[str]) -> None:
    select_all(qtbot, screen)
    assert len(screen.selected_cases()) == 3
    qtbot.mouseClick(screen.print_plans_button, Qt.MouseButton.LeftButton)
    text = finish(qtbot, screen, context, infos)
    assert list(printed_plans) == [cases["Aalbers"], cases["Claassen"]]  # register order, Bakker has no plan
    assert pages(printer_file.read_bytes()) == sum(pages(data) for data in printed_plans.values())
    assert pages(printed_plans[cases["Aalbers"]]) >= 2
    assert document_entries(context) == [("print", "plan_pdf")] * 2
    assert text.splitlines()[:2] == ["2 of 3 plans printed.", "1 skipped: no plan yet: Bakker, Kees"]


def test_cancel_stops_after_the_current_plan(qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext,
                                             cases: dict[str, str], printed_plans: dict[str, bytes],
                                             printer_file: Path, infos: list[str]) -> None:
    select_all(qtbot, screen)
    qtbot.mouseClick(screen.print_plans_button, Qt.MouseButton.LeftButton)
    batch = screen.batch
    assert isinstance(batch, BatchPrint)
    cancel = batch.progress_dialog.findChild(QPushButton)
    assert cancel is not None
    batch.case_printed.connect(lambda done, _total: qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
                               if done == 1 else None)
    text = finish(qtbot, screen, context, infos)
    assert list(printed_plans) == [cases["Aalbers"]]
    assert pages(printer_file.read_bytes()) == pages(printed_plans[cases["Aalbers"]])
    assert document_entries(context) == [("print", "plan_pdf")]
    assert text.splitlines() == ["1 of 3 plans printed.", "Cancelled: the remaining plans were not printed."]


def test_save_the_selected_plans_as_files(qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext,
                                          cases: dict[str, str], tmp_path: Path, infos: list[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "plannen"
    folder.mkdir()
    warnings: list[bool] = []
    monkeypatch.setattr(pdf_export._Session, "last_folder", None)
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: warnings.append(True) or True)
    monkeypatch.setattr(dialogs, "ask_folder", lambda _parent, start: folder if start == Path.home() else None)
    select_all(qtbot, screen)
    qtbot.mouseClick(screen.save_plans_button, Qt.MouseButton.LeftButton)
    text = finish(qtbot, screen, context, infos)
    assert warnings == [True]
    expected = {folder / f"Plan of approach {cases[name][:8]}.pdf" for name in ("Aalbers", "Claassen")}
    assert set(folder.iterdir()) == expected
    for path in expected:
        assert "Kees" in PdfReader(path).pages[0].extract_text()
    assert document_entries(context) == [("export", "plan_pdf")] * 2
    assert text.splitlines()[:2] == ["2 of 3 plans saved.", "1 skipped: no plan yet: Bakker, Kees"]
    assert "not encrypted" in text


def test_save_cancelled_at_the_warning_does_nothing(qtbot: QtBot, screen: RegisterScreen,
                                                    context: WorkspaceContext, infos: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: False)
    monkeypatch.setattr(dialogs, "ask_folder", lambda _parent, _start: pytest.fail("no folder question"))
    select_all(qtbot, screen)
    qtbot.mouseClick(screen.save_plans_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert screen.batch is None and infos == []
    assert document_entries(context) == []


def test_locking_ends_a_batch_print_cleanly(qtbot: QtBot, workspace: OpenWorkspace, cases: dict[str, str],
                                            printer_file: Path, infos: list[str], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = MainWindow(Settings(auto_lock_minutes=1), tmp_path / "config")
    qtbot.addWidget(window)
    window.open_workspace(workspace)
    window.show()
    assert window.view is not None
    register = window.view.register_screen
    qtbot.waitUntil(lambda: register.model.total_count == 3, timeout=10_000)
    select_all(qtbot, register)
    qtbot.mouseClick(register.print_plans_button, Qt.MouseButton.LeftButton)
    batch = register.batch
    assert isinstance(batch, BatchPrint)
    with qtbot.waitSignal(batch.case_printed, timeout=20_000):
        pass
    window.lock(ask=False)
    assert workspace.is_locked and window.view is None
    assert not [widget for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QProgressDialog) and widget.isVisible()]
    qtbot.wait(200)
    assert infos == []  # nothing more is reported once the workspace locked
    assert pages(printer_file.read_bytes()) >= 1  # the job was ended: what was printed is a whole document

"""Printing and saving the plans of several cases from the register, over a real encrypted workspace."""

from __future__ import annotations

import io
from datetime import date
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
from app.casework.plan_batch import PlanOwner
from app.errors import TerugkeerError
from app.settings import Settings
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.context import WorkspaceContext
from ui.documents import export as pdf_export
from ui.documents.batch import BatchPrint
from ui.documents.batch_dialog import BatchPlanDialog
from ui.documents.batch_preview import BatchPreviewDialog
from ui.documents.export import plan_file_name
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
def printer_asked() -> list[bool]:
    """One entry each time the print dialog is shown."""
    return []


@pytest.fixture
def printer_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, printer_asked: list[bool]) -> Path:
    """The print dialog is answered with a printer that prints to this PDF file."""
    output = tmp_path / "printed.pdf"

    def ask_printer(_parent: object, page_count: int = 0) -> QPrinter:
        assert page_count == 0  # no page range across several plans
        printer_asked.append(True)
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(dialogs, "ask_printer", ask_printer)
    return output


def select_all(qtbot: QtBot, screen: RegisterScreen) -> None:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def open_batch(qtbot: QtBot, screen: RegisterScreen, saved: bool = False) -> BatchPlanDialog:
    """Press "Print plans…" (or "Save plans…") and wait for the summary of what has a plan."""
    button = screen.save_plans_button if saved else screen.print_plans_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = screen.batch_dialog
    assert isinstance(dialog, BatchPlanDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10_000)
    return dialog


def print_all(qtbot: QtBot, screen: RegisterScreen, saved: bool = False) -> None:
    dialog = open_batch(qtbot, screen, saved)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)


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


def test_the_summary_before_printing_counts_and_names(qtbot: QtBot, screen: RegisterScreen,
                                                      context: WorkspaceContext, printer_file: Path,
                                                      printer_asked: list[bool], infos: list[str]) -> None:
    select_all(qtbot, screen)
    dialog = open_batch(qtbot, screen)
    assert dialog.summary.text().splitlines() == [
        "2 of the 3 selected cases have a plan.", "1 has no plan yet and is skipped: Bakker, Kees"]
    assert dialog.go_button.text() == "&Print 2 plans…" and dialog.go_button.isDefault()
    assert dialog.preview_button.isEnabled()
    assert printer_asked == [] and infos == [] and screen.batch is None  # nothing asked or printed yet
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert screen.batch_dialog is None and printer_asked == []
    wait_idle(qtbot, context)
    assert document_entries(context) == []


def test_nothing_to_print_when_no_selected_case_has_a_plan(qtbot: QtBot, screen: RegisterScreen,
                                                           printer_file: Path, printer_asked: list[bool]) -> None:
    second_row = screen.table.visualRect(screen.model.index(1, 1)).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=second_row)
    dialog = open_batch(qtbot, screen)
    assert dialog.summary.text() == "The selected case has no plan yet."
    assert not dialog.go_button.isEnabled() and not dialog.preview_button.isEnabled()
    assert dialog.close_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert screen.batch_dialog is None and printer_asked == []


def test_print_the_selected_plans_in_one_job(qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext,
                                             cases: dict[str, str], printed_plans: dict[str, bytes],
                                             printer_file: Path, infos: list[str]) -> None:
    select_all(qtbot, screen)
    assert len(screen.selected_cases()) == 3
    print_all(qtbot, screen)
    text = finish(qtbot, screen, context, infos)
    assert list(printed_plans) == [cases["Aalbers"], cases["Claassen"]]  # register order, Bakker has no plan
    assert pages(printer_file.read_bytes()) == sum(pages(data) for data in printed_plans.values())
    assert pages(printed_plans[cases["Aalbers"]]) >= 2
    assert document_entries(context) == [("print", "plan_pdf")] * 2
    assert text.splitlines() == ["2 of 3 plans printed.", "1 skipped: no plan yet: Bakker, Kees"]


def test_cancelling_the_print_dialog_is_the_only_cancel(qtbot: QtBot, screen: RegisterScreen,
                                                         context: WorkspaceContext, infos: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask_printer", lambda _parent, page_count=0: None)
    select_all(qtbot, screen)
    dialog = open_batch(qtbot, screen)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and screen.batch is None  # still there, to try again or close
    assert dialog.status.isVisible() and dialog.status.text() == "Cancelled: nothing was printed."
    wait_idle(qtbot, context)
    assert infos == [] and document_entries(context) == []


def test_enter_does_not_cancel_a_running_batch(qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext,
                                               printer_file: Path, infos: list[str]) -> None:
    """Enter in the print dialog, held a moment, must not press Cancel in the progress window that follows."""
    select_all(qtbot, screen)
    print_all(qtbot, screen)
    batch = screen.batch
    assert isinstance(batch, BatchPrint)
    qtbot.keyClick(batch.progress_dialog, Qt.Key.Key_Return)
    text = finish(qtbot, screen, context, infos)
    assert text.splitlines()[0] == "2 of 3 plans printed." and "Cancelled" not in text


def test_a_plan_that_cannot_be_made_is_named_and_the_rest_printed(
        qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext, cases: dict[str, str],
        printer_file: Path, infos: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    real = document_services.make_document

    def refuse_aalbers(workspace: OpenWorkspace, request: DocumentRequest, action: AuditAction,
                       options: DocumentOptions, deliver: Deliver | None = None) -> Document:
        if request.case_id == cases["Aalbers"]:
            raise TerugkeerError("template_missing", template="housing v9")
        return real(workspace, request, action, options, deliver)

    monkeypatch.setattr(document_services, "make_document", refuse_aalbers)
    select_all(qtbot, screen)
    print_all(qtbot, screen)
    lines = finish(qtbot, screen, context, infos).splitlines()
    assert lines[:2] == ["1 of 3 plans printed.", "1 skipped: no plan yet: Bakker, Kees"]
    assert lines[2].startswith("1 failed: Aalbers, Kees (") and "housing v9" in lines[2]
    assert not any("Cancelled" in line for line in lines)
    assert document_entries(context) == [("print", "plan_pdf")]


def test_cancel_stops_after_the_current_plan(qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext,
                                             cases: dict[str, str], printed_plans: dict[str, bytes],
                                             printer_file: Path, infos: list[str]) -> None:
    select_all(qtbot, screen)
    print_all(qtbot, screen)
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
    assert text.splitlines() == ["1 of 3 plans printed.", "1 skipped: no plan yet: Bakker, Kees",
                                 "Cancelled: the remaining plans were not printed."]


def test_preview_the_plans_one_after_the_other_then_print(
        qtbot: QtBot, screen: RegisterScreen, context: WorkspaceContext, cases: dict[str, str],
        printed_plans: dict[str, bytes], printer_file: Path, infos: list[str]) -> None:
    select_all(qtbot, screen)
    dialog = open_batch(qtbot, screen)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert isinstance(preview, BatchPreviewDialog) and preview.isVisible()
    qtbot.waitUntil(lambda: preview.has_document, timeout=10_000)
    assert preview.shown_case_id == cases["Aalbers"] and preview.position.text() == "1 of 2"
    assert [preview.case_combo.itemText(row) for row in range(preview.case_combo.count())] == [
        "Aalbers, Kees", "Claassen, Kees"]
    assert not preview.recipient.isVisible() and not preview.print_button.isVisible()
    assert not preview.previous_button.isEnabled()
    with qtbot.waitSignal(preview.shown, timeout=10_000):
        qtbot.keyClick(preview, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert preview.shown_case_id == cases["Claassen"] and preview.has_document
    assert not preview.next_button.isEnabled()
    assert preview.go_button.text() == "&Print all 2 plans…"
    qtbot.mouseClick(preview.go_button, Qt.MouseButton.LeftButton)
    text = finish(qtbot, screen, context, infos)
    assert list(printed_plans) == [cases["Aalbers"], cases["Claassen"]]
    assert document_entries(context) == [("view", "plan_pdf")] * 2 + [("print", "plan_pdf")] * 2
    assert text.splitlines()[0] == "2 of 3 plans printed."


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
    dialog = open_batch(qtbot, screen, saved=True)
    today = date.today().strftime("%d-%m-%Y")
    assert f"Plan of approach - Aalbers K - {cases['Aalbers'][:8]} - {today}.pdf" in dialog.note.text()
    assert "not encrypted" in dialog.note.text()
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    text = finish(qtbot, screen, context, infos)
    assert warnings == [True]
    expected = {folder / f"Plan of approach - {name} K - {cases[name][:8]} - {today}.pdf"
                for name in ("Aalbers", "Claassen")}
    assert set(folder.iterdir()) == expected
    for path in expected:
        assert "Kees" in PdfReader(path).pages[0].extract_text()
    assert document_entries(context) == [("export", "plan_pdf")] * 2
    assert text.splitlines()[:2] == ["2 of 3 plans saved.", "1 skipped: no plan yet: Bakker, Kees"]
    assert "not encrypted" in text


def test_saved_file_names_tell_people_and_cases_apart() -> None:
    day = date(2026, 12, 6)
    first = plan_file_name(PlanOwner("3f2a9c1d-aaaa", True, True, "van 't Hek-Müller", "N"), day)
    second = plan_file_name(PlanOwner("77b0e4c2-bbbb", True, True, "van 't Hek-Müller", "N"), day)
    assert first == "Plan of approach - van 't Hek-Müller N - 3f2a9c1d - 06-12-2026.pdf"
    assert first != second
    odd = plan_file_name(PlanOwner("0123abcd", True, True, 'O"Brien/Smith: <x>?', "J"), day)
    assert odd == "Plan of approach - O Brien Smith x J - 0123abcd - 06-12-2026.pdf"
    assert not set(odd) & set('<>:"/\\|?*')


def test_save_cancelled_at_the_warning_or_the_folder_does_nothing(qtbot: QtBot, screen: RegisterScreen,
                                                                  context: WorkspaceContext, infos: list[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: False)
    monkeypatch.setattr(dialogs, "ask_folder", lambda _parent, _start: pytest.fail("no folder question"))
    select_all(qtbot, screen)
    dialog = open_batch(qtbot, screen, saved=True)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.status.isVisible()
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: True)
    monkeypatch.setattr(dialogs, "ask_folder", lambda _parent, _start: None)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Cancelled: nothing was saved."
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
    print_all(qtbot, register)
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

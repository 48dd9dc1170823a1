"""The preview of the plan of approach and the consent form, with printing and saving, over a real encrypted
workspace: what is shown, what is printed or written, what the audit log says, and that nothing else is written."""

from __future__ import annotations

import errno
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pdf_checks import drawn_boxes_and_ticks
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, document_entries, give_consent, start_plan, wait_idle

import app.atomic
from app.audit import AuditAction
from app.casework import documents as document_services
from app.casework.documents import Deliver, Document, DocumentKind, DocumentOptions, DocumentRequest
from app.settings import Settings
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.case.screen import CaseScreen
from ui.context import WorkspaceContext
from ui.documents import export as pdf_export
from ui.documents.preview import PdfPreviewDialog
from ui.i18n import install_translations
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SURNAME = "Ĳzerman-Łukasiewicz"


@dataclass(frozen=True)
class Made:
    request: DocumentRequest
    action: AuditAction
    data: bytes


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[Made]:
    """Every document the UI had made, with the action it was logged as (the real service still runs)."""
    documents: list[Made] = []
    real = document_services.make_document

    def spy(workspace: OpenWorkspace, request: DocumentRequest, action: AuditAction, options: DocumentOptions,
            deliver: Deliver | None = None) -> Document:
        document = real(workspace, request, action, options, deliver)
        documents.append(Made(request, action, document.data))
        return document

    monkeypatch.setattr(document_services, "make_document", spy)
    return documents


@pytest.fixture(autouse=True)
def fresh_session_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_export._Session, "last_folder", None)


@pytest.fixture
def planned(context: WorkspaceContext) -> str:
    case_id = add_case(context.workspace, SURNAME)
    start_plan(context.workspace, case_id, actions=40)
    return case_id


@pytest.fixture
def screen(qtbot: QtBot, context: WorkspaceContext) -> CaseScreen:
    widget = CaseScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def text_of(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def pdf_printer(path: Path) -> QPrinter:
    """What the print dialog would hand back, printing to a PDF file (screen resolution keeps the test quick)."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def open_case(qtbot: QtBot, screen: CaseScreen, case_id: str) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.open_case(case_id)


def shown_preview(qtbot: QtBot, screen: CaseScreen, open_it: Callable[[], None]) -> PdfPreviewDialog:
    open_it()
    dialog = screen.document_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.has_document or dialog.refused, timeout=10_000)
    return dialog


def choose_recipient(qtbot: QtBot, dialog: PdfPreviewDialog, recipient: str | None) -> None:
    """Pick a recipient with the arrow keys, as a keyboard user does, and wait for the new preview."""
    combo = dialog.recipient
    combo.setFocus()
    target = combo.findData(recipient)
    assert target >= 0
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        while combo.currentIndex() != target:
            qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


# --- the preview -----------------------------------------------------------------------------------------------


def test_ctrl_p_previews_the_plan_and_logs_a_view(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext,
                                                  planned: str, made: list[Made]) -> None:
    open_case(qtbot, screen, planned)
    assert screen.plan_button.isEnabled()
    dialog = shown_preview(qtbot, screen, lambda: qtbot.keyClick(
        screen.given_names, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier))
    assert dialog.isVisible()
    [view] = made
    assert view.action is AuditAction.VIEW and view.request.kind is DocumentKind.PLAN
    assert view.request.recipient is None and not view.request.show_full_bsn
    assert dialog.page_count == pages(view.data) >= 2
    assert dialog.page_label.text() == f"Page 1 of {dialog.page_count}"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.note.isVisible()
    wait_idle(qtbot, context)
    assert document_entries(context) == [("view", "plan_pdf")]


def test_no_plan_button_before_the_intake(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext) -> None:
    case_id = add_case(context.workspace, "Zonderplan")
    open_case(qtbot, screen, case_id)
    assert not screen.plan_button.isEnabled()
    assert "intake" in screen.plan_button.toolTip()
    qtbot.keyClick(screen.given_names, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert screen.document_dialog is None
    assert screen.consent_form_button.isEnabled()


def test_showing_the_full_bsn_makes_a_new_preview(qtbot: QtBot, screen: CaseScreen, planned: str,
                                                  made: list[Made]) -> None:
    open_case(qtbot, screen, planned)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        qtbot.mouseClick(dialog.full_bsn, Qt.MouseButton.LeftButton)
    assert [(m.action, m.request.show_full_bsn) for m in made] == [(AuditAction.VIEW, False), (AuditAction.VIEW, True)]
    assert dialog.has_document


def test_a_partner_without_consent_gets_no_plan(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext,
                                                planned: str, made: list[Made]) -> None:
    open_case(qtbot, screen, planned)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    choose_recipient(qtbot, dialog, "uwv")
    assert dialog.refused and not dialog.has_document and dialog.page_count == 0
    assert dialog.note.isVisible()
    assert "cannot be made for" in dialog.note.text()
    assert "no consent and no legal basis has been recorded" in dialog.note.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # refused quietly: nothing to print
    assert [m.action for m in made] == [AuditAction.VIEW]  # the refusal made no document
    wait_idle(qtbot, context)
    assert document_entries(context) == [("view", "plan_pdf")]

    choose_recipient(qtbot, dialog, None)  # back to the client's own plan
    assert dialog.has_document and not dialog.note.isVisible() and dialog.print_button.isEnabled()


def test_partial_consent_shows_what_was_left_out(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext,
                                                 planned: str, made: list[Made]) -> None:
    give_consent(context.workspace, planned, ("identity", "id_document"), ("housing_corporation",))
    open_case(qtbot, screen, planned)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    choose_recipient(qtbot, dialog, "housing_corporation")
    assert dialog.has_document and dialog.print_button.isEnabled()
    note = dialog.note.text()
    assert dialog.note.isVisible() and "Left out of this plan for Woningcorporatie" in note
    housing = context.catalogue.active().domain("housing").label.nl
    assert f"• {housing}: the consent does not name this kind of data" in note
    assert "• detention data: the consent does not name this kind of data" in note
    assert "personal data" not in note and context.catalogue.active().domain("id_document").label.nl not in note
    assert dialog.page_count == pages(made[-1].data)
    assert "Actie 01" not in text_of(made[-1].data)  # the housing actions really were left out


# --- printing ----------------------------------------------------------------------------------------------------


def test_print_from_the_preview(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext, planned: str,
                                made: list[Made], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "printed.pdf"
    asked: list[int] = []

    def ask_printer(_parent: object, page_count: int = 0) -> QPrinter:
        asked.append(page_count)
        return pdf_printer(output)

    monkeypatch.setattr(dialogs, "ask_printer", ask_printer)
    open_case(qtbot, screen, planned)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert asked == [dialog.page_count]
    assert [m.action for m in made] == [AuditAction.VIEW, AuditAction.PRINT]
    assert printed.args == [dialog.page_count] and pages(output.read_bytes()) == pages(made[-1].data)
    assert dialog.message.text() == f"Sent to the printer: {dialog.page_count} pages."
    wait_idle(qtbot, context)
    assert document_entries(context) == [("view", "plan_pdf"), ("print", "plan_pdf")]


def test_print_cancelled_in_the_dialog_prints_and_logs_nothing(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext, planned: str, made: list[Made],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask_printer", lambda _parent, _count=0: None)
    open_case(qtbot, screen, planned)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert [m.action for m in made] == [AuditAction.VIEW]
    assert document_entries(context) == [("view", "plan_pdf")]


# --- saving -------------------------------------------------------------------------------------------------------


def test_save_after_the_warning_writes_the_plan(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext,
                                                planned: str, made: list[Made], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export" / "plan.pdf"
    target.parent.mkdir()
    warned: list[bool] = []
    suggested: list[Path] = []
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: warned.append(True) or True)
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda _parent, path: suggested.append(path) or target)
    open_case(qtbot, screen, planned)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert warned == [True]
    # named as in a batch save, so a person can tell whose plan the file is
    name = f"Plan of approach - {SURNAME} K - {planned[:8]} - {date.today():%d-%m-%Y}.pdf"
    assert suggested == [Path.home() / name]
    written = target.read_bytes()
    assert written == made[-1].data and made[-1].action is AuditAction.EXPORT
    assert f"Kees {SURNAME}" in text_of(written)
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert files_under(target.parent) == {target}
    wait_idle(qtbot, context)
    assert document_entries(context) == [("view", "plan_pdf"), ("export", "plan_pdf")]

    # the next save starts in the folder used last (this session only)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert suggested[-1] == target.parent / name


def test_save_cancelled_at_the_warning_writes_and_logs_nothing(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext, planned: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: False)

    def never(_parent: object, _path: Path) -> Path:
        raise AssertionError("no file dialog after the warning was cancelled")

    monkeypatch.setattr(dialogs, "ask_save_pdf", never)
    open_case(qtbot, screen, planned)
    before = files_under(tmp_path)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert document_entries(context) == [("view", "plan_pdf")]
    assert not [path for path in files_under(tmp_path) - before if path.suffix == ".pdf"]


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes through app.atomic get half their bytes out, then the disk is full (ENOSPC)."""
    real_fdopen = os.fdopen

    class HalfThenFull:
        def __init__(self, handle: Any) -> None:
            self._handle = handle

        def __enter__(self) -> HalfThenFull:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

        def write(self, data: bytes) -> int:
            self._handle.write(data[: len(data) // 2])
            self._handle.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(app.atomic.os, "fdopen", lambda fd, mode: HalfThenFull(real_fdopen(fd, mode)))


def test_a_full_disk_says_so_in_dutch_and_leaves_no_file(
        qtbot: QtBot, context: WorkspaceContext, planned: str, tmp_path: Path, app_language: QApplication,
        monkeypatch: pytest.MonkeyPatch, full_disk: None, shown_errors: list[Exception]) -> None:
    install_translations(app_language, "nl")
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: True)
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda _parent, _path: folder / "plan.pdf")
    dialog = PdfPreviewDialog(context, planned, DocumentKind.PLAN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.has_document, timeout=10_000)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    [error] = shown_errors
    assert getattr(error, "code", None) == "disk_full"
    assert "De schijf of USB-stick is vol" in dialog.message.text()
    assert str(folder) in dialog.message.text()
    assert files_under(folder) == set()  # neither the PDF nor a half-written temporary file
    assert document_entries(context) == [("view", "plan_pdf")]  # and no export is logged that did not happen
    assert dialog.save_button.isEnabled()  # the user can make room and try again


def test_a_folder_that_cannot_be_written_is_named(qtbot: QtBot, context: WorkspaceContext, planned: str,
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   shown_errors: list[Exception]) -> None:
    missing = tmp_path / "gone" / "plan.pdf"
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: True)
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda _parent, _path: missing)
    dialog = PdfPreviewDialog(context, planned, DocumentKind.PLAN)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.has_document, timeout=10_000)
    dialog.save_document()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert getattr(shown_errors[0], "code", None) == "output_not_writable"
    assert dialog.message.text().startswith(f"Cannot save {missing}.")


# --- nothing written anywhere else ----------------------------------------------------------------------------------


@pytest.fixture
def empty_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def test_preview_print_and_save_write_only_the_chosen_files(
        qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext, planned: str, tmp_path: Path,
        empty_temp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    printed, saved = tmp_path / "out" / "printed.pdf", tmp_path / "out" / "saved.pdf"
    printed.parent.mkdir()
    monkeypatch.setattr(dialogs, "ask_printer", lambda _parent, _count=0: pdf_printer(printed))
    monkeypatch.setattr(dialogs, "confirm_unencrypted_export", lambda _parent: True)
    monkeypatch.setattr(dialogs, "ask_save_pdf", lambda _parent, _path: saved)
    open_case(qtbot, screen, planned)
    wait_idle(qtbot, context)
    before = {path: path.stat().st_size for path in files_under(tmp_path)}

    dialog = shown_preview(qtbot, screen, screen.show_plan)
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()
    wait_idle(qtbot, context)

    assert files_under(empty_temp) == set()
    new = files_under(tmp_path) - set(before)
    assert new == {printed, saved}
    changed_outside_the_workspace = {path for path in before if path.exists()
                                     and context.workspace.folder not in path.parents
                                     and path.stat().st_size != before[path]}
    assert changed_outside_the_workspace == set()


def test_ui_code_never_makes_temporary_files() -> None:
    offenders = [f"{path.relative_to(ROOT)}: {word}" for path in sorted((ROOT / "ui").rglob("*.py"))
                 for word in ("tempfile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "QTemporaryFile",
                              "QTemporaryDir")
                 if word in path.read_text(encoding="utf-8")]
    assert offenders == []


# --- closing --------------------------------------------------------------------------------------------------------


def test_closing_drops_the_document(qtbot: QtBot, screen: CaseScreen, planned: str) -> None:
    open_case(qtbot, screen, planned)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    assert dialog.page_count > 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.page_count == 0 and not dialog.has_document


def test_locking_closes_the_preview(qtbot: QtBot, workspace: OpenWorkspace, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = add_case(workspace, SURNAME)
    start_plan(workspace, case_id)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = MainWindow(Settings(auto_lock_minutes=1), tmp_path / "config")
    qtbot.addWidget(window)
    window.open_workspace(workspace)
    window.show()
    assert window.view is not None
    case_screen = window.view.case_screen
    with qtbot.waitSignal(case_screen.loaded, timeout=10_000):
        window.view.open_case(case_id)
    dialog = shown_preview(qtbot, case_screen, case_screen.show_plan)
    assert dialog.isVisible() and dialog.page_count > 0
    window.lock(ask=False)
    assert not dialog.isVisible() and dialog.page_count == 0
    assert not [widget for widget in QApplication.topLevelWidgets()
                if isinstance(widget, PdfPreviewDialog) and widget.isVisible()]


# --- the consent form -----------------------------------------------------------------------------------------------


def test_consent_form_blank_then_filled(qtbot: QtBot, screen: CaseScreen, context: WorkspaceContext,
                                        made: list[Made]) -> None:
    case_id = add_case(context.workspace, SURNAME)
    open_case(qtbot, screen, case_id)
    dialog = shown_preview(qtbot, screen, screen.show_consent_form)
    assert dialog.windowTitle() == "Consent form"
    assert dialog.blank_radio.isChecked() and not dialog.filled_radio.isEnabled()
    assert dialog.filled_radio.toolTip() == "No consent has been recorded for this case yet"
    assert drawn_boxes_and_ticks(made[-1].data)[1] == 0
    assert dialog.page_count == pages(made[-1].data)
    dialog.close()

    give_consent(context.workspace, case_id, ("identity", "housing"), ("uwv", "social_team"))
    dialog = shown_preview(qtbot, screen, screen.show_consent_form)
    assert dialog.filled_radio.isEnabled()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        qtbot.mouseClick(dialog.filled_radio, Qt.MouseButton.LeftButton)
    assert made[-1].request.filled and dialog.has_document
    assert drawn_boxes_and_ticks(made[-1].data)[1] == 4  # two kinds of data, two recipients
    wait_idle(qtbot, context)
    assert document_entries(context) == [("view", "consent_pdf")] * 3


def test_print_only_the_pages_asked_for(qtbot: QtBot, screen: CaseScreen, planned: str, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "page 2.pdf"

    def ask_printer(_parent: object, page_count: int = 0) -> QPrinter:
        printer = pdf_printer(output)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return printer

    monkeypatch.setattr(dialogs, "ask_printer", ask_printer)
    open_case(qtbot, screen, planned)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    assert dialog.page_count >= 2
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        dialog.print_document()
    assert printed.args == [1] and pages(output.read_bytes()) == 1


def test_zoom_in_and_out_from_fit_width(qtbot: QtBot, screen: CaseScreen, planned: str) -> None:
    open_case(qtbot, screen, planned)
    dialog = shown_preview(qtbot, screen, screen.show_plan)
    view = dialog.view
    assert view.zoomMode() == view.ZoomMode.FitToWidth
    fitted = dialog._effective_zoom()
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == view.ZoomMode.Custom
    assert view.zoomFactor() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() == pytest.approx(fitted / 1.25)
    qtbot.mouseClick(dialog.fit_width_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == view.ZoomMode.FitToWidth

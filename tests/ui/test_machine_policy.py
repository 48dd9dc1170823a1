"""The machine policy in the app (issue 7): locked values cannot be changed in the settings screen and win over the
saved settings; quick unlock is offered only where IT allows it; a malformed policy is said once and locks down; the
first-run wizard takes the municipality and the back office from the policy."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot
from ui_helpers import add_case, start_plan

from app.audit import AuditAction
from app.casework.documents import DocumentKind, DocumentOptions, DocumentRequest, make_document
from app.pdf.output import usable_logo
from app.policy import POLICY_VARIABLE, load_policy
from app.settings import Settings, load_settings, save_settings
from app.sync.device import peers
from app.sync.identity import DeviceIdentity, public_identity_bytes
from app.workspace import folder as folder_module
from app.workspace import quick_unlock
from app.workspace.folder import create_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace
from ui.context import WorkspaceContext
from ui.gui import build_main_window
from ui.main_window import MainWindow
from ui.paths import config_folder
from ui.widgets.policy_marks import LockMark
from ui.workspace.first_run import FirstRunWizard
from ui.workspace.settings_dialog import SettingsDialog

PASSPHRASE = "zeven kale kippen op een hek"
USER_SETTINGS = Settings(language="en", auto_lock_minutes=30)


def write_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: object | bytes) -> Path:
    path = tmp_path / "policy.json"
    path.write_bytes(document if isinstance(document, bytes) else json.dumps(document).encode())
    monkeypatch.setenv(POLICY_VARIABLE, str(path))
    return path


def user_with_quick_unlock(workspace: OpenWorkspace) -> Settings:
    """The user's own saved settings: 30 minutes, English, quick unlock on (its key in the keyring)."""
    workspace_id = workspace.summary.workspace_id
    settings = replace(USER_SETTINGS, last_workspace=str(workspace.folder)).with_quick_unlock(workspace_id, True)
    save_settings(config_folder(), settings)
    assert quick_unlock.store(workspace_id, workspace.data_key)
    return settings


def open_window(qtbot: QtBot, qapp: QApplication, workspace: OpenWorkspace) -> MainWindow:
    window = build_main_window(qapp, workspace.folder, None)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_locked_values_are_shown_disabled_and_win_over_the_saved_settings(
        qtbot: QtBot, qapp: QApplication, private_home: Path, workspace: OpenWorkspace,
        monkeypatch: pytest.MonkeyPatch, shown_errors: list[Exception]) -> None:
    write_policy(private_home, monkeypatch, {"version": 1, "auto_lock_minutes": 3, "quick_unlock_allowed": False,
                                             "language": "nl"})
    user_with_quick_unlock(workspace)
    window = open_window(qtbot, qapp, workspace)
    assert shown_errors == []
    assert window.lock_guard.idle_minutes == 3
    assert window.unlock_screen.quick_button.isHidden()  # quick unlock not offered, though the user had it on

    window.open_workspace(workspace)
    workspace_id = workspace.summary.workspace_id
    assert quick_unlock.load(workspace_id) is None  # the key left the keyring
    seen: list[dict[str, object]] = []

    def check_and_force(dialog: SettingsDialog) -> int:
        seen.append({"auto_lock": (dialog.auto_lock.isEnabled(), dialog.auto_lock.value()),
                     "language": (dialog.language.isEnabled(), dialog.language.currentData()),
                     "quick": (dialog.quick_unlock.isEnabled(), dialog.quick_unlock.isChecked()),
                     "domains": all(box.isEnabled() for box in dialog.optional_domains.values()),
                     "marks": len(dialog.findChildren(LockMark)),
                     "tip": dialog.auto_lock.toolTip(), "note": dialog.policy_note is not None})
        dialog.auto_lock.setValue(60)  # even forced, the locked value cannot change
        dialog.quick_unlock.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", check_and_force)
    window.edit_settings()
    assert seen == [{"auto_lock": (False, 3), "language": (False, "nl"), "quick": (False, False), "domains": True,
                     "marks": 3, "tip": "Set by the IT department", "note": True}]
    assert window.lock_guard.idle_minutes == 3
    saved = load_settings(config_folder())
    assert (saved.auto_lock_minutes, saved.language) == (30, "en")  # the user's own, kept for when IT unlocks
    assert workspace_id not in saved.quick_unlock_workspaces
    assert window.effective_settings.auto_lock_minutes == 3
    window.lock(ask=False)


def test_without_a_policy_the_users_settings_hold(qtbot: QtBot, qapp: QApplication, private_home: Path,
                                                   workspace: OpenWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(POLICY_VARIABLE, str(private_home / "no-policy.json"))
    user_with_quick_unlock(workspace)
    window = open_window(qtbot, qapp, workspace)
    assert window.lock_guard.idle_minutes == 30
    assert not window.unlock_screen.quick_button.isHidden()


def test_a_malformed_policy_is_said_once_and_locks_down(
        qtbot: QtBot, qapp: QApplication, private_home: Path, workspace: OpenWorkspace,
        monkeypatch: pytest.MonkeyPatch, shown_errors: list[Exception]) -> None:
    path = write_policy(private_home, monkeypatch, b"{ this is not json")
    user_with_quick_unlock(workspace)
    window = open_window(qtbot, qapp, workspace)
    assert [getattr(error, "code", None) for error in shown_errors] == ["policy_invalid"]
    assert getattr(shown_errors[0], "params", {})["path"] == str(path)
    assert window.lock_guard.idle_minutes == 5  # locked down, though the user chose 30
    assert window.unlock_screen.quick_button.isHidden()
    assert window.effective_settings.language == "nl"
    window.open_workspace(workspace)

    def check(dialog: SettingsDialog) -> int:
        assert dialog.policy_note is not None and str(path) in dialog.policy_note.text()
        assert not dialog.auto_lock.isEnabled() and not dialog.quick_unlock.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", check)
    window.edit_settings()
    window.lock(ask=False)


def test_the_wizard_takes_the_municipality_and_enrols_the_back_office(
        qtbot: QtBot, qapp: QApplication, private_home: Path, monkeypatch: pytest.MonkeyPatch,
        fast_kdf: KdfParams, shown_errors: list[Exception]) -> None:
    office = DeviceIdentity.generate("6f1c5f7e-2c2b-4a34-9a8e-1a1b2c3d4e5f")
    identity = public_identity_bytes(office, kind="backoffice", municipality="Westland", label="Backoffice Westland")
    write_policy(private_home, monkeypatch, {
        "version": 1, "municipality": "Westland", "back_office_identity": base64.b64encode(identity).decode(),
        "back_office_fingerprint": office.public().fingerprint})
    monkeypatch.setattr(folder_module, "create_workspace", partial(create_workspace, kdf=fast_kdf))
    notes: list[str] = []

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, FirstRunWizard)
        wizard.next()
        details = wizard.details_page
        assert details.municipality.text() == "Westland" and not details.municipality.isEnabled()
        details.user_name.setText("Anna de Vries")
        wizard.next()
        page = wizard.passphrase_page
        notes.append(page.back_office_note.text() if page.back_office_note.isVisibleTo(page) else "")
        page.passphrase.setText(PASSPHRASE)
        page.repeat.setText(PASSPHRASE)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(0, drive)
    window = build_main_window(qapp, private_home / "werkmap", None)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    assert "Backoffice Westland" in notes[0] and office.public().fingerprint in notes[0]
    workspace = window.workspace
    assert workspace is not None and workspace.summary.municipality == "Westland"
    assert [(peer.device_id, peer.label) for peer in peers(workspace)] == [(office.device_id, "Backoffice Westland")]
    assert shown_errors == []
    window.lock(ask=False)


def test_the_policy_logo_goes_on_the_documents(context: WorkspaceContext, tmp_path: Path) -> None:
    logo = Path(__file__).resolve().parents[2] / "resources" / "icons" / "terugkeer.png"
    if not logo.exists():
        pytest.skip("no logo picture in resources/icons")
    case_id = add_case(context.workspace, "Logoman")
    start_plan(context.workspace, case_id)
    assert usable_logo(tmp_path / "missing.png") is None
    request = DocumentRequest(DocumentKind.PLAN, case_id)
    template = context.catalogue.active()
    with_logo = make_document(context.workspace, request, AuditAction.VIEW,
                              DocumentOptions(template, logo_path=usable_logo(logo))).data
    without = make_document(context.workspace, request, AuditAction.VIEW,
                            DocumentOptions(template, logo_path=usable_logo(tmp_path / "missing.png"))).data
    assert b"/Subtype /Image" in with_logo and b"/Subtype /Image" not in without
    assert load_policy(tmp_path / "absent.json").logo_path is None

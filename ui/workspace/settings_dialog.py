"""Settings of this user and workspace: language, auto-lock, quick unlock, passphrase and key rotation.

A value the machine policy locks is shown as it is in effect, disabled, with a padlock ("Set by the IT
department"); saving keeps the user's own value for it, and the policy keeps winning (app.policy.effective)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.permissions import Permission
from app.policy import Policy
from app.settings import Settings
from app.workspace import quick_unlock
from app.workspace.folder import EmbeddedWorkspace
from ui import dialogs
from ui.context import WorkspaceContext
from ui.texts.messages import error_text
from ui.widgets.field_marks import INVALID_COLOUR
from ui.widgets.policy_marks import mark_if_locked


def _unavailable_text(reason: quick_unlock.Unavailable) -> str:
    if reason is quick_unlock.Unavailable.SEVERAL_ACCOUNTS:
        return QCoreApplication.translate("SettingsDialog", "Not available: several people open this workspace, each with their own passphrase.")
    if reason is quick_unlock.Unavailable.INSECURE_BACKEND:
        return QCoreApplication.translate("SettingsDialog", "Not available: the only keyring on this computer stores secrets without protection.")
    return QCoreApplication.translate("SettingsDialog", "Not available: this computer has no system keyring (for example a desktop without one).")


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `chosen()` returns it after Accept. The form shows `context.settings` (in
    effect); `stored` are the user's own settings, which `chosen()` changes only where the policy locks nothing."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None, *,
                 stored: Settings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._context = context
        self._stored = stored if stored is not None else context.settings
        self._build_language_and_lock(context.settings)
        self._build_quick_unlock(context)
        template = context.catalogue.active()
        self.optional_domains = {
            domain.id: QCheckBox(domain.label.in_language(context.settings.language))
            for domain in template.domains if domain.optional
        }
        for domain_id, box in self.optional_domains.items():
            box.setChecked(domain_id in context.settings.optional_domains)
        self._layout(context.policy)

    def _build_language_and_lock(self, settings: Settings) -> None:
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.auto_lock = QSpinBox()
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(settings.auto_lock_minutes)

    def _build_quick_unlock(self, context: WorkspaceContext) -> None:
        settings, policy = context.settings, context.policy
        workspace_id = context.workspace.summary.workspace_id
        self.quick_unlock = QCheckBox(self.tr("Unlock with the system keyring on this computer"))
        self.quick_unlock.setChecked(workspace_id in settings.quick_unlock_workspaces)
        workspace = context.workspace
        accounts = len(workspace.keyfile.logins) if isinstance(workspace, EmbeddedWorkspace) else 1
        reason = quick_unlock.unavailable_reason(accounts)
        if not policy.quick_unlock_allowed:
            note = self.tr("Your IT department does not allow quick unlock on this computer.")
        elif reason:
            note = _unavailable_text(reason)
        else:
            note = self.tr("Anyone who can log in to this computer account can then open the workspace without the "
                           "passphrase. Off by default.")
        self.quick_unlock_note = QLabel(note)
        self.quick_unlock_note.setWordWrap(True)
        # The keyring keeps a workspace folder's data key; the server asks its own password.
        self._folder = isinstance(context.workspace, EmbeddedWorkspace)
        self.quick_unlock.setEnabled(reason is None and policy.quick_unlock_allowed and self._folder)

    def _layout(self, policy: Policy) -> None:
        change = QPushButton(self.tr("Change &passphrase…"))
        change.clicked.connect(self._change_passphrase)
        rotate = QPushButton(self.tr("&Rotate database key…"))
        rotate.clicked.connect(self._rotate_key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.policy_note = self._policy_note()
        if self.policy_note is not None:
            form.addRow(self.policy_note)
        form.addRow(self.tr("&Language (after restart):"), mark_if_locked(self.language, policy, "language"))
        form.addRow(self.tr("&Auto-lock after:"), mark_if_locked(self.auto_lock, policy, "auto_lock_minutes"))
        if self._folder:
            form.addRow(mark_if_locked(self.quick_unlock, policy, *(() if policy.quick_unlock_allowed else
                                                                     ("quick_unlock_allowed",))))
            form.addRow(self.quick_unlock_note)
        if self.optional_domains:
            form.addRow(QLabel(self.tr("Extra domains in the intake checklist:")))
            for box in self.optional_domains.values():
                form.addRow(mark_if_locked(box, policy, "optional_domains"))
        form.addRow(change)
        workspace = self._context.workspace
        # The application manager's task on a back office's folder; IT replaces a laptop's key with `rotate-key`.
        if isinstance(workspace, EmbeddedWorkspace) and workspace.may(Permission.SETTINGS) \
                and workspace.summary.kind is WorkspaceKind.BACKOFFICE:
            form.addRow(rotate)
        form.addRow(buttons)

    def _policy_note(self) -> QLabel | None:
        """Above the form: which file set the locked values, or why the policy could not be used."""
        policy = self._context.policy
        if policy.problem is not None:
            note = QLabel(error_text(policy.problem), self)
            note.setStyleSheet(f"color: {INVALID_COLOUR};")
        elif policy.values:
            note = QLabel(self.tr("Values with a padlock are set by your IT department ({path}).").format(
                path=policy.path), self)
        else:
            return None
        note.setObjectName("policyNote")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        return note

    def chosen(self) -> Settings:
        """The user's own settings with what they changed here; a value the policy locks keeps its stored value."""
        workspace_id = self._context.workspace.summary.workspace_id
        policy = self._context.policy
        stored = self._stored
        chosen_domains = tuple(domain_id for domain_id, box in self.optional_domains.items() if box.isChecked())
        return replace(
            stored,
            language=stored.language if policy.locked("language") else self.language.currentData(),
            auto_lock_minutes=(stored.auto_lock_minutes if policy.locked("auto_lock_minutes") else
                               self.auto_lock.value()),
            optional_domains=stored.optional_domains if policy.locked("optional_domains") else chosen_domains,
        ).with_quick_unlock(workspace_id, self.quick_unlock.isChecked() and self.quick_unlock.isEnabled())

    def _change_passphrase(self) -> None:
        dialog = PassphraseDialog(self, ask_new=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = dialog.values()
        workspace = self._context.workspace
        self._context.operations.read(self, lambda _p: workspace.change_passphrase(old, new)).success(
            lambda _r: dialogs.show_info(self, self.tr("The passphrase has been changed."))).run()

    def _rotate_key(self) -> None:
        if not dialogs.ask_yes_no(self, self.tr(
                "Re-encrypt the whole database under a new key? A backup is made first. This can take a while.")):
            return
        dialog = PassphraseDialog(self, ask_new=False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase, _ = dialog.values()
        workspace = self._context.workspace
        assert isinstance(workspace, EmbeddedWorkspace)  # the button is there for a workspace folder only
        self._context.operations.wait_until_idle()
        self._context.operations.read(self, lambda _p: workspace.rotate_data_key(passphrase)).success(
            lambda _r: dialogs.show_info(self, self.tr("The database key has been rotated."))).run()


class PassphraseDialog(QDialog):
    """Asks the current passphrase, and a new one twice when `ask_new`."""

    def __init__(self, parent: QWidget | None, ask_new: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.current, self.new, self.repeat = QLineEdit(), QLineEdit(), QLineEdit()
        form = QFormLayout(self)
        rows = [(self.tr("&Current passphrase:"), self.current)]
        if ask_new:
            rows += [(self.tr("&New passphrase:"), self.new), (self.tr("&Repeat new passphrase:"), self.repeat)]
        for label, edit in rows:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, edit)
        self._ask_new = ask_new
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_matching)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept_if_matching(self) -> None:
        if self._ask_new and self.new.text() != self.repeat.text():
            self.problem.setText(error_text(TerugkeerError("passphrase_mismatch")))
            return
        self.accept()

    def values(self) -> tuple[str, str]:
        return self.current.text(), self.new.text()

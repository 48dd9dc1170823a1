"""The application manager's screen: every account with its roles, and adding, changing, disabling and giving a new
passphrase. Each change runs on the worker through the services of app.workspace.accounts, which check the
permission and write the audit entry; the list is read again after each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.permissions import format_roles
from app.workspace import accounts
from app.workspace.accounts import AccountLine
from app.workspace.folder import EmbeddedWorkspace
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.accounts.dialogs import AddAccountDialog, NewAccount, ResetPassphraseDialog, RolesDialog
from ui.context import WorkspaceContext
from ui.texts.formatting import format_date
from ui.texts.labels import roles_label
from ui.widgets.buttons import chain_tab_order, push_button
from ui.widgets.dialog_slot import DialogSlot
from ui.widgets.simple_table import SimpleTable
from ui.widgets.submit_dialog import SubmitDialog

_ROLES_COLUMN = 2  # takes the width that is left

# One change of an account, run on the worker.
Change = Callable[[OpenWorkspace], None]


class AccountsScreen(QWidget):
    loaded = Signal()

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lines: list[AccountLine] = []
        self._select_after_load: str | None = None
        self._dialogs = DialogSlot(self._update_buttons)
        self.table = SimpleTable([self.tr("Login"), self.tr("Name"), self.tr("Roles"), self.tr("Status"),
                                  self.tr("Created"), self.tr("Created by")], _ROLES_COLUMN, self.tr("Accounts"), self)
        self.table.setObjectName("accountsTable")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = push_button(self, self.tr("&Add account…"), "addAccountButton", self.add_account)
        self.roles_button = push_button(self, self.tr("Change &roles…"), "accountRolesButton", self.change_roles)
        self.disable_button = push_button(self, self.tr("&Disable…"), "disableAccountButton", self.disable_account,
                                          self.tr("The account can no longer log in; the audit log keeps its name"))
        self.reset_button = push_button(self, self.tr("New &passphrase…"), "resetPassphraseButton",
                                        self.reset_passphrase, self.tr("For someone who lost their passphrase"))
        self._layout()
        self._update_buttons()

    def _layout(self) -> None:
        heading = QLabel(self.tr("Accounts"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("Everyone who works with Terugkeer has an account of their own: the audit log names "
                               "it with everything it does. The roles decide what an account may see and do."), self)
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.disable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        chain_tab_order(self.table, self.add_button, self.roles_button, self.disable_button, self.reset_button)

    # --- reading ---------------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read every account; `loaded` follows."""
        workspace = self._context.workspace
        self._context.operations.read(self, lambda _progress: accounts.list_accounts(workspace)) \
            .success(self._show).run()

    def _show(self, lines: list[AccountLine]) -> None:
        keep = self._select_after_load or self._selected_login()
        self._select_after_load = None
        self._lines = lines
        self.table.show_rows([(self._texts(line), line.login) for line in lines])
        for row, line in enumerate(lines):
            if line.login == keep:
                self.table.selectRow(row)
        self._update_buttons()
        self.loaded.emit()

    def _texts(self, line: AccountLine) -> list[str]:
        status = self.tr("Disabled") if line.disabled else self.tr("Active")
        return [line.login, line.display_name, roles_label(format_roles(line.roles)), status,
                format_date(line.created_at), line.created_by]

    def _selected_login(self) -> str | None:
        key = self.table.selected_key()
        return key if isinstance(key, str) else None

    def selected(self) -> AccountLine | None:
        login = self._selected_login()
        return next((line for line in self._lines if line.login == login), None)

    def _update_buttons(self) -> None:
        line = self.selected()
        usable = line is not None and not line.disabled
        for button in (self.roles_button, self.reset_button):
            button.setEnabled(usable)
        own = line is not None and line.login == self._context.workspace.account.login
        self.disable_button.setEnabled(usable and not own)

    # --- changing ----------------------------------------------------------------------------------------------------

    def add_account(self) -> None:
        # A server account may log in with single sign-on: no password of its own.
        dialog = AddAccountDialog(not isinstance(self._context.workspace, EmbeddedWorkspace), self)

        def submitted(new: NewAccount) -> None:
            self._write(dialog, lambda workspace: accounts.add_account(
                workspace, new.login, new.display_name, new.roles, new.passphrase), new.login)

        dialog.submitted.connect(submitted)
        self._dialogs.open(dialog)

    def change_roles(self) -> None:
        self._decide(RolesDialog, accounts.set_roles)

    def reset_passphrase(self) -> None:
        self._decide(ResetPassphraseDialog, accounts.reset_passphrase)

    def _decide(self, make_dialog: Callable[[AccountLine, QWidget], SubmitDialog],
                change: Callable[[OpenWorkspace, str, Any], None]) -> None:
        """Ask about the selected account in the dialog `make_dialog` makes; what it submits goes to `change`."""
        line = self.selected()
        if line is None:
            return
        dialog = make_dialog(line, self)
        dialog.submitted.connect(lambda value: self._write(
            dialog, lambda workspace: change(workspace, line.login, value), line.login))
        self._dialogs.open(dialog)

    def disable_account(self) -> None:
        line = self.selected()
        if line is None or not dialogs.ask_yes_no(self, self.tr(
                "Disable the account {login} ({name})? It can no longer log in. What it did stays in the audit log "
                "under its name.").format(login=line.login, name=line.display_name)):
            return
        self._write(None, lambda workspace: accounts.disable_account(workspace, line.login), line.login)

    def _write(self, dialog: SubmitDialog | None, change: Change, select: str) -> None:
        """Run `change` on the worker, then read the list again with `select` selected; a refusal is said in
        `dialog` (which keeps what was typed), or else in a message."""
        workspace = self._context.workspace

        def done(_result: object) -> None:
            if dialog is not None:
                dialog.finish()
            self._select_after_load = select
            self.load()

        def refused(error: Exception) -> None:
            if dialog is not None:
                dialog.show_error(error)
            else:
                dialogs.show_error(self, error)

        self._context.operations.write(self, lambda _progress: change(workspace)).initiator(self) \
            .success(done).failure(refused).run()

    @property
    def dialog(self) -> SubmitDialog | None:
        """The open add, roles or passphrase dialog (for tests)."""
        dialog = self._dialogs.dialog
        return dialog if isinstance(dialog, SubmitDialog) else None

    def clear(self) -> None:
        """Close the dialog and forget the list (when the workspace locks)."""
        self._dialogs.close()
        self._lines = []
        self.table.setRowCount(0)

"""The application manager's decisions about an account: a new account, its roles, a new passphrase. Like the other
confirmations they only collect: the button emits `submitted`, and the dialog stays open until the screen's write
succeeded (`finish()`) or says why it was refused (`show_error()`), so nothing typed is lost."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.permissions import Role
from app.workspace.accounts import AccountLine
from ui.texts.labels import label
from ui.widgets.check_list import CheckList
from ui.widgets.submit_dialog import SubmitDialog
from ui.workspace.passphrase_fields import PassphraseFields

LOGIN_MAX_LENGTH = 63  # PostgreSQL's longest name: a login is a login role on the server


@dataclass(frozen=True)
class NewAccount:
    login: str
    display_name: str
    roles: frozenset[Role]
    passphrase: str | None  # None: no password (on the server: single sign-on)


def role_choice(parent: QWidget, title: str) -> CheckList:
    """A check box per role, in the order of the roles."""
    roles = CheckList(title, "accountRoles", columns=1, parent=parent)
    roles.set_options([(role.value, label(role)) for role in Role])
    return roles


def chosen_roles(roles: CheckList) -> frozenset[Role]:
    return frozenset(Role(value) for value in roles.checked())


def _plain_label(text: str, parent: QWidget) -> QLabel:
    shown = QLabel(text, parent)
    shown.setTextFormat(Qt.TextFormat.PlainText)  # a name is not markup
    shown.setWordWrap(True)
    return shown


class AddAccountDialog(SubmitDialog):
    """A new account: login, name, roles and a passphrase typed twice (on the server it may stay empty:
    `optional_passphrase`)."""

    def __init__(self, optional_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add account"), self.tr("&Add account"), parent)
        self.setObjectName("addAccountDialog")
        self.login = QLineEdit(self)
        self.login.setObjectName("accountLogin")
        self.login.setAccessibleName(self.tr("Login"))
        self.login.setMaxLength(LOGIN_MAX_LENGTH)
        self.login.setPlaceholderText(self.tr("for example jdevries"))
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("accountName")
        self.display_name.setAccessibleName(self.tr("Name"))
        self.display_name.setPlaceholderText(self.tr("as the office knows the person, for example Jan de Vries"))
        self.roles = role_choice(self, self.tr("Roles"))
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Name:"), self.display_name)
        form.addRow(self.roles)
        self.passphrase = PassphraseFields(self, form, optional=optional_passphrase)
        self.content.addLayout(form)
        if optional_passphrase:
            self.content.addWidget(_plain_label(self.tr(
                "On the server the passphrase may stay empty: the person then logs in with the municipality's "
                "single sign-on."), self))
        self.content.addWidget(self.buttons)
        for edit in (self.login, self.display_name):
            edit.textChanged.connect(self._update_button)
        self.roles.toggled.connect(self._update_button)
        self.passphrase.changed.connect(self._update_button)
        self.setMinimumWidth(520)
        self._update_button()
        self.login.setFocus()

    def _update_button(self) -> None:
        self.confirm_button.setEnabled(bool(self.login.text().strip()) and bool(self.roles.checked())
                                       and self.passphrase.is_acceptable())

    def value(self) -> NewAccount:
        return NewAccount(self.login.text().strip(), self.display_name.text().strip(), chosen_roles(self.roles),
                          self.passphrase.value())


class RolesDialog(SubmitDialog):
    """The roles of an account, as they are now; submits the roles chosen."""

    def __init__(self, account: AccountLine, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Roles"), self.tr("&Save roles"), parent)
        self.setObjectName("rolesDialog")
        self.roles = role_choice(self, self.tr("Roles of {name} ({login})").format(
            name=account.display_name, login=account.login))
        self.roles.set_checked(role.value for role in account.roles)
        self.roles.toggled.connect(lambda: self.confirm_button.setEnabled(bool(self.roles.checked())))
        self.content.addWidget(self.roles)
        self.content.addWidget(_plain_label(self.tr(
            "A coordinator who has no other role sees only the cases that carry their name."), self))
        self.content.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.roles.boxes()[0].setFocus()

    def value(self) -> frozenset[Role]:
        return chosen_roles(self.roles)


class ResetPassphraseDialog(SubmitDialog):
    """A new passphrase for someone who lost theirs; submits it."""

    def __init__(self, account: AccountLine, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New passphrase"), self.tr("&Set passphrase"), parent)
        self.setObjectName("resetPassphraseDialog")
        intro = _plain_label(self.tr(
            "A new passphrase for {name} ({login}). Give it to them in person; they can change it under "
            "Settings.").format(name=account.display_name, login=account.login), self)
        form = QFormLayout()
        self.passphrase = PassphraseFields(self, form)
        self.passphrase.changed.connect(
            lambda: self.confirm_button.setEnabled(self.passphrase.is_acceptable()))
        self.content.addWidget(intro)
        self.content.addLayout(form)
        self.content.addWidget(self.buttons)
        self.confirm_button.setEnabled(False)
        self.setMinimumWidth(480)
        self.passphrase.passphrase.setFocus()

    def value(self) -> str:
        return self.passphrase.passphrase.text()

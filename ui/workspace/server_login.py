"""The login screen of the municipality's server: its address as remembered, the login and the password. The
password may stay empty: single sign-on (Kerberos) from the municipality's directory, or a password file IT set up
(~/.pgpass), logs in without one. It is never stored."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from app.errors import TerugkeerError
from ui.operations import Operations
from ui.workspace.login_card import LoginCard

if TYPE_CHECKING:
    from app.workspace.session import OpenWorkspace


class ServerLoginScreen(LoginCard):
    """Emits `opened(ServerWorkspace)`; connecting runs on the worker."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(operations, parent)
        self._url = ""
        self._office_key: Path | None = None
        self.login = QLineEdit()
        self.login.setObjectName("serverLogin")
        self.login.setAccessibleName(self.tr("Login"))
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        for edit in (self.login, self.password):
            edit.returnPressed.connect(self.try_connect)
        self.connect_button = QPushButton(self.tr("&Log in"))
        self.connect_button.setObjectName("serverConnectButton")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.try_connect)
        hint = QLabel(self.tr("Leave the password empty when you log in with the municipality's single sign-on or "
                              "IT has set up a password file for you."))
        hint.setWordWrap(True)
        self.form.addRow(self.tr("&User:"), self.login)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.connect_button)
        self.form.addRow(hint)
        self.finish_form()

    def inputs(self) -> list[QWidget]:
        return [self.login, self.password, self.connect_button]

    @property
    def url(self) -> str:
        return self._url

    def prepare(self, url: str, login: str, office_key: Path | None, heading: str) -> None:
        """Show the screen for the server at `url`, `login` filled in, the password empty and focused."""
        self._url, self._office_key = url, office_key
        self.show_card(heading, self.tr("Server: {address}").format(address=url))
        self.login.setText(login)
        self.password.clear()
        self.set_busy(False)
        (self.password if login else self.login).setFocus()

    def try_connect(self) -> None:
        login = self.login.text().strip()
        if not self._url or not login:
            return
        url, password, office_key = self._url, self.password.text(), self._office_key
        self.password.clear()

        def work(_progress: object) -> OpenWorkspace:
            from app.workspace.server import connect  # the server's driver loads only when it is used

            return connect(url, login=login, password=password or None, office_key=office_key)

        self.start(work, self.tr("Connecting…"))

    def refused(self, error: TerugkeerError) -> None:
        self.password.setFocus()

"""First run: create a workspace (kind, municipality, your name, passphrase), open the demo, point to an existing
workspace folder, or connect to the municipality's server (its address, your login, the office key file). The
wizard only collects choices; the main window does the (slow) creation and remembers the server.

The machine policy may name the municipality (then it is filled in and cannot be changed) and the back office a
new coordinator laptop is linked to (the last page says so; the main window enrols it after creating)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain import WorkspaceKind
from app.errors import TerugkeerError
from app.policy import Policy
from app.workspace.layout import is_workspace
from ui.texts.messages import error_text
from ui.widgets.policy_marks import mark_if_locked
from ui.workspace.passphrase_fields import PassphraseFields

if TYPE_CHECKING:
    from app.sync.identity import PublicIdentity


class Start(Enum):
    CREATE = "create"
    DEMO = "demo"
    OPEN = "open"
    SERVER = "server"


@dataclass(frozen=True)
class FirstRunChoice:
    start: Start
    folder: Path
    kind: WorkspaceKind = WorkspaceKind.COORDINATOR
    municipality: str = ""
    user_name: str = ""  # the server: the login
    passphrase: str = ""
    server_url: str = ""
    office_key_file: str = ""  # the server: the office key file, or "" without one


class _ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Terugkeer"))
        self.setSubTitle(self.tr("Terugkeer keeps the aftercare of residents leaving prison in one encrypted "
                                 "workspace on this computer. What would you like to do?"))
        self.create_new = QRadioButton(self.tr("&Create a new workspace"))
        self.try_demo = QRadioButton(self.tr("Try the &demo (fictional people only, no passphrase to choose)"))
        self.open_existing = QRadioButton(self.tr("&Open an existing workspace folder"))
        self.use_server = QRadioButton(self.tr("Connect to the municipality's &server"))
        self.use_server.setObjectName("useServerChoice")
        self.create_new.setChecked(True)
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button in (self.create_new, self.try_demo, self.open_existing, self.use_server):
            group.addButton(button)
            layout.addWidget(button)
        layout.addStretch()
        # The demo needs no further page: Finish instead of Next.
        group.buttonToggled.connect(lambda: self.setFinalPage(self.choice() is Start.DEMO))

    def choice(self) -> Start:
        chosen = {Start.DEMO: self.try_demo, Start.OPEN: self.open_existing, Start.SERVER: self.use_server}
        return next((start for start, button in chosen.items() if button.isChecked()), Start.CREATE)

    def nextId(self) -> int:
        return {Start.CREATE: FirstRunWizard.DETAILS, Start.DEMO: -1,
                Start.OPEN: FirstRunWizard.OPEN, Start.SERVER: FirstRunWizard.SERVER}[self.choice()]


class _FolderPicker(QWidget):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(folder))
        self.edit.setAccessibleName(self.tr("Workspace folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the workspace folder"), self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def folder(self) -> Path:
        return Path(self.edit.text().strip()).expanduser()


class _KeyFilePicker(_FolderPicker):
    """The office key file (optional: empty when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Path(), parent)
        self.edit.clear()
        self.edit.setAccessibleName(self.tr("Office key file"))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the office key file"), self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def path_text(self) -> str:
        return str(self.folder()) if self.edit.text().strip() else ""


class _DetailsPage(QWizardPage):
    def __init__(self, folder: Path, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New workspace"))
        self.setSubTitle(self.tr("A coordinator's laptop works offline in prisons; the back office gathers the "
                                 "bundles of all coordinators."))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Coordinator (laptop)"), WorkspaceKind.COORDINATOR)
        self.kind.addItem(self.tr("Back office"), WorkspaceKind.BACKOFFICE)
        self.kind.setAccessibleName(self.tr("Kind of workspace"))
        self.municipality = QLineEdit()
        self.municipality.setObjectName("municipalityEdit")
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.municipality.setText(policy.municipality or "")
        self.user_name = QLineEdit()
        self.user_name.setObjectName("userNameEdit")
        self.user_name.setAccessibleName(self.tr("Your name"))
        self.folder = _FolderPicker(folder)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Municipality:"), mark_if_locked(self.municipality, policy, "municipality"))
        form.addRow(self.tr("Your &name:"), self.user_name)
        form.addRow(self.tr("&Folder:"), self.folder)
        form.addRow(self.problem)
        self.municipality.textChanged.connect(self.completeChanged)
        self.user_name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.municipality.text().strip() and self.user_name.text().strip())

    def validatePage(self) -> bool:
        folder = self.folder.folder()
        if is_workspace(folder):
            self.problem.setText(error_text(TerugkeerError("workspace_exists", path=str(folder))))
            return False
        return True

    def nextId(self) -> int:
        return FirstRunWizard.PASSPHRASE

    def kind_chosen(self) -> WorkspaceKind:
        return WorkspaceKind(self.kind.currentData())


class _PassphrasePage(QWizardPage):
    def __init__(self, back_office: PublicIdentity | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("The passphrase encrypts everything in the workspace. Without it nobody can read "
                                 "the data — not even IT. Use at least 12 characters, for example a few words."))
        self._back_office = back_office
        self.back_office_note = QLabel(self)
        self.back_office_note.setObjectName("backOfficeNote")
        self.back_office_note.setWordWrap(True)
        self.back_office_note.setTextFormat(Qt.TextFormat.PlainText)
        self.back_office_note.hide()
        form = QFormLayout(self)
        self.fields = PassphraseFields(self, form)
        self.fields.changed.connect(self.completeChanged)
        self.passphrase, self.repeat, self.verdict = self.fields.passphrase, self.fields.repeat, self.fields.verdict
        form.addRow(self.back_office_note)

    def initializePage(self) -> None:
        wizard = self.wizard()
        links = (self._back_office is not None and isinstance(wizard, FirstRunWizard)
                 and wizard.choice_page.choice() is Start.CREATE
                 and wizard.details_page.kind_chosen() is WorkspaceKind.COORDINATOR)
        if links and self._back_office is not None:
            self.back_office_note.setText(self.tr(
                "Your IT department linked this laptop to the back office {name} ({municipality}). It is added as "
                "soon as the workspace is made, so bundles can be exchanged with it right away. Its fingerprint:\n"
                "{fingerprint}").format(name=self._back_office.label, municipality=self._back_office.municipality,
                                      fingerprint=self._back_office.device.fingerprint))
        self.back_office_note.setVisible(links)

    def isComplete(self) -> bool:
        return self.fields.is_acceptable()

    def nextId(self) -> int:
        return -1


class _OpenPage(QWizardPage):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open an existing workspace"))
        self.setSubTitle(self.tr("Choose the folder that holds workspace.key and terugkeer.db."))
        self.folder = _FolderPicker(folder)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder)
        layout.addWidget(self.problem)
        layout.addStretch()

    def validatePage(self) -> bool:
        folder = self.folder.folder()
        if not is_workspace(folder):
            self.problem.setText(error_text(TerugkeerError("not_a_workspace", path=str(folder))))
            return False
        return True

    def nextId(self) -> int:
        return -1


class _ServerPage(QWizardPage):
    """The server's address and this person's login on it; the main window remembers them (never a password)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Connect to the municipality's server"))
        self.setSubTitle(self.tr("IT gives you the server's address: postgresql://… or service=NAME. The password is "
                                 "asked each time you log in and is never stored."))
        self.address = QLineEdit()
        self.address.setObjectName("serverAddressEdit")
        self.address.setAccessibleName(self.tr("Server address"))
        self.address.setPlaceholderText("postgresql://server.gemeente.nl/terugkeer?sslmode=verify-full")
        self.login = QLineEdit(os_login())
        self.login.setObjectName("serverLoginEdit")
        self.login.setAccessibleName(self.tr("Login"))
        self.office_key = _KeyFilePicker()
        note = QLabel(self.tr("The office key file is needed only to exchange bundles with the laptops and to manage "
                              "devices; IT tells you where it is kept."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Server &address:"), self.address)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("Office &key file:"), self.office_key)
        form.addRow(note)
        self.address.textChanged.connect(self.completeChanged)
        self.login.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.address.text().strip() and self.login.text().strip())

    def nextId(self) -> int:
        return -1


def os_login() -> str:
    """The operating system's user name: on the server it is usually also one's login."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class FirstRunWizard(QWizard):
    CHOICE, DETAILS, PASSPHRASE, OPEN, SERVER = range(5)

    def __init__(self, default_folder: Path, demo_folder: Path, policy: Policy | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = policy if policy is not None else Policy()
        self.setWindowTitle(self.tr("Terugkeer — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self._demo_folder = demo_folder
        self.choice_page = _ChoicePage()
        self.details_page = _DetailsPage(default_folder, policy)
        self.passphrase_page = _PassphrasePage(_back_office(policy))
        self.open_page = _OpenPage(default_folder)
        self.server_page = _ServerPage()
        self.setPage(self.CHOICE, self.choice_page)
        self.setPage(self.DETAILS, self.details_page)
        self.setPage(self.PASSPHRASE, self.passphrase_page)
        self.setPage(self.OPEN, self.open_page)
        self.setPage(self.SERVER, self.server_page)
        self.resize(640, 440)

    def result_choice(self) -> FirstRunChoice:
        start = self.choice_page.choice()
        if start is Start.OPEN:
            return FirstRunChoice(start, self.open_page.folder.folder())
        if start is Start.DEMO:
            return FirstRunChoice(start, self._demo_folder)
        if start is Start.SERVER:
            server = self.server_page
            return FirstRunChoice(start, Path(), user_name=server.login.text().strip(),
                                  server_url=server.address.text().strip(),
                                  office_key_file=server.office_key.path_text())
        details = self.details_page
        return FirstRunChoice(
            start, details.folder.folder(), details.kind_chosen(),
            details.municipality.text().strip(), details.user_name.text().strip(),
            self.passphrase_page.passphrase.text(),
        )


def _back_office(policy: Policy) -> PublicIdentity | None:
    """The back office the policy links new laptops to; None when it names none (or, after a check at load that
    cannot fail here, names it wrongly: the main window then says so when enrolling)."""
    try:
        return policy.back_office()
    except TerugkeerError:
        return None

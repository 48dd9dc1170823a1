"""The unlock screen: the account (when the workspace has several), its passphrase (or quick unlock through the OS
keyring), clear errors, growing delay."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from app.errors import TerugkeerError
from ui.operations import Operations
from ui.texts.messages import error_text
from ui.workspace.login_card import ERROR_STYLE, LoginCard, wrapped_label

if TYPE_CHECKING:
    from app.workspace.session import OpenWorkspace

ZERO_WIDTH_SPACE = "\u200b"
LONGEST_UNBROKEN_NAME = 40


def wrappable_path(path: Path) -> str:
    """`path` with zero-width spaces where a label may wrap it (a label wraps only at spaces): after each separator,
    and anywhere in a folder name too long for a line."""
    parts = re.split(r"([/\\])", str(path))
    return "".join(part + ZERO_WIDTH_SPACE if part in ("/", "\\") else
                   ZERO_WIDTH_SPACE.join(part) if len(part) > LONGEST_UNBROKEN_NAME else part for part in parts)


class UnlockScreen(LoginCard):
    """Emits `opened(OpenWorkspace)`; the KDF runs on the worker so the window stays responsive. `other_workspace`:
    the user wants to open another workspace folder instead."""

    other_workspace = Signal()

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(operations, parent)
        self._folder: Path | None = None
        self._workspace_id = ""
        self._seconds_left = 0
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self._tick)

        # Several people share a back office's workspace, each with their own passphrase: who unlocks it.
        self.login = QComboBox()
        self.login.setObjectName("unlockLogin")
        self.login.setAccessibleName(self.tr("Account"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quick_button = QPushButton(self.tr("Unlock with the &system keyring"))
        self.quick_button.setObjectName("quickUnlockButton")
        self.quick_button.clicked.connect(self._try_quick_unlock)
        self.form.addRow(self.tr("&Account:"), self.login)
        self.form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.form.addRow(self.unlock_button)
        self.form.addRow(self.quick_button)
        self.other_button = QPushButton(self.tr("&Other workspace…"))
        self.other_button.setObjectName("otherWorkspaceButton")
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self.other_workspace)
        self.form.addRow(self.other_button)
        self.finish_form()
        # Below the message (which says what was wrong), counting down the seconds before the next attempt.
        self.delay = wrapped_label("unlockDelay")
        self.delay.setStyleSheet(ERROR_STYLE)
        self.form.addRow(self.delay)
        self.form.setRowVisible(self.delay, False)

    def inputs(self) -> list[QWidget]:
        return [self.login, self.passphrase, self.unlock_button, self.quick_button]

    def prepare(self, folder: Path, workspace_id: str, quick_unlock_enabled: bool, heading: str,
                logins: Sequence[str] = (), login: str | None = None) -> None:
        """Show the screen for `folder`, empty, with the passphrase field focused. With more than one of `logins`
        (the key file's accounts) the user chooses one, `login` chosen to begin with."""
        self._folder, self._workspace_id = folder, workspace_id
        self.show_card(heading, wrappable_path(folder))
        self.place.setAccessibleName(str(folder))
        self.login.clear()
        self.login.addItems(list(logins) if len(logins) > 1 else [])
        self.login.setCurrentIndex(max(0, self.login.findText(login or "")))
        self.form.setRowVisible(self.login, self.login.count() > 1)
        self.passphrase.clear()
        self.quick_button.setVisible(quick_unlock_enabled)
        self.set_busy(False)
        self.passphrase.setFocus()

    def chosen_login(self) -> str | None:
        """The account chosen; None when the workspace has only one (it opens as that one)."""
        return self.login.currentText() if self.login.count() > 1 else None

    def try_unlock(self) -> None:
        if self._folder is None or not self.passphrase.text() or self._seconds_left:
            return
        folder, passphrase, login = self._folder, self.passphrase.text(), self.chosen_login()
        self.passphrase.clear()
        def work(_progress: object) -> OpenWorkspace:
            from app.workspace.folder import unlock  # SQLAlchemy and SQLCipher load on the worker

            return unlock(folder, passphrase, login)

        self.start(work, self.tr("Unlocking…"))

    def _try_quick_unlock(self) -> None:
        folder, workspace_id, login = self._folder, self._workspace_id, self.chosen_login()
        if folder is None:
            return

        def work(_progress: object) -> OpenWorkspace:
            from app.workspace import quick_unlock
            from app.workspace.folder import unlock_with_key

            data_key = quick_unlock.load(workspace_id)
            if data_key is None:
                raise TerugkeerError("quick_unlock_unavailable")
            return unlock_with_key(folder, data_key, login)

        self.start(work, self.tr("Unlocking…"))

    def refused(self, error: TerugkeerError) -> None:
        from app.workspace.folder import UnlockDelayed, unlock_wait_seconds  # loaded by the attempt

        if isinstance(error, UnlockDelayed):
            self.message.clear()  # the countdown says it, and keeps saying it right
        wait = error.seconds if isinstance(error, UnlockDelayed) else \
            unlock_wait_seconds(self._folder) if self._folder is not None else 0
        if wait:
            self._seconds_left = wait
            self.unlock_button.setEnabled(False)
            self._show_delay()
            self.countdown.start()
        self.passphrase.setFocus()

    def _tick(self) -> None:
        self._seconds_left -= 1
        self._show_delay()
        if not self._seconds_left:
            self.countdown.stop()
            self.message.clear()
            self.unlock_button.setEnabled(True)

    def _show_delay(self) -> None:
        seconds = self._seconds_left
        from app.workspace.folder import UnlockDelayed

        self.delay.setText(error_text(UnlockDelayed(seconds)) if seconds else "")
        self.form.setRowVisible(self.delay, bool(seconds))

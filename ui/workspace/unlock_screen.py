"""The unlock screen: passphrase (or quick unlock through the OS keyring), clear errors, growing delay."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import TerugkeerError
from app.workspace import quick_unlock
from app.workspace.folder import UnlockDelayed, unlock, unlock_wait_seconds, unlock_with_key
from app.workspace.session import OpenWorkspace
from ui.operations import Operations, Progress
from ui.texts.messages import error_text


class UnlockScreen(QWidget):
    """Emits `unlocked(OpenWorkspace)`; the KDF runs on the worker so the window stays responsive."""

    unlocked = Signal(object)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._folder: Path | None = None
        self._workspace_id = ""
        self._seconds_left = 0
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)

        self.heading = QLabel()
        self.heading.setObjectName("unlockHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setStyleSheet("color: palette(mid)")
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
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)
        form = QFormLayout(card)
        form.addRow(self.heading)
        form.addRow(self.folder_label)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.unlock_button)
        form.addRow(self.quick_button)
        form.addRow(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch()

    def prepare(self, folder: Path, workspace_id: str, quick_unlock_enabled: bool, heading: str) -> None:
        """Show the screen for `folder`, empty, with the passphrase field focused."""
        self._folder, self._workspace_id = folder, workspace_id
        self.heading.setText(heading)
        self.folder_label.setText(str(folder))
        self.passphrase.clear()
        self.message.clear()
        self.quick_button.setVisible(quick_unlock_enabled)
        self._set_busy(False)
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        if self._folder is None or not self.passphrase.text() or self._seconds_left:
            return
        folder, passphrase = self._folder, self.passphrase.text()
        self.passphrase.clear()
        self._start(lambda _progress: unlock(folder, passphrase))

    def _try_quick_unlock(self) -> None:
        folder, workspace_id = self._folder, self._workspace_id
        if folder is None:
            return

        def work(_progress: object) -> OpenWorkspace:
            data_key = quick_unlock.load(workspace_id)
            if data_key is None:
                raise TerugkeerError("quick_unlock_unavailable")
            return unlock_with_key(folder, data_key)

        self._start(work)

    def _start(self, work: Callable[[Progress], OpenWorkspace]) -> None:
        self._set_busy(True)
        self.message.setStyleSheet("color: palette(text)")
        self.message.setText(self.tr("Unlocking…"))
        self._operations.read(self, work).success(self._succeeded).failure(self._failed).run()

    def _succeeded(self, workspace: OpenWorkspace) -> None:
        self.message.clear()
        self._set_busy(False)
        self.unlocked.emit(workspace)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.message.setStyleSheet("color: #b00020")
        if not isinstance(error, TerugkeerError):
            raise error
        self.message.setText(error_text(error))
        wait = error.seconds if isinstance(error, UnlockDelayed) else \
            unlock_wait_seconds(self._folder) if self._folder is not None else 0
        if wait:
            self._seconds_left = wait
            self.unlock_button.setEnabled(False)
            self._countdown.start()
        self.passphrase.setFocus()

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left > 0:
            self.message.setText(error_text(UnlockDelayed(self._seconds_left)))
        else:
            self._countdown.stop()
            self.message.clear()
            self.unlock_button.setEnabled(True)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.quick_button):
            widget.setEnabled(not busy)

"""The bar at the top of the main window that counts down the last seconds before the auto-lock. It takes no focus
and blocks nothing: any key or mouse move makes the lock guard cancel it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ui.lock_guard import LockGuard


class LockWarningBar(QFrame):
    def __init__(self, guard: LockGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockWarning")
        self.setStyleSheet("#lockWarning { background: #fff4ce; border-bottom: 1px solid #c19c00 }"
                           " QLabel { color: #000000 }")
        self.text = QLabel()
        self.text.setObjectName("lockWarningText")
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text)
        self.setAccessibleName(self.tr("Auto-lock warning"))
        self.hide()
        guard.warning.connect(self._count)
        guard.warning_over.connect(self.hide)

    def _count(self, seconds: int) -> None:
        if seconds == 1:
            text = self.tr("Terugkeer locks in 1 second without use. Move the mouse or press a key to keep working.")
        else:
            text = self.tr("Terugkeer locks in {seconds} seconds without use. Move the mouse or press a key to keep "
                           "working.").format(seconds=seconds)
        self.text.setText(text)
        self.show()

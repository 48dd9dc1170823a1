"""The one list dialog: an explanation, a read-only list a service reads on the worker, a status line under it and
Close (with an action button beside it where the list leads somewhere): a client's access history and correction
history, the cases past their retention period, the laptop purge, the internal notes of an access request.

The dialog reads its rows when made; `read_rows` reads them again. `loaded` follows every read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from ui.context import WorkspaceContext

T = TypeVar("T")


class ListDialog(QDialog):
    """Subclasses make their table (with this dialog as its parent), then call `lay_out` and `read_rows`; their
    texts stay theirs (translated in their own context)."""

    loaded = Signal()

    def __init__(self, context: WorkspaceContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(title)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

    def lay_out(self, explanation: str, content: QWidget | QLayout, status_name: str, loading: str, size: QSize,
                action: QPushButton | None = None) -> None:
        """From top to bottom: `explanation`, the content (the table, or a layout holding it; it takes the height),
        the status line (named `status_name`, saying `loading` until the first read), and Close with `action`
        beside it."""
        label = QLabel(explanation, self)
        label.setWordWrap(True)
        self.status.setObjectName(status_name)
        self.status.setText(loading)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        if action is not None:
            action.setAutoDefault(False)
            buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        if isinstance(content, QLayout):
            layout.addLayout(content, 1)
        else:
            layout.addWidget(content, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(size)

    def read_rows(self, read: Callable[[], T], show: Callable[[T], str | None]) -> None:
        """Run `read` (a service call) on the worker, then `show` its result; what `show` returns becomes the status
        line (None: it stays as it is). `loaded` follows."""
        def shown(rows: T) -> None:
            text = show(rows)
            if text is not None:
                self.status.setText(text)
            self.loaded.emit()

        self._context.operations.read(self, lambda _progress: read()).success(shown).run()

"""Choosing the aftercare coordinator who gets cases: new notifications from the inbox, or cases handed over from
the register. The list shows each coordinator's workload, so the back office spreads the work; a name not in the
list (a new colleague) may be typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.backoffice.assignment import Workload, workloads
from ui.context import WorkspaceContext


def workload_text(load: Workload) -> str:
    """"Anna (12 open, 3 notifications)"."""
    return QCoreApplication.translate("CoordinatorDialog", "{name} ({open} open, {notifications} notifications)").format(
        name=load.coordinator, open=load.open_cases, notifications=load.notifications)


class CoordinatorDialog(QDialog):
    """An editable list of coordinators with their workload; `coordinator()` is the name chosen or typed."""

    def __init__(self, loads: list[Workload], title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorDialog")
        self.setWindowTitle(title)
        self._names = {workload_text(load): load.coordinator for load in loads}
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.setObjectName("coordinatorChoice")
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice.addItems(list(self._names))
        self.choice.setCurrentIndex(-1)
        line = self.choice.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose or type a name"))
        self.choice.setMinimumContentsLength(36)
        self.choice.currentTextChanged.connect(self._update_ok)
        hint = QLabel(self.tr("A new name adds a coordinator. The cases go to that coordinator's laptop with the next bundle."), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Coordinator:"), self.choice)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._update_ok()

    def coordinator(self) -> str:
        """The name chosen: a listed coordinator's name (without the workload), or the text typed."""
        text = self.choice.currentText().strip()
        return self._names.get(text, text)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.coordinator()))


def choose_coordinator(context: WorkspaceContext, parent: QWidget, title: str, prompt: str,
                       chosen: Callable[[str], None]) -> None:
    """Read the workloads (on the worker), then open the chooser; `chosen` gets the name when OK is pressed."""
    workspace = context.workspace

    def show(loads: list[Workload]) -> None:
        if workspace.is_locked:
            return
        dialog = CoordinatorDialog(loads, title, prompt, parent)
        dialog.accepted.connect(lambda: chosen(dialog.coordinator()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    context.operations.read(parent, lambda _progress: workloads(workspace)).success(show).run()

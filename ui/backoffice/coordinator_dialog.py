"""Choosing the aftercare coordinator who gets cases: new notifications from the inbox, or cases handed over from
the register. The list shows each coordinator's workload, so the back office spreads the work; a new colleague is
added only through "New coordinator…" and a confirmation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.backoffice.assignment import Workload, workloads
from ui.context import WorkspaceContext

_NEW = "\x00new"  # the choice "New coordinator…" (no name can be this)


def workload_text(load: Workload) -> str:
    """"Anna (12 open, 3 notifications)"."""
    return QCoreApplication.translate("CoordinatorDialog", "{name} ({open} open, {notifications} notifications)").format(
        name=load.coordinator, open=load.open_cases, notifications=load.notifications)


class CoordinatorDialog(QDialog):
    """The known coordinators with their workload, and "New coordinator…" for a new colleague; a new name must be
    confirmed, so a typing error never makes a coordinator whose laptop does not exist. `coordinator()` is the name."""

    def __init__(self, loads: list[Workload], title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorDialog")
        self.setWindowTitle(title)
        self._known = {load.coordinator.casefold(): load.coordinator for load in loads}
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.setObjectName("coordinatorChoice")
        for load in loads:
            self.choice.addItem(workload_text(load), load.coordinator)
        self.choice.addItem(self.tr("New coordinator…"), _NEW)
        self.choice.setCurrentIndex(-1 if loads else self.choice.count() - 1)
        self.choice.setMinimumContentsLength(36)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newCoordinatorName")
        self.new_name.setAccessibleName(self.tr("Name of the new coordinator"))
        self.new_name.setMaxLength(120)
        self.confirm_new = QCheckBox(self)
        self.confirm_new.setObjectName("confirmNewCoordinator")
        self.new_hint = QLabel(self)
        self.new_hint.setWordWrap(True)
        for signal in (self.choice.currentIndexChanged, self.new_name.textChanged, self.confirm_new.toggled):
            signal.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("&Coordinator:"), self.choice)
        self.new_name_label = QLabel(self.tr("&Name:"), self)
        self.new_name_label.setBuddy(self.new_name)
        form.addRow(self.new_name_label, self.new_name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.confirm_new)
        layout.addWidget(self.new_hint)
        layout.addWidget(self.buttons)
        self._update()

    def _typed_known(self) -> str | None:
        """The known coordinator whose name was typed as a new one (case and spaces aside), if any."""
        return self._known.get(" ".join(self.new_name.text().split()).casefold())

    def coordinator(self) -> str:
        """The coordinator chosen, or the new name typed (a known name typed again is that coordinator)."""
        chosen = self.choice.currentData()
        if chosen != _NEW:
            return str(chosen or "")
        return self._typed_known() or " ".join(self.new_name.text().split())

    def _update(self) -> None:
        adding = self.choice.currentData() == _NEW
        name, known = self.coordinator(), self._typed_known()
        for widget in (self.new_name_label, self.new_name):
            widget.setVisible(adding)
        self.confirm_new.setVisible(adding and bool(name) and known is None)
        self.confirm_new.setText(self.tr("Yes, add {name} as a new coordinator").format(name=name))
        self.new_hint.setVisible(adding)
        self.new_hint.setText(
            self.tr("{name} is already a coordinator: the cases go to that coordinator.").format(name=known)
            if known else self.tr("A new coordinator gets the cases on their laptop with the next bundle; check the "
                                  "spelling of the name."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(name) and (not adding or known is not None or self.confirm_new.isChecked()))


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

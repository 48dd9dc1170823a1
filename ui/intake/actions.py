"""Follow-up actions of a domain (what, who, due date, done): added, edited (autosaved) and removed in place.

The same actions show on the domain page and on the plan page; `ActionList` keeps what the screen knows, so an
edit in one editor shows in the other at once.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.casework import intake
from app.casework.cases import Changes
from app.casework.intake import ActionData, ActionOwner
from app.workspace.session import OpenWorkspace
from ui import dialogs
from ui.intake.checklist_widgets import ChoiceBox, DateField, line_edit
from ui.operations import Operations, Progress
from ui.texts.labels import label
from ui.widgets.autosave import Autosaver


class ActionList(QObject):
    """The intake's actions as on screen, by id; the editors keep to it and follow its signals."""

    added = Signal(object)  # ActionData
    removed = Signal(str)  # action id
    edited = Signal(object, object)  # ActionData, the editor that changed it

    def __init__(self, actions: Iterable[ActionData], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = {action.id: action for action in actions}

    def of_domain(self, domain_id: str) -> list[ActionData]:
        return [action for action in self._actions.values() if action.domain_id == domain_id]

    def add(self, action: ActionData) -> None:
        self._actions[action.id] = action
        self.added.emit(action)

    def remove(self, action_id: str) -> None:
        if self._actions.pop(action_id, None) is not None:
            self.removed.emit(action_id)

    def edit(self, action: ActionData, editor: object) -> None:
        if self._actions.get(action.id) != action:
            self._actions[action.id] = action
            self.edited.emit(action, editor)


@dataclass(frozen=True)
class _Row:
    action: ActionData
    what: QLineEdit
    who: ChoiceBox
    due: DateField
    done: QCheckBox
    remove: QPushButton

    def widgets(self) -> tuple[QWidget, ...]:
        return self.what, self.who, self.due, self.done, self.remove

    def current(self) -> ActionData:
        return replace(self.action, what=self.what.text(), who=ActionOwner(self.who.value()),
                       due_date=self.due.value(), done=self.done.isChecked())


class ActionsEditor(QWidget):
    """The actions of one domain as rows of inputs; `add_action()` adds an empty one and puts the cursor in it."""

    def __init__(self, operations: Operations, workspace: OpenWorkspace, case_id: str, autosaver: Autosaver,
                 actions: ActionList, domain_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._operations, self._workspace, self._case_id, self._autosaver = operations, workspace, case_id, autosaver
        self._actions, self._domain_id, self._name = actions, domain_id, name
        self._rows: dict[str, _Row] = {}
        self._adding = False

        self.add_button = QPushButton(self.tr("Add action"), self)
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.setToolTip(self.tr("Add a follow-up action (Ctrl+Shift+N)"))
        self.add_button.clicked.connect(self.add_action)
        self.empty_label = QLabel(self.tr("No follow-up actions yet."), self)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._headings = [QLabel(heading, self) for heading in (
            self.tr("What"), self.tr("Who"), self.tr("Due date"), self.tr("Done"))]
        for column, heading in enumerate(self._headings):
            self._grid.addWidget(heading, 0, column)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.empty_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._grid)

        for action in actions.of_domain(domain_id):
            self._add_row(action)
        self._update_empty()
        actions.added.connect(self._on_added)
        actions.removed.connect(self._on_removed)
        actions.edited.connect(self._on_edited)

    def add_action(self) -> None:
        """Store a new empty action; its row appears with the cursor in "What"."""
        workspace, case_id, domain_id = self._workspace, self._case_id, self._domain_id
        created: list[str] = []

        def work(_progress: Progress) -> Changes:
            changes, action_id = intake.add_action(workspace, case_id, domain_id)  # empty, for the coordinator
            created.append(action_id)
            return changes

        def added(_changes: Changes) -> None:
            self._adding = True
            try:
                self._actions.add(ActionData(created[0], domain_id, "", ActionOwner.COORDINATOR, None, False))
            finally:
                self._adding = False

        self._operations.write(self, work).initiator(self).success(added).run()

    def rows(self) -> list[ActionData]:
        """The actions as they are on screen now."""
        return [row.current() for row in self._rows.values()]

    def _add_row(self, action: ActionData) -> _Row:
        number = self._grid.rowCount()
        prefix = f"{self._name}_{action.id}"
        row = _Row(
            action,
            line_edit(action.what, f"{prefix}_what", self.tr("What"), self),
            ChoiceBox([(label(owner), owner.value) for owner in ActionOwner], action.who.value,
                      f"{prefix}_who", self.tr("Who"), self),
            DateField(action.due_date, f"{prefix}_due", self.tr("Due date"), self),
            QCheckBox(self),
            QPushButton(self.tr("Remove"), self),
        )
        row.done.setObjectName(f"{prefix}_done")
        row.done.setAccessibleName(self.tr("Done"))
        row.done.setChecked(action.done)
        row.remove.setObjectName(f"{prefix}_remove")
        row.remove.setAccessibleName(self.tr("Remove action"))
        row.remove.clicked.connect(lambda: self._remove(action.id))
        for column, widget in enumerate(row.widgets()):
            self._grid.addWidget(widget, number, column)
        self._rows[action.id] = row

        save, saver = partial(intake.save_action, self._workspace, action.id), self._autosaver
        saver.add(f"{prefix}:what", row.what.text, lambda value: save(what=value),
                  edited=row.what.textChanged, widgets=(row.what,), finished=row.what.returnPressed)
        saver.add(f"{prefix}:who", lambda: ActionOwner(row.who.value()), lambda value: save(who=value),
                  edited=row.who.currentIndexChanged, widgets=(row.who,))
        saver.add(f"{prefix}:due", row.due.value, lambda value: save(due_date=value),
                  edited=row.due.dateChanged, widgets=(row.due,), finished=row.due.editingFinished)
        saver.add(f"{prefix}:done", row.done.isChecked, lambda value: save(done=value),
                  edited=row.done.toggled, widgets=(row.done,))
        for signal in (row.what.textChanged, row.who.currentIndexChanged, row.due.dateChanged, row.done.toggled):
            signal.connect(lambda *_args: self._actions.edit(row.current(), self))
        self._chain_tab_order()
        return row

    def _chain_tab_order(self) -> None:
        """Rows added later would otherwise come last in the window's focus chain: keep them in row order right
        after the Add button, which has the editor's place in the page."""
        chain = [self.add_button] + [widget for row in self._rows.values() for widget in row.widgets()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _remove(self, action_id: str) -> None:
        row = self._rows[action_id]
        if row.what.text().strip() and not dialogs.ask_yes_no(
                self, self.tr("Remove the action \u201c{what}\u201d?").format(what=row.what.text().strip())):
            return
        for key in ("what", "who", "due", "done"):
            self._autosaver.flush(f"{self._name}_{action_id}:{key}")  # edits land before the removal
        workspace = self._workspace
        self._operations.write(self, lambda _progress: intake.delete_action(workspace, action_id)).initiator(
            self).success(lambda _changes: self._actions.remove(action_id)).run()

    def _on_added(self, action: ActionData) -> None:
        if action.domain_id != self._domain_id:
            return
        row = self._add_row(action)
        self._update_empty()
        if self._adding and self.isVisible():
            row.what.setFocus()

    def _on_removed(self, action_id: str) -> None:
        row = self._rows.pop(action_id, None)
        if row is None:
            return
        had_focus = any(widget.hasFocus() for widget in row.widgets())
        prefix = f"{self._name}_{action_id}"
        for key in ("what", "who", "due", "done"):
            self._autosaver.remove(f"{prefix}:{key}")
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._update_empty()
        if had_focus:
            self.add_button.setFocus()

    def _on_edited(self, action: ActionData, editor: object) -> None:
        row = self._rows.get(action.id)
        if editor is self or row is None:
            return
        # Only the fields that differ: another editor changed them (this one is not on screen, its undo can go).
        for widget, differs, apply in (
            (row.what, row.what.text() != action.what, lambda: row.what.setText(action.what)),
            (row.who, row.who.value() != action.who.value, lambda: row.who.set_value(action.who.value)),
            (row.due, row.due.value() != action.due_date, lambda: row.due.set_value(action.due_date)),
            (row.done, row.done.isChecked() != action.done, lambda: row.done.setChecked(action.done)),
        ):
            if differs:
                widget.blockSignals(True)
                apply()
                widget.blockSignals(False)

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self._rows)
        for heading in self._headings:
            heading.setVisible(bool(self._rows))

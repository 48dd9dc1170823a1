"""The back office's overview filters on the register: coordinator, PI, target group and open warnings.

They narrow the rows the register already holds in memory (as the search does), so they stay fast at 20,000 cases.
The register rows carry no target groups; the cases of each target group are read once, when a target group is
first chosen (app.monitor.figures's case facts), and again after cases changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from app.casework.case_warnings import open_warnings
from app.casework.register import RegisterRow
from app.domain import TargetGroup
from ui.texts.labels import label

NO_COORDINATOR = ""  # the coordinator filter's value for cases no one has yet


@dataclass(frozen=True)
class OverviewFilter:
    """None means "all"; `target_group_cases` are the cases in the chosen target group (None: no choice)."""

    coordinator: str | None = None
    prison: str | None = None
    target_group_cases: frozenset[str] | None = None
    only_warnings: bool = False

    @property
    def is_empty(self) -> bool:
        return self.coordinator is None and self.prison is None and self.target_group_cases is None \
            and not self.only_warnings

    def matches(self, row: RegisterRow) -> bool:
        if self.coordinator is not None and row.coordinator != self.coordinator:
            return False
        if self.prison is not None and row.prison != self.prison:
            return False
        if self.target_group_cases is not None and row.case_id not in self.target_group_cases:
            return False
        return not self.only_warnings or open_warnings(row.warnings) > 0


class OverviewFilterBar(QWidget):
    """Coordinator, PI, target group and "only with open warnings"; `changed` when any of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coordinator = self._combo("coordinatorFilter", self.tr("Coordinator"))
        self.prison = self._combo("prisonFilter", self.tr("PI"))
        self.target_group = self._combo("targetGroupFilter", self.tr("Target group"))
        self.target_group.addItem(self.tr("All target groups"), None)
        for group in TargetGroup:
            self.target_group.addItem(label(group), group.value)
        self.only_warnings = QCheckBox(self.tr("Only with open &warnings"), self)
        self.only_warnings.setObjectName("onlyWarningsFilter")
        self.only_warnings.toggled.connect(self.changed)
        self.set_choices([], [])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, combo in ((self.tr("&Coordinator:"), self.coordinator), (self.tr("P&I:"), self.prison),
                            (self.tr("&Target group:"), self.target_group)):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo, 1)
        layout.addWidget(self.only_warnings)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def set_choices(self, coordinators: Iterable[str], prisons: Iterable[str]) -> None:
        """The coordinators and PIs of the rows shown; a value chosen before stays chosen."""
        self._fill(self.coordinator, self.tr("All coordinators"),
                   [(self.tr("(no coordinator yet)"), NO_COORDINATOR)] + [(name, name) for name in coordinators])
        self._fill(self.prison, self.tr("All PIs"), [(name, name) for name in prisons])

    def _fill(self, combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        wanted = [(everything, None), *choices]
        if current is not None and current not in [value for _text, value in wanted]:
            wanted.append((current, current))  # the rows may return; the choice stays visible
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == wanted:
            return
        combo.blockSignals(True)
        combo.clear()
        for text, value in wanted:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def clear(self) -> None:
        """Every filter back to "all", without announcing it (whoever clears reads the register again)."""
        for combo in (self.coordinator, self.prison, self.target_group):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.only_warnings.blockSignals(True)
        self.only_warnings.setChecked(False)
        self.only_warnings.blockSignals(False)

    def chosen_target_group(self) -> str | None:
        value = self.target_group.currentData()
        return str(value) if value is not None else None

    def overview(self, target_group_cases: frozenset[str] | None) -> OverviewFilter:
        """The filter as chosen; `target_group_cases` are the cases of the chosen target group (when known)."""
        coordinator = self.coordinator.currentData()
        prison = self.prison.currentData()
        return OverviewFilter(
            coordinator=str(coordinator) if coordinator is not None else None,
            prison=str(prison) if prison is not None else None,
            target_group_cases=target_group_cases if self.chosen_target_group() is not None else None,
            only_warnings=self.only_warnings.isChecked())

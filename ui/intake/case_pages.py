"""The first two intake steps, about the case itself: the personal and detention data (read-only; edited on the case
screen), and the target groups (autosaved into the case)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.casework.cases import CaseFile, save_target_groups
from app.domain import TargetGroup, mask_bsn
from app.person_names import full_name
from app.workspace.session import OpenWorkspace
from ui.intake.page import IntakePage
from ui.texts.formatting import format_date
from ui.texts.labels import label
from ui.widgets.autosave import Autosaver


class PersonalPage(IntakePage):
    def __init__(self, case_file: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Personal and detention data"), "page_personal", parent)
        self.case_file = case_file
        body = self.body
        client, detention = case_file.client, case_file.detention
        form = QFormLayout()
        rows = [
            (self.tr("Name"), full_name(client.given_names, client.surname_prefix, client.surname)),
            (self.tr("Date of birth"), format_date(client.date_of_birth)),
            (self.tr("BSN"), mask_bsn(client.bsn) or "–"),
            (self.tr("PI"), detention.prison),
            (self.tr("Start of detention"), format_date(detention.start_date)),
            (self.tr("Expected release"), format_date(detention.expected_release_date) or "–"),
        ]
        if detention.actual_release_date is not None:
            rows.append((self.tr("Actual release"), format_date(detention.actual_release_date)))
        if case_file.hints.aftercare_ends_on is not None:
            rows.append((self.tr("Aftercare ends"), format_date(case_file.hints.aftercare_ends_on)))
        for caption, value in rows:
            shown = QLabel(value, body)
            form.addRow(caption, shown)
        data_box = QGroupBox(self.tr("From the notification"), body)
        data_box.setObjectName("personalSummary")
        data_box.setLayout(form)
        hint = QLabel(self.tr("Change these data on the case screen."), body)
        hint.setWordWrap(True)
        self.content.addWidget(data_box)
        self.content.addWidget(hint)
        self.finish()


class TargetGroupPage(IntakePage):
    def __init__(self, case_file: CaseFile, workspace: OpenWorkspace, autosaver: Autosaver,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Target group"), "page_target_groups", parent)
        body = self.body
        explanation = QLabel(self.tr("Short stays (under 3 months) get aftercare only in a special group or on their own request. Detention shorter than 10 days brings no duty of care."), body)
        explanation.setWordWrap(True)
        self.boxes: dict[TargetGroup, QCheckBox] = {}
        groups = QGroupBox(self.tr("Target groups"), body)
        column = QVBoxLayout(groups)
        for group in TargetGroup:
            box = QCheckBox(label(group), groups)
            box.setObjectName(f"targetGroup_{group.value}")
            box.setAccessibleName(label(group))
            box.setChecked(group in case_file.case.target_groups)
            column.addWidget(box)
            self.boxes[group] = box
        autosaver.add("case:target_groups", self.chosen, partial(save_target_groups, workspace, case_file.case_id),
                      edited=[box.toggled for box in self.boxes.values()], widgets=self.boxes.values())
        self.content.addWidget(explanation)
        self.content.addWidget(groups)
        self.finish()

    def chosen(self) -> frozenset[TargetGroup]:
        return frozenset(group for group, box in self.boxes.items() if box.isChecked())

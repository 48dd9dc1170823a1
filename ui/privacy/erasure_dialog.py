"""The second confirmation before a case is erased: a reason, and the case code typed again.

Erasure cannot be undone and travels to the laptops, so the button stays disabled until a reason is given and the
code typed matches the one shown (the rule app.privacy.erasure checks again). Like the device dialogs it only collects:
`submitted` carries (reason, code typed), and the dialog stays open until the screen's write succeeded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.privacy.erasure import DueCase, confirmation_code
from ui.texts.formatting import format_date
from ui.widgets.submit_dialog import WARNING_STYLE, SubmitDialog

REASON_MAX_LENGTH = 200


class ErasureDialog(SubmitDialog):
    """Asks why `case` is erased and for its code typed again; submits (reason, code typed)."""

    def __init__(self, case: DueCase, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Erase case"), self.tr("&Erase case"), parent)
        self.setObjectName("erasureDialog")
        self.code = confirmation_code(case.case_id)
        facts = QLabel(self.tr("Case {code}: closed on {closed}, past its retention period since {due}.").format(
            code=self.code, closed=format_date(case.closed_on), due=format_date(case.due_since)), self)
        facts.setWordWrap(True)
        warning = QLabel(self.tr(
            "Erasing cannot be undone. Every personal detail of this case is removed from this workspace, and from "
            "the coordinators' laptops when they read in the next bundle. Only anonymous figures stay, so the "
            "monitor's past periods do not change."), self)
        warning.setObjectName("erasureWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("erasureReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(REASON_MAX_LENGTH)
        self.reason.setPlaceholderText(self.tr("for example: retention period passed"))
        self.code_shown = QLabel(self.code, self)
        self.code_shown.setObjectName("erasureCodeShown")
        self.code_shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.code_shown.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_shown.setFont(font)
        self.typed_code = QLineEdit(self)
        self.typed_code.setObjectName("erasureCode")
        self.typed_code.setAccessibleName(self.tr("Case code typed again"))
        self.typed_code.setMaxLength(len(self.code) + 8)
        form = QFormLayout()
        form.addRow(self.tr("&Reason (required):"), self.reason)
        form.addRow(self.tr("Case code:"), self.code_shown)
        form.addRow(self.tr("&Type the case code:"), self.typed_code)
        for field in (self.reason, self.typed_code):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
            field.textChanged.connect(self._update_button)
        self.content.addWidget(facts)
        self.content.addWidget(warning)
        self.content.addLayout(form)
        self.content.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update_button()
        self.reason.setFocus()

    def _update_button(self) -> None:
        matches = self.typed_code.text().strip().lower() == self.code.lower()
        self.confirm_button.setEnabled(bool(self.reason.text().strip()) and matches)

    def value(self) -> tuple[str, str]:
        return self.reason.text().strip(), self.typed_code.text().strip()

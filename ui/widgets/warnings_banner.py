"""The case's warnings as text across the top of the case file and the intake (not only in a tooltip)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from app.casework.case_warnings import CaseWarning, open_warnings
from ui.texts.case_warnings import DomainLabel, warning_lines

# Dark text on a pale ground: a contrast well above 4.5:1 for both.
_WARNING_STYLE = "QLabel { background: #fff4ce; color: #3d2e00; border: 1px solid #e0c060; padding: 6px; }"
_HINT_STYLE = "QLabel { background: #e8f1fb; color: #0b2e4f; border: 1px solid #9cc0e4; padding: 6px; }"


class WarningsBanner(QLabel):
    """One line per warning (⚠) and hint (ℹ); hidden when the case has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWarnings")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Warnings"))
        self.hide()

    def show_warnings(self, warnings: Sequence[CaseWarning], domain_label: DomainLabel) -> None:
        lines = warning_lines(warnings, domain_label)
        self.setText("\n".join(lines))
        self.setStyleSheet(_WARNING_STYLE if open_warnings(warnings) else _HINT_STYLE)
        self.setVisible(bool(lines))

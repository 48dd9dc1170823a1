"""The consent badge of a case as a coloured label (the words carry the meaning; the colour only helps)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.casework.consent import Badge
from ui.texts.labels import label

# (background, text, border) per badge
_COLOURS = {
    Badge.GIVEN: ("#e6f4ea", "#1e5631", "#7cb88f"),
    Badge.PARTIAL: ("#fff4e5", "#663c00", "#f0b429"),
    Badge.REVOKED: ("#fdecea", "#8e1c1c", "#e57373"),
    Badge.NONE: ("#eef0f3", "#3d4451", "#a0a7b4"),
    Badge.OTHER_LEGAL_BASIS: ("#e8f0fe", "#1a3e72", "#8ab4f8"),
}


class BadgeLabel(QLabel):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.badge: Badge | None = None
        self.show_badge(None)

    def show_badge(self, badge: Badge | None) -> None:
        self.badge = badge
        if badge is None:
            self.clear()
            self.setAccessibleName("")
            self.hide()
            return
        background, text, border = _COLOURS[badge]
        self.setText(label(badge))
        self.setAccessibleName(self.tr("Consent: {badge}").format(badge=label(badge)))
        self.setStyleSheet(f"#{self.objectName()} {{ background: {background}; color: {text}; "
                           f"border: 1px solid {border}; border-radius: 10px; padding: 3px 12px; "
                           "font-weight: bold; }")
        self.show()

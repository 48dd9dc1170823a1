"""The band under the toolbar of a demo workspace: "DEMO" inside the window, not only in its title, so nobody takes
the fictional people for real clients (or types a real client into a demo)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

# White on dark violet (contrast above 10:1), unlike any warning colour of the app.
BANNER_BACKGROUND = "#4a1d7a"
BANNER_TEXT = "#ffffff"


class DemoBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(f"#demoBanner {{ background: {BANNER_BACKGROUND}; }}"
                           f" QLabel {{ color: {BANNER_TEXT}; }}"
                           f" #demoBadge {{ border: 2px solid {BANNER_TEXT}; border-radius: 4px; padding: 1px 8px;"
                           " font-weight: bold; letter-spacing: 2px; }")
        self.badge = QLabel(self.tr("DEMO"), self)
        self.badge.setObjectName("demoBadge")
        self.text = QLabel(self.tr("Demo workspace with fictional people. Do not enter real clients here."), self)
        self.text.setObjectName("demoBannerText")
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.badge)
        layout.addWidget(self.text, 1)
        self.setAccessibleName(self.tr("Demo workspace"))
        self.hide()

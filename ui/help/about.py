"""Help → About Terugkeer: the version (app/version.py), and every bundled library and font with its version and
licence; the chosen one's licence text below, to scroll through."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.version import app_version
from ui.help.licences import Component, fonts, icon_set, libraries
from ui.widgets.simple_table import SimpleTable

ICON_SIZE = 64


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Terugkeer"))
        self.version = app_version()
        self.components: list[Component] = libraries() + fonts() + [icon_set()]
        self.table = SimpleTable([self.tr("Component"), self.tr("Version"), self.tr("Licence")], 2,
                                 self.tr("Bundled libraries and fonts"), self)
        self.table.setObjectName("componentsTable")
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.show_rows([((each.name, each.version, each.licence or self.tr("see the licence text")), index)
                              for index, each in enumerate(self.components)])
        self.licence_text = QPlainTextEdit(self)
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.table.itemSelectionChanged.connect(self._show_licence)
        self._build_layout()
        self._show_licence()
        self.resize(QSize(820, 640))

    def _build_layout(self) -> None:
        icon = QLabel(self)
        icon.setPixmap(QIcon(str(files("resources") / "icons" / "terugkeer.png")).pixmap(ICON_SIZE, ICON_SIZE))
        title = QLabel(f"<b>Terugkeer</b> {self.version}", self)
        title.setObjectName("aboutVersion")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setAccessibleName(self.tr("Version {version}").format(version=self.version))
        intro = QLabel(self.tr("Aftercare for residents leaving prison: intake, plan of approach and "
                               "synchronisation, encrypted and offline. Licence: EUPL-1.2.\n"
                               "Terugkeer is built with the libraries and fonts below; choose one to read its "
                               "licence."), self)
        intro.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.licence_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _show_licence(self) -> None:
        index = self.table.selected_key()
        if not isinstance(index, int):
            self.licence_text.clear()
            return
        chosen = self.components[index]
        self.licence_text.setPlainText(chosen.text or self.tr("{name} ships no licence text.").format(name=chosen.name))

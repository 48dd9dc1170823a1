"""The guide's window: contents on the left, the guide on the right, a search field above. Offline: the guide is
read from resources/manual (ui/help/manual.py). It is a window of its own beside the main window, so a user can
read and work at the same time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.help.manual import Heading, load_manual

ANCHOR_ROLE = Qt.ItemDataRole.UserRole
CONTENTS_LEVELS = 2  # chapters and their sections; deeper headings stay out of the contents


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Terugkeer — User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.headings = load_manual(self.browser.document())
        self.anchors = {heading.anchor for heading in self.headings}
        self.current_topic = self.headings[0].anchor
        self.contents = QTreeWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Contents"))
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill_contents(self.headings)
        self.contents.itemActivated.connect(self._open_item)
        self.contents.itemClicked.connect(self._open_item)
        self.search = QLineEdit(self)
        self.search.setObjectName("helpSearch")
        self.search.setPlaceholderText(self.tr("Search the guide (Enter: next)"))
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.not_found = QLabel(self)
        self.not_found.setObjectName("helpNotFound")
        self._build_layout()
        self.resize(1100, 700)

    def _build_layout(self) -> None:
        search_row = QHBoxLayout()
        label = QLabel(self.tr("&Search:"), self)
        label.setBuddy(self.search)
        search_row.addWidget(label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.not_found)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 820])
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)

    def _fill_contents(self, headings: list[Heading]) -> None:
        chapter: QTreeWidgetItem | None = None
        for heading in headings:
            if heading.level > CONTENTS_LEVELS:
                continue
            parent = chapter if heading.level > 1 and chapter is not None else None
            item = QTreeWidgetItem([heading.title]) if parent is None else QTreeWidgetItem(parent, [heading.title])
            item.setData(0, ANCHOR_ROLE, heading.anchor)
            self._items[heading.anchor] = item
            if parent is None:
                self.contents.addTopLevelItem(item)
                chapter = item

    def _open_item(self, item: QTreeWidgetItem) -> None:
        self.show_topic(str(item.data(0, ANCHOR_ROLE)))

    def show_topic(self, anchor: str) -> None:
        """Show the guide at `anchor` (its start when the guide has no such section), and come to the front."""
        if anchor not in self.anchors:
            anchor = self.headings[0].anchor
        self.current_topic = anchor
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.scrollToAnchor(anchor)
        self._select_in_contents(anchor)

    def _select_in_contents(self, anchor: str) -> None:
        item = self._items.get(anchor)
        if item is not None:
            self.contents.setCurrentItem(item)

    def find_next(self) -> None:
        """The next place the search text occurs, from the top again after the last."""
        text = self.search.text().strip()
        if not text:
            self.not_found.clear()
            return
        found = self.browser.find(text)
        if not found:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(text)
        self.not_found.setText("" if found else self.tr("Not found"))

"""The user guide: Dutch Markdown chapters in resources/manual, shown as one document.

Qt's Markdown reader makes no anchors of headings, so a heading names its own with a trailing `{#anchor}` (as Pandoc
writes it); `load_manual` takes that text off again and puts the anchor on the heading, where
`QTextBrowser.scrollToAnchor` and links such as `[het register](#register)` find it. The chapters are read in the
order of their file names (`10-…md`, `20-…md`), images from `img/` beside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

HEADING_ANCHOR = re.compile(r"\s*\{#([a-z0-9-]+)\}\s*$")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    anchor: str


def manual_folder() -> Path:
    """resources/manual as a folder on disk (it is one, from source, a wheel and the frozen build alike)."""
    return Path(str(files("resources") / "manual"))


def chapter_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or manual_folder()).glob("*.md"))


def manual_markdown(folder: Path | None = None) -> str:
    """The chapters, in order, as one Markdown text."""
    return "\n\n".join(path.read_text(encoding="utf-8") for path in chapter_files(folder))


def referenced_images(markdown: str) -> list[str]:
    """The relative paths of the images the Markdown shows."""
    return IMAGE.findall(markdown)


def load_manual(document: QTextDocument, folder: Path | None = None) -> list[Heading]:
    """Fill `document` with the guide (images resolved in `folder`) and return its anchored headings, in order."""
    folder = folder or manual_folder()
    document.setBaseUrl(QUrl.fromLocalFile(f"{folder}/"))
    document.setMarkdown(manual_markdown(folder))
    return _anchor_headings(document)


def _anchor_headings(document: QTextDocument) -> list[Heading]:
    headings = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        match = HEADING_ANCHOR.search(block.text()) if level else None
        if match is not None:
            start = block.position()
            cursor = QTextCursor(document)
            cursor.setPosition(start + match.start())
            cursor.setPosition(start + match.end(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.setPosition(start)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([match.group(1)])
            cursor.mergeCharFormat(anchor)
            headings.append(Heading(level, block.text(), match.group(1)))
        block = block.next()
    return headings

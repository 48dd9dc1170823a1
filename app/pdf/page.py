"""The page every document shares: letterhead, "Vertrouwelijk", print date and "pagina X van Y"; PDF metadata and
headings as outline bookmarks.

"pagina X van Y" needs the page count before the first page is finished. The story is laid out with the count of
the document made before it (the documents of a batch are mostly as long as one another) and written out when it
came to that count; else it is laid out once more, with the count it came to. (Deferring the footers to the end
instead, the usual NumberedCanvas trick, makes every bookmark point at page 1.) Either way the bytes are those of a
layout with the right count: a stored version is made again byte for byte.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from app.pdf.labels import dutch_date
from app.pdf.styles import ACCENT, FONT, FONT_BOLD, MUTED, OUTLINE_LEVELS, RULE, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 30 * mm  # room for the letterhead
MARGIN_BOTTOM = 22 * mm  # room for the footer
LOGO_MAX_HEIGHT = 12 * mm
LOGO_MAX_WIDTH = 40 * mm
CONFIDENTIAL = "Vertrouwelijk"
PDF_LANGUAGE = "nl-NL"


@dataclass(frozen=True)
class Letterhead:
    """Who sends the document: the municipality's name and, when configured, its logo (PNG or JPEG file)."""

    municipality: str
    logo_path: Path | None = None

    @property
    def sender(self) -> str:
        """"Gemeente Demostad", unless the configured name already says "Gemeente"."""
        name = self.municipality.strip()
        return name if name.lower().startswith("gemeente") else f"Gemeente {name}"


@dataclass(frozen=True)
class DocumentInfo:
    """What the page template prints around the story, and the PDF's metadata."""

    title: str
    subject: str
    letterhead: Letterhead
    printed_on: date
    footer_note: str = ""  # e.g. "Plan van aanpak nazorg – Zoë Ĳsselmeer", so a loose page can be placed
    version_label: str = ""  # e.g. "versie 3 · 1a2b3c4d" (app.casework.document_versions)
    preview: bool = False  # shown on screen only: the footer says it is not printed (and has no version)


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


def page_label(page: int, total: int | None) -> str:
    """The footer's page count in Dutch: "pagina 2 van 5"."""
    return f"pagina {page} van {total if total is not None else page}"


class _Document(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, info: DocumentInfo, logo: ImageReader | None,
                 total_pages: int | None) -> None:
        super().__init__(
            buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=info.title, author=info.letterhead.sender, subject=info.subject,
            creator="Terugkeer", keywords=[CONFIDENTIAL], lang=PDF_LANGUAGE, displayDocTitle=True,
            initialFontName=FONT, initialFontSize=10,
            invariant=True,  # the same content gives the same bytes: a document version can be made again exactly
        )
        self.info = info
        self.logo = logo
        self.total_pages = total_pages
        self.bookmarks = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def beforeDocument(self) -> None:
        self.canv.showOutline()  # viewers open with the bookmarks pane

    def afterFlowable(self, flowable: Flowable) -> None:
        """Headings become bookmarks that jump to the heading itself."""
        if not isinstance(flowable, Paragraph) or flowable.style.name not in OUTLINE_LEVELS:
            return
        key = f"heading-{self.bookmarks}"
        self.bookmarks += 1
        frame = self.frame
        top = frame._y + flowable.height + flowable.style.spaceAfter + flowable.style.fontSize
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=min(top, PAGE_HEIGHT))
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=OUTLINE_LEVELS[flowable.style.name])

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._letterhead(canvas)
        self._footer(canvas, canvas.getPageNumber())
        canvas.restoreState()

    def _letterhead(self, canvas: Canvas) -> None:
        top = PAGE_HEIGHT - 12 * mm
        x = MARGIN_LEFT
        if self.logo is not None:
            width, height = self.logo.getSize()
            scale = min(LOGO_MAX_HEIGHT / height, LOGO_MAX_WIDTH / width)
            canvas.drawImage(self.logo, x, top - height * scale, width * scale, height * scale, mask="auto")
            x += width * scale + 4 * mm
        room = PAGE_WIDTH - MARGIN_RIGHT - x
        canvas.setFillColor(ACCENT)
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawString(x, top - 4.5 * mm, _fit(self.info.letterhead.sender, room - 35 * mm, 11, FONT_BOLD))
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8)
        canvas.drawString(x, top - 9 * mm, _fit(self.info.title, room, 8))
        canvas.setFillColor(ACCENT)
        canvas.setFont(FONT_BOLD, 10)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top - 4.5 * mm, CONFIDENTIAL.upper())
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule_y = PAGE_HEIGHT - MARGIN_TOP + 5 * mm
        canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)

    def _footer(self, canvas: Canvas, page: int) -> None:
        rule_y = MARGIN_BOTTOM - 7 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
        first_line, second_line = rule_y - 4 * mm, rule_y - 7.5 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN_LEFT, first_line, _fit(self.info.footer_note, 130 * mm, 7.5))
        canvas.drawString(MARGIN_LEFT, second_line, f"{CONFIDENTIAL} · {_status(self.info)}")
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, first_line, page_label(page, self.total_pages))


def _status(info: DocumentInfo) -> str:
    """"voorbeeld van 15-06-2024, nog niet afgedrukt", or "afgedrukt op 15-06-2024 · versie 3 · 1a2b3c4d".

    The printed form must stay as it is: a stored version is made again byte for byte (document_versions)."""
    day = dutch_date(info.printed_on)
    if info.preview:
        return f"voorbeeld van {day}, nog niet afgedrukt"
    version = f" · {info.version_label}" if info.version_label else ""
    return f"afgedrukt op {day}{version}"


def _one_line_header(info: DocumentInfo) -> DocumentInfo:
    """What the letterhead, the footer and the PDF's metadata print, on one line each. Names and a PI with a line
    break or tab are refused where they are typed or read in (app.domain.one_line); this also keeps such a
    character out that an older version stored."""
    return replace(info, title=single_line(info.title), subject=single_line(info.subject),
                   footer_note=single_line(info.footer_note),
                   letterhead=replace(info.letterhead, municipality=single_line(info.letterhead.municipality)))


def single_line(text: str) -> str:
    """`text` with every run of blanks and control characters (line breaks, tabs, other C0 and C1) as one space."""
    return " ".join("".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).split())


def _fit(text: str, width: float, size: float, font: str = FONT) -> str:
    """`text` shortened with an ellipsis so it fits `width` at `size` points (titles can hold long names)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _load_logo(path: Path | None) -> ImageReader | None:
    """The configured logo, or none when it is not set or cannot be read: a missing logo file must not stop a
    coordinator from printing (the letterhead then shows the municipality's name only)."""
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    return _logo(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _logo(path: str, _modified_ns: int, _size: int) -> ImageReader | None:
    """The logo file read and decoded once for every document until the file changes (the reader keeps its pixels:
    decoding them again for every plan of a batch was a twentieth of its time)."""
    try:
        reader = ImageReader(path)
        reader.getSize()
    except (OSError, ValueError):
        return None
    return reader


class _LastCount:
    """The page count of the document made last in this process: the guess for the next one's "van Y"."""

    pages: int | None = None


def render(info: DocumentInfo, make_story: Callable[[], list[Flowable]]) -> RenderedPdf:
    """Lay out the story made by `make_story` on the shared page template and return the PDF and its page count.

    The first pass draws "van Y" with the guessed count and writes no PDF yet (platypus' own switch, as its
    multiBuild uses; the PDF's serialisation is a quarter of a plan's time); it writes the PDF when the guess was
    right. Otherwise `make_story` is called again (platypus consumes a story while laying it out) for a second
    pass with the count the first one came to."""
    register_fonts()
    info = _one_line_header(info)
    logo = _load_logo(info.letterhead.logo_path)
    guess = _LastCount.pages
    buffer = io.BytesIO()
    document = _Document(buffer, info, logo, guess)
    document._doSave = False
    document.build(make_story())
    total = document.page
    if total == guess:
        document.canv.save()
    else:
        buffer = io.BytesIO()
        document = _Document(buffer, info, logo, total)
        document.build(make_story())
    _LastCount.pages = total
    return RenderedPdf(buffer.getvalue(), total)

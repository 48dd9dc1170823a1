"""Fonts, colours and paragraph/table styles shared by the printed documents.

The fonts are DejaVu Sans TrueType files shipped in resources/fonts and embedded (as subsets) in every PDF, so names
with é, ë, ï, ř, Ş, Ł, € or ĳ print as they are written; reportlab's standard fonts would print ■ for some of them.
They are read through importlib.resources, which works from source, from a wheel and in a frozen build.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_OBLIQUE = "DejaVuSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_OBLIQUE: "DejaVuSans-Oblique.ttf"}

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")  # headings and rules: a sober municipal blue that prints well in grey
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8eef4")  # table header rows
MUTED = colors.HexColor("#555555")


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) with reportlab once per process; returns the family name.

    `<b>` and `<i>` in paragraphs map to the bold and oblique files through the registered family."""
    for name, file_name in _FONT_FILES.items():
        data = (files("resources") / "fonts" / file_name).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_OBLIQUE, boldItalic=FONT_BOLD)
    return FONT


def missing_glyphs(text: str, font_name: str = FONT) -> set[str]:
    """The characters of `text` the font has no glyph for (they would print as a box); empty when all is well."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    char_to_glyph = font.face.charToGlyph
    return {ch for ch in text if not ch.isspace() and ord(ch) not in char_to_glyph}


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a document; `base_size` sets the body text (the consent form prints larger)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle


# Outline level of each heading style: the page template turns these headings into PDF bookmarks.
OUTLINE_LEVELS = {"Heading1": 0, "Heading2": 1}


@cache
def styles(base_size: float = 10.0) -> Styles:
    """Paragraph styles in DejaVu Sans around a body size of `base_size` points."""
    register_fonts()
    leading = base_size * 1.4
    body = ParagraphStyle("Body", fontName=FONT, fontSize=base_size, leading=leading, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=base_size * 0.5)
    return Styles(
        title=ParagraphStyle("Title", parent=body, fontName=FONT_BOLD, fontSize=base_size + 8,
                             leading=(base_size + 8) * 1.25, textColor=ACCENT, spaceAfter=2 * mm),
        subtitle=ParagraphStyle("Subtitle", parent=body, fontSize=base_size + 1, textColor=MUTED,
                                spaceAfter=5 * mm),
        heading1=ParagraphStyle("Heading1", parent=body, fontName=FONT_BOLD, fontSize=base_size + 3,
                                leading=(base_size + 3) * 1.3, textColor=ACCENT, spaceBefore=5 * mm,
                                spaceAfter=2 * mm, keepWithNext=True),
        heading2=ParagraphStyle("Heading2", parent=body, fontName=FONT_BOLD, fontSize=base_size + 1,
                                leading=(base_size + 1) * 1.3, textColor=INK, spaceBefore=4 * mm,
                                spaceAfter=1.5 * mm, keepWithNext=True),
        body=body,
        bullet=ParagraphStyle("Bullet", parent=body, leftIndent=6 * mm, bulletIndent=1.5 * mm,
                              spaceAfter=base_size * 0.25),
        small=ParagraphStyle("Small", parent=body, fontSize=base_size - 2, leading=(base_size - 2) * 1.35,
                             textColor=MUTED, spaceAfter=0),
        cell=ParagraphStyle("Cell", parent=body, fontSize=base_size - 1, leading=(base_size - 1) * 1.3,
                            spaceAfter=0),
        cell_bold=ParagraphStyle("CellBold", parent=body, fontName=FONT_BOLD, fontSize=base_size - 1,
                                 leading=(base_size - 1) * 1.3, spaceAfter=0),
        label=ParagraphStyle("Label", parent=body, fontSize=base_size - 1, leading=(base_size - 1) * 1.3,
                             textColor=MUTED, spaceAfter=0),
    )


def markup(text: str) -> str:
    """User text made safe for reportlab's paragraph markup; line breaks kept."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def grid_table_style(*, header: bool) -> TableStyle:
    """Thin grey grid, top-aligned cells, and a shaded bold first row when `header`."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    return TableStyle(commands)


def key_value_table_style() -> TableStyle:
    """Label/value rows without a grid: a quiet block of personal details."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d9dee3")),
    ])

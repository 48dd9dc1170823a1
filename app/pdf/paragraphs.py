"""Paragraphs of plain text made without reportlab's markup parser.

`Paragraph(text, style)` runs an HTML parser over every text, even "ja", "nee" or a date: a fifth of the time of a
plan. Plain text (no tag, no entity) always parses to one fragment in the paragraph's style holding the text, so
`paragraph` copies that fragment, made once per style, and lets the parser do only the texts with markup. The PDF
is the same to the byte (stored versions are made again exactly, see app.casework.document_versions).
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

_MARKUP = re.compile(r"[<>&]")


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """The same as `Paragraph(text, style)`."""
    cleaned = cleanBlockQuotedText(text)
    if not cleaned or _MARKUP.search(cleaned) or getattr(style, "textTransform", None):
        return Paragraph(text, style)
    fragment = copy.copy(_plain_fragment(style))
    fragment.link, fragment.us_lines = [], []  # the parser gives every fragment lists of its own
    fragment.text = cleaned
    return Paragraph(cleaned, style, frags=[fragment])


@lru_cache(maxsize=64)
def _plain_fragment(style: ParagraphStyle) -> ParaFrag:
    """The one fragment the parser makes of a plain text in `style` (its text is replaced)."""
    [fragment] = Paragraph("x", style).frags
    return fragment

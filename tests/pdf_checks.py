"""PDF checks shared by unit and integration tests (tests/ is on the import path through its conftest)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def drawn_boxes_and_ticks(data: bytes) -> tuple[int, int]:
    """(rectangles, ticks) drawn on all pages: boxes are stroked rectangles, a tick a stroked two-segment path."""
    pages = PdfReader(io.BytesIO(data)).pages
    streams = b"\n".join(page.get_contents().get_data() for page in pages)  # type: ignore[union-attr]
    return (len(re.findall(rb" re S", streams)),
            len(re.findall(rb"[\d.]+ [\d.]+ m [\d.]+ [\d.]+ l [\d.]+ [\d.]+ l\s+S", streams)))

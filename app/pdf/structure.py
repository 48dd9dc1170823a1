"""Cheap structural checks of a finished PDF, without a PDF parser (pypdf is a test dependency only)."""

from __future__ import annotations

import re

_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def page_count(data: bytes) -> int:
    """The number of page objects; reportlab writes them uncompressed, so counting "/Type /Page" is exact."""
    return len(_PAGE_OBJECT.findall(data))


def structure_problems(data: bytes) -> list[str]:
    """What makes `data` not look like a complete PDF with embedded TrueType fonts; empty when it looks right."""
    problems = []
    if not data.startswith(b"%PDF-"):
        problems.append("does not start with %PDF-")
    if not data.rstrip().endswith(b"%%EOF"):
        problems.append("does not end with %%EOF (truncated?)")
    if b"/FontFile2" not in data:
        problems.append("no embedded TrueType font")
    if page_count(data) == 0:
        problems.append("no pages")
    return problems

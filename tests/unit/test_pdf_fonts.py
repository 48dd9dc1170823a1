"""The embedded DejaVu fonts: shipped with their licence, loaded through importlib.resources, and printing the
letters of Dutch, Turkish, Czech and Polish names (reportlab's standard fonts print ■ for some of them)."""

from __future__ import annotations

from importlib.resources import files

import pytest

from app.pdf.page import DocumentInfo, Letterhead, render
from app.pdf.structure import page_count, structure_problems
from app.pdf.styles import FONT, FONT_BOLD, FONT_OBLIQUE, missing_glyphs, register_fonts, styles

from .pdf_samples import DIACRITICS, PRINTED_ON, document_text, font_names

LETTERS = "éëïřŞŁ€ĳĲ"


def test_fonts_and_their_licence_are_shipped_as_resources() -> None:
    folder = files("resources") / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (folder / name).read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType file
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence


def test_registering_twice_is_harmless() -> None:
    assert register_fonts() == register_fonts() == FONT


@pytest.mark.parametrize("font", [FONT, FONT_BOLD, FONT_OBLIQUE])
def test_every_letter_has_a_glyph(font: str) -> None:
    assert missing_glyphs(LETTERS, font) == set()


def test_a_letter_without_glyph_is_reported() -> None:
    assert missing_glyphs("a中", FONT) == {"中"}  # DejaVu has no CJK


def test_letters_render_and_extract_from_the_pdf() -> None:
    from reportlab.platypus import Paragraph

    info = DocumentInfo("Lettertest", "Lettertest", Letterhead("Teststad"), PRINTED_ON)
    s = styles()
    data = render(info, lambda: [
        Paragraph(f"Gewoon: {DIACRITICS}", s.body),
        Paragraph(f"<b>Vet: {DIACRITICS}</b>", s.body),
        Paragraph(f"<i>Schuin: {DIACRITICS}</i>", s.body),
    ]).data
    text = document_text(data)
    for label in ("Gewoon", "Vet", "Schuin"):
        assert f"{label}: {DIACRITICS}" in text
    assert "■" not in text and "\ufffd" not in text
    # Only the embedded subsets: no standard font (Helvetica, Times, Courier) is used anywhere on the page.
    assert {name.split("+")[-1] for name in font_names(data)} == {FONT, FONT_BOLD, FONT_OBLIQUE}
    assert structure_problems(data) == []
    assert page_count(data) == 1

"""Plain paragraphs made without the markup parser (app.pdf.paragraphs) print exactly as parsed ones, and a
document laid out with a guessed page count is the one laid out with the right count."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from app.pdf import page
from app.pdf.paragraphs import paragraph
from app.pdf.plan import render_plan
from app.pdf.styles import styles

from .pdf_samples import plan

TEXTS = ("ja", "Zoë Ĳsselmeer-Łukasiewicz", "  spaties  binnen   en buiten  ", "twee\nregels", "", "   ",
         "<b>Situatie:</b> vet", "a &amp; b", "1 > 0", "€ 12,50 · 15-06-2024", "x" * 500)


def document(make: Callable[[str, ParagraphStyle], Paragraph], texts: tuple[str, ...]) -> bytes:
    buffer = io.BytesIO()
    s = styles()
    story: list[Flowable] = [make(text, style) for text in texts for style in (s.body, s.cell, s.cell_bold, s.heading1)]
    SimpleDocTemplate(buffer, invariant=True).build(story)
    return buffer.getvalue()


@pytest.mark.parametrize("text", TEXTS)
def test_a_paragraph_is_the_one_the_parser_makes(text: str) -> None:
    for style in (styles().body, styles().cell_bold):
        made, parsed = paragraph(text, style), Paragraph(text, style)
        assert made.text == parsed.text and made.style is parsed.style
        assert [vars(fragment) for fragment in made.frags] == [vars(fragment) for fragment in parsed.frags]


def test_a_document_of_them_is_the_same_to_the_byte() -> None:
    assert document(paragraph, TEXTS) == document(Paragraph, TEXTS)


@pytest.mark.parametrize("guess", [None, 1, 2, 3, 9])
def test_any_guess_of_the_page_count_gives_the_same_plan(guess: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    content = plan((12, 10, 8, 0, 0))
    monkeypatch.setattr(page._LastCount, "pages", None)
    expected = render_plan(content, "versie 1 · abcdef12")
    monkeypatch.setattr(page._LastCount, "pages", guess)
    assert render_plan(content, "versie 1 · abcdef12") == expected
    assert page._LastCount.pages == expected.pages > 1

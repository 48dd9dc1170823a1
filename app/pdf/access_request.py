"""The access request PDF: sections of label/value rows and tables, on the shared page template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from app.pdf.labels import NOT_FILLED_IN
from app.pdf.page import MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH, DocumentInfo, Letterhead, render
from app.pdf.styles import Styles, grid_table_style, key_value_table_style, markup, styles

TITLE = "Inzage in uw gegevens"
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[tuple[str, str], ...] = ()
    table: tuple[tuple[str, ...], ...] | None = None  # first row is the header
    empty: str = ""  # said when the table has no rows
    widths: tuple[float, ...] = ()  # the table's column widths relative to each other; none: all equal


@dataclass(frozen=True)
class AccessRequestContent:
    letterhead: Letterhead
    printed_on: date
    client_name: str
    sections: tuple[Section, ...]


def build_access_request_pdf(content: AccessRequestContent) -> bytes:
    info = DocumentInfo(title=f"{TITLE} – {content.client_name}",
                        subject=f"{TITLE} van {content.client_name}, {content.letterhead.sender}",
                        letterhead=content.letterhead, printed_on=content.printed_on,
                        footer_note=f"{TITLE} – {content.client_name}")
    return render(info, lambda: _story(content, styles())).data


def _story(content: AccessRequestContent, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(TITLE, s.title),
        Paragraph(f"{markup(content.client_name)} · {markup(content.letterhead.sender)}", s.subtitle),
        Paragraph("U heeft gevraagd welke gegevens de gemeente over u heeft. Hieronder staat alles wat in het "
                  "nazorgsysteem over u is vastgelegd, aan wie het is gegeven en wie het heeft bekeken. Klopt er "
                  "iets niet? Dan kunt u vragen het te verbeteren.", s.body),
    ]
    for section in content.sections:
        story.append(Paragraph(markup(section.title), s.heading1))
        if section.rows:
            story.append(_rows(section.rows, s))
        if section.table is not None:
            if len(section.table) > 1:
                story.append(_table(section.table, section.widths, s))
            elif section.empty:
                story.append(Paragraph(markup(section.empty), s.body))
    return story


def _rows(rows: tuple[tuple[str, str], ...], s: Styles) -> Table:
    table = Table([[Paragraph(markup(label), s.label), Paragraph(markup(value) or NOT_FILLED_IN, s.cell)]
                   for label, value in rows], colWidths=(55 * mm, CONTENT_WIDTH - 55 * mm), hAlign="LEFT")
    table.setStyle(key_value_table_style())
    return table


def _table(rows: tuple[tuple[str, ...], ...], widths: tuple[float, ...], s: Styles) -> Table:
    header, *body = rows
    weights = widths or (1.0,) * len(header)
    table = Table([[Paragraph(markup(cell), s.cell_bold) for cell in header],
                   *([Paragraph(markup(cell), s.cell) for cell in row] for row in body)],
                  colWidths=[CONTENT_WIDTH * weight / sum(weights) for weight in weights], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(grid_table_style(header=True))
    return table

"""The evaluation report (*evaluatie nazorg*): the monitor's aggregate tables and charts for one period, in plain
Dutch, on the shared page template. It holds no personal data: small cells are suppressed (app.monitor.tables).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from app.monitor.tables import Cell
from app.monitor.tables import Table as MonitorTable
from app.pdf.page import MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH, DocumentInfo, Letterhead, RenderedPdf, render
from app.pdf.styles import Styles, grid_table_style, markup, styles

TITLE = "Evaluatie nazorg na detentie"
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT


@dataclass(frozen=True)
class EvaluationContent:
    letterhead: Letterhead
    printed_on: date
    period: str  # "01-01-2025 t/m 31-03-2025"
    threshold: int
    tables: tuple[MonitorTable, ...]
    # Each chart is drawn anew per layout pass: platypus marks a flowable it had to move to the next page and
    # refuses a marked one the second time.
    charts: tuple[Callable[[], Drawing], ...]


def render_evaluation(content: EvaluationContent) -> RenderedPdf:
    info = DocumentInfo(title=f"{TITLE} – {content.period}",
                        subject=f"{TITLE}, {content.letterhead.sender}, {content.period}",
                        letterhead=content.letterhead, printed_on=content.printed_on,
                        footer_note=f"{TITLE} – {content.period}")
    return render(info, lambda: _story(content, styles()))


def _story(content: EvaluationContent, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(TITLE, s.title),
        Paragraph(f"Periode {markup(content.period)} · {markup(content.letterhead.sender)}", s.subtitle),
        Paragraph("Over dit verslag", s.heading1),
        Paragraph("Dit verslag laat zien hoeveel inwoners uit detentie de gemeente heeft bereikt, hoe snel de "
                  "hulp op gang kwam en hoe hun situatie was bij intake, bij vrijlating en aan het einde van de "
                  "nazorg. Er staan geen namen of andere persoonsgegevens in. Aantallen kleiner dan "
                  f"{content.threshold} staan er als &lt;{content.threshold}, zodat niemand te herkennen is; een "
                  "percentage over te weinig trajecten is weggelaten (—).", s.body),
        Paragraph("Grafieken", s.heading1),
    ]
    for make_chart in content.charts:
        story += [make_chart(), Spacer(1, 4 * mm)]
    story.append(Paragraph("Tabellen", s.heading1))
    for table in content.tables:
        body: Flowable = _table(table, s) if table.header else Paragraph(markup(table.note), s.body)
        story.append(KeepTogether([Paragraph(markup(table.title), s.heading2), body]))
    return story


def _table(table: MonitorTable, s: Styles) -> Table:
    header = [Paragraph(markup(title), s.cell_bold) for title in table.header]
    rows = [[Paragraph(_cell(value), s.cell) for value in row] for row in table.rows]
    first = 100 * mm if len(table.header) == 2 else 55 * mm if len(table.header) <= 5 else 36 * mm
    rest = (CONTENT_WIDTH - first) / max(len(table.header) - 1, 1)
    result = Table([header, *rows], colWidths=(first, *([rest] * (len(table.header) - 1))), repeatRows=1,
                   hAlign="LEFT")
    result.setStyle(grid_table_style(header=True))
    result.spaceAfter = 2 * mm
    return result


def _cell(value: Cell) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return markup(str(value))

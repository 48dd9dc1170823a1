"""The monitor's charts as reportlab drawings: drawn into the evaluation report PDF, and shown on screen as SVG
(`svg_bytes`), so the screen and the paper show the same figure. Small cells are left out of the bars as they are
out of the tables: a bar is drawn only for a value the tables may show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from app.casework.intake import Moment
from app.monitor.figures import BASIC_CONDITIONS, IN_ORDER, MonitorReport, YearlyOutflow, suppressed
from app.monitor.tables import DOMAIN_LABELS, MOMENT_LABELS, outflow_heading, years_text
from app.pdf.styles import ACCENT, FONT, MUTED, register_fonts

WIDTH, HEIGHT = 460, 220
SERIES_COLOURS = (colors.HexColor("#9aa5b1"), colors.HexColor("#4f7cac"), ACCENT)


def domains_in_order(report: MonitorReport, threshold: int) -> Drawing:
    """Per basic condition, the share in order among the released residents assessed at intake, at release and
    at the end of aftercare: the before/after comparison. A share over fewer than `threshold` assessments is
    left out."""
    register_fonts()
    drawing = _titled("Basisvoorwaarden op orde (% van de beoordeelde vrijgekomenen)")
    data = []
    for moment in Moment:
        row = []
        for domain in BASIC_CONDITIONS:
            statuses = report.situation[moment.value][domain]
            assessed = sum(figure.value for figure in statuses.values())
            in_order = sum(statuses[status].value for status in IN_ORDER)
            shown = assessed >= threshold and suppressed(in_order, threshold) is not None
            row.append(100 * in_order / assessed if shown else 0)
        data.append(row)
    if not any(any(row) for row in data):
        return _too_few(drawing, threshold)
    drawing.add(_bars(data, [DOMAIN_LABELS[domain] for domain in BASIC_CONDITIONS], value_max=100))
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 70, HEIGHT - 34, FONT, 8
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 1, 8, 8
    legend.colorNamePairs = [(SERIES_COLOURS[i], MOMENT_LABELS[m.value]) for i, m in enumerate(Moment)]
    legend.deltax = 110
    drawing.add(legend)
    return drawing


def yearly_outflow_chart(outflow: YearlyOutflow, threshold: int) -> Drawing:
    """Released residents per year (every year, not the period's), with the mean over all years as a line."""
    register_fonts()
    drawing = _titled(outflow_heading(outflow))
    if not outflow.per_year:
        return _too_few(drawing, threshold)
    years = sorted(outflow.per_year)
    values = [outflow.per_year[year].value for year in years]
    shown = [value if suppressed(value, threshold) is not None else 0 for value in values]
    chart = _bars([shown], [str(year) for year in years], value_max=max(max(shown), 1) * 1.2)
    drawing.add(chart)
    if outflow.mean is not None and chart.valueAxis.valueMax:
        y = chart.y + chart.height * outflow.mean / chart.valueAxis.valueMax
        drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=colors.HexColor("#c0392b"),
                         strokeDashArray=[4, 3]))
        mean = f"{outflow.mean:.1f}".replace(".", ",")
        text = f"- - gemiddeld {mean} per jaar ({years_text(outflow.mean_years)})"
        drawing.add(String(chart.x + chart.width, HEIGHT - 30, text, fontName=FONT,
                           fontSize=8, fillColor=colors.HexColor("#c0392b"), textAnchor="end"))
    return drawing


def throughput_chart(report: MonitorReport, threshold: int) -> Drawing:
    """How many days from notification to intake: the distribution."""
    register_fonts()
    drawing = _titled("Dagen van aanmelding tot intake")
    buckets = report.to_intake.buckets
    if len(report.to_intake.days) < threshold:
        return _too_few(drawing, threshold)
    shown = [figure.value if suppressed(figure.value, threshold) is not None else 0 for _label, figure in buckets]
    drawing.add(_bars([shown], [label for label, _figure in buckets], value_max=max(max(shown), 1) * 1.2))
    return drawing


def svg_bytes(drawing: Drawing) -> bytes:
    """The drawing as SVG, for the screen (QtSvg). reportlab clips the drawing to its own size with a <clipPath>,
    which QtSvg (SVG Tiny 1.2) does not know: it painted the clip rectangle black over the whole chart. The clip
    is the drawing's own bounds, so it is left out."""
    text: str = renderSVG.drawToString(drawing)
    text = _CLIP_PATH.sub("", text).replace(' style="clip-path: url(#clip)"', "")
    return text.encode("utf-8")


_CLIP_PATH = re.compile(r"\s*<clipPath\b.*?</clipPath>", re.DOTALL)


def _titled(title: str) -> Drawing:
    drawing = Drawing(WIDTH, HEIGHT)
    drawing.add(String(0, HEIGHT - 14, title, fontName=FONT, fontSize=11, fillColor=ACCENT))
    return drawing


def _too_few(drawing: Drawing, threshold: int) -> Drawing:
    drawing.add(String(WIDTH / 2, HEIGHT / 2, f"Te weinig trajecten om te tonen (minder dan {threshold}).",
                       fontName=FONT, fontSize=9, fillColor=MUTED, textAnchor="middle"))
    return drawing


def _bars(data: Sequence[Sequence[float]], categories: list[str], value_max: float) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, WIDTH - 50, HEIGHT - 80
    chart.data = data
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, value_max
    chart.valueAxis.labels.fontName = chart.categoryAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.categoryNames = categories
    chart.barSpacing, chart.groupSpacing = 1, 8
    for index in range(len(data)):
        chart.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)] if len(data) > 1 else ACCENT
        chart.bars[index].strokeColor = None
    return chart

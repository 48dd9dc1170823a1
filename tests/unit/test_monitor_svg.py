"""The monitor's charts as SVG for the screen: well-formed, without the <clipPath> QtSvg (SVG Tiny 1.2) cannot draw
(it painted the clip rectangle black over the whole chart), and with every label of the drawing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from app.monitor.charts import svg_bytes, throughput_chart, yearly_outflow_chart
from app.monitor.figures import CaseFacts, Period, monitor, yearly_outflow


def _released(year: int, count: int) -> list[CaseFacts]:
    return [CaseFacts(f"{year}-{number}", "PI Vught", "Anna", frozenset(), "coordinator",
                      notified_on=date(year, 1, 2), intake_on=date(year, 1, 5), released_on=date(year, 6, 1))
            for number in range(count)]


def test_the_svg_has_no_clip_path_and_keeps_its_labels() -> None:
    facts = _released(2024, 6) + _released(2025, 8)
    for drawing in (yearly_outflow_chart(yearly_outflow(facts), 5),
                    throughput_chart(monitor(facts, Period.year(2025)), 5)):
        svg = svg_bytes(drawing)
        root = ET.fromstring(svg)
        assert not [element for element in root.iter() if element.tag.endswith("clipPath")]
        assert b"clip-path" not in svg
        texts = {element.text for element in root.iter() if element.tag.endswith("text")}
        assert texts & {"Uitstroom per jaar (alle jaren, 2024 en 2025)", "Dagen van aanmelding tot intake"}
    assert {"2024", "2025"} <= {element.text for element in ET.fromstring(
        svg_bytes(yearly_outflow_chart(yearly_outflow(facts), 5))).iter() if element.tag.endswith("text")}

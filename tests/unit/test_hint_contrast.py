"""Hint text reads at 4.5:1 or more (WCAG AA): the hint grey, and every text colour hard-coded in ui/, against the
background it is drawn on (its own when the style gives one, else the light window and field backgrounds)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.consent.badge import _COLOURS as BADGE_COLOURS
from ui.demo_banner import BANNER_BACKGROUND, BANNER_TEXT
from ui.widgets.hint import (
    DARK_HINT,
    HINT_STYLE,
    LIGHT_HINT,
    MINIMUM_CONTRAST,
    contrast_ratio,
    make_hints_readable,
    readable_hint_colour,
    relative_luminance,
)

UI = Path(__file__).resolve().parents[2] / "ui"
HEX = r"#[0-9a-fA-F]{6}\b"
TEXT_COLOUR = re.compile(rf"(?<![-\w])color:\s*({HEX})")
BACKGROUND = re.compile(rf"background(?:-color)?:\s*({HEX})")
COLOUR_CONSTANT = re.compile(rf"^([A-Z_]*COLOUR)\s*=\s*\"({HEX})\"", re.MULTILINE)
LIGHT_BACKGROUNDS = ("#ffffff", "#efefef", "#f7f7f7")  # field, Qt's light window, alternate table rows


def light_backgrounds(app: QApplication) -> list[QColor]:
    palette = app.palette()
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return [QColor(each) for each in LIGHT_BACKGROUNDS] + [palette.color(role) for role in roles]


def test_the_wcag_formula() -> None:
    assert relative_luminance(QColor("#ffffff")) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    half_black = QColor(0, 0, 0, 128)  # Qt's own placeholder colour: too faint
    assert contrast_ratio(half_black, QColor("#ffffff")) < MINIMUM_CONTRAST


def test_the_hint_grey_reads_on_light_and_dark_windows(qapp: QApplication) -> None:
    for background in light_backgrounds(qapp):
        assert contrast_ratio(QColor(LIGHT_HINT), background) >= MINIMUM_CONTRAST, background.name()
    for background in ("#1e1e1e", "#2d2d2d", "#353535"):
        assert contrast_ratio(QColor(DARK_HINT), QColor(background)) >= MINIMUM_CONTRAST, background


@pytest.mark.parametrize("window", ["#ffffff", "#efefef", "#1e1e1e", "#353535"])
def test_a_faint_placeholder_is_replaced_by_a_readable_one(window: str) -> None:
    palette = QPalette(QColor(window))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(128, 128, 128, 128))
    chosen = readable_hint_colour(palette)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast_ratio(chosen, palette.color(role)) >= MINIMUM_CONTRAST


def test_the_application_palette_gets_the_readable_hint(qapp: QApplication) -> None:
    before = qapp.palette()
    try:
        make_hints_readable(qapp)
        hint = qapp.palette().color(QPalette.ColorRole.PlaceholderText)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast_ratio(hint, qapp.palette().color(role)) >= MINIMUM_CONTRAST
    finally:
        qapp.setPalette(before)


def sources() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_hints_use_the_hint_style_not_a_faint_palette_colour() -> None:
    faint = re.compile(r"color:\s*palette\((mid|midlight|light|dark|shadow|placeholder-text)\)")
    offenders = [f"{path.relative_to(UI)}:{number}" for path in sources()
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if faint.search(line) and path.name != "hint.py"]
    assert not offenders, offenders
    assert HINT_STYLE == "color: palette(placeholder-text);"


def test_every_hard_coded_text_colour_in_ui_reads_on_its_background(qapp: QApplication) -> None:
    checked: list[str] = []
    failures: list[str] = []
    for path in sources():
        text = path.read_text(encoding="utf-8")
        pairs: list[tuple[str, list[QColor], str]] = []
        for number, line in enumerate(text.splitlines(), 1):
            for colour in TEXT_COLOUR.findall(line):
                own = BACKGROUND.findall(line)
                pairs.append((colour, [QColor(each) for each in own] or light_backgrounds(qapp),
                              f"{path.relative_to(UI)}:{number}"))
        for name, colour in COLOUR_CONSTANT.findall(text):
            pairs.append((colour, light_backgrounds(qapp), f"{path.relative_to(UI)}:{name}"))
        for colour, backgrounds, where in pairs:
            checked.append(where)
            worst = min(contrast_ratio(QColor(colour), background) for background in backgrounds)
            if worst < MINIMUM_CONTRAST:
                failures.append(f"{where}: {colour} at {worst:.2f}:1")
    assert len(checked) >= 10  # the scan found the styles
    assert not failures, failures


def test_the_badges_and_the_demo_banner_read() -> None:
    for background, text, _border in BADGE_COLOURS.values():
        assert contrast_ratio(QColor(text), QColor(background)) >= MINIMUM_CONTRAST, (text, background)
    assert contrast_ratio(QColor(BANNER_TEXT), QColor(BANNER_BACKGROUND)) >= MINIMUM_CONTRAST

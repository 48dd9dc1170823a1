"""The one colour of hint text (save indicator, "valid until" notes, a workspace's path, empty lists): grey, yet at
least 4.5:1 against the window (WCAG AA), on the light palette and on a dark one.

Qt's own placeholder colour is half-transparent text (about 4:1 on white) and `palette(mid)` about 2.6:1, both too
faint to read. `make_hints_readable` gives the application palette a placeholder colour that meets 4.5:1, so the
placeholders of input fields and every `HINT_STYLE` label follow it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

HINT_STYLE = "color: palette(placeholder-text);"
LIGHT_HINT = "#595959"  # 7.0:1 on white, 6.4:1 on Qt's light window grey #efefef
DARK_HINT = "#b3b3b3"  # 8.5:1 on #1e1e1e
MINIMUM_CONTRAST = 4.5


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21) of `foreground` drawn on `background`; a half-transparent foreground is
    blended onto the background first, as the screen shows it."""
    if foreground.alphaF() < 1.0:
        alpha = foreground.alphaF()
        foreground = QColor.fromRgbF(*(alpha * f + (1 - alpha) * b for f, b in (
            (foreground.redF(), background.redF()), (foreground.greenF(), background.greenF()),
            (foreground.blueF(), background.blueF()))))
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_hint_colour(palette: QPalette) -> QColor:
    """The palette's placeholder colour when it is readable on both the window and the fields, else the app's grey
    for a light or a dark palette."""
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    backgrounds = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))
    if all(contrast_ratio(placeholder, background) >= MINIMUM_CONTRAST for background in backgrounds):
        return placeholder
    dark = relative_luminance(backgrounds[0]) < 0.2
    return QColor(DARK_HINT if dark else LIGHT_HINT)


def make_hints_readable(app: QGuiApplication) -> None:
    """Give the application palette a placeholder (hint) colour of at least 4.5:1 (call once, at start)."""
    palette = app.palette()
    colour = readable_hint_colour(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
    app.setPalette(palette)

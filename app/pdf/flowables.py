"""Drawn form elements: tick boxes and signature fields (real lines and boxes, not characters from a font)."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.pdf.styles import FONT, FONT_BOLD, INK, RULE

BOX_SIZE = 4.2 * mm


class CheckBox(Flowable):
    """An empty square to tick by hand, or one with a tick when the choice was already recorded."""

    def __init__(self, ticked: bool = False, size: float = BOX_SIZE) -> None:
        super().__init__()
        self.ticked = ticked
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas, s = self.canv, self.size
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, s, s, stroke=1, fill=0)
        if self.ticked:
            canvas.setLineWidth(1.4)
            path = canvas.beginPath()
            path.moveTo(s * 0.2, s * 0.52)
            path.lineTo(s * 0.42, s * 0.25)
            path.lineTo(s * 0.82, s * 0.8)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


class SignatureField(Flowable):
    """A framed area to sign in; a signature given on screen (PNG) is drawn inside it, scaled to fit."""

    def __init__(self, width: float, height: float = 22 * mm, signature_png: bytes | None = None) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.signature = ImageReader(io.BytesIO(signature_png)) if signature_png else None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        if self.signature is not None:
            padding = 1.5 * mm
            image_width, image_height = self.signature.getSize()
            scale = min((self.width - 2 * padding) / image_width, (self.height - 2 * padding) / image_height)
            drawn_width, drawn_height = image_width * scale, image_height * scale
            canvas.drawImage(self.signature, (self.width - drawn_width) / 2, (self.height - drawn_height) / 2,
                             drawn_width, drawn_height, mask="auto")
        canvas.restoreState()


class WriteInLine(Flowable):
    """"Datum: ......" — a label and a dotted line to write on; a value already known is printed on the line."""

    def __init__(self, label: str, value: str = "", width: float = 80 * mm, font_size: float = 9) -> None:
        super().__init__()
        self.label, self.value = label, value
        self.width, self.height = width, font_size * 2.2
        self.font_size = font_size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        baseline = 1.2 * mm
        canvas.setFillColor(INK)
        canvas.setFont(FONT, self.font_size)
        canvas.drawString(0, baseline, self.label)
        line_start = stringWidth(self.label, FONT, self.font_size) + 2 * mm
        if self.value:
            canvas.setFont(FONT_BOLD, self.font_size)
            canvas.drawString(line_start + 1 * mm, baseline, self.value)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.setDash(1, 2)
        canvas.line(line_start, 0, self.width, 0)
        canvas.restoreState()


class VerticalLabel(Flowable):
    """A short text turned upright (read bottom to top): the heading of a narrow column, such as a kind of data
    in the consent form's matrix. A text longer than `max_height` is set smaller, never cut off."""

    def __init__(self, text: str, size: float = 8.5, max_height: float = 42 * mm) -> None:
        super().__init__()
        self.text = text
        self.size = min(size, size * max_height / max(stringWidth(text, FONT, size), 1))
        self.width = size * 1.3
        self.height = stringWidth(text, FONT, self.size) + 1 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(FONT, self.size)
        canvas.translate(self.width * 0.75, 0)
        canvas.rotate(90)
        canvas.drawString(0, 0, self.text)
        canvas.restoreState()

"""Printing PDF bytes: each page rendered by QtPdf and painted on a QPrinter, one print job for one or more PDFs.

Rendering runs on the GUI thread (QPainter on a printer belongs there); the PDFs come from the worker. Pages are
rendered at the printer's resolution, capped at 300 dpi: sharp on paper, without images of half a gigabyte at
the 1200 dpi a PDF printer reports.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from app.errors import TerugkeerError
from ui.documents.memory import InMemoryPdf

MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72


class PrintJob:
    """One print job on `printer`: add PDFs with `add`, then `finish`. Each page goes on its own sheet, scaled to
    fit the paper (the PDF carries its own margins)."""

    def __init__(self, printer: QPrinter) -> None:
        self._printer = printer
        self._painter: QPainter | None = None
        self.pages = 0  # pages painted so far, in all documents

    def add(self, data: bytes, pages: range | None = None) -> int:
        """Paint the `pages` (0-based; all when None) of the PDF `data`; returns how many were painted.
        Raises TerugkeerError "print_failed" when the printer cannot be started."""
        pdf = InMemoryPdf()
        try:
            if not pdf.load(data):
                return 0
            wanted = range(pdf.page_count) if pages is None else range(
                max(pages.start, 0), min(pages.stop, pdf.page_count))
            for page in wanted:
                self._paint(pdf, page)
            return len(wanted)
        finally:
            pdf.clear()
            pdf.deleteLater()

    def finish(self) -> None:
        """End the job: the printer (or PDF file) gets what was painted. Safe to call twice or without pages."""
        if self._painter is not None:
            self._painter.end()
            self._painter = None

    def _start_page(self) -> QPainter:
        if self._painter is None:
            self._printer.setFullPage(True)  # the painter's origin is the paper's corner, not the printer margin
            painter = QPainter()
            if not painter.begin(self._printer):
                raise TerugkeerError("print_failed")
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            self._painter = painter
        elif not self._printer.newPage():
            raise TerugkeerError("print_failed")
        return self._painter

    def _paint(self, pdf: InMemoryPdf, page: int) -> None:
        painter = self._start_page()
        paper = self._printer.paperRect(QPrinter.Unit.DevicePixel)
        points = pdf.document.pagePointSize(page)
        dpi = min(self._printer.resolution(), MAX_RENDER_DPI)
        image = pdf.document.render(page, QSize(round(points.width() * dpi / POINTS_PER_INCH),
                                                round(points.height() * dpi / POINTS_PER_INCH)))
        scale = min(paper.width() / points.width(), paper.height() / points.height())
        width, height = points.width() * scale, points.height() * scale
        painter.drawImage(QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height), image)
        self.pages += 1


def chosen_pages(printer: QPrinter) -> range | None:
    """The page range asked in the print dialog (0-based), or None for all pages."""
    if printer.printRange() != QPrinter.PrintRange.PageRange or printer.fromPage() < 1:
        return None
    return range(printer.fromPage() - 1, max(printer.toPage(), printer.fromPage()))


def print_pdf(printer: QPrinter, data: bytes) -> int:
    """Print one PDF on `printer`, in the page range its dialog chose; returns the number of pages printed."""
    job = PrintJob(printer)
    try:
        return job.add(data, chosen_pages(printer))
    finally:
        job.finish()

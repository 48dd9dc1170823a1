"""The parts of the Monitor screen: the key figures (exact, each a button that lists the cases behind it), the
aggregate tables as they are exported (small cells hidden), and the charts as the PDF draws them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.monitor.charts import HEIGHT as CHART_HEIGHT
from app.monitor.charts import WIDTH as CHART_WIDTH
from app.monitor.figures import Figure, MonitorReport, Rate
from app.monitor.tables import Cell, Table
from ui.widgets.simple_table import SelectionMode, SimpleTable, table_item

FIGURE_KEYS = ("notified", "contacted_in_detention", "released", "reached", "offered", "accepted")
CHART_SCALE = 1.25  # the drawings are in points; on screen a little larger reads better


def figure_label(key: str) -> str:
    labels = {
        "notified": QCoreApplication.translate("MonitorFigures", "Notified"),
        "contacted_in_detention": QCoreApplication.translate("MonitorFigures", "Contact in detention"),
        "released": QCoreApplication.translate("MonitorFigures", "Released"),
        "reached": QCoreApplication.translate("MonitorFigures", "Reached before release"),
        "offered": QCoreApplication.translate("MonitorFigures", "Voluntary aftercare offered"),
        "accepted": QCoreApplication.translate("MonitorFigures", "Voluntary aftercare accepted"),
    }
    return labels[key]


def percentage_text(rate: Rate) -> str:
    """"75,0 %" in Dutch (the locale's decimal sign), "—" without cases."""
    if rate.percentage is None:
        return "—"
    return f"{QLocale().toString(rate.percentage, 'f', 1)} %"


def cell_text(cell: Cell) -> str:
    """A table cell as the export writes it: "—" for a value left out, one decimal with a comma."""
    if cell is None:
        return "—"
    if isinstance(cell, float):
        return f"{cell:.1f}".replace(".", ",")
    return str(cell)


class KeyFigures(QGroupBox):
    """The core counts of the period, exact; pressing one asks for the cases behind it (`figure_clicked`)."""

    figure_clicked = Signal(str, object)  # (label, Figure)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MonitorFigures", "Key figures"), parent)
        self.setObjectName("keyFigures")
        self.buttons: dict[str, QPushButton] = {}
        self._figures: dict[str, Figure] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        for row, key in enumerate(FIGURE_KEYS):
            grid.addWidget(QLabel(figure_label(key), self), row, 0)
            button = QPushButton("—", self)
            button.setObjectName(f"figure_{key}")
            button.setFlat(True)
            button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
            button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; "
                                 "text-align: right; padding: 2px 6px; font-weight: bold; }"
                                 "QPushButton:disabled { color: palette(text); text-decoration: none; }")
            button.clicked.connect(lambda _checked=False, key=key: self._clicked(key))
            self.buttons[key] = button
            grid.addWidget(button, row, 1)
        self.reach = QLabel("—", self)
        self.reach.setObjectName("reachRate")
        self.acceptance = QLabel("—", self)
        self.acceptance.setObjectName("acceptanceRate")
        for offset, (text, label) in enumerate(((QCoreApplication.translate("MonitorFigures", "Reach (reached of released)"), self.reach),
                                               (QCoreApplication.translate("MonitorFigures", "Accepted of offered"), self.acceptance))):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setContentsMargins(6, 0, 6, 0)
            grid.addWidget(QLabel(text, self), len(FIGURE_KEYS) + offset, 0)
            grid.addWidget(label, len(FIGURE_KEYS) + offset, 1)
        hint = QLabel(QCoreApplication.translate("MonitorFigures", "Exact counts, for this screen only. Press a number to see the cases behind it."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        grid.addWidget(hint, len(FIGURE_KEYS) + 2, 0, 1, 2)

    def show_report(self, report: MonitorReport) -> None:
        self._figures = {key: getattr(report, key) for key in FIGURE_KEYS}
        for key, figure in self._figures.items():
            button = self.buttons[key]
            button.setText(str(figure.value))
            button.setEnabled(figure.value > 0)
            button.setToolTip(QCoreApplication.translate("MonitorFigures", "Show the cases behind this number"))
            button.setAccessibleName(f"{figure_label(key)}: {figure.value}")
        self.reach.setText(percentage_text(report.reach))
        self.acceptance.setText(percentage_text(report.acceptance))

    def clear(self) -> None:
        self._figures = {}
        for button in self.buttons.values():
            button.setText("—")
            button.setEnabled(False)
        self.reach.setText("—")
        self.acceptance.setText("—")

    def figure(self, key: str) -> Figure | None:
        return self._figures.get(key)

    def _clicked(self, key: str) -> None:
        figure = self._figures.get(key)
        if figure is not None:
            self.figure_clicked.emit(figure_label(key), figure)


class AggregateTable(QWidget):
    """One table of the report under its title, as tall as its rows (the screen scrolls, not the table); a table
    with nothing to show is its sentence (`Table.note`) instead of an empty header."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        title = QLabel(table.title, self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.view = SimpleTable(list(table.header), 0, table.title, self, selection=SelectionMode.NoSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setRowCount(len(table.rows))
        for row, cells in enumerate(table.rows):
            for column, cell in enumerate(cells):
                self.view.setItem(row, column, table_item(cell_text(cell),
                                                          number=column > 0 or isinstance(cell, int | float)))
        height = self.view.horizontalHeader().sizeHint().height() + 2 * self.view.frameWidth() + sum(
            self.view.rowHeight(row) for row in range(self.view.rowCount()))
        self.view.setFixedHeight(height)
        # Every column readable: the widest cells and headings, plus the frame.
        self.setMinimumWidth(sum(self.view.horizontalHeader().sectionSizeHint(column)
                                 for column in range(self.view.columnCount())) + 2 * self.view.frameWidth())
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note = QLabel(table.note, self)
        self.note.setObjectName("tableNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view)
        layout.addWidget(self.note)
        self.view.setVisible(bool(table.header))
        self.note.setVisible(bool(table.note))

    def cell(self, row: int, column: int) -> str:
        item = self.view.item(row, column)
        return item.text() if item is not None else ""


class Chart(QWidget):
    """A chart of the report, from the same drawing as the PDF's (app.monitor.charts, as SVG), on white as on
    paper (the drawing has no background of its own and its labels are black)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFixedSize(QSize(round(CHART_WIDTH * CHART_SCALE), round(CHART_HEIGHT * CHART_SCALE)))
        self.renderer = QSvgRenderer(self)
        self.svg = b""

    def show_svg(self, svg: bytes) -> None:
        self.svg = svg
        self.renderer.load(QByteArray(svg))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.renderer.isValid():
            self.renderer.render(painter, QRectF(self.rect()))
        painter.end()

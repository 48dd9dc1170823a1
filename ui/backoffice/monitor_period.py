"""The period the monitor reports on: a month, a quarter, a year, or any two dates (dd-mm-yyyy)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.monitor.figures import Period
from ui.widgets.date_edit import DateEdit

FIRST_YEAR, LAST_YEAR = 2000, 2100


class PeriodKind(Enum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


class PeriodChooser(QWidget):
    """`period()` is the period chosen, or None when the custom dates are the wrong way round."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        now = today()
        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        for kind, text in ((PeriodKind.MONTH, self.tr("Month")), (PeriodKind.QUARTER, self.tr("Quarter")),
                           (PeriodKind.YEAR, self.tr("Year")), (PeriodKind.CUSTOM, self.tr("Other period"))):
            self.kind.addItem(text, kind.value)
        self.year = QSpinBox(self)
        self.year.setObjectName("periodYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(now.year)
        self.month = QComboBox(self)
        self.month.setObjectName("periodMonth")
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number, QLocale.FormatType.LongFormat), number)
        self.month.setCurrentIndex(now.month - 1)
        self.quarter = QComboBox(self)
        self.quarter.setObjectName("periodQuarter")
        for number in range(1, 5):
            self.quarter.addItem(self.tr("Q{number}").format(number=number), number)
        self.quarter.setCurrentIndex((now.month - 1) // 3)
        self.start = DateEdit(self)
        self.start.setObjectName("periodStart")
        self.start.set_value(date(now.year, 1, 1))
        self.end = DateEdit(self)
        self.end.setObjectName("periodEnd")
        self.end.set_value(now)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._labels: dict[QWidget, QLabel] = {}
        for text, field in ((self.tr("&Period:"), self.kind), (self.tr("&Year:"), self.year),
                            (self.tr("&Month:"), self.month), (self.tr("&Quarter:"), self.quarter),
                            (self.tr("Fr&om:"), self.start), (self.tr("&To:"), self.end)):
            label = QLabel(text, self)
            label.setBuddy(field)
            self._labels[field] = label
            layout.addWidget(label)
            layout.addWidget(field)
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.YEAR.value))
        self._show_fields()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.month, self.quarter):
            combo.currentIndexChanged.connect(self.changed)
        self.year.valueChanged.connect(self.changed)
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)

    def chosen_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def period(self) -> Period | None:
        kind, year = self.chosen_kind(), self.year.value()
        if kind is PeriodKind.MONTH:
            return Period.month(year, int(self.month.currentData()))
        if kind is PeriodKind.QUARTER:
            return Period.quarter(year, int(self.quarter.currentData()))
        if kind is PeriodKind.YEAR:
            return Period.year(year)
        start, end = self.start.value(), self.end.value()
        if start is None or end is None or end < start:
            return None
        return Period(start, end)

    def choose_year(self, year: int) -> None:
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.YEAR.value))
        self.year.setValue(year)

    def choose_dates(self, start: date, end: date) -> None:
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.CUSTOM.value))
        self.start.set_value(start)
        self.end.set_value(end)

    def _kind_changed(self) -> None:
        self._show_fields()
        self.changed.emit()

    def _show_fields(self) -> None:
        kind = self.chosen_kind()
        shown = {self.kind: True, self.year: kind is not PeriodKind.CUSTOM, self.month: kind is PeriodKind.MONTH,
                 self.quarter: kind is PeriodKind.QUARTER, self.start: kind is PeriodKind.CUSTOM,
                 self.end: kind is PeriodKind.CUSTOM}
        for field, visible in shown.items():
            field.setVisible(visible)
            self._labels[field].setVisible(visible)

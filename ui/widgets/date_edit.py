"""A date field that accepts dates the way people type them: 15031990, 15-03-1990, 5-3-1990 or 5/3/1990."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from ui.texts.formatting import QT_DATE_FORMAT, from_qdate, to_qdate

EARLIEST = QDate(1900, 1, 1)
LATEST = QDate(2100, 12, 31)
_EMPTY = EARLIEST.addDays(-1)  # the value that shows as empty, see `allow_empty`
_SEPARATORS = "-/. "
_TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_NOT_TAB = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
# Where typing into an empty field starts; only the day, month and year sections typed next count.
_TYPING_START = QDate(2000, 1, 1)


class DateEdit(QDateEdit):
    """dd-MM-yyyy with a calendar popup.

    QDateEdit advances to the next section after a full day or month; a separator typed right after that would
    skip a section ("15-03-1990" became year 3199). A separator is therefore ignored while a whole section is
    selected, and "/", "." and space act as "-".

    Tab and Shift+Tab move to the next or previous field, as everywhere in a form: QDateTimeEdit would walk its
    sections first, and on an empty field it kept the focus for good.

    With `allow_empty` the field starts empty (a required date the user has not entered yet must not look like a
    real one); `value()` is then None until a date is typed or picked.
    """

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self.setDisplayFormat(QT_DATE_FORMAT)
        self.setCalendarPopup(True)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setDateRange(_EMPTY if allow_empty else EARLIEST, LATEST)
        if allow_empty:
            self.setSpecialValueText(self.tr("dd-mm-yyyy"))
            self.setDate(_EMPTY)
            self.dateChanged.connect(self._show_placeholder_look)
            self._show_placeholder_look()

    def _show_placeholder_look(self) -> None:
        """The empty field's "dd-mm-jjjj" is a hint, so it has the placeholder colour of the palette, not the
        colour of a typed date."""
        palette = self.palette()
        role = QPalette.ColorRole.PlaceholderText if self.date() == _EMPTY else QPalette.ColorRole.Text
        palette.setColor(QPalette.ColorRole.Text, QPalette().color(role))
        self.lineEdit().setPalette(palette)

    def value(self) -> date | None:
        if self._allow_empty and self.date() == _EMPTY:
            return None
        return from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_EMPTY if self._allow_empty else QDate.currentDate())
        else:
            self.setDate(to_qdate(value))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _TAB_KEYS and not event.modifiers() & _NOT_TAB:
                forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                return QWidget.focusNextPrevChild(self, forward)  # the form's order, not the next section
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in _SEPARATORS:
            if self.lineEdit().hasSelectedText():
                event.accept()
                return
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Minus, event.modifiers(), "-")
        elif text.isdigit() and self._allow_empty and self.date() == _EMPTY:
            self.setDate(_TYPING_START)
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        super().keyPressEvent(event)

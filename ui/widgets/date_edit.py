"""A date field that accepts dates the way people type them: 15031990, 15-03-1990, 5-3-1990 or 5/3/1990."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLineEdit, QStyle, QToolButton, QWidget

from ui.icons import Icon, icon
from ui.texts.formatting import QT_DATE_FORMAT, from_qdate, to_qdate

EARLIEST = QDate(1900, 1, 1)
LATEST = QDate(2100, 12, 31)
_EMPTY = EARLIEST.addDays(-1)  # the value that shows as empty, see `allow_empty`
_SEPARATORS = "-/. "
_TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_NOT_TAB = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_EMPTYING_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
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
    real one); `value()` is then None until a date is typed or picked. Such a field empties again with its clear
    button ("Datum wissen", shown while it holds a date), with Delete, and with Backspace on selected text (as
    after tabbing in); Backspace while typing still takes back one digit.
    """

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self.setDisplayFormat(QT_DATE_FORMAT)
        self.setCalendarPopup(True)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setDateRange(_EMPTY if allow_empty else EARLIEST, LATEST)
        self.clear_button: QToolButton | None = None
        if allow_empty:
            self.setSpecialValueText(self.tr("dd-mm-yyyy"))
            self.setDate(_EMPTY)
            self.clear_button = self._add_clear_button()
            self.dateChanged.connect(self._show_empty_or_not)
            self._show_empty_or_not()

    def _add_clear_button(self) -> QToolButton:
        """The small button at the end of the field that empties it; not in the tab order (Delete does the same
        from the keyboard), like the clear button of a search field."""
        action = QAction(icon(Icon.CLEAR_DATE), self.tr("Clear date"), self)
        action.setToolTip(self.tr("Clear date (Delete)"))
        action.triggered.connect(self.clear_date)
        self.lineEdit().addAction(action, QLineEdit.ActionPosition.TrailingPosition)
        button = next(button for button in self.lineEdit().findChildren(QToolButton) if button.defaultAction() is action)
        button.setObjectName("clearDateButton")
        button.setAccessibleName(self.tr("Clear date"))
        button.setToolTip(action.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def sizeHint(self) -> QSize:
        return self._with_clear_button(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._with_clear_button(super().minimumSizeHint())

    def _with_clear_button(self, size: QSize) -> QSize:
        """`size` widened by what QLineEdit takes for the clear button (icon, its padding and margin), so the
        whole date stays visible beside it."""
        if self.clear_button is None:
            return size
        icon_size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        return QSize(size.width() + icon_size + 6 + icon_size // 4, size.height())

    def _show_empty_or_not(self) -> None:
        """The empty field's "dd-mm-jjjj" is a hint, so it has the placeholder colour of the palette, not the
        colour of a typed date; the clear button shows only when there is a date to clear and it may be changed."""
        empty = self.date() == _EMPTY
        palette = self.palette()
        role = QPalette.ColorRole.PlaceholderText if empty else QPalette.ColorRole.Text
        palette.setColor(QPalette.ColorRole.Text, QPalette().color(role))
        self.lineEdit().setPalette(palette)
        if self.clear_button is not None:
            self.clear_button.defaultAction().setVisible(not empty and self.isEnabled() and not self.isReadOnly())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.EnabledChange, QEvent.Type.ReadOnlyChange):
            self._show_empty_or_not()

    def clear_date(self) -> None:
        """Empty the field (only a field made with `allow_empty` can be empty; others keep their date)."""
        if self._allow_empty:
            self.setDate(_EMPTY)

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
        if self._allow_empty and not self.isReadOnly() and self._empties(event):
            self.clear_date()
            event.accept()
            return
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

    def _empties(self, event: QKeyEvent) -> bool:
        if event.key() not in _EMPTYING_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        return event.key() == Qt.Key.Key_Delete or self.lineEdit().hasSelectedText()

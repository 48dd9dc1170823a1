"""The case register as a table model: all rows in memory, filtered and sorted in Python (a server's register is
paged instead: ui.register.paged_model).

QSortFilterProxyModel calls back into the model per cell and is too slow for search as you type over 20,000
rows; sorting a Python list with a key and filtering with `app.casework.register.apply_filter` is not. The BSN column shows
`mask_bsn` only: the full number never reaches the table (nor its accessibility tree or a screenshot).

The consent badges (app.casework.consent.consent_badges, read in bulk with the rows) are kept by case id beside the rows; a
case without one has Badge.NONE.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.casework.case_warnings import open_warnings
from app.casework.consent import Badge
from app.casework.register import RegisterFilter, RegisterRow, apply_filter
from app.casework.register_search import SearchableRows
from app.casework.search_terms import SearchTerms
from app.domain import STATUS_FLOW, mask_bsn
from ui.register.overview import OverviewFilter
from ui.texts.case_warnings import warning_lines, warning_summary
from ui.texts.formatting import format_date
from ui.texts.labels import label

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    DATE_OF_BIRTH = 1
    BSN = 2
    PRISON = 3
    RELEASE_DATE = 4
    STATUS = 5
    COORDINATOR = 6
    WARNINGS = 7
    CONSENT = 8


def _header(column: Column) -> str:
    headers = {
        Column.NAME: QCoreApplication.translate("RegisterTableModel", "Name"),
        Column.DATE_OF_BIRTH: QCoreApplication.translate("RegisterTableModel", "Date of birth"),
        Column.BSN: QCoreApplication.translate("RegisterTableModel", "BSN"),
        Column.PRISON: QCoreApplication.translate("RegisterTableModel", "PI"),
        Column.RELEASE_DATE: QCoreApplication.translate("RegisterTableModel", "Release date"),
        Column.STATUS: QCoreApplication.translate("RegisterTableModel", "Status"),
        Column.COORDINATOR: QCoreApplication.translate("RegisterTableModel", "Coordinator"),
        Column.WARNINGS: QCoreApplication.translate("RegisterTableModel", "Warnings"),
        Column.CONSENT: QCoreApplication.translate("RegisterTableModel", "Consent"),
    }
    return headers[column]


def _display(row: RegisterRow, column: Column, badge: Callable[[str], Badge]) -> str:
    """A cell's text; the warnings' cell needs the domains' names and is made in `RegisterModelBase.data`."""
    if column is Column.NAME:
        return row.name
    if column is Column.DATE_OF_BIRTH:
        return format_date(row.date_of_birth)
    if column is Column.BSN:
        return mask_bsn(row.bsn)
    if column is Column.PRISON:
        return row.prison
    if column is Column.RELEASE_DATE:
        return format_date(row.release_date)
    if column is Column.STATUS:
        return label(row.status)
    if column is Column.CONSENT:
        return label(badge(row.case_id))
    return row.coordinator


_COLUMN_AT = tuple(Column)  # by position: a tuple look-up per painted cell rather than an Enum call


# Sort keys per column; a row whose key is None (no value) goes last in both directions. The consent column sorts
# by the badge, in this order (ascending): consent in effect first, no basis at all last.
BADGE_ORDER: dict[Badge, int] = {badge: position for position, badge in enumerate(
    (Badge.GIVEN, Badge.PARTIAL, Badge.OTHER_LEGAL_BASIS, Badge.REVOKED, Badge.NONE))}
_SORT_KEYS: dict[Column, Callable[[RegisterRow], Any]] = {
    Column.NAME: lambda row: row.name.casefold(),
    Column.DATE_OF_BIRTH: lambda row: row.date_of_birth,
    Column.BSN: lambda row: mask_bsn(row.bsn) or None,  # sorted as shown, so the order reveals no hidden digit
    Column.PRISON: lambda row: row.prison.casefold() or None,
    Column.RELEASE_DATE: lambda row: row.release_date,
    Column.STATUS: lambda row: STATUS_FLOW.index(row.status),
    Column.COORDINATOR: lambda row: row.coordinator.casefold() or None,
    Column.WARNINGS: lambda row: -open_warnings(row.warnings) or None,  # most open warnings first; hints do not count
}


def _narrows(old_text: str, new_text: str) -> bool:
    """True when every row matching `new_text` surely matches `old_text`, so only the visible rows need a look.

    Holds when text was appended to a search of only letters and spaces (every old word is inside a new one); digits
    are a BSN, found by all nine or the last three only, so a longer run of them is not a narrower search.
    """
    if not new_text.startswith(old_text):
        return False
    return all(ch.isalpha() or ch.isspace() for ch in new_text)


_ROLES_WITH_DATA = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                              Qt.ItemDataRole.AccessibleTextRole})


class RegisterModelBase(QAbstractTableModel):
    """The register's columns over the rows shown (`_visible`) and their consent badges; the register in memory
    (`RegisterTableModel`) and the register paged through a server (ui.register.paged_model) fill them."""

    def __init__(self, parent: QObject | None = None, domain_label: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        self._domain_label = domain_label
        self._visible: list[RegisterRow] = []
        self._badges: dict[str, Badge] = {}

    # Qt model interface

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks about eight roles per cell on every paint; answer the ones without data before any work.
        if role not in _ROLES_WITH_DATA or not index.isValid():
            return None
        row = self._visible[index.row()]
        column = _COLUMN_AT[index.column()]
        if column is Column.WARNINGS:
            if role == Qt.ItemDataRole.DisplayRole:
                return warning_summary(row.warnings, self._domain_label)
            return "\n".join(warning_lines(row.warnings, self._domain_label)) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        return _display(row, column, self.badge)  # the text shown, and the same for a screen reader

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(Column(section))
        return None

    # The register's own interface

    def badge(self, case_id: str) -> Badge:
        return self._badges.get(case_id, Badge.NONE)

    def row_at(self, index: ModelIndex) -> RegisterRow | None:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        return self._visible[index.row()]

    def index_of(self, case_id: str) -> QModelIndex:
        """The index of a visible case (first column), or an invalid index."""
        for position, row in enumerate(self._visible):
            if row.case_id == case_id:
                return self.index(position, 0)
        return QModelIndex()

    @property
    def visible_count(self) -> int:
        """The rows in the table now."""
        return len(self._visible)

    @property
    def found_count(self) -> int:
        """How many cases the search and filters find."""
        return len(self._visible)

    @property
    def more_found(self) -> bool:
        """The search finds more cases than `found_count` (a server counts a search that finds many only so far)."""
        return False


class RegisterTableModel(RegisterModelBase):
    """Keeps all rows and the visible (filtered) rows, both in the current sort order.

    The rows that pass every filter but the search text are kept too (`_unsearched`), while typing changes only the
    text: a keystroke then looks at those (or, when the search narrows, at the visible ones) and only for the text."""

    def __init__(self, parent: QObject | None = None, today: Callable[[], date] = date.today,
                 domain_label: Callable[[str], str] = str) -> None:
        super().__init__(parent, domain_label)
        self._today = today
        self._all: list[RegisterRow] = []
        self._unsearched: tuple[date, SearchableRows] | None = None  # for this day; None: work it out again
        self._found = SearchableRows([])  # what the last search found; `_visible` unless a change came since
        self._filter = RegisterFilter()
        self._overview = OverviewFilter()
        self._sort_column: Column | None = None
        self._descending = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort all rows (so later filters keep the order); selections follow their rows."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_case_ids = [self._visible[index.row()].case_id for index in old_persistent]
        self._sort_column = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._all = self._sorted(self._all)
        self._unsearched = None
        self._visible = self._sorted(self._visible)
        new_rows = {row.case_id: position for position, row in enumerate(self._visible)}
        self.changePersistentIndexList(
            old_persistent,
            [self.index(new_rows[case_id], index.column()) for case_id, index in zip(old_case_ids, old_persistent,
                                                                                    strict=True)],
        )
        self.layoutChanged.emit()

    # The register's own interface

    def set_rows(self, rows: list[RegisterRow], badges: Mapping[str, Badge] | None = None) -> None:
        """All rows, and the consent badge of every case that has one (the rest show Badge.NONE)."""
        self.beginResetModel()
        self._badges = dict(badges or {})
        self._all = self._sorted(rows)
        self._unsearched = None
        self._visible = self._filtered()
        self.endResetModel()

    def set_filter(self, register_filter: RegisterFilter) -> None:
        if register_filter == self._filter:
            return
        old = self._filter
        same_filters = (old.statuses == register_filter.statuses
                        and old.release_within_days == register_filter.release_within_days)
        self.beginResetModel()
        self._filter = register_filter
        if not same_filters:
            self._unsearched = None
        if same_filters and _narrows(old.text, register_filter.text):
            # The visible rows hold every old word already: only a new word needs a look ("pi" → "pi v": "v").
            known = set(old.terms.words)
            new_words = tuple(word for word in register_filter.terms.words if word not in known)
            shown = self._found if self._found.rows is self._visible else SearchableRows(self._visible)
            self._found = shown.found(SearchTerms(words=new_words))
            self._visible = self._found.rows
        else:
            self._visible = self._filtered()
        self.endResetModel()

    def set_overview(self, overview: OverviewFilter) -> None:
        """The back office's filters (coordinator, PI, target group, open warnings), on top of `set_filter`."""
        if overview == self._overview:
            return
        self.beginResetModel()
        self._overview = overview
        self._unsearched = None
        self._visible = self._filtered()
        self.endResetModel()

    def upsert_row(self, row: RegisterRow, badge: Badge | None = None) -> None:
        """Add a new row or replace the one with the same case id (and its badge, when given); the filter and
        sort order stay."""
        if badge is not None:
            self._badges[row.case_id] = badge
        rows = list(self._all)
        position = next((i for i, r in enumerate(rows) if r.case_id == row.case_id), None)
        if position is None:
            rows.append(row)
        else:
            rows[position] = row
        self._all = self._sorted(rows)
        self._unsearched = None
        self._replace_visible(self._filtered(), row.case_id)

    def replace_rows(self, changed: list[RegisterRow], removed: set[str], badges: Mapping[str, Badge]) -> None:
        """Many rows at once (a list of notifications read in, cases handed over): one sort and one reset rather
        than one per row, which at 20,000 rows would hold the GUI for seconds."""
        self._badges.update(badges)
        for case_id in removed:
            self._badges.pop(case_id, None)
        by_id = {row.case_id: row for row in changed}
        rows = [by_id.pop(row.case_id, row) for row in self._all if row.case_id not in removed]
        rows.extend(by_id.values())
        self.beginResetModel()
        self._all = self._sorted(rows)
        self._unsearched = None
        self._visible = self._filtered()
        self.endResetModel()

    def remove_row(self, case_id: str) -> None:
        """Forget a row whose case no longer exists."""
        self._all = [r for r in self._all if r.case_id != case_id]
        self._unsearched = None
        self._badges.pop(case_id, None)
        self._replace_visible([r for r in self._visible if r.case_id != case_id], case_id)

    def rows_of(self, case_ids: Iterable[str]) -> dict[str, RegisterRow]:
        """The rows of `case_ids` that the register holds (filtered out or not), by case id."""
        wanted = set(case_ids)
        return {row.case_id: row for row in self._all if row.case_id in wanted}

    def all_rows(self) -> list[RegisterRow]:
        return list(self._all)

    @property
    def total_count(self) -> int:
        return len(self._all)

    # Helpers

    def _filtered(self) -> list[RegisterRow]:
        """Every row that passes the filters and the search."""
        return self._searched(self._unsearched_rows())

    def _unsearched_rows(self) -> SearchableRows:
        """The rows that pass every filter but the search text (the release window counts from today), kept
        with their search keys: every keystroke that does not narrow the search goes through them."""
        today = self._today()
        if self._unsearched is None or self._unsearched[0] != today:
            shown = apply_filter(self._all, replace(self._filter, text=""), today)
            if not self._overview.is_empty:
                overview = self._overview
                shown = [row for row in shown if overview.matches(row)]
            self._unsearched = (today, SearchableRows(shown))
        return self._unsearched[1]

    def _searched(self, rows: SearchableRows) -> list[RegisterRow]:
        """Those of `rows` that the search text finds."""
        self._found = rows.found(self._filter.terms)
        return self._found.rows

    def _sorted(self, rows: list[RegisterRow]) -> list[RegisterRow]:
        if self._sort_column is None:
            return list(rows)
        key = self._sort_key(self._sort_column)
        # Each row's key worked out once (100,000 rows at unlock), and positions sorted: no new object per row.
        values = [key(row) for row in rows]
        with_value = [position for position, value in enumerate(values) if value is not None]
        with_value.sort(key=values.__getitem__, reverse=self._descending)
        return [rows[position] for position in with_value] + [row for row, value in zip(rows, values, strict=True)
                                                                if value is None]

    def _sort_key(self, column: Column) -> Callable[[RegisterRow], Any]:
        if column is Column.CONSENT:
            badges, none = self._badges, BADGE_ORDER[Badge.NONE]
            return lambda row: BADGE_ORDER[badges[row.case_id]] if row.case_id in badges else none
        return _SORT_KEYS[column]

    def _replace_visible(self, visible: list[RegisterRow], case_id: str) -> None:
        """Update one row in place when it keeps its place; otherwise reset (the view restores its selection)."""
        old_position = next((i for i, r in enumerate(self._visible) if r.case_id == case_id), None)
        new_position = next((i for i, r in enumerate(visible) if r.case_id == case_id), None)
        if old_position is not None and old_position == new_position and len(visible) == len(self._visible):
            self._visible = visible
            self.dataChanged.emit(self.index(old_position, 0), self.index(old_position, len(Column) - 1))
            return
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()

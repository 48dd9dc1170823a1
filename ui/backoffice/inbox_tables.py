"""The lists of the Notifications screen: the inbox of notifications without a coordinator (with their two terms),
each coordinator's workload, and how many cases each laptop reported carrying."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from app.backoffice.assignment import InboxItem, Workload
from app.backoffice.identity_review import ReviewItem
from app.casework.cases import ClientData
from app.sync.device import Caseload
from ui.texts.formatting import format_date
from ui.texts.sync import local_date
from ui.widgets.simple_table import SelectionMode, SimpleTable, table_item

OVERDUE_COLOUR = "#b00020"


class _Table(SimpleTable):
    def __init__(self, headers: list[str], stretch: int, parent: QWidget | None,
                 selection: SelectionMode = SelectionMode.NoSelection) -> None:
        super().__init__(headers, stretch, parent=parent, selection=selection)

    def _item(self, text: str, *, number: bool = False, tip: str = "") -> QTableWidgetItem:
        return table_item(text, number=number, tip=tip or text)


def _mark(item: QTableWidgetItem) -> None:
    """Red and bold: a term that has passed."""
    item.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
    font = item.font()
    font.setBold(True)
    item.setFont(font)


class InboxTable(_Table):
    """Notifications waiting for a coordinator, oldest start of detention first; several may be selected."""

    NAME, BSN, PRISON, START, NOTIFIED, ON_TIME, INFORMATION_DUE = range(7)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__([
            QCoreApplication.translate("InboxTable", "Name"), QCoreApplication.translate("InboxTable", "BSN"),
            QCoreApplication.translate("InboxTable", "PI"), QCoreApplication.translate("InboxTable", "Start of detention"),
            QCoreApplication.translate("InboxTable", "Notified on"),
            QCoreApplication.translate("InboxTable", "Notified within 2 working days"),
            QCoreApplication.translate("InboxTable", "Information by")],
            stretch=self.NAME, parent=parent, selection=SelectionMode.ExtendedSelection)
        self._today = today
        self._items: list[InboxItem] = []

    def show_items(self, items: list[InboxItem]) -> None:
        """Show `items`; the cases selected before stay selected when they are still there."""
        selected = set(self.selected_case_ids())
        self._items = list(items)
        self.setRowCount(len(items))
        today = self._today()
        for row, item in enumerate(items):
            self.setItem(row, self.NAME, self._item(item.name))
            self.setItem(row, self.BSN, self._item(item.masked_bsn))
            self.setItem(row, self.PRISON, self._item(item.prison))
            self.setItem(row, self.START, self._item(format_date(item.detention_start)))
            self.setItem(row, self.NOTIFIED, self._item(format_date(item.notified_on)))
            self.setItem(row, self.ON_TIME, self._on_time(item))
            self.setItem(row, self.INFORMATION_DUE, self._information_due(item, today))
        self.clearSelection()
        for row, item in enumerate(items):
            if item.case_id in selected:
                self.selectionModel().select(
                    self.model().index(row, 0),
                    self.selectionModel().SelectionFlag.Select | self.selectionModel().SelectionFlag.Rows)

    def _on_time(self, item: InboxItem) -> QTableWidgetItem:
        if item.notified_on is None:
            return self._item("—")
        due = format_date(item.notification_due)
        if item.notified_late:
            cell = self._item(QCoreApplication.translate("InboxTable", "Late"), tip=QCoreApplication.translate(
                "InboxTable", "The prison should have notified by {date}").format(date=due))
            _mark(cell)
            return cell
        return self._item(QCoreApplication.translate("InboxTable", "On time"), tip=QCoreApplication.translate(
            "InboxTable", "Notified by {date}, as the prison should").format(date=due))

    def _information_due(self, item: InboxItem, today: date) -> QTableWidgetItem:
        due = format_date(item.information_due)
        if item.information_overdue(today):
            cell = self._item(due, tip=QCoreApplication.translate(
                "InboxTable", "Overdue: the information should have been exchanged by {date}").format(date=due))
            _mark(cell)
            return cell
        return self._item(due, tip=QCoreApplication.translate(
            "InboxTable", "Exchange the information with the prison by {date} (5 working days)").format(date=due))

    def inbox_items(self) -> list[InboxItem]:
        return list(self._items)

    def overdue_count(self) -> int:
        """How many shown notifications are past the date to exchange information."""
        today = self._today()
        return sum(item.information_overdue(today) for item in self._items)

    def selected_case_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self._items[row].case_id for row in rows if row < len(self._items)]


class WorkloadTable(_Table):
    """Every coordinator with their open cases, of which still a notification."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            QCoreApplication.translate("WorkloadTable", "Coordinator"),
            QCoreApplication.translate("WorkloadTable", "Open cases"),
            QCoreApplication.translate("WorkloadTable", "Of which notifications")], stretch=0, parent=parent)

    def show_workloads(self, loads: list[Workload]) -> None:
        self.setRowCount(len(loads))
        for row, load in enumerate(loads):
            self.setItem(row, 0, self._item(load.coordinator))
            self.setItem(row, 1, self._item(str(load.open_cases), number=True))
            self.setItem(row, 2, self._item(str(load.notifications), number=True))


class LaptopTable(_Table):
    """Per laptop, the number of cases its latest bundle said it carries; a laptop over the policy's limit is
    marked, because a lost laptop then exposes more people than the municipality accepts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            QCoreApplication.translate("LaptopTable", "Laptop"), QCoreApplication.translate("LaptopTable", "Cases"),
            QCoreApplication.translate("LaptopTable", "Reported on"),
            QCoreApplication.translate("LaptopTable", "Limit")], stretch=0, parent=parent)

    def show_caseloads(self, loads: list[Caseload], limit: int | None) -> None:
        self.setRowCount(len(loads))
        for row, load in enumerate(loads):
            over = load.over(limit)
            self.setItem(row, 0, self._item(load.peer.label))
            cases = self._item(f"⚠ {load.cases}" if over else str(load.cases), number=True, tip=(
                QCoreApplication.translate("LaptopTable", "More than the {limit} cases the policy allows on one laptop: hand cases over or close them").format(limit=limit)
                if over else ""))
            if over:
                _mark(cases)
            self.setItem(row, 1, cases)
            self.setItem(row, 2, self._item(format_date(local_date(load.reported_at))))
            self.setItem(row, 3, self._item(str(limit) if limit is not None else "—", number=True))


class ReviewTable(_Table):
    """Notifications whose BSN is a known client's, with another name or date of birth: the known client beside
    the person as notified; one is chosen to decide on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([QCoreApplication.translate("InboxTables", "Known client"),
                          QCoreApplication.translate("InboxTables", "In the notification"),
                          QCoreApplication.translate("InboxTables", "PI"),
                          QCoreApplication.translate("InboxTables", "Start of detention"),
                          QCoreApplication.translate("InboxTables", "From")], 1, parent, SelectionMode.SingleSelection)
        self._items: dict[str, ReviewItem] = {}

    def show_items(self, items: list[ReviewItem]) -> None:
        self._items = {item.review_id: item for item in items}
        self.show_rows([([_person(item.known), _person(item.notified), item.detention.prison,
                          format_date(item.detention.start_date),
                          QCoreApplication.translate("InboxTables", "{file}, line {line}").format(
                              file=item.source, line=item.line)], item.review_id) for item in items])

    def selected_item(self) -> ReviewItem | None:
        key = self.selected_key()
        return self._items.get(key) if isinstance(key, str) else None


def _person(client: ClientData) -> str:
    """"Noël François van 't Hek-Müller, 14-03-1985"."""
    name = " ".join(part for part in (client.given_names, client.surname_prefix, client.surname) if part)
    return f"{name}, {format_date(client.date_of_birth)}"

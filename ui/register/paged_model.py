"""The register of a server's back office as a table model: a page at a time (app.casework.register_pages).

Searching, filtering and sorting ask the server for the first page again; scrolling to the end asks for the next
(Qt's canFetchMore/fetchMore). Every read runs off the GUI thread; an answer to a question that was since replaced
(the user typed on) is dropped. When others change cases, the rows read so far are read again in one go, so the
list follows without losing its place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.casework.register_pages import (
    PAGE_SIZE,
    FirstPage,
    PageCursor,
    RegisterPage,
    RegisterQuery,
    SortKey,
    first_page,
    read_page,
)
from ui import dialogs
from ui.context import WorkspaceContext
from ui.register.model import Column, ModelIndex, RegisterModelBase

SORT_KEYS: dict[Column, SortKey] = {
    Column.NAME: SortKey.NAME, Column.DATE_OF_BIRTH: SortKey.DATE_OF_BIRTH, Column.BSN: SortKey.BSN,
    Column.PRISON: SortKey.PRISON, Column.RELEASE_DATE: SortKey.RELEASE_DATE, Column.STATUS: SortKey.STATUS,
    Column.COORDINATOR: SortKey.COORDINATOR, Column.WARNINGS: SortKey.WARNINGS,
}  # consent is worked out per case in Python, so the server cannot order by it


class PagedRegisterModel(RegisterModelBase):
    """The rows read so far of the current query, and where the next page starts."""

    loaded = Signal()  # a first page (after a new query, or a refresh) is shown

    def __init__(self, context: WorkspaceContext, screen: QWidget, domain_label: Callable[[str], str] = str) -> None:
        super().__init__(screen, domain_label)
        self._context, self._screen = context, screen
        self._query = RegisterQuery(sort=SortKey.NAME)
        self._after: PageCursor | None = None
        self._few = False  # the query finds a small part of the register (app.casework.register_pages.FEW)
        self._question = 0  # raised with every new query; answers to an older one are dropped
        self._loading = False  # the screen asked to read (`reload`); until then a query is only kept (an account
        # that may not read cases has a register screen too, and filters and the sort order are set as it is built)
        self._fetching = False
        self._found = 0
        self._more_found = False
        self._total = 0

    # Qt's paging

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._after is not None and not self._fetching

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent) or self._context.workspace.is_locked:
            return
        self._fetching = True
        query, after, question = self._query, self._after, self._question
        workspace, key_domains = self._context.workspace, self._key_domains()
        few = self._few
        self._context.operations.read(self._screen, lambda _progress: read_page(
            workspace, query, key_domains, after, today=date.today(), few=few)).success(
            lambda page: self._append(question, page)).failure(self._failed).run()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column))
        if key is not None:
            self.set_query(replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    # The register's own interface

    def set_query(self, query: RegisterQuery) -> None:
        """Show the first page of `query` (its filters, and the current order when it names none)."""
        query = replace(query, sort=self._query.sort, descending=self._query.descending) \
            if query.sort is None else query
        if query != self._query:
            self._query = query
            if self._loading:
                self.reload(counting_all=False)

    def reload(self, at_least: int = PAGE_SIZE, counting_all: bool = True) -> None:
        """Read the first page again (the first `at_least` rows: as many as were read, after others' changes), and
        count the whole register too unless only the query changed."""
        if self._context.workspace.is_locked:
            return
        self._loading = True
        self._question += 1
        self._fetching = True
        query, question = self._query, self._question
        workspace, key_domains = self._context.workspace, self._key_domains()
        total = None if counting_all else self._total
        self._context.operations.read(self._screen, lambda _progress: first_page(
            workspace, query, key_domains, at_least, total=total)).success(
            lambda first: self._show(question, first)).failure(self._failed).run()

    def refresh(self) -> None:
        """Others changed cases: read the rows read so far again, keeping the query."""
        if self._loading:
            self.reload(max(PAGE_SIZE, len(self._visible)))

    @property
    def found_count(self) -> int:
        """How many cases the query finds (more than `visible_count` until every page is read)."""
        return self._found

    @property
    def more_found(self) -> bool:
        """The query finds more than `found_count` (app.casework.register_pages.COUNT_UP_TO)."""
        return self._more_found

    @property
    def total_count(self) -> int:
        return self._total

    # Helpers

    def _key_domains(self) -> frozenset[str]:
        return self._context.catalogue.active().key_domain_ids

    def _show(self, question: int, first: FirstPage) -> None:
        if question != self._question:
            return
        self._fetching = False
        self.beginResetModel()
        self._visible = list(first.page.rows)
        self._badges = dict(first.page.badges)
        self._after, self._few = first.page.after, first.few
        self._found, self._more_found, self._total = first.found, first.more_found, first.total
        self.endResetModel()
        self.loaded.emit()

    def _append(self, question: int, page: RegisterPage) -> None:
        if question != self._question:
            return
        self._fetching = False
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self._visible), len(self._visible) + len(page.rows) - 1)
            self._visible.extend(page.rows)
            self._badges.update(page.badges)
            self.endInsertRows()
        self._after = page.after

    def _failed(self, error: Exception) -> None:
        self._fetching = False
        dialogs.show_error(self._screen, error)


"""Cleaning up a coordinator's laptop: which cases leave it now, which wait and why, and the purge itself.

A case leaves the laptop when it was closed more than two weeks ago or handed to another coordinator, and only once
the back office confirmed holding it as it is here (app.privacy.purge). The lists name cases by their short id, never by
the client's name: what goes and what waits is a matter of dates and confirmations, not of who. The purge runs on
the worker; the register drops the purged cases through the operation's Changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.casework.cases import Changes
from app.privacy.purge import PurgeItem, PurgeOverview, PurgeReason, Waiting, purge, purge_overview
from ui import dialogs
from ui.context import WorkspaceContext
from ui.operations import Progress
from ui.texts.formatting import format_date
from ui.texts.sync import short_id
from ui.widgets.buttons import push_button
from ui.widgets.list_dialog import ListDialog
from ui.widgets.simple_table import SimpleTable


class PurgeDialog(ListDialog):
    """Lists the cases that leave now and those that wait; "Clean up now" purges. Reads itself when made."""

    purged = Signal(object)  # the tuple of purged case ids

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Clean up this laptop"), parent)
        self.setObjectName("purgeDialog")
        self._working = False
        self._done_text = ""  # what the last purge did, kept above the plan read after it
        self.due_table = SimpleTable([self.tr("Case"), self.tr("Why it leaves")], 1,
                                     self.tr("Cases that leave now"), self)
        self.due_table.setObjectName("purgeDueTable")
        self.waiting_table = SimpleTable([self.tr("Case"), self.tr("Why it stays for now")], 1,
                                         self.tr("Cases that wait"), self)
        self.waiting_table.setObjectName("purgeWaitingTable")
        self.due_box, self.waiting_box = self._boxed(self.due_table), self._boxed(self.waiting_table)
        tables = QVBoxLayout()
        tables.addWidget(self.due_box, 1)
        tables.addWidget(self.waiting_box, 1)
        self.purge_button = push_button(self, self.tr("&Clean up now"), "purgeNowButton", self.purge_now)
        self.purge_button.setEnabled(False)
        self.lay_out(self.tr(
            "A case leaves this laptop when it was closed more than two weeks ago or was handed to another "
            "coordinator, and only after the back office confirmed it holds the case as it is here. The back "
            "office keeps every case; this only removes the copy on this laptop."), tables, "purgeMessage",
            self.tr("Loading…"), QSize(680, 520), self.purge_button)
        self.load()

    def _boxed(self, table: SimpleTable) -> QGroupBox:
        box = QGroupBox(self)
        QVBoxLayout(box).addWidget(table)
        return box

    @property
    def message(self) -> QLabel:
        """The status line: what the last purge did, or that nothing can leave now."""
        return self.status

    def load(self) -> None:
        """Read the plan again; `loaded` follows."""
        workspace = self._context.workspace
        self.read_rows(lambda: purge_overview(workspace), self._show)

    def _show(self, overview: PurgeOverview) -> str | None:
        plan = overview.plan
        self.due_box.setTitle(self.tr("Leaves this laptop now: {count}").format(count=len(plan.due)))
        self.waiting_box.setTitle(self.tr("Stays for now: {count}").format(count=len(plan.waiting)))
        self.due_table.show_rows([([short_id(item.case_id), self._why_due(item, overview.closed_on)], item.case_id)
                                  for item in plan.due], select_first=False)
        self.waiting_table.show_rows([([short_id(item.case_id), self._why_waiting(item, overview.closed_on)],
                                       item.case_id) for item in plan.waiting], select_first=False)
        self.purge_button.setEnabled(bool(plan.due) and not self._working)
        if self._working:
            return None
        return self._done_text or ("" if plan.due else self.tr("Nothing can leave this laptop now."))

    def _why_due(self, item: PurgeItem, closed_on: dict[str, date]) -> str:
        if item.reason is PurgeReason.REASSIGNED:
            return self.tr("handed over to another coordinator")
        closed = closed_on.get(item.case_id)
        return self.tr("closed on {date}").format(date=format_date(closed)) if closed else self.tr("closed")

    def _why_waiting(self, item: PurgeItem, closed_on: dict[str, date]) -> str:
        if item.waiting is Waiting.RECENTLY_CLOSED:
            return self.tr("closed on {closed}; leaves on {date}").format(
                closed=format_date(closed_on.get(item.case_id)), date=format_date(item.due_on))
        if item.reason is PurgeReason.REASSIGNED:
            return self.tr("handed over; waiting for the back office to confirm (exchange bundles first)")
        return self.tr("closed; waiting for the back office to confirm (exchange bundles first)")

    def purge_now(self) -> None:
        """Ask once more, then remove every case that is due (on the worker), and show what was done."""
        if not self.purge_button.isEnabled() or not dialogs.ask_yes_no(self, self.tr(
                "Remove the cases listed under 'Leaves this laptop now' from this laptop? The back office keeps "
                "them.")):
            return
        workspace = self._context.workspace
        self._working = True
        self.purge_button.setEnabled(False)
        self.message.setText(self.tr("Cleaning up…"))

        def work(_progress: Progress) -> Changes:
            return Changes(case_ids=purge(workspace))

        def done(changes: Changes) -> None:
            self._working = False
            count = len(changes.case_ids)
            self._done_text = self.tr("%n cases were removed from this laptop.", "", count)
            self.message.setText(self._done_text)
            self.purged.emit(changes.case_ids)
            self.load()

        def failed(error: Exception) -> None:
            self._working = False
            self.message.clear()
            dialogs.show_error(self, error)
            self.load()

        self._context.operations.write(self, work).initiator(self).success(done).failure(failed).run()

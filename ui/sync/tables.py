"""The two lists of the Synchronisation screen: the registered devices and the open conflicts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFontDatabase, QPalette
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from app.sync.conflicts import Conflict
from app.sync.device import Peer
from ui.texts.formatting import format_date
from ui.texts.sync import device_kind_label, field_label, local_date, peer_status_text, short_id, table_label
from ui.widgets.simple_table import SimpleTable

FINGERPRINT_COLUMN = 3


def _set_row(table: SimpleTable, row: int, texts: list[str], key: object, dimmed: bool = False) -> None:
    """One row of cells carrying `key`; a revoked device's row is greyed (in the readable hint grey)."""
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(text)
        if dimmed:
            item.setForeground(QBrush(table.palette().color(QPalette.ColorRole.PlaceholderText)))
        table.setItem(row, column, item)


class PeerTable(SimpleTable):
    """Name, kind, municipality, fingerprint, date added and status of every registered device."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            QCoreApplication.translate("PeerTable", "Name"), QCoreApplication.translate("PeerTable", "Kind"),
            QCoreApplication.translate("PeerTable", "Municipality"), QCoreApplication.translate("PeerTable", "Fingerprint"),
            QCoreApplication.translate("PeerTable", "Added on"), QCoreApplication.translate("PeerTable", "Status")],
            stretch=5, parent=parent)
        self._peers: dict[str, Peer] = {}

    def show_peers(self, peers: list[Peer]) -> None:
        selected = self.selected_peer()
        self._peers = {peer.device_id: peer for peer in peers}
        self.setRowCount(len(peers))
        for row, peer in enumerate(peers):
            _set_row(self, row, [peer.label, device_kind_label(peer.kind), peer.municipality, peer.fingerprint,
                                format_date(local_date(peer.enrolled_at)), peer_status_text(peer)],
                          peer.device_id, dimmed=peer.revoked)
            fingerprint = self.item(row, FINGERPRINT_COLUMN)
            if fingerprint is not None:  # fixed width, so groups line up as they are read out
                font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
                font.setPointSizeF(self.font().pointSizeF())
                fingerprint.setFont(font)
        if selected is not None and selected.device_id in self._peers:
            self.selectRow(list(self._peers).index(selected.device_id))

    def selected_peer(self) -> Peer | None:
        key = self.selected_key()
        return self._peers.get(str(key)) if key is not None else None

    def peers(self) -> list[Peer]:
        return list(self._peers.values())


class ConflictTable(SimpleTable):
    """Case, kind of record, fields, from which device and when, of every open conflict (oldest first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            QCoreApplication.translate("ConflictTable", "Case"), QCoreApplication.translate("ConflictTable", "Kind of data"),
            QCoreApplication.translate("ConflictTable", "Fields"), QCoreApplication.translate("ConflictTable", "From device"),
            QCoreApplication.translate("ConflictTable", "Read in on")], stretch=2, parent=parent)
        self._conflicts: dict[str, Conflict] = {}

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self._conflicts = {conflict.id: conflict for conflict in conflicts}
        self.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            _set_row(self, row, [
                short_id(conflict.case_id) if conflict.case_id else "—", table_label(conflict.table),
                ", ".join(field_label(name) for name in conflict.fields), conflict.peer,
                format_date(local_date(conflict.created_at))], conflict.id)
        if conflicts and not self.selectionModel().hasSelection():
            self.selectRow(0)

    def selected_conflict(self) -> Conflict | None:
        key = self.selected_key()
        return self._conflicts.get(str(key)) if key is not None else None

    def conflicts(self) -> list[Conflict]:
        return list(self._conflicts.values())

"""A cell whose text does not fit its column shows the whole text as its tooltip; a cell that fits shows none."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

ModelIndex = QModelIndex | QPersistentModelIndex
_MARGIN = 8  # the cell's own padding on both sides


class CutTextTooltipDelegate(QStyledItemDelegate):
    """Tooltips for cut cells; a cell with a tooltip of its own in the model (the warnings) keeps it."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: ModelIndex) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        shown = own or (text if option.fontMetrics.horizontalAdvance(text) + _MARGIN > option.rect.width() else "")
        if shown:
            QToolTip.showText(event.globalPos(), str(shown), view)
        else:
            QToolTip.hideText()
        return True

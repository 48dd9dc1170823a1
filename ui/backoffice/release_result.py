"""What reading in a list of ends of detention and transfers did: the counts (release dates set, of which moved on to
aftercare, new PIs, already done), the rows that changed nothing and wait for a person to check (with why), and the
refused rows with their column and reason, as the notifications' result shows them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.backoffice.column_mapping import ColumnMapping
from app.backoffice.releases import ReleaseImport
from ui.backoffice.list_result import line_table, plain_label, refused_rows, source_line
from ui.texts.notifications import unused_columns_line
from ui.texts.releases import review_reason, summary_lines
from ui.widgets.simple_table import SimpleTable

MAX_ROWS_WITHOUT_SCROLLING = 8


class ReleaseResultDialog(QDialog):
    def __init__(self, result: ReleaseImport, file_name: str, mapping: ColumnMapping,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseResult")
        self.setWindowTitle(self.tr("Releases and transfers read in"))
        self.result_ = result
        layout = QVBoxLayout(self)
        layout.addWidget(self._text(source_line(file_name, result.mapping), "sourceLine"))
        self.summary_label = self._text("\n".join(summary_lines(result)), "releaseSummary")
        layout.addWidget(self.summary_label)
        self.unused_label = self._text(unused_columns_line(result.unused_columns), "unusedColumns")
        self.unused_label.setVisible(bool(result.unused_columns))
        layout.addWidget(self.unused_label)

        self.review_label = self._text(self.tr("Rows to check: nothing was changed for them. Correct the list or the case file, then read the list in again."), "reviewLabel")
        self.review_table = self._table([self.tr("Line"), self.tr("Row"), self.tr("Why")], self.tr("Rows to check"),
                                        "reviewRows", [(str(row.line), str(row.record), _sentence(review_reason(row.review)))
                                                       for row in result.reviews])
        self.review_label.setVisible(bool(result.reviews))
        layout.addWidget(self.review_label)
        layout.addWidget(self.review_table, 1)

        self.refused_label = self._text(self.tr("Refused rows: {count}. Correct them in the list and read it in again; rows done already are not changed twice.").format(
            count=len(result.refused)) if result.refused else self.tr("No rows were refused."), "refusedCount")
        layout.addWidget(self.refused_label)
        self.refused_table = self._table(
            [self.tr("Line"), self.tr("Row"), self.tr("Column"), self.tr("Reason")], self.tr("Refused rows"),
            "refusedRows", refused_rows(result.refused, mapping))
        layout.addWidget(self.refused_table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    def _table(self, headers: list[str], name: str, object_name: str, rows: Sequence[Sequence[str]]) -> SimpleTable:
        return line_table(self, headers, name, object_name, rows, MAX_ROWS_WITHOUT_SCROLLING)

    def _text(self, text: str, name: str = "") -> QLabel:
        return plain_label(self, text, name)


def _sentence(text: str) -> str:
    """A reason as a cell of its own starts with a capital (the command line puts it after a colon)."""
    return text[:1].upper() + text[1:]

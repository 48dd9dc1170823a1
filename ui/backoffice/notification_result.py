"""What reading in a list of notifications did: how many new cases (of which for people already known), the lines
left out as duplicates, and every refused row with its column and reason, so the list can be corrected at the
source and read in again (rows read in before then count as duplicates)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.backoffice.column_mapping import ColumnMapping
from app.backoffice.notifications import NotificationImport
from ui.backoffice.list_result import line_table, plain_label, refused_rows, source_line
from ui.texts.notifications import line_numbers, name_check_line, unused_columns_line

MAX_ROWS_WITHOUT_SCROLLING = 12


class NotificationResultDialog(QDialog):
    def __init__(self, result: NotificationImport, file_name: str, parent: QWidget | None = None,
                 mapping: ColumnMapping | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationResult")
        self.setWindowTitle(self.tr("Notifications read in"))
        self.result_ = result
        layout = QVBoxLayout(self)
        layout.addWidget(self._text(source_line(file_name, result.mapping), "sourceLine"))
        self.imported_label = self._text(self.tr("New cases in the inbox: {count} (of which for people already known: {known})").format(
            count=result.to_inbox, known=result.known_clients), "importedCount")
        font = self.imported_label.font()
        font.setBold(True)
        self.imported_label.setFont(font)
        layout.addWidget(self.imported_label)
        self.duplicates_label = self._text(self.tr("Already read in and skipped: %n lines (lines {lines}).", "", len(result.duplicates)).format(
            lines=line_numbers(result.duplicates)) if result.duplicates else self.tr("None of the lines had been read in before."),
            "duplicateLines")
        layout.addWidget(self.duplicates_label)
        self.review_label = self._text(self.tr("To check in the inbox: %n lines (lines {lines}). Their BSN belongs to a known client with another name or date of birth; nothing was changed until you decide.", "", len(result.reviews)).format(
            lines=line_numbers(result.reviews)), "reviewLines")
        self.review_label.setVisible(bool(result.reviews))
        layout.addWidget(self.review_label)
        self.history_label = self._text(self.tr("Registered as history, released before today: %n lines (lines {lines}).", "", len(result.history)).format(
            lines=line_numbers(result.history)), "historyLines")
        self.history_label.setVisible(bool(result.history))
        layout.addWidget(self.history_label)
        self.names_label = self._text("\n".join(
            [self.tr("Names read from one column that you should check:")]
            + [name_check_line(check) for check in result.name_checks]), "nameChecks")
        self.names_label.setVisible(bool(result.name_checks))
        layout.addWidget(self.names_label)
        self.unused_label = self._text(unused_columns_line(result.unused_columns), "unusedColumns")
        self.unused_label.setVisible(bool(result.unused_columns))
        layout.addWidget(self.unused_label)
        self.refused_label = self._text(self.tr("Refused rows: {count}. Correct them in the list and read it in again; rows read in already are not added twice.").format(
            count=len(result.refused)) if result.refused else self.tr("No rows were refused."), "refusedCount")
        layout.addWidget(self.refused_label)
        self.refused_table = line_table(self, [self.tr("Line"), self.tr("Row"), self.tr("Column"), self.tr("Reason")],
                                        self.tr("Refused rows"), "refusedRows", refused_rows(result.refused, mapping),
                                        MAX_ROWS_WITHOUT_SCROLLING)
        layout.addWidget(self.refused_table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    def _text(self, text: str, name: str = "") -> QLabel:
        return plain_label(self, text, name)

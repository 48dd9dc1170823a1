"""The mapping step of reading in a list whose headers are not recognised: the first 20 rows as they are, per field
a choice of the column that holds it (or the whole name in one column), a live preview of how the rows will be read
and which would be refused, and the name to save the mapping under ("Injus einde detentie"). One dialog for every
kind of list (app.backoffice.list_kind: notifications, releases and transfers): the kind says which fields are
offered, which are needed and how the preview reads a row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.backoffice.column_guess import guess_columns
from app.backoffice.column_mapping import ColumnMapping, MappingStore
from app.backoffice.list_kind import NAME_PARTS, ListKind
from app.backoffice.list_preview import PREVIEW_ROWS, Preview, preview
from ui.texts.formatting import format_date
from ui.texts.messages import error_text
from ui.texts.notifications import column_header, row_reason, unused_columns_line
from ui.widgets.simple_table import SimpleTable, table_item


def field_label(name: str) -> str:
    labels = {
        "full_name": QCoreApplication.translate("MappingDialog", "Whole name in one column"),
        "surname": QCoreApplication.translate("MappingDialog", "Surname"),
        "surname_prefix": QCoreApplication.translate("MappingDialog", "Prefix (tussenvoegsel)"),
        "given_names": QCoreApplication.translate("MappingDialog", "Given names"),
        "date_of_birth": QCoreApplication.translate("MappingDialog", "Date of birth"),
        "bsn": QCoreApplication.translate("MappingDialog", "BSN"),
        "prison": QCoreApplication.translate("MappingDialog", "Prison (PI)"),
        "detention_start": QCoreApplication.translate("MappingDialog", "Start of detention"),
        "expected_release": QCoreApplication.translate("MappingDialog", "Expected release"),
        "notified_on": QCoreApplication.translate("MappingDialog", "Date of notification"),
        "actual_release": QCoreApplication.translate("MappingDialog", "Actual release"),
        "new_prison": QCoreApplication.translate("MappingDialog", "New prison (transfer)"),
        "event_date": QCoreApplication.translate("MappingDialog", "Date of the transfer"),
    }
    return labels[name]


def preview_header(name: str) -> str:
    """The preview's short column header of a field."""
    short = {
        "full_name": QCoreApplication.translate("MappingDialog", "Name"),
        "bsn": QCoreApplication.translate("MappingDialog", "BSN"),
        "prison": QCoreApplication.translate("MappingDialog", "PI"),
        "detention_start": QCoreApplication.translate("MappingDialog", "Start"),
        "actual_release": QCoreApplication.translate("MappingDialog", "Released"),
        "new_prison": QCoreApplication.translate("MappingDialog", "New PI"),
        "event_date": QCoreApplication.translate("MappingDialog", "Date"),
    }
    return short.get(name) or field_label(name)


def _example_name(kind: ListKind) -> str:
    if kind.key == "releases":
        return QCoreApplication.translate("MappingDialog", "for example Injus einde detentie")
    return QCoreApplication.translate("MappingDialog", "for example Injus begin detentie")


def _matching_note(kind: ListKind) -> str:
    """What the preview cannot tell: a release or transfer is matched to its case only when the list is read in."""
    if kind.key == "releases":
        return QCoreApplication.translate("MappingDialog", "The case of each row is looked up when the list is read in.")
    return ""


class MappingDialog(QDialog):
    """`chosen` carries the ColumnMapping when the clerk reads the list in with it."""

    chosen = Signal(object)

    def __init__(self, table: list[tuple[int, list[str]]], file_name: str, kind: ListKind, store: MappingStore,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.setWindowTitle(self.tr("Which column holds what? – {file}").format(file=file_name))
        self.kind = kind
        self._store = store
        self._table = table
        self._today = today
        self._headers = table[0][1] if table else []
        intro = QLabel(self.tr("The columns of {file} are not known yet. Choose per item the column that holds it; "
                               "what the column names tell is filled in already, for you to check. The preview "
                               "shows how the rows will be read. Save the choice under a name: the next list with "
                               "the same columns is read with it.").format(file=file_name), self)
        intro.setWordWrap(True)
        fields_box = self._fields_box(kind)

        self.raw_table = SimpleTable(self._headers or [""], max(0, len(self._headers) - 1),
                                     self.tr("The list as it is"), self)
        self.raw_table.setObjectName("rawRows")
        self._fill_raw()
        self._outcome = len(kind.shown) + 1  # the preview's last column
        self.preview_table = SimpleTable(
            [self.tr("Line"), *(preview_header(name) for name in kind.shown), self.tr("Outcome")],
            self._outcome, self.tr("How the rows will be read"), self)
        self.preview_table.setObjectName("previewRows")
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.read_button = self.buttons.addButton(self.tr("&Save and read in"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_button.setObjectName("readWithMapping")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("The first {count} rows of the list").format(count=PREVIEW_ROWS), self))
        right.addWidget(self.raw_table, 1)
        right.addWidget(QLabel(self.tr("How they will be read"), self))
        right.addWidget(self.preview_table, 2)
        right.addWidget(self.summary)
        columns = QHBoxLayout()
        columns.addWidget(fields_box)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self._update()

    def _fields_box(self, kind: ListKind) -> QGroupBox:
        """A column choice per field of the list kind, each with its best guess, and the name to save under."""
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout()
        guessed = guess_columns(self._headers, kind.fields, kind.builtin.columns)
        for name in kind.fields:
            box = QComboBox(self)
            box.setObjectName(f"column_{name}")
            box.setAccessibleName(field_label(name))
            box.addItem(self.tr("(not in the list)"), "")
            for header in self._headers:
                if header.strip():
                    box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(guessed.get(name, ""))))
            box.currentIndexChanged.connect(self._update)
            self.boxes[name] = box
            form.addRow(field_label(name), box)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("mappingName")
        self.name_edit.setAccessibleName(self.tr("Save as"))
        self.name_edit.setPlaceholderText(_example_name(kind))
        self.name_edit.textChanged.connect(self._update)
        form.addRow(self.tr("Save as"), self.name_edit)
        fields_box = QGroupBox(self.tr("Columns"), self)
        fields_box.setLayout(form)
        return fields_box

    def mapping(self) -> ColumnMapping:
        """The mapping as chosen now; the name parts are left out when the whole name is in one column."""
        whole = self._whole_name()
        columns = {name: box.currentData() for name, box in self.boxes.items()
                   if box.currentData() and not (whole and name in NAME_PARTS)}
        return ColumnMapping(self.name_edit.text().strip(), columns)

    def _whole_name(self) -> bool:
        return "full_name" in self.boxes and bool(self.boxes["full_name"].currentData())

    def _fill_raw(self) -> None:
        rows = self._table[1:PREVIEW_ROWS + 1]
        self.raw_table.setRowCount(len(rows))
        for row, (_line, cells) in enumerate(rows):
            for column, cell in enumerate(cells[:len(self._headers)]):
                self.raw_table.setItem(row, column, table_item(cell))

    def _update(self) -> None:
        whole = self._whole_name()
        for name in NAME_PARTS:
            if name in self.boxes:
                self.boxes[name].setEnabled(not whole)
        mapping = self.mapping()
        shown = preview(self._table, mapping, self.kind, self._today)
        refused_name = self._store.name_refused(mapping.name, self.kind) if mapping.name else None
        self._show_preview(shown, mapping)
        summary = self._summary(shown, mapping)
        self.summary.setText(summary if refused_name is None else f"{summary} {error_text(refused_name)}")
        self.read_button.setEnabled(shown.problem is None and bool(mapping.name) and refused_name is None)

    def _show_preview(self, shown: Preview, mapping: ColumnMapping) -> None:
        table = self.preview_table
        table.setRowCount(len(shown.rows))
        for row, item in enumerate(shown.rows):
            values = [str(item.line)] + [""] * len(self.kind.shown)
            if item.read is not None:
                read = item.read.values
                values[1:] = [_cell(read.get(name)) for name in self.kind.shown]
                outcome = self.tr("Read in; check the name") if item.read.check_name else self.tr("Read in")
            else:
                outcome = self.tr("Refused: {column}: {reason}").format(
                    column=column_header(item.field, mapping), reason=row_reason(item.code))
            for column, value in enumerate(values):
                table.setItem(row, column, table_item(value, number=column == 0))
            cell = table_item(outcome)
            if item.read is None or item.read.check_name:  # what the clerk should look at
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            table.setItem(row, self._outcome, cell)

    def _summary(self, shown: Preview, mapping: ColumnMapping) -> str:
        """What is still to choose, or how many of the rows would be refused and which columns are not used."""
        missing = self.kind.missing(mapping)
        if missing:
            return self.tr("Choose a column for: {fields}.").format(
                fields=", ".join(field_label(name) for name in missing))
        if shown.problem is not None:
            return error_text(shown.problem)
        refused = sum(item.read is None for item in shown.rows)
        text = " ".join(filter(None, (self.tr("Of these rows %n would be refused.", "", refused),
                                      _matching_note(self.kind))))
        if shown.unused:
            text += " " + unused_columns_line(shown.unused)
        if not mapping.name:
            text += " " + self.tr("Give the mapping a name to save it.")
        return text

    def _accept(self) -> None:
        self.chosen.emit(self.mapping())
        self.accept()


def _cell(value: str | date | None) -> str:
    if isinstance(value, date):
        return format_date(value)
    return value or ""

"""Notifications (*meldingen*) from the prison system: a CSV or XLSX list read into new cases for the inbox.

Each row is a person entering detention: name, date of birth, BSN, PI, start of detention and expected release.
Rows are checked one by one; bad rows (also a line break, tab or other control character in any cell) are listed with
their line number and reason and left out, good rows are imported in one transaction. The same person with the same
start of detention is a duplicate, in the file or in the workspace, so importing a file again adds nothing. A known
person (same BSN, and the same name and date of birth as far as app.casework.identity tells) gets the new detention
on the client record that exists; a known BSN with another name or date of birth is never applied: the row waits for
review in the inbox (app.backoffice.identity_review).

Which column holds which field is a mapping (app.backoffice.column_mapping); the built-in one knows the Dutch
headers, and a whole name in one column is split (app.backoffice.name_split), uncertain splits listed for review.
Headers no mapping reads are reported, never dropped silently. CSV files may use `;` or `,` and be UTF-8 (with or
without BOM) or Windows-1252, as exports from Excel on Windows often are.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as data_field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from app.audit import Actor
from app.backoffice.column_mapping import STANDARD, ColumnMapping, header_key
from app.backoffice.identity_review import keep_for_review
from app.backoffice.list_kind import ListKind, RowRead
from app.backoffice.name_split import NameSplit, split_name
from app.casework.cases import CaseData, ClientData, DetentionData, OtherPersonError, add_case, stored_form
from app.domain import CaseStatus, one_line, validate_bsn
from app.errors import TerugkeerError, ValidationError
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.uow import UnitOfWork

MAX_FILE_BYTES = 50 * 1024 * 1024
# The case services name some fields differently from the columns of a notification list.
SERVICE_FIELDS = {"expected_release_date": "expected_release", "start_date": "detention_start"}
_SHAPES = {"%d": r"(?P<day>\d{1,2})", "%m": r"(?P<month>\d{1,2})", "%Y": r"\d{4}", "%y": r"\d{2}"}


@dataclass(frozen=True)
class RowProblem:
    """A row left out: the line on which it starts in the file as an editor shows it (the header is line 1; a quoted
    line break makes a record span two lines), the field and the reason code, and its record number as a
    spreadsheet shows it (the header is row 1)."""

    line: int
    field: str
    code: str
    record: int = data_field(default=0, compare=False)


class RowStatus(StrEnum):
    """What became of one row of the list."""

    NEW = "new"  # a new case of a new client
    KNOWN = "known"  # a new case of a known client
    DUPLICATE = "duplicate"
    REFUSED = "refused"
    REVIEW = "review"  # a known BSN with another name or date of birth: waits for review, nothing changed
    HISTORY = "history"  # released before today: registered as a closed case, not put in the inbox


@dataclass(frozen=True)
class RowOutcome:
    line: int
    status: RowStatus
    case_id: str = ""
    review_id: str = ""
    record: int = 0


@dataclass(frozen=True)
class NameCheck:
    """A whole name whose split into given names, prefix and surname is not certain: imported, to be looked at."""

    line: int
    written: str
    split: NameSplit


@dataclass(frozen=True)
class NotificationImport:
    """What an import did: new cases (of which for known clients), duplicates left out, refused rows, rows kept
    for review; `rows` has every row's outcome in line order."""

    imported: int
    known_clients: int
    duplicates: tuple[int, ...]  # line numbers
    refused: tuple[RowProblem, ...]
    case_ids: tuple[str, ...]
    rows: tuple[RowOutcome, ...] = ()
    unused_columns: tuple[str, ...] = ()  # headers of the list the mapping does not read
    name_checks: tuple[NameCheck, ...] = ()
    mapping: str = ""  # the name of the mapping the list was read with

    @property
    def reviews(self) -> tuple[int, ...]:
        """The line numbers of the rows kept for review."""
        return tuple(row.line for row in self.rows if row.status is RowStatus.REVIEW)

    @property
    def to_inbox(self) -> int:
        """The new cases that wait in the inbox (the others were registered as history)."""
        return sum(row.status in (RowStatus.NEW, RowStatus.KNOWN) for row in self.rows)

    @property
    def history(self) -> tuple[int, ...]:
        """The line numbers of the rows registered as history (released before the day of the import)."""
        return tuple(row.line for row in self.rows if row.status is RowStatus.HISTORY)


@dataclass(frozen=True)
class ListRow:
    """One record of a list: the line it starts on, its record number and its text by field."""

    line: int
    record: int
    values: dict[str, str]  # field -> text


@dataclass(frozen=True)
class Notification:
    """One row read: the person, the detention, the date of notification and, for a whole name split with doubt,
    the split to check."""

    row: ListRow
    client: ClientData
    detention: DetentionData
    notified_on: date | None  # None only in a preview before the list's date was given
    name_check: NameCheck | None


def import_notifications(workspace: OpenWorkspace, path: Path, mapping: ColumnMapping = STANDARD,
                         notified_on: date | None = None, today: date | None = None) -> NotificationImport:
    """Read `path` (.csv or .xlsx) with `mapping` and add a case (status notified, no coordinator yet) for every good
    new row; a row released before `today` is registered as history (closed). The date of notification is the
    mapped `notified_on` column, else `notified_on` (the list's date, asked at import), never silently today.
    Raises TerugkeerError "notifications_unreadable" (path), "notifications_too_large" (path),
    "notifications_columns_missing" (columns) or "notifications_date_missing" when the file as a whole cannot be
    used; then nothing changes."""
    if "notified_on" not in mapping.columns and notified_on is None:
        raise TerugkeerError("notifications_date_missing")
    listing = read_list(path, mapping, NOTIFICATION_LIST)
    with workspace.transaction(Permission.NOTIFICATIONS) as uow:
        result = _import(uow, workspace.actor, listing, mapping, notified_on, today or date.today(), path.name)
        uow.commit()
        return result


def _import(uow: UnitOfWork, actor: Actor, listing: NotificationList, mapping: ColumnMapping,
            notified_on: date | None, today: date, source: str) -> NotificationImport:
    refused: list[RowProblem] = []
    good: list[Notification] = []
    for row in listing.rows:
        try:
            good.append(parse_row(row, mapping, notified_on))
        except ValidationError as error:
            refused.append(RowProblem(row.line, error.field, error.code, row.record))
    bsns = [n.client.bsn for n in good]
    known = _known_detentions(uow, bsns)
    outcomes = [RowOutcome(problem.line, RowStatus.REFUSED, record=problem.record) for problem in refused]
    known_clients = 0
    for notification in good:
        line, record = notification.row.line, notification.row.record
        key = (notification.client.bsn, notification.detention.start_date)
        if key in known:
            outcomes.append(RowOutcome(line, RowStatus.DUPLICATE, record=record))
            continue
        case, history = _case_data(notification, today)
        try:
            with uow.savepoint():  # a row the services refuse leaves nothing behind
                existing = uow.cases.client_by_bsn(notification.client.bsn)
                changes = add_case(uow, actor, notification.client, notification.detention, case, today)
        except ValidationError as error:
            refused.append(RowProblem(line, SERVICE_FIELDS.get(error.field, error.field), error.code, record))
            outcomes.append(RowOutcome(line, RowStatus.REFUSED, record=record))
            continue
        except OtherPersonError as error:
            review_id = keep_for_review(uow, actor, error, notification.detention, source, line)
            outcomes.append(RowOutcome(line, RowStatus.REVIEW, review_id=review_id, record=record))
        else:
            known_clients += existing is not None
            status = RowStatus.HISTORY if history else RowStatus.NEW if existing is None else RowStatus.KNOWN
            outcomes.append(RowOutcome(line, status, case_id=changes.case_ids[0], record=record))
        known.add(key)
    outcomes.sort(key=lambda outcome: outcome.line)
    case_ids = tuple(row.case_id for row in outcomes if row.case_id)
    return NotificationImport(len(case_ids), known_clients,
                              tuple(row.line for row in outcomes if row.status is RowStatus.DUPLICATE),
                              tuple(sorted(refused, key=lambda problem: problem.line)), case_ids, tuple(outcomes),
                              listing.unused, tuple(n.name_check for n in good if n.name_check), mapping.name)


def _case_data(notification: Notification, today: date) -> tuple[CaseData, bool]:
    """A new case notified on the list's date; when the release lies before `today`, a closed one (history), so an
    old list does not fill the inbox with notifications long past their terms."""
    detention = notification.detention
    release = detention.actual_release_date or detention.expected_release_date
    notified = {CaseStatus.NOTIFIED: notification.notified_on} if notification.notified_on else {}
    if release is not None and release < today:
        return CaseData(status=CaseStatus.CLOSED, status_dates={**notified, CaseStatus.CLOSED: release}), True
    return CaseData(status=CaseStatus.NOTIFIED, status_dates=notified), False


def parse_row(row: ListRow, mapping: ColumnMapping, notified_on: date | None) -> Notification:
    """One row's notification (the list's date `notified_on` unless the mapping has a column for it); raises
    ValidationError naming the first field that is wrong."""
    values = row.values

    def text(field: str, required: bool = True) -> str:
        value = one_line(field, values.get(field, ""))  # a line break or tab in a name is refused, not stored
        if not value and required:
            raise ValidationError(field, "required")
        return value

    def day(field: str, required: bool = True) -> date | None:
        value = text(field, required)
        return list_date(field, value, mapping.strptime_patterns()) if value else None

    bsn = list_bsn(text("bsn"))
    check = None
    if "full_name" in values:
        written = text("full_name")
        split = split_name(written)
        if not split.given_names:
            raise ValidationError("full_name", "name_incomplete")
        given, prefix, surname = split.given_names, split.surname_prefix, split.surname
        check = None if split.certain else NameCheck(row.line, written, split)
    else:
        given, prefix, surname = text("given_names"), text("surname_prefix", False), text("surname")
    client = ClientData(given_names=given, surname=surname, surname_prefix=prefix, bsn=bsn,
                        date_of_birth=_required(day("date_of_birth")))
    detention = DetentionData(prison=text("prison"), start_date=_required(day("detention_start")),
                              expected_release_date=day("expected_release", False),
                              actual_release_date=day("actual_release", False))
    notified = day("notified_on") if "notified_on" in mapping.columns else notified_on
    return Notification(row, client, detention, notified, check)


def preview_row(row: ListRow, mapping: ColumnMapping, today: date) -> RowRead:
    """A row as the mapping step's preview shows it: read, and checked as the case services will check it (the
    list's date is not needed for that); ValidationError named by the list's field when it would be refused."""
    try:
        read = parse_row(row, mapping, None)
        stored_form(read.client, read.detention, CaseData(), today)
    except ValidationError as error:
        raise ValidationError(SERVICE_FIELDS.get(error.field, error.field), error.code) from None
    client, detention = read.client, read.detention
    return RowRead({"given_names": client.given_names, "surname_prefix": client.surname_prefix,
                    "surname": client.surname, "date_of_birth": client.date_of_birth, "bsn": client.bsn,
                    "prison": detention.prison, "detention_start": detention.start_date}, read.name_check is not None)


# A notification list: a person entering detention, with a name.
NOTIFICATION_LIST = ListKind(
    "notifications",
    fields=("full_name", "surname", "surname_prefix", "given_names", "date_of_birth", "bsn", "prison",
            "detention_start", "expected_release", "notified_on", "actual_release"),
    required=("date_of_birth", "bsn", "prison", "detention_start"), builtin=STANDARD,
    shown=("given_names", "surname_prefix", "surname", "date_of_birth", "bsn", "prison", "detention_start"),
    read_row=preview_row, needs_name=True)


def list_bsn(typed: str) -> str:
    """The BSN of a list's cell, validated; Excel drops the leading zero of a BSN typed as a number, so eight
    digits get it back (the 11-test still decides)."""
    return validate_bsn("0" + typed if typed.isdigit() and len(typed) == 8 else typed)


def _required(value: date | None) -> date:
    assert value is not None  # day(field) with required=True gives a date or raises
    return value


def list_date(field: str, value: str, patterns: tuple[str, ...]) -> date:
    """The date `value` in one of `patterns`; "date_not_exist" for a date in the right form that the calendar does
    not have (31-02-1980), "date_invalid" for the rest."""
    for pattern in patterns:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    for pattern in patterns:
        shape = re.escape(pattern)
        for code, part in _SHAPES.items():
            shape = shape.replace(re.escape(code), part)
        match = re.fullmatch(shape, value)
        parts = match.groupdict() if match else {}
        if parts.get("month") and parts.get("day") and 1 <= int(parts["month"]) <= 12 and 1 <= int(parts["day"]) <= 31:
            raise ValidationError(field, "date_not_exist")
    raise ValidationError(field, "date_invalid")


def _known_detentions(uow: UnitOfWork, bsns: list[str]) -> set[tuple[str, date]]:
    """(BSN, start of detention) of every notification the workspace already has for these people, as a case or
    waiting for review."""
    wanted = sorted({bsn for bsn in bsns if bsn})
    known: set[tuple[str, date]] = set()
    for start in range(0, len(wanted), 500):
        known.update(uow.backoffice.detention_starts(wanted[start:start + 500]))
        known.update(uow.backoffice.reviewed_starts(wanted[start:start + 500]))
    return known


# --- reading the file --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NotificationList:
    """A list as read with a mapping: its data rows and the headers the mapping leaves unused."""

    rows: tuple[ListRow, ...]
    unused: tuple[str, ...]


def read_table(path: Path, delimiter: str = "") -> list[tuple[int, list[str]]]:
    """Every record of the file with the line it starts on (the header first); raises TerugkeerError
    "notifications_unreadable" or "notifications_too_large"."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TerugkeerError("notifications_too_large", path=str(path))
        if path.suffix.lower() == ".xlsx":
            return list(_xlsx_rows(path))
        return list(_csv_rows(path.read_bytes(), delimiter))
    except (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile):
        raise TerugkeerError("notifications_unreadable", path=str(path)) from None


def read_list(path: Path, mapping: ColumnMapping, kind: ListKind) -> NotificationList:
    """The data rows of `path`, a list of `kind`, as {field: text}, by `mapping`."""
    table = read_table(path, mapping.delimiter)
    return rows_by_mapping(table, mapping, kind)


def rows_by_mapping(table: list[tuple[int, list[str]]], mapping: ColumnMapping, kind: ListKind) -> NotificationList:
    """The data rows of a table read by `read_table`; TerugkeerError "notifications_columns_missing" when the
    mapping's columns are not all there, or it lacks a field a list of `kind` needs (ListKind.missing)."""
    headers = table[0][1] if table else []
    positions = mapping.positions(headers)
    if positions is None or kind.missing(mapping):
        present = {header_key(header) for header in headers}
        missing = [header for name, header in mapping.columns.items()
                   if header_key(header) not in present and name not in mapping.optional] + kind.missing(mapping)
        raise TerugkeerError("notifications_columns_missing", columns=", ".join(missing))
    rows = []
    for record, (line, cells) in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # empty lines, often at the end of an export
        rows.append(ListRow(line, record, {name: cells[position] if position < len(cells) else ""
                                        for name, position in positions.items()}))
    return NotificationList(tuple(rows), tuple(mapping.unused(headers)))


def _csv_rows(data: bytes, delimiter: str = "") -> Iterator[tuple[int, list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    first_line = text.split("\n", 1)[0]
    if not delimiter:
        delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    for cells in reader:
        yield line, cells
        line = reader.line_num + 1  # the next record starts after the lines this one took


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # only when a spreadsheet is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except InvalidFileException as error:
        raise ValueError(str(error)) from None
    try:
        sheet = workbook.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(value) for value in row]
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV would hold: dates as dd-mm-jjjj, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)

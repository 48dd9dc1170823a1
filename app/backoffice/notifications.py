"""Notifications (*meldingen*) from the prison system: a CSV or XLSX list read into new cases for the inbox.

Each row is a person entering detention: name, date of birth, BSN, PI, start of detention and expected release.
Rows are checked one by one; bad rows (also a line break, tab or other control character in any cell) are listed with
their line number and reason and left out, good rows are imported in one transaction. The same person with the same
start of detention is a duplicate, in the file or in the workspace, so importing a file again adds nothing. A known
person (same BSN, and the same name and date of birth as far as app.casework.identity tells) gets the new detention
on the client record that exists; a known BSN with another name or date of birth is never applied: the row waits for
review in the inbox (app.backoffice.identity_review).

Column names are configurable (`Columns`); the defaults are the Dutch headers. CSV files may use `;` or `,` and be
UTF-8 (with or without BOM) or Windows-1252, as exports from Excel on Windows often are.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from app.audit import Actor
from app.backoffice.identity_review import keep_for_review
from app.casework.cases import CaseData, ClientData, DetentionData, OtherPersonError, add_case
from app.domain import CaseStatus, one_line, validate_bsn
from app.errors import TerugkeerError, ValidationError
from app.permissions import Permission
from app.workspace.session import OpenWorkspace
from db.uow import UnitOfWork

MAX_FILE_BYTES = 50 * 1024 * 1024
# The case services name some fields differently from the columns of a notification list.
_SERVICE_FIELDS = {"expected_release_date": "expected_release", "start_date": "detention_start"}
DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")


@dataclass(frozen=True)
class Columns:
    """The header of each column, as the prison system's export names it (compared without case and blanks)."""

    surname: str = "Achternaam"
    surname_prefix: str = "Tussenvoegsel"
    given_names: str = "Voornamen"
    date_of_birth: str = "Geboortedatum"
    bsn: str = "BSN"
    prison: str = "PI"
    detention_start: str = "Begin detentie"
    expected_release: str = "Verwachte datum vrijlating"

    OPTIONAL = ("surname_prefix", "expected_release")


@dataclass(frozen=True)
class RowProblem:
    """A row left out: its line in the file (the header is line 1), the field and the reason code."""

    line: int
    field: str
    code: str


class RowStatus(StrEnum):
    """What became of one row of the list."""

    NEW = "new"  # a new case of a new client
    KNOWN = "known"  # a new case of a known client
    DUPLICATE = "duplicate"
    REFUSED = "refused"
    REVIEW = "review"  # a known BSN with another name or date of birth: waits for review, nothing changed


@dataclass(frozen=True)
class RowOutcome:
    line: int
    status: RowStatus
    case_id: str = ""
    review_id: str = ""


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

    @property
    def reviews(self) -> tuple[int, ...]:
        """The line numbers of the rows kept for review."""
        return tuple(row.line for row in self.rows if row.status is RowStatus.REVIEW)


@dataclass(frozen=True)
class _Notification:
    line: int
    client: ClientData
    detention: DetentionData


def import_notifications(workspace: OpenWorkspace, path: Path, columns: Columns = Columns(),
                         today: date | None = None) -> NotificationImport:
    """Read `path` (.csv or .xlsx) and add a case (status notified, no coordinator yet) for every good new row.
    Raises TerugkeerError "notifications_unreadable" (path), "notifications_too_large" (path) or
    "notifications_columns_missing" (columns) when the file as a whole cannot be used; then nothing changes."""
    with workspace.transaction(Permission.NOTIFICATIONS) as uow:
        result = _import(uow, workspace.actor, _read(path, columns), today or date.today(), path.name)
        uow.commit()
        return result


def _import(uow: UnitOfWork, actor: Actor, rows: list[tuple[int, dict[str, str]]],
            today: date, source: str) -> NotificationImport:
    refused: list[RowProblem] = []
    good: list[_Notification] = []
    for line, values in rows:
        try:
            good.append(_parse(line, values))
        except ValidationError as error:
            refused.append(RowProblem(line, error.field, error.code))
    bsns = [n.client.bsn for n in good]
    known = _known_detentions(uow, bsns)
    outcomes = [RowOutcome(problem.line, RowStatus.REFUSED) for problem in refused]
    for notification in good:
        key = (notification.client.bsn, notification.detention.start_date)
        if key in known:
            outcomes.append(RowOutcome(notification.line, RowStatus.DUPLICATE))
            continue
        try:
            with uow.savepoint():  # a row the services refuse leaves nothing behind
                existing = uow.cases.client_by_bsn(notification.client.bsn)
                changes = add_case(uow, actor, notification.client, notification.detention,
                                   CaseData(status=CaseStatus.NOTIFIED, status_dates={CaseStatus.NOTIFIED: today}),
                                   today)
        except ValidationError as error:
            refused.append(RowProblem(notification.line, _SERVICE_FIELDS.get(error.field, error.field), error.code))
            outcomes.append(RowOutcome(notification.line, RowStatus.REFUSED))
            continue
        except OtherPersonError as error:
            review_id = keep_for_review(uow, actor, error, notification.detention, source, notification.line)
            outcomes.append(RowOutcome(notification.line, RowStatus.REVIEW, review_id=review_id))
        else:
            status = RowStatus.NEW if existing is None else RowStatus.KNOWN
            outcomes.append(RowOutcome(notification.line, status, case_id=changes.case_ids[0]))
        known.add(key)
    outcomes.sort(key=lambda outcome: outcome.line)
    case_ids = tuple(row.case_id for row in outcomes if row.case_id)
    return NotificationImport(len(case_ids), sum(row.status is RowStatus.KNOWN for row in outcomes),
                              tuple(row.line for row in outcomes if row.status is RowStatus.DUPLICATE),
                              tuple(sorted(refused, key=lambda problem: problem.line)), case_ids, tuple(outcomes))


def _parse(line: int, values: dict[str, str]) -> _Notification:
    """One row's notification; raises ValidationError naming the first field that is wrong."""
    def text(field: str) -> str:
        value = one_line(field, values.get(field, ""))  # a line break or tab in a name is refused, not stored
        if not value and field not in Columns.OPTIONAL:
            raise ValidationError(field, "required")
        return value

    typed = text("bsn")
    if typed.isdigit() and len(typed) == 8:
        typed = "0" + typed  # Excel drops the leading zero of a BSN typed as a number; the 11-test still decides
    bsn = validate_bsn(typed)
    client = ClientData(given_names=text("given_names"), surname=text("surname"),
                        date_of_birth=_date("date_of_birth", text("date_of_birth")),
                        surname_prefix=text("surname_prefix"), bsn=bsn)
    release = text("expected_release")
    detention = DetentionData(prison=text("prison"), start_date=_date("detention_start", text("detention_start")),
                              expected_release_date=_date("expected_release", release) if release else None)
    return _Notification(line, client, detention)


def _date(field: str, value: str) -> date:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
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


def _read(path: Path, columns: Columns) -> list[tuple[int, dict[str, str]]]:
    """The data rows with their line numbers, as {Columns field name: text}."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TerugkeerError("notifications_too_large", path=str(path))
        table = list(_xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path.read_bytes()))
    except (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile):
        raise TerugkeerError("notifications_unreadable", path=str(path)) from None
    if not table:
        raise TerugkeerError("notifications_columns_missing", columns=", ".join(_required_headers(columns)))
    header = {_key(cell): position for position, cell in enumerate(table[0])}
    positions = {}
    missing = []
    for spec in fields(Columns):
        position = header.get(_key(getattr(columns, spec.name)))
        if position is None and spec.name not in Columns.OPTIONAL:
            missing.append(getattr(columns, spec.name))
        positions[spec.name] = position
    if missing:
        raise TerugkeerError("notifications_columns_missing", columns=", ".join(missing))
    rows = []
    for line, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # empty lines, often at the end of an export
        rows.append((line, {name: cells[position] if position is not None and position < len(cells) else ""
                            for name, position in positions.items()}))
    return rows


def _required_headers(columns: Columns) -> list[str]:
    return [getattr(columns, spec.name) for spec in fields(Columns) if spec.name not in Columns.OPTIONAL]


def _key(header: str) -> str:
    return " ".join(header.split()).casefold()


def _csv_rows(data: bytes) -> Iterator[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook  # only when a spreadsheet is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except InvalidFileException as error:
        raise ValueError(str(error)) from None
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield [_cell_text(value) for value in row]
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

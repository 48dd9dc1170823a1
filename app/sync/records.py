"""Synchronised records as plain JSON values, and the strict check of every record a bundle brings in.

A record travels as {"table", "id", "seq", "fields"}: `seq` is the sender's change sequence number of this version
(db.change_tracking), `fields` every column but the id and the local `change_seq`, in JSON types (dates and times as
ISO text, binary as base64). `content_fields` are the ones people edit; the bookkeeping columns (created/updated,
device, version) describe a version and are not merged field by field.

`parse_fields` is the schema check of an import: a field that is missing, unknown, of the wrong type, too long, or
outside its enumeration refuses the whole bundle before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from hashlib import sha256
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, LargeBinary, String, Table, Text

from app.casework.consent_terms import Ground, HowGiven, RevocationScope, cross_product, format_grants
from app.domain import CaseDirection, CaseStatus, validate_bsn
from app.errors import TerugkeerError, ValidationError
from app.sync.canonical import is_storable_int, is_storable_text
from db.models import (
    Case,
    ChecklistAnswer,
    Client,
    ConsentRecord,
    ConsentRevocation,
    Detention,
    DomainAssessment,
    FollowUpAction,
    Intake,
    Plan,
    PlanDomain,
    ProcessingGround,
    SyncedRecord,
)

# Every synchronised model, parents before children (the order records are written in).
SYNCED_MODELS: tuple[type[SyncedRecord], ...] = (
    Client, Detention, Case, Intake, ChecklistAnswer, DomainAssessment, PlanDomain, Plan, FollowUpAction,
    ProcessingGround, ConsentRecord, ConsentRevocation,
)
MODEL_BY_TABLE: dict[str, type[SyncedRecord]] = {model.__tablename__: model for model in SYNCED_MODELS}
BOOKKEEPING = ("created_at", "updated_at", "changed_by_device", "version")
_LOCAL_ONLY = ("id", "change_seq")

# Columns whose values come from a closed list.
_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("case_file", "status"): CaseStatus,
    ("case_file", "case_direction"): CaseDirection,
    ("processing_ground", "ground"): Ground,
    ("consent_record", "how_given"): HowGiven,
    ("consent_revocation", "scope"): RevocationScope,
}


@dataclass(frozen=True)
class WireRecord:
    """One record version as it travels: table, id, the sender's change sequence number, its fields. A record read
    from a bundle also carries `values`, the Python values of its fields as `parse_wire` checked them, so that the
    import does not convert and check every field a second time."""

    table: str
    id: str
    seq: int
    fields: dict[str, Any]
    values: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    def content(self) -> dict[str, Any]:
        return {name: value for name, value in self.fields.items() if name not in BOOKKEEPING}

    def column_values(self) -> dict[str, Any]:
        """The Python values of the fields, for the table's columns (checked: see parse_fields)."""
        return self.values if self.values is not None else parse_fields(self.table, self.fields)


def columns(model: type[SyncedRecord]) -> tuple[Column[Any], ...]:
    """The columns that travel: all but the id and the local change sequence number."""
    return _COLUMNS[model.__tablename__]


def _travelling(model: type[SyncedRecord]) -> tuple[Column[Any], ...]:
    table = model.__table__
    assert isinstance(table, Table)  # every synced model maps one table
    return tuple(column for column in table.columns if column.name not in _LOCAL_ONLY)


# Worked out once: an import asks for them for every record it checks.
_COLUMNS = {model.__tablename__: _travelling(model) for model in SYNCED_MODELS}


def content_columns(model: type[SyncedRecord]) -> list[str]:
    """The names of the columns people edit, in the table's order (what a digest fingerprints)."""
    return [column.name for column in columns(model) if column.name not in BOOKKEEPING]


def json_value(value: object) -> Any:
    """A column's value as it travels (dates and times as ISO text, binary as base64)."""
    return _to_json(value)


def to_wire(record: SyncedRecord) -> WireRecord:
    model = type(record)
    fields = {column.name: _to_json(getattr(record, column.name)) for column in columns(model)}
    return WireRecord(model.__tablename__, record.id, record.change_seq, fields)


# json.dumps(value, ensure_ascii=False, sort_keys=True), without making a new encoder for every value.
_field_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _json_text(value: object) -> str:
    """`_field_json(value)`, the encoder's own steps taken directly for the values fields hold (a full bundle
    fingerprints 200,000 of them)."""
    if type(value) is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is bool:
        return "true" if value else "false"
    return _field_json(value)


def fingerprints(content: Mapping[str, Any]) -> dict[str, str]:
    """A short hash of each field's value: what a merge base keeps of the version a peer holds. Enough to tell
    whether a field changed on either side, and no second copy of personal data to erase later. Each is the
    first 20 hex digits of the SHA-256 of the value as JSON."""
    return {name: _fingerprint(_json_text(value)) for name, value in content.items()}


def _fingerprint(json_text: str) -> str:
    """The fingerprint of a value given as its JSON text (see fingerprints)."""
    return sha256(json_text.encode()).hexdigest()[:20]


class Fingerprinter:
    """`fingerprints(content)` as a merge base stores it (the text of json.dumps(..., ensure_ascii=False,
    sort_keys=True); a hex digest needs no escaping), for many records in one go: it remembers the fingerprint of
    every value it met, as a full bundle's 190,000 fields hold some 20,000 different values (empty text, null,
    closed-list values, dates, the ids records share). Made for one import and dropped after it: what it
    remembers is personal data."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {}  # a value as JSON text → its fingerprint

    def json(self, content: Mapping[str, Any]) -> str:
        parts = []
        for name in sorted(content):
            value = content[name]
            text = encode_basestring(value) if type(value) is str else _json_text(value)
            known = self._known.get(text)
            if known is None:
                known = self._known[text] = _fingerprint(text)
            parts.append(f'{encode_basestring(name)}: "{known}"')
        return "{" + ", ".join(parts) + "}"


def content_of(record: SyncedRecord) -> dict[str, Any]:
    """The editable fields of a stored record, as JSON values."""
    return to_wire(record).content()


def _to_json(value: object) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def parse_wire(document: object) -> WireRecord:
    """A record from a bundle's payload, checked against the schema; raises TerugkeerError "bundle_invalid_record"
    (table, field) for anything that does not fit."""
    if not isinstance(document, dict) or set(document) != {"table", "id", "seq", "fields"}:
        raise _invalid("?", "record")
    table, record_id, seq, fields = document["table"], document["id"], document["seq"], document["fields"]
    if table not in MODEL_BY_TABLE:
        raise _invalid(str(table)[:40], "table")
    if not isinstance(record_id, str) or not 1 <= len(record_id) <= 36:
        raise _invalid(table, "id")
    if not is_storable_int(seq) or seq < 0:
        raise _invalid(table, "seq")
    if not isinstance(fields, dict):
        raise _invalid(table, "fields")
    fields = _from_older_version(table, fields)
    return WireRecord(table, record_id, seq, fields, parse_fields(table, fields))


def _from_older_version(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A record of a bundle made before its table gained a column, with that column as the older version meant it:
    a consent without a matrix (`grants`) gave each of its categories to each of its recipients."""
    if table == ConsentRecord.__tablename__ and "grants" not in fields:
        recipients, categories = fields.get("recipients"), fields.get("categories")
        if isinstance(recipients, str) and isinstance(categories, str):
            grants = cross_product([part for part in recipients.split(",") if part],
                                   [part for part in categories.split(",") if part])
            return {**fields, "grants": format_grants(grants)}
    return fields


def parse_fields(table: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The Python values for the columns of `table` from JSON `fields`; every column must be there, no other."""
    converters = _CONVERTERS[table]
    if fields.keys() != converters.keys():
        unknown_or_missing = sorted(set(fields) ^ set(converters))
        raise _invalid(table, unknown_or_missing[0][:40])
    values = {}
    name = ""
    try:
        for name, (nullable, convert) in converters.items():
            value = fields[name]
            values[name] = None if value is None and nullable else convert(value)
    except (ValueError, binascii.Error, ValidationError):
        raise _invalid(table, name) from None
    return values


_Converter = Callable[[Any], Any]  # a JSON value to the column's Python value; ValueError (or the like) if unfit


def _converter(table: str, column: Column[Any]) -> _Converter:
    """The check and conversion of one column's non-null values (None is refused by each, and let through by
    parse_fields for a nullable column), worked out once per column rather than for every value."""
    kind = column.type
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):
        return _integer
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, LargeBinary):
        return _binary
    if isinstance(kind, String | Text):
        return _text_converter(table, column.name, kind.length if isinstance(kind, String) else None)
    return _unfit


def _boolean(value: object) -> bool:
    if type(value) is not bool:
        raise ValueError
    return value


def _integer(value: object) -> int:
    if not is_storable_int(value):
        raise ValueError
    return value


def _datetime(value: object) -> datetime:
    if not isinstance(value, str):  # text that is not storable (a lone surrogate) is no ISO time either
        raise ValueError
    return datetime.fromisoformat(value)


def _date(value: object) -> date:
    if not isinstance(value, str):
        raise ValueError
    return date.fromisoformat(value)


def _binary(value: object) -> bytes:
    return base64.b64decode(_text(value), validate=True)


def _unfit(_value: object) -> Any:
    raise ValueError


def _text_converter(table: str, name: str, length: int | None) -> _Converter:
    """Text of at most `length` characters; from a closed list, or a valid BSN, where the column says so."""
    enum = _ENUMS.get((table, name))
    bsn = (table, name) == ("client", "bsn")
    limit = length if length is not None else -1

    def convert(value: object) -> str:
        if not isinstance(value, str):
            raise ValueError
        value.encode("utf-8")  # UnicodeEncodeError (a ValueError) for lone surrogates: see is_storable_text
        if 0 <= limit < len(value):
            raise ValueError
        if enum is not None:
            enum(value)
        if bsn:
            validate_bsn(value)
        return value

    return convert


def _text(value: object) -> str:
    if not is_storable_text(value):
        raise ValueError
    return value


# Per table, in column order: column name → (nullable, converter); made once, used for every record checked.
_CONVERTERS: dict[str, dict[str, tuple[bool, _Converter]]] = {
    table: {column.name: (bool(column.nullable), _converter(table, column)) for column in travelling}
    for table, travelling in _COLUMNS.items()}


def _invalid(table: str, field: str) -> TerugkeerError:
    return TerugkeerError("bundle_invalid_record", table=table, field=field)

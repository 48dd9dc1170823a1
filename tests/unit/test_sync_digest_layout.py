"""A digest converts only the columns whose values are not JSON values already: the same values as json_value of
every column, for every synchronised table."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, Table

from app.sync.digest import _LAYOUTS
from app.sync.records import MODEL_BY_TABLE, json_value


def _sample(kind: object, position: int) -> Any:
    if isinstance(kind, DateTime):
        return datetime(2026, 3, 1, 9, 30, position)
    if isinstance(kind, Date):
        return date(2026, 3, 1 + position % 28)
    if isinstance(kind, LargeBinary):
        return bytes([position, 255])
    if isinstance(kind, Boolean):
        return position % 2 == 0
    if isinstance(kind, Integer):
        return position
    return f"tekst {position} ☃"


def test_the_digest_values_are_json_values_of_every_column() -> None:
    for table_name, layout in _LAYOUTS.items():
        table = MODEL_BY_TABLE[table_name].__table__
        assert isinstance(table, Table)
        values = [_sample(table.c[name].type, position) for position, name in enumerate(layout.names)]
        assert layout.json_values(values) == tuple(json_value(value) for value in values)
        with_nulls = [None if position % 2 else value for position, value in enumerate(values)]
        assert layout.json_values(with_nulls) == tuple(json_value(value) for value in with_nulls)

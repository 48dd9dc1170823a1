"""The JSON forms this package signs and hashes: one byte form to write, one strict reader."""

from __future__ import annotations

import json
from typing import Any, TypeGuard

# What an SQLite column can hold: a signed 64-bit integer, and text that encodes as UTF-8 (no lone surrogates,
# which JSON's \ud800 escapes can produce). A value outside these is refused when read, before anything is written.
SQLITE_INT_MIN, SQLITE_INT_MAX = -(2**63), 2**63 - 1


def is_storable_int(value: object) -> TypeGuard[int]:
    return type(value) is int and SQLITE_INT_MIN <= value <= SQLITE_INT_MAX


def is_storable_text(value: object) -> TypeGuard[str]:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def canonical_json(document: dict[str, Any]) -> bytes:
    """The one byte form of a JSON object that is signed or hashed: sorted keys, no spaces, UTF-8."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def load_json_object(data: bytes) -> dict[str, Any]:
    """Parse UTF-8 JSON that must be an object; raises ValueError otherwise.

    A repeated key is refused (which of the two values was signed?), and so are NaN and Infinity, which are not
    JSON and would not survive a round trip through canonical_json."""
    try:
        document = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse)
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    if not isinstance(document, dict):
        raise ValueError("not a JSON object")
    return document


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        raise ValueError("duplicate key")
    return document


def _refuse(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")

"""The safety net under synchronisation: whatever went wrong on the way, a laptop and its back office that believe
they hold the same records find out when they do not.

A back office's bundle for a laptop carries a digest of what the office holds of that laptop's cases: per record a
short fingerprint of its table, id and content fields (`Digest`: table → record id → 12 hex digits; the bookkeeping
columns are left out, so a version made on either side with the same content agrees). When the laptop reads such a
bundle in, it compares the digest with its own records where the two must agree: records the sharing policy lets
it send the office, not changed here since the newest of its bundles the office has acknowledged, and in no open
conflict. A record whose fingerprint differs, or that the office lacks, is a mismatch: it is kept as a sync problem
that names the record (the Synchronisation screen, `terugkeer check`), what the office is known to hold of it is
forgotten and it gets a new change number, so the next bundle carries it again. A mismatch stays until a later
digest agrees on its record.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table

from app.domain import WorkspaceKind
from app.sync.records import MODEL_BY_TABLE, SYNCED_MODELS, content_columns, json_value
from app.sync.scope import BundleScope, CaseIndex, scope_for
from db.models import SyncedRecord, SyncMismatch, SyncPeer
from db.uow import UnitOfWork

PRINT_BYTES = 6
_LINKS = ("case_id", "consent_id")  # the fields CaseIndex finds a record's case by
_NO_LINKS: dict[str, Any] = {}  # a client's, a detention's or a case's: CaseIndex knows their cases by their id

Digest = dict[str, dict[str, str]]


@dataclass(frozen=True)
class Mismatch:
    """A record a peer's last digest disagreed on; `missing` when the peer does not hold it at all."""

    peer: str
    table: str
    record_id: str
    case_id: str | None
    missing: bool
    found_at: datetime


def record_print(table: str, record_id: str, json_values: tuple[Any, ...]) -> str:
    """The fingerprint of one record: its table, id and content values as JSON values (`json_value`, in the order
    of `content_columns`)."""
    text = repr((table, record_id, json_values))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=PRINT_BYTES).hexdigest()


def _iso(value: date | None) -> str | None:
    """`json_value` of a date or time column's value."""
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class _Layout:
    """What a digest needs of one table's content columns, worked out once (a digest reads every record): their
    names, the positions of those whose values are not already JSON values (dates, times, binary) with what makes
    them so (`json_value`, or its date and time part alone), and the fields CaseIndex finds a record's case by."""

    names: list[str]
    converted: tuple[tuple[int, Callable[[Any], Any]], ...]
    links: tuple[tuple[str, int], ...]

    def json_values(self, values: Sequence[Any]) -> tuple[Any, ...]:
        """`json_value` of every value (the others are JSON values as they are)."""
        if not self.converted:
            return tuple(values)
        as_json = list(values)
        for position, convert in self.converted:
            as_json[position] = convert(as_json[position])
        return tuple(as_json)

    def cases(self, index: CaseIndex, table: str, record_id: str, values: Sequence[Any]) -> set[str]:
        links = {name: values[position] for name, position in self.links} if self.links else _NO_LINKS
        return index.cases_for(table, record_id, links)


def _layout(model: type[SyncedRecord]) -> _Layout:
    names = content_columns(model)
    table = model.__table__
    assert isinstance(table, Table)
    plain = (String, Integer, Boolean)  # values SQLite hands back as their JSON values (Text is a String)
    converted = tuple((position, _iso if isinstance(table.c[name].type, Date | DateTime) else json_value)
                      for position, name in enumerate(names) if not isinstance(table.c[name].type, plain))
    return _Layout(names, converted, tuple((name, position) for position, name in enumerate(names) if name in _LINKS))


_LAYOUTS = {model.__tablename__: _layout(model) for model in SYNCED_MODELS}


def digest_of(uow: UnitOfWork, index: CaseIndex, scope: BundleScope) -> Digest:
    """The fingerprints of every record of the cases in `scope` (what a bundle of that scope may carry)."""
    digest: Digest = {}
    for model in SYNCED_MODELS:
        table = model.__tablename__
        layout = _LAYOUTS[table]
        prints = {record_id: record_print(table, record_id, layout.json_values(values))
                  for record_id, _seq, values in uow.sync.contents(model, layout.names)
                  if index.fits(table, layout.cases(index, table, record_id, values), scope)}
        if prints:
            digest[table] = prints
    return digest


def compare_digest(uow: UnitOfWork, peer: SyncPeer, bundle_id: str, digest: Digest, today: date) -> int:
    """Compare the digest `peer` sent in bundle `bundle_id` with this device's records (see the module's
    docstring), keep the mismatches, and mark their records for the next bundle. Returns how many there are now.
    Call after the bundle's acknowledgements and records were applied."""
    settled = max((bundle.watermark for bundle in uow.sync.sent(peer.device_id) if bundle.acked_at is not None),
                  default=0)
    scope = scope_for(uow, WorkspaceKind(uow.workspace.info().kind), peer, today)
    index = CaseIndex(uow)
    conflicted = {(row.table_name, row.record_id) for row in uow.sync.open_conflicts()}
    earlier = {(row.table_name, row.record_id): row for row in uow.sync.mismatches(peer.device_id)}
    now = _now()
    rows: list[dict[str, Any]] = []
    for model in SYNCED_MODELS:
        table = model.__tablename__
        layout = _LAYOUTS[table]
        theirs = digest.get(table, {})
        resend: list[str] = []
        for record_id, change_seq, values in uow.sync.contents(model, layout.names):
            if not index.fits(table, layout.cases(index, table, record_id, values), scope):
                continue
            key = (table, record_id)
            if change_seq > settled or key in conflicted:  # the peer cannot hold this version yet
                if key in earlier:
                    rows.append(_row(earlier[key]))
                continue
            their = theirs.get(record_id)
            if their == record_print(table, record_id, layout.json_values(values)):
                continue
            rows.append({"peer_device_id": peer.device_id, "table_name": table, "record_id": record_id,
                         "missing": their is None, "bundle_id": bundle_id, "found_at": now})
            resend.append(record_id)
        uow.sync.forget_bases(table, peer.device_id, resend)
        uow.sync.mark_changed(model, resend)
    uow.sync.replace_mismatches(peer.device_id, rows)
    return len(rows)


def mismatches_in(uow: UnitOfWork) -> list[Mismatch]:
    """Every record a peer's last digest disagreed on, with its case, by peer, table and id."""
    rows = uow.sync.mismatches()
    if not rows:
        return []
    index = CaseIndex(uow)
    labels = {peer.device_id: peer.label for peer in uow.sync.peers()}
    found = []
    for row in rows:
        record = uow.sync.record(MODEL_BY_TABLE[row.table_name], row.record_id)
        cases = sorted(index.cases_of(record)) if record is not None else []
        found.append(Mismatch(labels.get(row.peer_device_id, row.peer_device_id), row.table_name, row.record_id,
                              cases[0] if cases else None, row.missing, row.found_at))
    return found


def _row(mismatch: SyncMismatch) -> dict[str, Any]:
    return {"peer_device_id": mismatch.peer_device_id, "table_name": mismatch.table_name,
            "record_id": mismatch.record_id, "missing": mismatch.missing, "bundle_id": mismatch.bundle_id,
            "found_at": mismatch.found_at}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)

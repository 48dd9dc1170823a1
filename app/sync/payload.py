"""What a bundle carries inside its encryption: changed records, the checklist templates their intakes use, the
sender's new audit entries, the acknowledgement of what the sender received from the recipient, and from a back
office the digest of what it holds of the recipient's cases (app.sync.digest).

The payload is zlib-compressed canonical JSON. `parse_payload` checks all of it (structure, every record against
the schema of app.sync.records, the audit entries' hashes) before the importer writes anything.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from typing import Any

from app.audit import fields_hash
from app.errors import TerugkeerError
from app.sync.canonical import is_storable_int, is_storable_text
from app.sync.records import MODEL_BY_TABLE, WireRecord, parse_wire
from db.models import AuditEntry

PAYLOAD_VERSION = 1
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024  # decompressed; a bundle of every case of a large municipality is far less
_AUDIT_FIELDS = (
    "seq", "event_id", "occurred_at", "action", "outcome", "user_name", "user_role", "purpose", "client_id",
    "record_type", "record_id", "device_id", "legal_basis", "prev_hash", "entry_hash",
)
_INT_AUDIT_FIELDS = frozenset({"seq"})
_OPTIONAL_AUDIT_FIELDS = frozenset({"client_id", "record_type", "record_id"})
_KEYS = frozenset({"version", "records", "templates", "audit", "ack_sequence", "case_count", "tombstones"})
_PRINT = re.compile(r"[0-9a-f]{12}")


@dataclass(frozen=True)
class Template:
    """A checklist template version an intake in the bundle was filled with (immutable text)."""

    template_id: str
    version: int
    content: str


@dataclass(frozen=True)
class Tombstone:
    """A record erased at the sender: the receiver erases it too."""

    table: str
    id: str
    seq: int


@dataclass(frozen=True)
class Payload:
    records: tuple[WireRecord, ...]
    templates: tuple[Template, ...]
    audit: tuple[dict[str, Any], ...]  # the sender's own audit entries, oldest first
    ack_sequence: int  # the highest sequence of the recipient's bundles the sender has received (0: none)
    case_count: int  # how many cases the sender holds (a laptop reports its caseload)
    tombstones: tuple[Tombstone, ...] = ()
    digest: dict[str, dict[str, str]] | None = None  # table -> record id -> fingerprint (app.sync.digest)


def audit_document(entry: AuditEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in _AUDIT_FIELDS}


def build_payload(payload: Payload) -> bytes:
    document: dict[str, Any] = {
        "version": PAYLOAD_VERSION,
        "records": [{"table": r.table, "id": r.id, "seq": r.seq, "fields": r.fields} for r in payload.records],
        "templates": [{"template_id": t.template_id, "version": t.version, "content": t.content}
                      for t in payload.templates],
        "audit": list(payload.audit),
        "ack_sequence": payload.ack_sequence,
        "case_count": payload.case_count,
        "tombstones": [{"table": t.table, "id": t.id, "seq": t.seq} for t in payload.tombstones],
    }
    if payload.digest is not None:
        document["digest"] = payload.digest
    return zlib.compress(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def parse_payload(data: bytes) -> Payload:
    """The payload of an opened (authenticated) bundle, checked whole; raises TerugkeerError "bundle_invalid_record"
    for a record that does not fit the schema and "bundle_payload_invalid" for anything else."""
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(data, MAX_PAYLOAD_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ValueError("payload too large or incomplete")
        document = json.loads(raw.decode("utf-8"))
    except (zlib.error, ValueError, UnicodeDecodeError):
        raise TerugkeerError("bundle_payload_invalid") from None
    if not isinstance(document, dict) or document.get("version") != PAYLOAD_VERSION:
        raise TerugkeerError("bundle_payload_invalid")
    if set(document) - {"digest"} != _KEYS:
        raise TerugkeerError("bundle_payload_invalid")
    records, templates, audit = document["records"], document["templates"], document["audit"]
    tombstones = document["tombstones"]
    if not all(isinstance(part, list) for part in (records, templates, audit, tombstones)):
        raise TerugkeerError("bundle_payload_invalid")
    return Payload(
        records=tuple(parse_wire(record) for record in records),
        templates=tuple(_template(item) for item in templates),
        audit=tuple(_audit(item) for item in audit),
        ack_sequence=_count(document["ack_sequence"]),
        case_count=_count(document["case_count"]),
        tombstones=tuple(_tombstone(item) for item in tombstones),
        digest=_digest(document["digest"]) if "digest" in document else None,
    )


def _digest(item: object) -> dict[str, dict[str, str]]:
    """Per table, record id -> fingerprint: 12 lower-case hex digits (app.sync.digest.PRINT_BYTES = 6)."""
    if not isinstance(item, dict) or not set(item) <= set(MODEL_BY_TABLE):
        raise TerugkeerError("bundle_payload_invalid")
    for prints in item.values():
        if not isinstance(prints, dict) or not all(
                is_storable_text(record_id) and 0 < len(record_id) <= 36 and isinstance(value, str)
                and _PRINT.fullmatch(value) for record_id, value in prints.items()):
            raise TerugkeerError("bundle_payload_invalid")
    return item


def _tombstone(item: object) -> Tombstone:
    if not isinstance(item, dict) or set(item) != {"table", "id", "seq"} or item["table"] not in MODEL_BY_TABLE:
        raise TerugkeerError("bundle_payload_invalid")
    record_id = item["id"]
    if not is_storable_text(record_id) or not 0 < len(record_id) <= 36:
        raise TerugkeerError("bundle_payload_invalid")
    return Tombstone(item["table"], record_id, _count(item["seq"]))


def _template(item: object) -> Template:
    if not isinstance(item, dict) or set(item) != {"template_id", "version", "content"}:
        raise TerugkeerError("bundle_payload_invalid")
    template_id, version, content = item["template_id"], item["version"], item["content"]
    if not is_storable_text(template_id) or not 0 < len(template_id) <= 40 or not is_storable_text(content):
        raise TerugkeerError("bundle_payload_invalid")
    return Template(template_id, _count(version), content)


def _audit(item: object) -> dict[str, Any]:
    """An audit entry whose hash matches its fields and predecessor hash (the chain is checked by the importer)."""
    if not isinstance(item, dict) or set(item) != set(_AUDIT_FIELDS):
        raise TerugkeerError("bundle_payload_invalid")
    for name in _AUDIT_FIELDS:
        value = item[name]
        if name in _INT_AUDIT_FIELDS:
            _count(value)
        elif not _audit_text_fits(name, value):
            raise TerugkeerError("bundle_payload_invalid")
    if fields_hash(item, item["prev_hash"]) != item["entry_hash"]:
        raise TerugkeerError("bundle_audit_chain_broken", seq=item["seq"])
    return item


def _audit_text_fits(name: str, value: object) -> bool:
    if value is None:
        return name in _OPTIONAL_AUDIT_FIELDS
    return is_storable_text(value) and len(value) <= 120


def _count(value: object) -> int:
    if not is_storable_int(value) or value < 0:
        raise TerugkeerError("bundle_payload_invalid")
    return value

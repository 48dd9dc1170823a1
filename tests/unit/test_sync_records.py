"""The schema check of incoming records, the payload check, and the three-way field merge."""

from __future__ import annotations

import hashlib
import json
import zlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import TerugkeerError
from app.sync.importer import merge
from app.sync.payload import Payload, build_payload, parse_payload
from app.sync.records import Fingerprinter, fingerprints, parse_wire

CLIENT_FIELDS: dict[str, Any] = {
    "given_names": "Zoë", "surname_prefix": "", "surname": "Ĳsselmeer", "date_of_birth": "1985-04-01",
    "bsn": "123456782", "municipality_of_registration": "Teststad", "address": "", "phone": "",
    "created_at": "2024-06-01T10:00:00", "updated_at": "2024-06-01T10:00:00",
    "changed_by_device": "6f1c5f7e-2c2b-4a34-9a8e-1a1b2c3d4e5f", "version": 1,
}


def _record(**fields: Any) -> dict[str, Any]:
    return {"table": "client", "id": "c1", "seq": 5, "fields": {**CLIENT_FIELDS, **fields}}


def test_a_valid_record_passes_and_keeps_its_fields() -> None:
    record = parse_wire(_record())
    assert (record.table, record.id, record.seq) == ("client", "c1", 5)
    assert "version" not in record.content() and record.content()["surname"] == "Ĳsselmeer"


@pytest.mark.parametrize(("change", "field"), [
    ({"bsn": "123456789"}, "bsn"),  # fails the 11-test
    ({"date_of_birth": "01-04-1985"}, "date_of_birth"),
    ({"version": "1"}, "version"),
    ({"version": True}, "version"),
    ({"surname": "x" * 121}, "surname"),
    ({"surname": None}, "surname"),
    ({"given_names": 7}, "given_names"),
    ({"nickname": "Zo"}, "nickname"),
    ({"surname": "Zo\ud800"}, "surname"),  # a lone surrogate: not storable text
    ({"created_at": "gisteren"}, "created_at"),
    ({"created_at": None}, "created_at"),
])
def test_a_record_that_does_not_fit_is_refused_naming_the_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(TerugkeerError) as raised:
        parse_wire(_record(**change))
    assert raised.value.code == "bundle_invalid_record"
    assert raised.value.params == {"table": "client", "field": field}


def test_missing_fields_unknown_tables_and_enumerations_are_refused() -> None:
    fields = dict(CLIENT_FIELDS)
    del fields["phone"]
    for document in ({"table": "client", "id": "c1", "seq": 5, "fields": fields},
                     {"table": "audit_entry", "id": "c1", "seq": 5, "fields": {}},
                     {"table": "client", "id": "c1", "seq": -1, "fields": CLIENT_FIELDS},
                     {"table": "client", "id": "c1", "seq": 5}):
        with pytest.raises(TerugkeerError):
            parse_wire(document)


def test_payload_round_trip_and_garbage_refused() -> None:
    payload = Payload(records=(parse_wire(_record()),), templates=(), audit=(), ack_sequence=3, case_count=1)
    assert parse_payload(build_payload(payload)) == payload
    for data in (b"", b"not zlib", zlib.compress(b"[]"), zlib.compress(json.dumps({"version": 2}).encode()),
                 build_payload(payload)[:-4]):
        with pytest.raises(TerugkeerError) as raised:
            parse_payload(data)
        assert raised.value.code == "bundle_payload_invalid"


def test_an_audit_entry_whose_hash_does_not_fit_is_refused() -> None:
    entry = {"seq": 1, "event_id": "e1", "occurred_at": "2024-06-01T10:00:00.000000+00:00", "action": "view",
             "outcome": "success", "user_name": "A", "user_role": "coordinator", "purpose": "aftercare",
             "client_id": None, "record_type": None, "record_id": None, "device_id": "d1",
             "legal_basis": "public_task", "prev_hash": "0" * 64, "entry_hash": "f" * 64}
    payload = Payload(records=(), templates=(), audit=(entry,), ack_sequence=0, case_count=0)
    with pytest.raises(TerugkeerError) as raised:
        parse_payload(build_payload(payload))
    assert raised.value.code == "bundle_audit_chain_broken"


def test_merge_takes_their_change_keeps_mine_and_flags_both() -> None:
    base = {"phone": "1", "address": "a", "notes": "n"}
    mine = {"phone": "2", "address": "a", "notes": "mine"}
    theirs = {"phone": "1", "address": "b", "notes": "theirs"}
    merged, conflicts = merge(mine, theirs, fingerprints(base))
    assert merged == {"phone": "2", "address": "b", "notes": "mine"}
    assert conflicts == ["notes"]


values = st.sampled_from(["a", "b", "c"])
records = st.fixed_dictionaries({"x": values, "y": values})


@given(base=records, mine=records, theirs=records)
def test_merge_never_loses_a_one_sided_change(base: dict[str, str], mine: dict[str, str],
                                              theirs: dict[str, str]) -> None:
    merged, conflicts = merge(mine, theirs, fingerprints(base))
    for name in base:
        if name in conflicts:
            assert mine[name] != base[name] and theirs[name] != base[name] and mine[name] != theirs[name]
            assert merged[name] == mine[name]  # a conflict keeps the local value until someone decides
        elif mine[name] == base[name]:
            assert merged[name] == theirs[name]
        else:
            assert merged[name] == mine[name]


@given(mine=records, theirs=records)
def test_without_a_base_every_difference_is_a_conflict(mine: dict[str, str], theirs: dict[str, str]) -> None:
    merged, conflicts = merge(mine, theirs, {})
    assert merged == mine
    assert set(conflicts) == {name for name in mine if mine[name] != theirs[name]}


@pytest.mark.parametrize("value", ["", "Ünïcode ☃ \"quoted\"\n\t", "\u2028\x01", 0, -12, 2**63 - 1, True, False, None,
                                   "2024-06-15", {"b": [1, "x"], "a": None}])
def test_a_fingerprint_is_the_hash_of_the_value_as_json(value: object) -> None:
    expected = hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:20]
    assert fingerprints({"field": value}) == {"field": expected}


@given(content=st.dictionaries(st.text(min_size=1, max_size=12), st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1), st.text(max_size=20))))
def test_fingerprints_as_json_are_the_text_a_merge_base_stores(content: dict[str, Any]) -> None:
    expected = json.dumps(fingerprints(content), ensure_ascii=False, sort_keys=True)
    assert Fingerprinter().json(content) == expected
    assert _ONE_FINGERPRINTER.json(content) == expected  # one that met the values of every example before


_ONE_FINGERPRINTER = Fingerprinter()

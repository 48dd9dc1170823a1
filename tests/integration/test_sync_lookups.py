"""The sync repository's look-ups by many ids at once (an import asks for every record of a full bundle): exactly
the rows held, however many ids are asked, on both engines."""

from __future__ import annotations

from itertools import islice

from app.workspace.session import OpenWorkspace
from db.models import Client, SyncBase
from db.repositories.sync import CHUNK
from tests.many_cases import valid_bsns

from .helpers import client_data, register

ASKED = 2 * CHUNK + 7  # more than one IN list where the ids travel as bound parameters


def test_lookups_by_many_ids_find_exactly_what_is_held(office: OpenWorkspace) -> None:
    bsns = list(islice(valid_bsns(), ASKED + 2))
    held = {register(office, client_data(surname=f"Held {n}", bsn=bsn)).client_ids[0]: bsn
            for n, bsn in enumerate(bsns[:2])}
    unknown = [f"00000000-0000-4000-8000-{n:012d}" for n in range(ASKED)]
    asked = [*unknown[:CHUNK], *held, *unknown[CHUNK:]]
    peer = "peer-device"
    with office.unit_of_work() as uow:
        assert set(uow.sync.records_by_id(Client, asked)) == set(held)
        assert sorted(uow.sync.clients_with_bsns([*bsns[2:], *held.values()])) == sorted(held.items())
        uow.sync.insert_rows(SyncBase, [
            {"table_name": "client", "record_id": client_id, "peer_device_id": peer, "peer_change_seq": 1,
             "fields_json": '{"surname": "x"}'} for client_id in held])
        assert {base.record_id for base in uow.sync.bases("client", peer, asked)} == set(held)
        uow.sync.forget_bases("client", peer, asked)
        assert uow.sync.base_prints("client", peer, asked) == dict.fromkeys(held, "{}")
        assert uow.sync.bases("client", "another peer", asked) == []
        assert uow.sync.records_by_id(Client, []) == {}

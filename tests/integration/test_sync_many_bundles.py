"""A back-office clerk reads in a USB stick with 50 bundles from 5 coordinators' laptops in one go: every case
arrives with its latest values, in whatever order the files are read."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from app.casework.cases import CaseData, open_case, update_case
from app.domain import WorkspaceKind
from app.sync.device import enroll, own_identity_file
from app.sync.export import export_bundle
from app.sync.identity import read_public_identity
from app.sync.importer import import_bundle
from app.workspace.folder import create_workspace
from app.workspace.keyfile import KdfParams
from app.workspace.session import OpenWorkspace

from .helpers import client_data, register

PASSPHRASE = "many bundles test passphrase"
LAPTOPS, BUNDLES_EACH = 5, 10


def _create(folder: Path, kind: WorkspaceKind, user: str, kdf: KdfParams) -> OpenWorkspace:
    return create_workspace(folder, kind=kind, municipality="Teststad", user_name=user, passphrase=PASSPHRASE,
                            kdf=kdf)


def _enroll(a: OpenWorkspace, b: OpenWorkspace) -> None:
    for here, there in ((a, b), (b, a)):
        data, _ = own_identity_file(there)
        enroll(here, read_public_identity(data))


def test_fifty_bundles_from_five_laptops_in_one_go(tmp_path: Path, fast_kdf: KdfParams) -> None:
    office = _create(tmp_path / "office", WorkspaceKind.BACKOFFICE, "Backoffice", fast_kdf)
    stick = tmp_path / "stick"
    stick.mkdir()
    expected: dict[str, str] = {}  # case id → the phone number its client has last
    bsns = iter(("123456782", "999990019", "999990032", "999990044", "999990056", "999990068", "999990081",
                 "012345672", "012345684", "111222333"))
    laptops = []
    try:
        for number in range(LAPTOPS):
            laptop = _create(tmp_path / f"laptop{number}", WorkspaceKind.COORDINATOR, f"Coördinator {number}",
                             fast_kdf)
            laptops.append(laptop)
            _enroll(laptop, office)
            cases = [register(laptop, client_data(bsn=next(bsns), surname=f"Laptop{number}-{index}"),
                              case=CaseData(coordinator=f"Coördinator {number}")).case_ids[0] for index in range(2)]
            for bundle in range(BUNDLES_EACH):
                case_id = cases[bundle % 2]
                phone = f"06{number}{bundle:07d}"
                file = open_case(laptop, case_id)
                update_case(laptop, case_id, file.version, replace(file.client, phone=phone),
                            file.detention, file.case)
                expected[case_id] = phone
                export_bundle(laptop, office.actor.device_id, stick / f"laptop{number}-{bundle:02d}.terugkeer")
        files = sorted(stick.iterdir())
        assert len(files) == LAPTOPS * BUNDLES_EACH
        random.Random(5).shuffle(files)  # the order a file manager happens to list them in
        results = []
        for path in files:
            results.append(import_bundle(office, path))
        assert not any(result.already_imported or result.conflicts for result in results)
        with office.unit_of_work() as uow:
            phones: dict[str, str] = dict(uow.session.execute(text(
                "SELECT k.id, c.phone FROM case_file k JOIN client c ON c.id = k.client_id")).all())
            received = uow.session.execute(text("SELECT count(*) FROM sync_received")).scalar()
        assert phones == expected  # every case, with its latest value, however the files were ordered
        assert received == LAPTOPS * BUNDLES_EACH
    finally:
        for workspace in (office, *laptops):
            if not workspace.is_locked:
                workspace.lock()

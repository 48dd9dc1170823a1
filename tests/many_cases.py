"""Many fictional cases written quickly into a real encrypted workspace: the register at 100,000 cases in a test.

The demo generator (app.demo) takes minutes for 100,000 cases: it writes intakes, plans and consents too, and it
writes through the app's engine, whose SQLCipher memory security (`PRAGMA cipher_memory_security`, db.engine)
locks and wipes every allocation, which makes a bulk insert about ten times slower. Once on in a process it cannot
be turned off again, so `write_cases` writes in a fresh Python process (this file run as a script), over a
connection keyed with the workspace's data key and that setting left off: it guards the memory of the process, and
the file written is the same. The workspace is one `create_workspace` made, so the tables are the app's; the rows
go in with one plain executemany per table, every column of the app's model, each with its change sequence number
as the app's bulk insert gives them (db.repositories.cases). Only clients, detentions and cases are written, with
the dates of the steps their status reached; no intakes, plans, consents or audit entries.

`fictional_cases` makes the cases themselves, the same for the same seed, so a test knows every row it wrote.
"""

from __future__ import annotations

import functools
import json
import os
import random
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.domain import STATUS_DATE_FIELD, STATUS_FLOW, CaseStatus

GIVEN_NAMES = ("Jan", "Piet", "Klaas", "Mohammed", "Kevin", "Dennis", "Sanne", "Fatima", "Rachid", "Bram",
               "Joyce", "Stefan", "Youssef", "Priscilla", "Gerrit", "Tamara", "Ricardo", "Mehmet", "Lotte", "Jeroen")
SURNAMES = ("Voorbeeld", "Proefmans", "Testerink", "Verzinsel", "Fictiefsma", "Oefenaar", "Nepstra", "Demowijk",
            "Zomaarsen", "Droomkerk", "Bedachtink", "Schijnveld")  # no one carries these
PREFIXES = ("", "", "", "van", "de", "van der")
# Some of the PIs (resources/data/prisons.json); a test places cases of its own in the others.
PRISONS = ("PI Almelo", "PI Arnhem", "PI Breda", "PI Dordrecht", "PI Grave", "PI Haaglanden", "PI Leeuwarden",
           "PI Middelburg", "PI Rotterdam", "PI Ter Apel", "PI Veenhuizen", "PI Vught", "PI Zwolle")
COORDINATORS = ("Anouk Verbeek", "Martijn de Groot", "Fleur Hendriks", "Sem Bakker", "Lieke Mulder")
FIRST_BSN = 990_000_000  # the 99 series, as the demo's: fictional numbers that pass the 11-test
HISTORY_DAYS = 6 * 365
DETENTION_DAYS = (8, 30, 60, 120, 200, 365, 500)
AFTERCARE_DAYS = 91
ROOT = Path(__file__).resolve().parents[1]
SEEDING_CACHE_KIB = 256 * 1024  # the seeding connection's page cache: the indexes of 100,000 cases stay in memory


@dataclass(frozen=True, slots=True)
class FictionalCase:
    """One client with one detention and one case; released means released on the expected date."""

    given_names: str
    surname_prefix: str
    surname: str
    date_of_birth: date
    bsn: str
    prison: str
    start: date
    expected_release: date
    released: bool
    status: CaseStatus
    coordinator: str  # "": not handed to anyone yet


_FIELDS = tuple(field.name for field in fields(FictionalCase))


def valid_bsns(first: int = FIRST_BSN) -> Iterator[str]:
    """Nine-digit numbers from `first` on that pass the 11-test (9×d1 + 8×d2 + … + 2×d8 − d9 divisible by 11), in
    order: each run of the first eight digits has one last digit that passes, or none (when the sum leaves 10)."""
    for head in range(first // 10, 100_000_000):
        remainder = sum((9 - index) * int(digit) for index, digit in enumerate(f"{head:08d}")) % 11
        number = head * 10 + remainder
        if remainder < 10 and number >= first:
            yield f"{number:09d}"


def fictional_cases(count: int, today: date, seed: int = 16) -> list[FictionalCase]:
    """`count` cases of a back office's years (ASCII names, each BSN once, from FIRST_BSN up): started in the last
    HISTORY_DAYS, released when their expected release has passed, closed AFTERCARE_DAYS later; the open ones each
    with a coordinator, or in no one's hands yet as a new notification."""
    rng = random.Random(seed)
    bsns = valid_bsns()
    cases = []
    for _ in range(count):
        start = today - timedelta(days=rng.randint(1, HISTORY_DAYS))
        release = start + timedelta(days=rng.choice(DETENTION_DAYS))
        released = release <= today
        if released:
            status = CaseStatus.CLOSED if release + timedelta(AFTERCARE_DAYS) < today else CaseStatus.AFTERCARE
        else:
            status = rng.choice((CaseStatus.NOTIFIED, CaseStatus.CONTACT, CaseStatus.INTAKE, CaseStatus.PLAN))
        coordinator = "" if status is CaseStatus.NOTIFIED and rng.random() < 0.3 else rng.choice(COORDINATORS)
        cases.append(FictionalCase(
            rng.choice(GIVEN_NAMES), rng.choice(PREFIXES), rng.choice(SURNAMES),
            date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28)), next(bsns), rng.choice(PRISONS),
            start, release, released, status, coordinator))
    return cases


def write_cases(folder: Path, data_key: bytes, cases: Sequence[FictionalCase], today: date) -> None:
    """Add `cases` to the workspace in `folder` (locked: no other connection open), in one transaction, from a
    fresh Python process that runs this tree's code (see the module's docstring); no step date after `today`."""
    order = {"folder": str(folder), "key": data_key.hex(), "today": today.isoformat(),
             "cases": [[value.isoformat() if isinstance(value, date) else value
                        for value in (getattr(case, name) for name in _FIELDS)] for case in cases]}
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, __file__], input=json.dumps(order), capture_output=True, text=True,
                            env=environment, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"writing {len(cases)} cases failed:\n{result.stderr}")


def _read_order(order: dict[str, Any]) -> tuple[Path, bytes, list[FictionalCase], date]:
    cases = []
    for (given_names, prefix, surname, born, bsn, prison, start, release, released, status,
         coordinator) in order["cases"]:
        cases.append(FictionalCase(given_names, prefix, surname, date.fromisoformat(born), bsn, prison,
                                   date.fromisoformat(start), date.fromisoformat(release), released,
                                   CaseStatus(status), coordinator))
    return Path(order["folder"]), bytes.fromhex(order["key"]), cases, date.fromisoformat(order["today"])


def _step_dates(case: FictionalCase, today: date) -> dict[str, date | None]:
    """The day each step up to the case's status was reached: the early ones days apart from the start of
    detention, aftercare at release, closing AFTERCARE_DAYS later; never after today."""
    reached = STATUS_FLOW.index(case.status)
    days = {CaseStatus.NOTIFIED: case.start, CaseStatus.CONTACT: case.start + timedelta(2),
            CaseStatus.INTAKE: case.start + timedelta(9), CaseStatus.PLAN: case.start + timedelta(20),
            CaseStatus.AFTERCARE: case.expected_release,
            CaseStatus.CLOSED: case.expected_release + timedelta(AFTERCARE_DAYS)}
    return {column: min(days[step], today) if STATUS_FLOW.index(step) <= reached else None
            for step, column in STATUS_DATE_FIELD.items()}


CLIENT_COLUMNS = ("id", "created_at", "updated_at", "changed_by_device", "version", "change_seq", "given_names",
                  "surname_prefix", "surname", "date_of_birth", "bsn", "municipality_of_registration", "address",
                  "phone")
DETENTION_COLUMNS = ("id", "created_at", "updated_at", "changed_by_device", "version", "change_seq", "client_id",
                     "prison", "start_date", "expected_release_date", "actual_release_date")
CASE_COLUMNS = ("id", "created_at", "updated_at", "changed_by_device", "version", "change_seq", "client_id",
                "detention_id", "status", "target_groups", "case_direction", "coordinator", "notes",
                *STATUS_DATE_FIELD.values())


def _rows(cases: Sequence[FictionalCase], device: str, first_seq: int, today: date,
          stored: Callable[[date | datetime | None], str | None]) -> tuple[list[tuple[Any, ...]], ...]:
    """The rows of the client, detention and case tables, in the order of their *_COLUMNS, each with its own change
    sequence number from `first_seq` on; dates and times as `stored` keeps them."""
    now = stored(datetime.now(UTC).replace(tzinfo=None))
    stamp = (now, now, device, 1)  # created, updated, by this workspace's device, version 1
    clients, detentions, case_rows = [], [], []
    for number, case in enumerate(cases):
        client_id, detention_id = str(uuid.uuid4()), str(uuid.uuid4())
        seq = first_seq + 3 * number
        clients.append((client_id, *stamp, seq, case.given_names, case.surname_prefix, case.surname,
                        stored(case.date_of_birth), case.bsn, "Teststad", "", ""))
        detentions.append((detention_id, *stamp, seq + 1, client_id, case.prison, stored(case.start),
                           stored(case.expected_release), stored(case.expected_release) if case.released else None))
        case_rows.append((str(uuid.uuid4()), *stamp, seq + 2, client_id, detention_id, case.status.value, "",
                          "coordinator", case.coordinator, "",
                          *(stored(day) for day in _step_dates(case, today).values())))
    return clients, detentions, case_rows


def _write(folder: Path, data_key: bytes, cases: Sequence[FictionalCase], today: date) -> None:
    """In the fresh process: one connection (memory security off), one transaction, one plain executemany per
    table of every column of the app's model, with change sequence numbers reserved as the app's bulk insert
    reserves them (db.repositories.cases); dates as the model's column types store them, each date converted once
    (SQLAlchemy's own work per row took most of the time)."""
    import sqlcipher3
    from sqlalchemy import Connection, create_engine, select
    from sqlalchemy.orm import Session
    from sqlalchemy.pool import StaticPool

    from app.workspace.folder import database_path
    from db import change_tracking
    from db.engine import key_pragma
    from db.models import Base, Case, Client, Detention, WorkspaceInfo

    def connect() -> sqlcipher3.Connection:
        # The default isolation level: the driver begins the transaction before the first write.
        connection = sqlcipher3.connect(str(database_path(folder)), check_same_thread=False)
        for pragma in (key_pragma(data_key), "PRAGMA cipher_compatibility = 4", "PRAGMA cipher_memory_security = OFF",
                       "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                       f"PRAGMA cache_size = -{SEEDING_CACHE_KIB}"):
            connection.execute(pragma).fetchall()
        return connection

    def insert_many(connection: Connection, model: type[Base], columns: tuple[str, ...],
                    rows: list[tuple[Any, ...]]) -> None:
        name = model.__tablename__
        assert sorted(columns) == sorted(model.__table__.c.keys()), name  # every column of the app's table, no other
        connection.exec_driver_sql(
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)

    engine = create_engine("sqlite+pysqlite://", module=sqlcipher3, creator=connect, poolclass=StaticPool)
    date_type, time_type = Detention.__table__.c.start_date.type, Client.__table__.c.created_at.type
    to_date, to_time = (kind.dialect_impl(engine.dialect).bind_processor(engine.dialect)
                        for kind in (date_type, time_type))
    assert to_date is not None and to_time is not None

    @functools.cache
    def stored(value: date | datetime | None) -> str | None:
        return to_time(value) if isinstance(value, datetime) else to_date(value)

    try:
        with Session(engine) as session:
            device = session.execute(select(WorkspaceInfo.device_id)).scalar_one()
            first_seq = change_tracking.reserve(session, 3 * len(cases))
            connection = session.connection()
            for model, columns, rows in zip(
                    (Client, Detention, Case), (CLIENT_COLUMNS, DETENTION_COLUMNS, CASE_COLUMNS),
                    _rows(cases, device, first_seq, today, stored), strict=True):
                insert_many(connection, model, columns, rows)
            session.commit()
    finally:
        engine.dispose()


if __name__ == "__main__":
    _write(*_read_order(json.load(sys.stdin)))

"""The back office of a demo: six coordinators with different workloads, three of them with an enrolled laptop
that reported its caseload in a bundle, and an inbox of notifications of the last weeks.

The laptops are enrolled as people enrol them (a device with its own public keys, app.sync.device), but their
bundles are only the ledger lines a received bundle leaves (how many cases the laptop said it holds): a demo has
no laptops to exchange with. The names are invented, as everything in a demo.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from app.domain import CaseStatus, WorkspaceKind
from app.sync.identity import DeviceIdentity
from db.models import SyncPeer, SyncReceived
from db.uow import UnitOfWork

# Six coordinators and how many of the cases each has: from a full caseload down to someone who just started.
COORDINATORS: tuple[tuple[str, int], ...] = (
    ("Anouk Verbeek", 30), ("Martijn de Groot", 22), ("Fleur Hendriks", 17), ("Sem Bakker", 14),
    ("Lieke Mulder", 11), ("Yusuf Aydın", 6))
LAPTOPS = 3  # the first three coordinators work on an enrolled laptop
INBOX_DAYS = 28  # the inbox holds the notifications of the last four weeks


def pick_coordinator(rng: random.Random) -> str:
    """A coordinator, as often as their share of the cases (for the closed cases of the past)."""
    names, weights = zip(*COORDINATORS, strict=True)
    return rng.choices(names, weights=weights)[0]


class OpenCasesShare:
    """Hands the open cases out in proportion to the shares at every moment (smooth weighted round robin), so
    even a small demo shows six clearly different workloads."""

    def __init__(self) -> None:
        self._credit = {name: 0 for name, _share in COORDINATORS}
        self._total = sum(share for _name, share in COORDINATORS)

    def next(self) -> str:
        for name, share in COORDINATORS:
            self._credit[name] += share
        chosen = max(self._credit, key=lambda name: self._credit[name])
        self._credit[chosen] -= self._total
        return chosen


def inbox_size(cases_wanted: int) -> int:
    """How many of a demo's cases wait in the inbox: a few, and more for a large office."""
    return min(cases_wanted, max(6, min(60, cases_wanted // 100)))


def enrol_demo_laptops(uow: UnitOfWork, municipality: str, cases: Sequence[dict[str, Any]], now: datetime,
                       today: date, seed: int) -> None:
    """Enrol the laptops of the first LAPTOPS coordinators, each with a bundle received in the last days that
    says how many open cases the laptop holds. The caller commits."""
    rng = random.Random(seed)
    open_cases = Counter(case["coordinator"] for case in cases if case["status"] != CaseStatus.CLOSED.value)
    for number, (name, _share) in enumerate(COORDINATORS[:LAPTOPS]):
        device = DeviceIdentity.generate(str(uuid.UUID(int=rng.getrandbits(128), version=4))).public()
        enrolled = now - timedelta(days=rng.randint(200, 600))
        uow.sync.add(SyncPeer(device_id=device.device_id, kind=WorkspaceKind.COORDINATOR.value, label=name,
                              municipality=municipality, signing_public=device.signing_public,
                              encryption_public=device.encryption_public, enrolled_at=enrolled, revoked_at=None,
                              revoked_reason=""))
        uow.flush()
        received = datetime.combine(today - timedelta(days=number), datetime.min.time()) + timedelta(hours=9 + number)
        uow.sync.add(SyncReceived(
            bundle_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), sender_device_id=device.device_id,
            sequence=rng.randint(20, 80), audit_seq=0,
            file_sha256=hashlib.sha256(device.device_id.encode()).hexdigest(),
            record_count=rng.randint(10, 200), case_count=open_cases[name], applied=1, received_at=received))
    uow.flush()

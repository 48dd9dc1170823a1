"""One person of a team back office at work on the server, for the concurrency test
(tests/integration/test_server_concurrency.py) and the team figures of `make bench`.

Usage: clerk.py URL PASSWORD OFFICE_KEY ROLE ROUNDS SEED [CASE_ID ...]
  ROLE is what the person does each round:
    take       take a notification from the inbox for "Coördinator Een"      -> TOOK <case id> | NONE
    edit       save a new note on one of CASE_IDs (their own caseload)       -> SAVED <case id> | STALE <case id>
    print      make the plan of approach of one of CASE_IDs                  -> PRINTED <case id>
    import     read in the bundle files given instead of case ids, one a round -> IMPORTED <file>
Every action is one service call through a workspace connected as this person; each line ends with the seconds
the call took. `DONE` at the end. ROUNDS counts the rounds; a SEED makes the choices repeatable.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from app.backoffice.assignment import inbox, take_from_inbox
from app.casework.cases import StaleEditError, open_case, update_case
from app.casework.documents import make_plan_pdf
from app.sync.importer import import_bundle
from app.workspace.server import connect
from app.workspace.session import OpenWorkspace

COORDINATOR = "Coördinator Een"


def take(workspace: OpenWorkspace, rng: random.Random, _targets: list[str]) -> str:
    waiting = [item.case_id for item in inbox(workspace)]
    if not waiting:
        return "NONE"
    taken = take_from_inbox(workspace, [rng.choice(waiting[:3])], COORDINATOR)  # the oldest, as people do
    return f"TOOK {taken.case_ids[0]}" if taken.case_ids else "NONE"


def edit(workspace: OpenWorkspace, rng: random.Random, targets: list[str]) -> str:
    case_id = rng.choice(targets)
    seen = open_case(workspace, case_id)
    note = f"{workspace.account.login} {rng.random():.12f}"
    try:
        update_case(workspace, case_id, seen.version, seen.client, seen.detention, replace(seen.case, notes=note))
    except StaleEditError:
        return f"STALE {case_id}"
    return f"SAVED {case_id}"


def plan(workspace: OpenWorkspace, rng: random.Random, targets: list[str]) -> str:
    case_id = rng.choice(targets)
    make_plan_pdf(workspace, case_id)
    return f"PRINTED {case_id}"


def read_in(workspace: OpenWorkspace, _rng: random.Random, targets: list[str]) -> str:
    if not targets:
        return "NONE"
    bundle = targets.pop(0)
    import_bundle(workspace, Path(bundle))
    return f"IMPORTED {bundle}"


ACTIONS: dict[str, Callable[[OpenWorkspace, random.Random, list[str]], str]] = {
    "take": take, "edit": edit, "print": plan, "import": read_in}


def main() -> int:
    url, password, office_key, role, rounds, seed, *targets = sys.argv[1:]
    rng = random.Random(int(seed))
    action = ACTIONS[role]
    workspace = connect(url, password=password, office_key=Path(office_key))
    try:
        for _ in range(int(rounds)):
            started = time.perf_counter()
            outcome = action(workspace, rng, targets)
            print(f"{outcome} {time.perf_counter() - started:.4f}", flush=True)
    finally:
        workspace.lock()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

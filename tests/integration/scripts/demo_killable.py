"""Makes a demo workspace and stops at the moments that matter, for the crash test
(tests/integration/test_crash_safety.py) to kill it there.

Usage: demo_killable.py FOLDER CASES, with the passphrase in TERUGKEER_PASSPHRASE. At each moment the child prints
`STAGE <name>` (flushed) and waits for a line on stdin before it goes on: after the schema is made, before and after
the key file is written, and before and after every commit. `DONE` when the workspace is made and filled.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.demo.workspace import create_demo_workspace
from app.workspace.keyfile import KdfParams, KeyFile
from db import migrate
from db.uow import UnitOfWork


def stage(name: str) -> None:
    print(f"STAGE {name}", flush=True)
    if not sys.stdin.readline():
        os._exit(3)  # the test went away


def around(before: str, after: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def paused(*args: Any, **kwargs: Any) -> Any:
        stage(before)
        result = function(*args, **kwargs)
        stage(after)
        return result

    return paused


def main() -> int:
    folder, cases = Path(sys.argv[1]), int(sys.argv[2])
    migrate.create_schema = around("before schema", "schema made", migrate.create_schema)  # type: ignore[method-assign]
    KeyFile.save = around("before key file", "key file written", KeyFile.save)  # type: ignore[method-assign]
    UnitOfWork.commit = around("before commit", "committed", UnitOfWork.commit)  # type: ignore[method-assign]
    workspace = create_demo_workspace(folder, os.environ["TERUGKEER_PASSPHRASE"], cases,
                                      kdf=KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1))
    workspace.lock()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""CPython's cycle collector paused while a large batch of acyclic objects is made (the register's rows, a bundle's
records).

Every 700 new objects it looks at the young ones, and now and then at every object of the process (the GUI's too):
a sixth of the time of reading 20,000 or 100,000 register rows, a tenth of importing a 24,000-record bundle, for
objects that hold no cycles. What cycles the batch does make are collected after it. Another thread that turned it
off meanwhile finds it on again a little early, which only costs time."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

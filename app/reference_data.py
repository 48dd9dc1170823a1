"""Reference lists shipped in resources/ (configurable by editing the data files, not the code)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files


@cache
def prisons() -> tuple[str, ...]:
    """The Dutch penitentiary institutions (PI) offered in forms; free text stays possible."""
    document = json.loads((files("resources") / "data" / "prisons.json").read_text(encoding="utf-8"))
    return tuple(document["prisons"])

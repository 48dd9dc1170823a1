"""Letting go of the source text PySide reads of every module imported after it.

PySide6's import hook (shibokensupport.feature, PYSIDE-2029) looks for "PySide6" in the source of each module
imported once PySide6 is, through `inspect.getsource`, and `linecache` keeps every line it read for the life of
the process: about 30 MB once the GUI has started (SQLAlchemy alone 14 MB), and 8 MB more when the first register
imports `holidays` with the modules of all its countries. Tracebacks read a file again when they need it.
"""

from __future__ import annotations

import linecache


def release_source_lines() -> None:
    """Forget the source lines read so far (linecache's cache only: nothing else depends on it)."""
    linecache.clearcache()

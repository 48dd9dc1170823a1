"""PyInstaller's entry script: the same `terugkeer` command as the installed console script (ui.entry:main)."""

from __future__ import annotations

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())

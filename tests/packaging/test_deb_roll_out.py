"""The .deb as IT rolls it out: installs with dpkg, `terugkeer self-test` passes, `--version` matches, removes.

Needs root and a package built by `make package`, and takes about half a minute, so it runs only when asked:
TERUGKEER_PACKAGE_TEST=1 (`make package-test`; CI sets it after `make package`). `make test` skips it.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("TERUGKEER_PACKAGE_TEST") != "1",
                       reason="installs the .deb: set TERUGKEER_PACKAGE_TEST=1 after make package (needs root)"),
]


def test_the_deb_installs_passes_its_self_test_and_removes_cleanly() -> None:
    debs = sorted((ROOT / "dist").glob("terugkeer_*.deb"))
    assert debs, "no .deb in dist/: run make package first"
    result = subprocess.run(["sh", str(ROOT / "packaging" / "linux" / "test-deb.sh"), str(debs[-1])],
                            capture_output=True, text=True, timeout=900, check=False)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Zelftest geslaagd." in result.stdout or "Self-test passed." in result.stdout

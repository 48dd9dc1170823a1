"""Check a one-folder build (dist/terugkeer): no unused Qt, the resources in place, the size within the limit.

    python packaging/check_dist.py [dist/terugkeer]

Prints the installed size; exits 1 with the problems listed when the build is not fit to ship.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
from qt_selection import KEEP_QT_TRANSLATIONS, SIZE_LIMIT_MB, is_forbidden_qt_file, is_resource_file  # noqa: E402


def required_files() -> list[str]:
    """What the app reads at run time from files, relative to the folder holding the packages: every resource
    file of the source tree (the .qm translations included) and the migration scripts Alembic reads."""
    resources = ROOT / "resources"
    names = [f"resources/{path.relative_to(resources).as_posix()}" for path in sorted(resources.rglob("*"))
             if path.is_file() and is_resource_file(path.relative_to(resources))]
    names += [f"resources/translations/{ts.stem}.qm" for ts in sorted((resources / "translations").glob("*.ts"))]
    migrations = ROOT / "db" / "migrations"
    names.append("db/migrations/env.py")
    names += [f"db/migrations/versions/{path.name}" for path in sorted((migrations / "versions").glob("*.py"))]
    return sorted(set(names))


def folder_size(folder: Path) -> int:
    """Bytes on disk as installed: regular files only (symbolic links count as nothing)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def problems(folder: Path) -> list[str]:
    found = []
    executables = [folder / "terugkeer", folder / "terugkeer.exe"]
    if not any(path.is_file() for path in executables):
        found.append(f"no terugkeer executable in {folder}")
    internal = folder / "_internal" if (folder / "_internal").is_dir() else folder
    found += [f"missing: {name}" for name in required_files() if not (internal / name).exists()]
    # Qt's own Dutch (file dialog, message box buttons): PySide6/Qt/translations, or PySide6/translations on Windows.
    qt_translations = {path.name for path in folder.rglob("*.qm") if path.parent.name == "translations"
                       and "PySide6" in path.parts}
    found += [f"missing: Qt's {name}" for name in sorted(KEEP_QT_TRANSLATIONS - qt_translations)]
    found += [f"unused Qt part shipped: {path.relative_to(folder)}"
              for path in sorted(folder.rglob("*")) if is_forbidden_qt_file(path.name)]
    size_mb = folder_size(folder) / 1_000_000
    if size_mb > SIZE_LIMIT_MB:
        found.append(f"installed size {size_mb:.0f} MB is over the limit of {SIZE_LIMIT_MB} MB")
    return found


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/terugkeer")
    if not folder.is_dir():
        print(f"{folder}: not built; run make package", file=sys.stderr)
        return 1
    print(f"installed size of {folder}: {folder_size(folder) / 1_000_000:.1f} MB (limit {SIZE_LIMIT_MB} MB)")
    found = problems(folder)
    for problem in found:
        print(f"  PROBLEM: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

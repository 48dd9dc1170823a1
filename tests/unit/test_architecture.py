"""The arrows run one way: ui/ → app/ → db/. app/ and db/ never import Qt or ui/; ui/ never imports db/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_PACKAGES = {"PySide6", "shiboken6"}


def _python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def imported_packages(path: Path) -> set[str]:
    """Top-level package of every import in the file, wherever it sits (also inside functions)."""
    package_parts = path.relative_to(ROOT).parent.parts
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against the file's own package
                base = package_parts[: len(package_parts) - node.level + 1]
                found.add(base[0] if base else (node.module or "").split(".")[0])
            elif node.module:
                found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", ["app", "db", "ui"])
def test_every_package_has_python_files(package: str) -> None:
    assert _python_files(package), f"no .py files found under {package}/: the scan below would prove nothing"


def test_scanner_sees_imports_inside_functions() -> None:
    sample = ROOT / "ui" / "entry.py"
    assert {"PySide6", "ui"} <= imported_packages(sample)  # `from ui.cli.main import main` sits inside main()


@pytest.mark.parametrize("path", _python_files("app") + _python_files("db"), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_never_imports_qt_or_ui(path: Path) -> None:
    wrong = imported_packages(path) & (QT_PACKAGES | {"ui"})
    assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}; app/ and db/ must stay free of Qt and ui/"


@pytest.mark.parametrize("path", _python_files("ui"), ids=lambda p: str(p.relative_to(ROOT)))
def test_ui_never_imports_db(path: Path) -> None:
    assert "db" not in imported_packages(path), (
        f"{path.relative_to(ROOT)} imports db/; ui/ talks to services in app/ and receives plain data"
    )


def test_db_never_imports_app() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in _python_files("db") if "app" in imported_packages(p)]
    assert offenders == []

"""The arrows run one way: ui/ → app/ → db/. app/ and db/ never import Qt or ui/; ui/ never imports db/.

Inside that: screens and the command line call services and nothing below them (no unit of work, transaction or
session in ui/); services open their unit of work through `OpenWorkspace.transaction`, the one permission check
(only app/workspace/ opens one without); the command line never imports a widget module.
"""

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


def imported_modules(path: Path) -> set[str]:
    """Full dotted name of every module the file imports from (also inside functions)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.update(f"{node.module}.{alias.name}" if node.module in {"ui", "PySide6"} else node.module
                         for alias in node.names)
    return found


# The command line may use the words (texts), translations and paths of ui/, and Qt Core: nothing that draws.
CLI_MAY_IMPORT_FROM_UI = ("ui.cli", "ui.texts", "ui.i18n", "ui.paths")
WIDGET_QT_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "PySide6.QtPdf",
                     "PySide6.QtPdfWidgets", "PySide6.QtSvg")


def cli_import_problems(path: Path) -> list[str]:
    def wrong(module: str) -> bool:
        from_ui = module == "ui" or module.startswith("ui.")
        return module.startswith(WIDGET_QT_MODULES) or (from_ui and not module.startswith(CLI_MAY_IMPORT_FROM_UI))

    return [f"imports {module}" for module in sorted(imported_modules(path)) if wrong(module)]


@pytest.mark.parametrize("path", sorted((ROOT / "ui" / "cli").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_command_line_never_imports_widgets(path: Path) -> None:
    assert cli_import_problems(path) == [], f"{path.relative_to(ROOT)}: the command line must not load widgets"


DATABASE_ATTRIBUTES = {"unit_of_work", "transaction", "session"}


def database_work(path: Path) -> list[str]:
    """`x.unit_of_work`, `x.transaction` or `x.session` anywhere in the file, as "line: name"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [f"{node.lineno}: .{node.attr}" for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr in DATABASE_ATTRIBUTES]


@pytest.mark.parametrize("path", _python_files("ui"), ids=lambda p: str(p.relative_to(ROOT)))
def test_screens_call_services_only(path: Path) -> None:
    assert database_work(path) == [], (
        f"{path.relative_to(ROOT)} opens database work itself; call a service function of app/ instead")


def unit_of_work_calls(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr == "unit_of_work"]


@pytest.mark.parametrize("path", [p for p in _python_files("app") if "workspace" not in p.relative_to(ROOT).parts],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_services_check_the_permission_when_they_open_a_unit_of_work(path: Path) -> None:
    assert unit_of_work_calls(path) == [], (
        f"{path.relative_to(ROOT)} opens a unit of work without the permission check: use "
        "workspace.transaction(Permission....)")


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    """The scanners above find the wrong arrows they exist for (a scanner that finds nothing proves nothing)."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtWidgets import QDialog\n"
        "from ui import dialogs\n"
        "from ui.texts.messages import error_text\n"
        "def f(workspace):\n"
        "    with workspace.unit_of_work() as uow:\n"
        "        return uow.session.execute('x')\n", encoding="utf-8")
    assert cli_import_problems(sample) == ["imports PySide6.QtWidgets", "imports ui.dialogs"]
    assert database_work(sample) == ["5: .unit_of_work", "6: .session"]
    assert unit_of_work_calls(sample) == [5]

"""The installer sources agree with the code (fast, no build): the Qt modules the build keeps are the ones ui/
imports, the MSI keeps its upgrade code and policy properties, and the .deb's version comes from pyproject.toml."""

from __future__ import annotations

import ast
import importlib.util
import json
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"
# Fixed forever: Windows recognises an upgrade of Terugkeer by it. Never change it.
UPGRADE_CODE = "3167781A-FFCE-401F-8F07-2337E0E38BCA"
# MSI property -> the registry value it writes, named as the policy.json key (resources/policy/schema-v1.json).
POLICY_PROPERTIES = {"MUNICIPALITY": "municipality", "AUTOLOCKMINUTES": "auto_lock_minutes",
                     "QUICKUNLOCK": "quick_unlock_allowed", "LANGUAGE": "language",
                     "BACKOFFICEKEY": "back_office_identity", "BACKOFFICEFINGERPRINT": "back_office_fingerprint",
                     "SMALLCELL": "small_cell_threshold"}


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def qt_modules_imported_by_ui() -> set[str]:
    found = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found.update(alias.name.split(".")[1] for alias in node.names if alias.name.startswith("PySide6."))
    return found


def test_the_build_keeps_exactly_the_qt_modules_ui_imports() -> None:
    selection = load(PACKAGING / "qt_selection.py")
    assert qt_modules_imported_by_ui() == set(selection.QT_USED), (
        "ui/ imports other Qt modules than packaging/qt_selection.py QT_USED keeps in the installers; update it")


def test_unused_qt_parts_are_recognised_by_name() -> None:
    selection = load(PACKAGING / "qt_selection.py")
    for name in ("libQt6WebEngineCore.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "Qt63DCore.dll",
                 "QtMultimedia.abi3.so", "libQt6Charts.so.6", "Qt6WebEngineCore.dll"):
        assert selection.is_forbidden_qt_file(name), name
    for name in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6Pdf.so.6", "libQt6PdfWidgets.so.6",
                 "libQt6PrintSupport.so.6", "libQt6DBus.so.6", "QtPdf.abi3.so", "Qt6Svg.dll", "libqxcb.so",
                 "libquickjs.so"):
        assert not selection.is_forbidden_qt_file(name), name


def test_the_msi_keeps_its_upgrade_code_and_upgrades_in_place() -> None:
    product = ET.parse(PACKAGING / "windows" / "terugkeer.wxs").getroot().find(f"{WIX}Product")
    assert product is not None
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert product.get("Id") == "*"  # a new product code for every build, so that MajorUpgrade applies
    assert product.find(f"{WIX}MajorUpgrade") is not None
    package = product.find(f"{WIX}Package")
    assert package is not None and package.get("InstallScope") == "perMachine"


def test_the_msi_writes_every_policy_property_under_the_policies_key() -> None:
    product = ET.parse(PACKAGING / "windows" / "terugkeer.wxs").getroot().find(f"{WIX}Product")
    assert product is not None
    declared = {prop.get("Id") for prop in product.iter(f"{WIX}Property")}
    assert declared >= set(POLICY_PROPERTIES)
    written = {value.get("Value", "").strip("[]"): value.get("Name") for value in product.iter(f"{WIX}RegistryValue")
               if value.get("Key") == r"Software\Policies\Terugkeer" and value.get("Root") == "HKLM"}
    assert written == POLICY_PROPERTIES
    schema = json.loads((ROOT / "resources" / "policy" / "schema-v1.json").read_text(encoding="utf-8"))
    assert set(POLICY_PROPERTIES.values()) <= set(schema["properties"])
    # Uninstalling must never reach into the user's profile, where the workspaces live.
    assert not list(product.iter(f"{WIX}RemoveFolder")) and not list(product.iter(f"{WIX}RemoveFile"))


def test_the_deb_takes_its_version_from_pyproject() -> None:
    build_deb = load(PACKAGING / "linux" / "build_deb.py")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert build_deb.project_version() == pyproject["project"]["version"]


def test_the_desktop_entry_is_dutch_and_in_office() -> None:
    build_deb = load(PACKAGING / "linux" / "build_deb.py")
    entry = dict(line.split("=", 1) for line in build_deb.DESKTOP_ENTRY.splitlines() if "=" in line)
    assert entry["Exec"] == "terugkeer" and entry["Icon"] == "terugkeer"
    assert entry["Categories"] == "Office;"
    assert "gedetineerden" in entry["Comment"]
    assert (ROOT / "resources" / "icons" / "terugkeer.svg").is_file()
    assert (ROOT / "resources" / "icons" / "terugkeer.png").is_file()

"""What Terugkeer ships and under which licence, for Help → About: the runtime libraries (the dependencies in
pyproject.toml and theirs, read from the installed distributions' metadata, as pip and PyInstaller leave it) and the
fonts in resources/fonts with their licence files.

A distribution without a licence file of its own (the PySide6 wheels carry none) gets the text of its licence from
resources/licenses when that names it (LGPL-3.0, GPL-3.0).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from importlib.metadata import Distribution, PackageNotFoundError, distribution, requires
from importlib.resources import files
from pathlib import Path

from ui.icons import ICON_SET, ICON_SET_VERSION

APP = "terugkeer"
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
EXTRA_MARKER = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
SHIPPED_TEXTS = {"LGPL-3.0": "LGPL-3.0.txt", "GPL-3.0": "GPL-3.0.txt"}  # SPDX id → file in resources/licenses


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    text: str


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _wanted(requirement: str, extras: set[str]) -> tuple[str, set[str]] | None:
    """(name, its requested extras) of a requirement line that applies to the extras asked for, else None."""
    match = REQUIREMENT.match(requirement)
    if match is None:
        return None
    marker = requirement.partition(";")[2]
    needed_extra = EXTRA_MARKER.search(marker)
    if needed_extra is not None and needed_extra.group(1) not in extras:
        return None
    asked = {extra.strip() for extra in (match.group(2) or "").split(",") if extra.strip()}
    return match.group(1), asked


def runtime_distributions(root: str = APP) -> list[Distribution]:
    """The installed distributions `root` needs to run, its own dependencies and theirs, by name. A requirement
    that is not installed (another platform's, another Python's) is left out."""
    found: dict[str, Distribution] = {}
    queue: list[tuple[str, set[str]]] = []
    try:
        queue = [wanted for line in requires(root) or [] if (wanted := _wanted(line, set())) is not None]
    except PackageNotFoundError:  # a source tree that was never installed
        return []
    while queue:
        name, extras = queue.pop()
        key = _normalised(name)
        if key in found:
            continue
        try:
            found[key] = distribution(name)
        except PackageNotFoundError:
            continue
        queue += [wanted for line in found[key].requires or [] if (wanted := _wanted(line, extras)) is not None]
    return sorted(found.values(), key=lambda each: _normalised(each.metadata["Name"]))


def licence_name(dist: Distribution) -> str:
    """The SPDX expression, else the licence classifiers, else the first line of the License field; "" when the
    metadata names none (the text may still)."""
    metadata = dist.metadata
    expression = metadata.get_all("License-Expression") or []
    if expression:
        return str(expression[0])
    classifiers = [str(each).rsplit("::", 1)[-1].strip() for each in metadata.get_all("Classifier") or []
                   if str(each).startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    field = str((metadata.get_all("License") or [""])[0]).strip()
    return field.splitlines()[0][:80] if field else ""


def licence_text(dist: Distribution, name: str) -> str:
    """The licence files in the distribution's metadata folder, else the shipped text of the licence it names."""
    texts = []
    for path in dist.files or []:
        parts = Path(str(path)).parts
        if len(parts) >= 2 and parts[0].endswith(".dist-info") and LICENCE_FILE.search(parts[-1]):
            text = dist.read_text("/".join(parts[1:]))
            if text:
                texts.append(text.strip())
    if not texts:
        texts = [shipped_licence(file) for spdx, file in SHIPPED_TEXTS.items() if re.search(rf"\b{spdx}\b", name)]
    return "\n\n".join(texts)


def shipped_licence(file_name: str) -> str:
    return (files("resources") / "licenses" / file_name).read_text(encoding="utf-8")


def libraries() -> list[Component]:
    components = []
    for dist in runtime_distributions():
        name = licence_name(dist)
        components.append(Component(str(dist.metadata["Name"]), dist.version, name, licence_text(dist, name)))
    return components


def fonts(folder: Path | None = None) -> list[Component]:
    """A component per licence file `LICENSE-<name>.txt` in resources/fonts, for the fonts whose files start with
    <name>; family and version read from the first font file's name table."""
    folder = folder or Path(str(files("resources") / "fonts"))
    components = []
    for licence in sorted(folder.glob("LICENSE-*.txt")):
        prefix = licence.stem.removeprefix("LICENSE-")
        font_files = sorted(folder.glob(f"{prefix}*.ttf"))
        family, version = font_names(font_files[0]) if font_files else (prefix, "")
        text = licence.read_text(encoding="utf-8")
        components.append(Component(family, version.removeprefix("Version "), _first_licence_line(text), text))
    return components


def icon_set() -> Component:
    """The icon set of the menus, toolbar and buttons, with its licence (resources/icons/LICENSE)."""
    text = (files("resources") / "icons" / "LICENSE").read_text(encoding="utf-8")
    return Component(ICON_SET, ICON_SET_VERSION, _first_licence_line(text), text)


def _first_licence_line(text: str) -> str:
    """The name of the licence in a Debian copyright file (its first `License:` line), else ""."""
    found = re.search(r"^License:\s*(.+)$", text, re.MULTILINE)
    return found.group(1).strip() if found else ""


def font_names(path: Path) -> tuple[str, str]:
    """(family, version) from a TrueType font's name table (name ids 1 and 5)."""
    data = path.read_bytes()
    names: dict[int, str] = {}
    (tables,) = struct.unpack_from(">H", data, 4)
    for index in range(tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if tag != b"name":
            continue
        _format, count, strings = struct.unpack_from(">HHH", data, offset)
        for record in range(count):
            platform, _encoding, _language, name_id, length, start = struct.unpack_from(
                ">6H", data, offset + 6 + 12 * record)
            if name_id in (1, 5) and name_id not in names:
                raw = data[offset + strings + start:offset + strings + start + length]
                names[name_id] = raw.decode("utf-16-be" if platform in (0, 3) else "latin-1")
    return names.get(1, path.stem), names.get(5, "")

"""Build dist/terugkeer_<version>_<arch>.deb from the one-folder build in dist/terugkeer.

    python packaging/linux/build_deb.py            (after PyInstaller; `make package` runs both)

Installs to /opt/terugkeer with /usr/bin/terugkeer as a symbolic link, a .desktop entry and the icon. The version
comes from pyproject.toml (the single source). Depends lists the Qt xcb libraries Qt needs plus every system
library that the bundled binaries link to directly (found with readelf, mapped to its package with dpkg -S), so
the package states what it needs on the machine it was built for (Debian 12).
Maintainer: set DEB_MAINTAINER="Naam <adres>" to override the default.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
APP = DIST / "terugkeer"
STAGE = ROOT / "build" / "deb"
PREFIX = Path("opt/terugkeer")
DEFAULT_MAINTAINER = "Team Terugkeer <terugkeer@gemeente.example>"

# What Qt's xcb window plugin loads at run time, and the GL, font and D-Bus libraries it always needs.
BASE_DEPENDS = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
                "libxcb-xkb1", "libxkbcommon-x11-0", "libxcb-shape0", "libxcb-randr0", "libxcb-xinerama0",
                "libegl1", "libfontconfig1", "libdbus-1-3", "libgl1")

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=Terugkeer
GenericName=Nazorg ex-gedetineerden
GenericName[en]=Aftercare for ex-detainees
Comment=Nazorg voor (ex-)gedetineerden: intake, plan van aanpak en synchronisatie, versleuteld en offline
Comment[en]=Aftercare for (ex-)detainees: intake, plan of approach and synchronisation, encrypted and offline
Exec=terugkeer
Icon=terugkeer
Terminal=false
Categories=Office;
Keywords=nazorg;detentie;gemeente;terugkeer;
StartupNotify=true
StartupWMClass=terugkeer
"""

DESCRIPTION = """\
Nazorg voor (ex-)gedetineerden voor gemeenten
 Terugkeer ondersteunt de nazorgcoördinator van de gemeente bij de terugkeer
 van gedetineerden: melding, contact in de PI, intake op de vijf
 basisvoorwaarden, plan van aanpak en nazorg tot drie maanden na vrijlating.
 Alles staat versleuteld (SQLCipher) op de laptop en werkt offline; de
 backoffice bundelt het werk van alle coördinatoren.
 .
 Na installatie controleert "terugkeer self-test" de hele keten.
 Het machinebeleid staat in /etc/terugkeer/policy.json."""


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def needed_libraries(folder: Path) -> set[str]:
    """Sonames that the ELF files in `folder` link to directly and that the folder does not itself hold."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink() and is_elf(path)]
    shipped = {path.name for path in folder.rglob("*")}
    needed: set[str] = set()
    for path in files:
        output = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
        needed.update(line.split("[", 1)[1].rstrip("]") for line in output.splitlines() if "(NEEDED)" in line)
    return needed - shipped


def system_library_paths() -> dict[str, list[str]]:
    """soname -> paths, from the dynamic linker's cache (a package has the same name on every architecture)."""
    output = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, list[str]] = {}
    for line in output.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        paths.setdefault(name.partition(" (")[0], []).append(path)
    return paths


def owning_package(path: str) -> str | None:
    """The Debian package that installed `path` (trying the /lib and /usr/lib spellings of merged /usr)."""
    real = os.path.realpath(path)
    candidates = {path, real}
    for candidate in list(candidates):
        if candidate.startswith("/usr/lib/"):
            candidates.add(candidate.removeprefix("/usr"))
        elif candidate.startswith("/lib/"):
            candidates.add("/usr" + candidate)
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def depends(folder: Path) -> list[str]:
    """BASE_DEPENDS plus the package of every system library linked to; stops the build on one it cannot place."""
    paths = system_library_paths()
    packages = set(BASE_DEPENDS)
    unplaced = []
    for soname in sorted(needed_libraries(folder)):
        package = next((p for p in map(owning_package, paths.get(soname, [])) if p), None)
        if package is None:
            unplaced.append(soname)
        else:
            packages.add(package)
    if unplaced:
        raise SystemExit("no installed package provides " + ", ".join(unplaced) + " (install them, then rebuild)")
    return sorted(packages)


def folder_kib(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) // 1024 + 1


def stage(version: str, arch: str) -> Path:
    shutil.rmtree(STAGE, ignore_errors=True)
    target = STAGE / PREFIX
    target.parent.mkdir(parents=True)
    shutil.copytree(APP, target, symlinks=True)
    bin_dir = STAGE / "usr/bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "terugkeer").symlink_to(f"/{PREFIX}/terugkeer")  # the bootloader finds _internal via /proc/self/exe
    applications = STAGE / "usr/share/applications"
    applications.mkdir(parents=True)
    (applications / "terugkeer.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for source, folder in ((icons / "terugkeer.svg", "scalable"), (icons / "terugkeer.png", "256x256")):
        destination = STAGE / "usr/share/icons/hicolor" / folder / "apps" / source.name
        destination.parent.mkdir(parents=True)
        shutil.copy2(source, destination)
    doc = STAGE / "usr/share/doc/terugkeer"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: terugkeer\n\nFiles: *\nLicense: EUPL-1.2\n\n"
        "Files: opt/terugkeer/_internal/resources/fonts/*\nLicense: Bitstream-Vera and public-domain (DejaVu)\n\n"
        "Files: opt/terugkeer/_internal/resources/icons/actions/*\nLicense: MIT (Bootstrap Icons)\n",
        encoding="utf-8")
    example = ROOT / "packaging" / "policy.example.json"
    if example.is_file():  # the machine policy goes in /etc/terugkeer/policy.json; the package never writes it
        shutil.copy2(example, doc / "policy.example.json")
    for path in STAGE.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    control = STAGE / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: terugkeer\nVersion: {version}\nArchitecture: {arch}\n"
        f"Maintainer: {os.environ.get('DEB_MAINTAINER', DEFAULT_MAINTAINER)}\n"
        f"Installed-Size: {folder_kib(STAGE / 'opt')}\nSection: misc\nPriority: optional\n"
        f"Depends: {', '.join(depends(STAGE / PREFIX))}\nDescription: {DESCRIPTION}\n", encoding="utf-8")
    return STAGE


def main() -> int:
    if not (APP / "terugkeer").is_file():
        print("dist/terugkeer is not built; run make package", file=sys.stderr)
        return 1
    version, arch = project_version(), architecture()
    staged = stage(version, arch)
    out = DIST / f"terugkeer_{version}_{arch}.deb"
    # gzip -6: every dpkg and repository tool reads it, and it takes ~9 s here (xz: 53 MB instead of 69 MB but
    # ~65 s, zstd: not read by the reprepro of Debian 12).
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(staged), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1_000_000:.1f} MB")
    print("Depends:", (staged / "DEBIAN" / "control").read_text(encoding="utf-8").split("Depends: ")[1].split("\n")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())

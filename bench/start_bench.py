"""Start figures for `make bench` (issue 16): from starting `terugkeer` to its first painted window, for a new user
(empty home folder: the first-run wizard) and a returning one (a workspace in the default folder: the unlock
screen), each from the packaged app (dist/terugkeer) and from the source tree, cold and warm.

A cold start comes after dropping the kernel's page cache where that is allowed (root); else the "cold" start is
only the first one. Cold and warm starts are each the median of a few runs, taken in turns (packaged, source, new,
returning), so that a burst of load on a shared machine does not fall on one of them only. The app reports the
moment its first window painted (TERUGKEER_EXIT_AFTER_FIRST_WINDOW, ui/gui.py) and closes.

`python bench/start_bench.py --returning-home FOLDER` makes the returning user's home folder (run by the bench in
a child process: the parent never loads the app).
"""

from __future__ import annotations

import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGED = ROOT / "dist" / "terugkeer"
COLD_RUNS = 3
WARM_RUNS = 3
SIZE_LIMIT_MB = 200
USERS = ("new", "returning")
BUILDS = ("packaged", "source")
# The source tree's app, started as the installed `terugkeer` command starts it, with this tree's code.
SOURCE_START = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from ui.entry import main; sys.argv[1:] = []; "
                "sys.exit(main())")


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1_000_000


def drop_page_cache() -> bool:
    """Empty the kernel's page cache, so the next start reads its files from disk (needs root)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


class Display:
    """A virtual X screen (Xvfb) when there is one, so the start loads the real window plugin; else offscreen."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.env = {"QT_QPA_PLATFORM": "offscreen"}
        if shutil.which("Xvfb") is None:
            return
        number = 80 + os.getpid() % 15
        self.process = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        socket = Path(f"/tmp/.X11-unix/X{number}")
        for _ in range(50):
            if socket.exists():
                self.env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
                return
            time.sleep(0.1)

    @property
    def name(self) -> str:
        return "Xvfb" if self.env["QT_QPA_PLATFORM"] == "xcb" else "offscreen"

    def close(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait()


def start_to_first_window(command: list[str], display: Display, home: Path) -> float:
    """Seconds from starting `command` to its first painted window, for the user whose home folder is `home`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("TERUGKEER_", "XDG_"))}
    env.update(display.env, HOME=str(home), TERUGKEER_EXIT_AFTER_FIRST_WINDOW="1")
    started = time.time()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                               cwd=home)
    assert process.stdout is not None
    shown = None
    # A build without the hook (older than ui/gui.py's) would wait on its wizard for ever: give up after 30 s.
    while shown is None and select.select([process.stdout], [], [], max(0.0, started + 30 - time.time()))[0]:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("first window shown at "):
            shown = float(line.rsplit(" ", 1)[1])
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if shown is None:
        raise RuntimeError(f"{command[0]} reported no first window (exit code {process.returncode}); "
                           "a build from before the TERUGKEER_EXIT_AFTER_FIRST_WINDOW hook? run make package")
    return shown - started


@contextmanager
def homes() -> Iterator[dict[str, Path]]:
    """A new user's empty home folder and a returning user's, with a workspace in the default folder."""
    with tempfile.TemporaryDirectory(prefix="terugkeer-start-") as temporary:
        folders = {user: Path(temporary) / user for user in USERS}
        folders["new"].mkdir()
        subprocess.run([sys.executable, __file__, "--returning-home", str(folders["returning"])], check=True)
        yield folders


def make_returning_home(home: Path) -> None:
    """A home folder whose default workspace folder holds a workspace (a fast KDF: the start does not unlock)."""
    sys.path.insert(0, str(ROOT))
    from app.domain import WorkspaceKind
    from app.workspace.folder import create_workspace
    from app.workspace.keyfile import KdfParams

    folder = home / ".local" / "share" / "Terugkeer" / "werkmap"  # ui.paths.default_workspace_folder on Linux
    folder.parent.mkdir(parents=True)
    create_workspace(folder, kind=WorkspaceKind.COORDINATOR, municipality="Benchstad", user_name="Bench Gebruiker",
                     passphrase="benchmark passphrase only", kdf=KdfParams(iterations=1, memory_kib=8 * 1024,
                                                                           lanes=1)).lock()


def measure_starts() -> dict[str, float | str] | None:
    """The packaged app beside the source tree: sizes and the starts of both users, cold and warm, in seconds
    (keys like "packaged_returning_cold_s"). None when dist/terugkeer is not built."""
    executable = PACKAGED / "terugkeer"
    if not executable.is_file():
        return None
    commands = {"packaged": [str(executable)], "source": [sys.executable, "-c", SOURCE_START]}
    cold: dict[str, list[float]] = {f"{build}_{user}": [] for build in BUILDS for user in USERS}
    warm: dict[str, list[float]] = {key: [] for key in cold}
    display = Display()
    try:
        with homes() as home:
            dropped = False
            for _ in range(COLD_RUNS):
                for key, times in cold.items():
                    build, user = key.split("_")
                    dropped = drop_page_cache()
                    times.append(start_to_first_window(commands[build], display, home[user]))
            for _ in range(WARM_RUNS):
                for key, times in warm.items():
                    build, user = key.split("_")
                    times.append(start_to_first_window(commands[build], display, home[user]))
    finally:
        display.close()
    debs = sorted(PACKAGED.parent.glob("terugkeer_*.deb"), key=lambda path: path.stat().st_mtime)
    figures: dict[str, float | str] = {
        "size_mb": folder_size_mb(PACKAGED), "deb_mb": debs[-1].stat().st_size / 1_000_000 if debs else 0.0,
        "cold": "cold" if dropped else "first", "display": display.name}
    figures.update({f"{key}_cold_s": statistics.median(times) for key, times in cold.items()})
    figures.update({f"{key}_warm_s": statistics.median(times) for key, times in warm.items()})
    return figures


def print_rows(figures: dict[str, float | str] | None, problem: str = "") -> None:
    """The start rows: the baseline column is the same start from the source tree, the 20,000-cases column the
    packaged app."""
    if figures is None:
        print(f"{'packaged app (dist/terugkeer)':42} {problem or 'not built; run make package':>47}")
        return
    print(f"{'packaged app: installed size':42} {'':>20} {figures['size_mb']:>11.1f} MB {f'≤ {SIZE_LIMIT_MB} MB':>10}")
    if figures["deb_mb"]:
        print(f"{'packaged app: .deb download':42} {'':>20} {figures['deb_mb']:>11.1f} MB {'':>10}")
    screens = {"new": "first-run wizard", "returning": "unlock screen"}
    for user in USERS:
        for kind, runs, target in (("cold", COLD_RUNS, "≤ 1.2 s"), ("warm", WARM_RUNS, "≤ 2 s")):
            label = f"start → {screens[user]}, {figures['cold'] if kind == 'cold' else 'warm'} ×{runs}"
            print(f"{label:42} {figures[f'source_{user}_{kind}_s']:>17.3f} s  "
                  f"{figures[f'packaged_{user}_{kind}_s']:>11.3f} s  {target:>10}")
    print(f"(start rows: medians; baseline = from the source tree, 20,000-cases column = the packaged app; a new "
          f"user's first-run wizard and a returning user's unlock screen, on {figures['display']})")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--returning-home"]:
        make_returning_home(Path(sys.argv[2]))
    else:
        try:
            measured, why = measure_starts(), ""
        except RuntimeError as error:
            measured, why = None, str(error)
        print_rows(measured, why)

"""A desktop session of its own for a screen-reader test: an X server (Xvfb), a D-Bus session bus, and on it the
accessibility bus (at-spi-bus-launcher, started by D-Bus activation when first asked for), all ended afterwards.

Skips the test, saying why, where the machine lacks a part (Debian: xvfb, dbus-daemon, dbus-bin, at-spi2-core,
python3-pyatspi; .ci/run installs them) or the accessibility bus does not come up."""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"  # the Python that has pyatspi (a Debian package, not in the app's venv)
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
START_SECONDS = 30


def _missing_parts() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "dbus-send") if shutil.which(tool) is None]
    if not BUS_LAUNCHER.exists():
        missing.append(str(BUS_LAUNCHER))
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False).returncode != 0:
        missing.append("pyatspi for /usr/bin/python3")
    return missing


def _started(command: list[str], environment: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    """Start `command`, which writes one line (display number, bus address) to the file descriptor given as its
    last argument; returns the process and that line."""
    reading, writing = os.pipe()
    process = subprocess.Popen([*command, str(writing)], pass_fds=(writing,), env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(writing)
    with selectors.DefaultSelector() as selector, os.fdopen(reading, "rb") as stream:
        selector.register(stream, selectors.EVENT_READ)
        ready = selector.select(timeout=START_SECONDS)
        line = stream.readline().decode().strip() if ready else ""
    if not line:
        process.kill()
        process.wait()
        pytest.skip(f"{command[0]} did not start on this machine")
    return process, line


@contextmanager
def accessibility_session(folder: Path) -> Iterator[dict[str, str]]:
    """The environment for programs in the session: DISPLAY, DBUS_SESSION_BUS_ADDRESS and Qt's switches for
    AT-SPI. Everything started here is ended when the block ends."""
    missing = _missing_parts()
    if missing:
        pytest.skip("no AT-SPI on this machine: missing " + ", ".join(missing))
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")}
    environment.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(folder / "home"))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        x_server, display = _started(["Xvfb", "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-displayfd"],
                                     environment)
        processes.append(x_server)
        environment["DISPLAY"] = f":{display}"
        bus, address = _started(["dbus-daemon", "--session", "--nofork", "--print-address"], environment)
        processes.append(bus)
        environment["DBUS_SESSION_BUS_ADDRESS"] = address
        asked = subprocess.run(  # starts the accessibility bus (D-Bus activation) and waits until it answers
            ["dbus-send", "--session", "--print-reply", f"--reply-timeout={START_SECONDS * 1000}",
             "--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
            env=environment, capture_output=True, text=True, timeout=START_SECONDS + 5, check=False)
        if asked.returncode != 0:
            pytest.skip(f"the AT-SPI bus did not start: {asked.stderr.strip()}")
        environment.update(QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        yield environment
    finally:
        for process in reversed(processes):
            process.terminate()
            with suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
            if process.poll() is None:
                process.kill()
                process.wait()

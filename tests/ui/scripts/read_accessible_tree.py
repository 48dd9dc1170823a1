"""Reads the accessible tree of one application over AT-SPI, as a screen reader does (for test_screen_reader.py).

Usage: /usr/bin/python3 read_accessible_tree.py PID. Runs with the system's Python, which has pyatspi (the app's
virtual environment has not). Prints one JSON list: per object that is showing, its role, its name, the names of
the objects it is labelled by, and whether it can take the focus. Exits 2 when the application is not on the bus
within WAIT_SECONDS (Qt registers it shortly after its first window shows).
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

WAIT_SECONDS = 20


def find_application(pid: int):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        for application in pyatspi.Registry.getDesktop(0):
            if application is not None and application.get_process_id() == pid:
                return application
        time.sleep(0.2)
    return None


def walk(node, found: list[dict]) -> None:
    states = node.getState()
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    labelled_by = [target.name for relation in node.getRelationSet()
                   if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                   for target in (relation.getTarget(index) for index in range(relation.getNTargets()))]
    found.append({"role": node.getRoleName(), "name": node.name or "", "labelled_by": labelled_by,
                  "focusable": states.contains(pyatspi.STATE_FOCUSABLE)})
    for child in node:
        if child is not None:
            walk(child, found)


def main() -> int:
    application = find_application(int(sys.argv[1]))
    if application is None:
        return 2
    found: list[dict] = []
    for window in application:
        if window is not None:
            walk(window, found)
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())

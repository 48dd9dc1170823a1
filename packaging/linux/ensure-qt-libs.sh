#!/bin/sh
# Qt's xcb window plugin needs system libraries that the PySide6 wheels do not ship.
# Installs them when run as root on Debian/Ubuntu; otherwise prints the one command to run.
set -eu
command -v dpkg-query >/dev/null 2>&1 || exit 0
LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libegl1 libfontconfig1 libdbus-1-3"
missing=""
for lib in $LIBS; do
    dpkg-query -W -f='${Status}' "$lib" 2>/dev/null | grep -q "install ok installed" || missing="$missing $lib"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "Installing system libraries for Qt:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
    echo "Qt needs system libraries that are missing. Run:" >&2
    echo "  sudo apt-get install -y$missing" >&2
    exit 1
fi

#!/bin/sh
# Install the .deb on this machine, run what IT runs after a roll-out, and remove the package again.
#   sh packaging/linux/test-deb.sh [dist/terugkeer_X.Y.Z_ARCH.deb]
# Needs root (dpkg). Removes a Terugkeer package that was installed before, too. Exit 0: all well.
set -eu
cd "$(dirname "$0")/../.."
deb=${1:-$(ls dist/terugkeer_*.deb 2>/dev/null | tail -n 1)}
[ -f "$deb" ] || { echo "no .deb in dist/; run make package" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "test-deb.sh needs root (dpkg -i)" >&2; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
scratch=$(mktemp -d)
remove() { DEBIAN_FRONTEND=noninteractive dpkg --purge terugkeer >/dev/null 2>&1 || true; rm -rf "$scratch"; }
trap remove EXIT

echo "== install $deb"
if ! dpkg -i "$deb" >"$scratch/dpkg.log" 2>&1; then
    echo "   dependencies missing; apt-get install -f"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >/dev/null
fi
dpkg-query -W -f='${Status}\n' terugkeer | grep -q "install ok installed" || { cat "$scratch/dpkg.log"; exit 1; }
test -L /usr/bin/terugkeer && test -x /opt/terugkeer/terugkeer
test -f /usr/share/applications/terugkeer.desktop
test -f /usr/share/icons/hicolor/scalable/apps/terugkeer.svg
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate /usr/share/applications/terugkeer.desktop; fi

echo "== terugkeer --version"
# A fresh user: nothing of the developer's own settings or workspaces is seen.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
mkdir -p "$HOME"
shown=$(cd / && terugkeer --version)
echo "   $shown"
[ "$shown" = "Terugkeer $version" ] || { echo "expected: Terugkeer $version" >&2; exit 1; }

echo "== QT_QPA_PLATFORM=offscreen terugkeer self-test"
status=0
(cd / && QT_QPA_PLATFORM=offscreen terugkeer self-test --keep "$scratch/kept") >"$scratch/self-test.txt" 2>&1 || status=$?
sed 's/^/   /' "$scratch/self-test.txt"
[ "$status" = 0 ] || { echo "self-test exited with $status" >&2; exit 1; }
if grep -Eqv '^(OK  |Zelftest geslaagd|Self-test passed)' "$scratch/self-test.txt"; then
    echo "self-test printed a line that is not OK" >&2; exit 1
fi
for pdf in plan.pdf consent.pdf; do test -s "$scratch/kept/$pdf" || { echo "no $pdf written" >&2; exit 1; }; done

echo "== remove"
DEBIAN_FRONTEND=noninteractive dpkg --purge terugkeer >"$scratch/purge.log" 2>&1 || { cat "$scratch/purge.log"; exit 1; }
[ ! -e /opt/terugkeer ] && [ ! -e /usr/bin/terugkeer ] || { echo "files left after removal" >&2; exit 1; }
echo "test-deb: all well ($deb)"

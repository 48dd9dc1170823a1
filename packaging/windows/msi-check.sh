#!/bin/sh
# `make msi-check`: prove packaging/windows/terugkeer.wxs compiles, with wixl (Debian package `wixl`), against a
# stand-in payload of a few small files, and that the MSI holds what IT relies on (upgrade code, per-machine
# install folder, Start-menu shortcut, machine-policy registry values). The real MSI is built on Windows with
# WiX 3 by packaging/windows/build.ps1 from the same .wxs.
set -eu
cd "$(dirname "$0")/../.."
command -v wixl >/dev/null 2>&1 || { echo "wixl is missing: apt-get install -y wixl msitools" >&2; exit 1; }
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
out=build/msi-check
rm -rf "$out"
mkdir -p "$out/payload/_internal/resources/checklists"
printf 'stand-in\n' >"$out/payload/terugkeer.exe"
printf 'stand-in\n' >"$out/payload/_internal/python311.dll"
cp resources/checklists/schema-v1.json "$out/payload/_internal/resources/checklists/"
# wixl takes relative paths only, so it runs from the repository root.
(cd "$out" && find payload -type f | sort |
    wixl-heat --var var.SourceDir --directory-ref INSTALLFOLDER --component-group AppFiles -p payload/ --win64) \
    >"$out/files.wxs"
msi="$out/Terugkeer-$version.msi"
# wixl warns about WiX attributes it does not know (Secure, AllowSameVersionUpgrades); WiX 3 on Windows uses them.
wixl -a x64 -D Win64=yes -D "Version=$version" -D "SourceDir=$out/payload" -D IconFile=resources/icons/terugkeer.ico \
    -o "$msi" packaging/windows/terugkeer.wxs "$out/files.wxs" 2>"$out/wixl.log" || { cat "$out/wixl.log" >&2; exit 1; }

fail() { echo "msi-check: $*" >&2; exit 1; }
tables=$(msiinfo tables "$msi")
for table in Upgrade Registry Shortcut AppSearch RegLocator CustomAction File Icon; do
    echo "$tables" | grep -qx "$table" || fail "no $table table"
done
msiinfo export "$msi" Property | grep -q "UpgradeCode	{3167781A-FFCE-401F-8F07-2337E0E38BCA}" || fail "UpgradeCode changed"
msiinfo export "$msi" Property | grep -q "ProductVersion	$version" || fail "ProductVersion is not $version"
msiinfo export "$msi" Directory | grep -q "ProgramFiles64Folder" || fail "not installed under Program Files (64-bit)"
for name in municipality auto_lock_minutes quick_unlock_allowed language back_office_identity back_office_fingerprint \
            small_cell_threshold; do
    msiinfo export "$msi" Registry | grep -q "Software\\\\Policies\\\\Terugkeer	$name	" || fail "no policy value $name"
done
msiinfo export "$msi" Shortcut | grep -q "Terugkeer" || fail "no Start-menu shortcut"
echo "msi-check: $msi compiles ($(wc -c <"$msi") bytes, stand-in payload)"

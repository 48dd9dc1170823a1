#!/bin/bash
# Build Terugkeer.app and dist/Terugkeer-<version>.dmg on a Mac; sign and notarise them when asked.
#
#   packaging/macos/build.sh
#   CODESIGN_IDENTITY="Developer ID Application: Gemeente X (TEAMID1234)" NOTARY_PROFILE=terugkeer-notary \
#       packaging/macos/build.sh
#
# Needs Python 3.11 (python3.11 on PATH) and the Xcode command line tools. NOTARY_PROFILE names a keychain profile
# made once with: xcrun notarytool store-credentials terugkeer-notary --apple-id ... --team-id ... --password ...
# The version comes from pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python3.11 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
identity=${CODESIGN_IDENTITY:-}
echo "Terugkeer $version"

[ -x .venv-mac/bin/python ] || python3.11 -m venv .venv-mac
.venv-mac/bin/python -m pip install --quiet --upgrade pip
.venv-mac/bin/python -m pip install --quiet -e '.[package]'
for ts in resources/translations/*.ts; do .venv-mac/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"; done

# The app icon, from the 256 px PNG (the spec picks up build/terugkeer.icns).
rm -rf build/terugkeer.iconset && mkdir -p build/terugkeer.iconset
for size in 16 32 128 256; do
    sips -z $size $size resources/icons/terugkeer.png --out "build/terugkeer.iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns build/terugkeer.iconset -o build/terugkeer.icns

# PyInstaller signs every binary itself when CODESIGN_IDENTITY is set (hardened runtime + entitlements).
CODESIGN_IDENTITY="$identity" .venv-mac/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/terugkeer.spec
.venv-mac/bin/python packaging/check_dist.py dist/terugkeer
app=dist/Terugkeer.app
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/terugkeer" self-test

if [ -n "$identity" ]; then
    # The bundle as a whole, with the hardened runtime (required for notarisation) and a secure timestamp.
    codesign --force --options runtime --timestamp --entitlements packaging/macos/entitlements.plist \
        --sign "$identity" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

dmg="dist/Terugkeer-$version.dmg"
staging=build/dmg
rm -rf "$staging" "$dmg" && mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Programma's"
hdiutil create -volname "Terugkeer $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "$identity" ]; then
    codesign --force --timestamp --sign "$identity" "$dmg"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
        xcrun stapler validate "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose "$dmg"
    else
        echo "not notarised (no NOTARY_PROFILE): Gatekeeper will warn on other Macs"
    fi
else
    echo "not signed (no CODESIGN_IDENTITY): for testing on this Mac only"
fi
echo "built $dmg"

#!/usr/bin/env bash
# Make a compressed disk image holding the .app and a link to /Applications.
#   packaging/macos/make_dmg.sh "dist/SendClean SMTP Manager.app" dist/out.dmg "Volume name"
# Run by packaging/build.py macos (macOS only: ditto, hdiutil).
set -euo pipefail

if (($# != 3)); then
  echo "usage: $0 APP OUT_DMG VOLUME_NAME" >&2
  exit 2
fi
app=$1
out=$2
volume=$3
[[ -d "$app" ]] || { echo "no such app bundle: $app" >&2; exit 1; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
rm -f "$out"

# hdiutil sometimes fails with "Resource busy" on CI machines: try a few times.
for attempt in 1 2 3; do
  if hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$out"; then
    hdiutil verify "$out"
    exit 0
  fi
  echo "hdiutil create failed (attempt $attempt), retrying" >&2
  sleep $((attempt * 5))
done
exit 1

#!/usr/bin/env bash
# Renders the committed PNG icons from the scalable one. Run it after editing the SVG, then commit
# the PNGs (the build does not need rsvg-convert). Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
id=org.sahelatlas.SahelAtlas
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 48 64 128 256 512; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --output "${size}x${size}/$id.png" "$id.svg"
done

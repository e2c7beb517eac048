#!/usr/bin/env bash
# Makes the AppStream screenshots (captions in packaging/org.sahelatlas.SahelAtlas.metainfo.xml.in) with
# the window rendered offscreen, 1600x900 (16:9, as software centres show them), English interface.
# Upload them to an https:// folder and configure with -DSAHEL_SCREENSHOT_BASE_URL=<that folder> to
# put them in the metainfo.
#   packaging/screenshots/take-screenshots.sh [EXECUTABLE] [OUTPUT_DIR]
#   defaults: build/release/app/sahel-atlas, build/screenshots (made again for each release, not committed)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exe=${1:-$here/../../build/release/app/sahel-atlas}
out=${2:-$here/../../build/screenshots}
mkdir -p "$out"
home=$(mktemp -d) # fresh settings: no remembered window, view or language
trap 'rm -rf "$home"' EXIT
shot() { HOME=$home XDG_CONFIG_HOME=$home "$exe" --lang en --size 1600x900 --screenshot "$out/$1" "${@:2}"; }
shot main-window.png
shot fact-selected.png --fact lavrov-joint-force
shot presentation.png --fact lavrov-joint-force --present
ls -l "$out"/*.png

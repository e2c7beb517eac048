#!/usr/bin/env bash
# Installs the Sahel Atlas .deb the way a user would (apt, dependencies from the Debian archive), checks
# what it installed, runs it, then removes and purges it and checks nothing of it is left. CI runs:
#
#   make package && bash packaging/test-deb.sh
#
#   packaging/test-deb.sh [FILE.deb]   default: the newest build/release/sahel-atlas_*.deb (made with
#                                      `make package` when there is none)
#
# Needs root (re-runs itself through sudo otherwise). Idempotent: a sahel-atlas already installed is
# purged first; the check tools it installs (desktop-file-utils, appstream, shared-mime-info, gio) stay.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
id=org.sahelatlas.SahelAtlas
mime=application/x-sahel-atlas-story+json

if [ "$(id -u)" -ne 0 ]; then
    exec sudo "$0" "$@"
fi
export DEBIAN_FRONTEND=noninteractive
# A test machine: no fsync in dpkg's unpacking nor in update-mime-database (its trigger: 7 s to 0.5 s).
export PKGSYSTEM_ENABLE_FSYNC=0
apt=(apt-get -q -y -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-unsafe-io)

step() { printf '== test-deb: %s (%ds)\n' "$*" "$SECONDS"; }
# grep -q in a pipeline stops reading early: under pipefail the writer's SIGPIPE fails the test.
has() { grep "$@" >/dev/null; }
fail() {
    printf 'test-deb: FAIL: %s\n' "$*" >&2
    exit 1
}

deb=${1:-}
if [ -z "$deb" ]; then
    deb=$(ls -t "$repo"/build/release/sahel-atlas_*.deb 2>/dev/null | sed -n 1p || true)
    if [ -z "$deb" ]; then
        step "no .deb in build/release: make package"
        make -C "$repo" package
        deb=$(ls -t "$repo"/build/release/sahel-atlas_*.deb | sed -n 1p)
    fi
fi
[ -f "$deb" ] || fail "$deb: no such file"
deb=$(realpath "$deb")
version=$(dpkg-deb -f "$deb" Version)
step "testing $deb (version $version)"

tmp=$(mktemp -d)
installed=
cleanup() {
    rm -rf "$tmp"
    if [ -n "$installed" ]; then # a failed check: leave no sahel-atlas behind
        "${apt[@]}" purge sahel-atlas >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

# The tools of the checks, installed before the package so that their dpkg triggers (MIME database,
# desktop database) run when it is installed, as on a desktop.
tools=(desktop-file-utils appstream shared-mime-info libglib2.0-bin groff-base man-db file)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | has "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    step "installing check tools: ${missing[*]}"
    "${apt[@]}" update
    "${apt[@]}" install --no-install-recommends "${missing[@]}"
fi

if dpkg-query -W -f='${Status}' sahel-atlas 2>/dev/null | has "install ok\|deinstall ok config-files"; then
    step "purging the sahel-atlas already installed"
    "${apt[@]}" purge sahel-atlas >/dev/null
fi

# --- The package's metadata -------------------------------------------------------------------------
step "control fields"
depends=$(dpkg-deb -f "$deb" Depends)
for p in qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-dialogs libqt6core6 libgdal; do
    grep -q "$p" <<<"$depends" || fail "Depends lacks $p: $depends"
done
[ "$(dpkg-deb -f "$deb" Section)" = education ] || fail "Section is not education"
dpkg-deb -f "$deb" Description | has "Liptako-Gourma" || fail "no long description"

# --- Install: every dependency must resolve from the archive ------------------------------------------
step "apt-get install $deb"
installed=1
if ! "${apt[@]}" install --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1; then
    step "install failed: apt-get update, then again"
    "${apt[@]}" update >/dev/null
    "${apt[@]}" install --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1 || {
        cat "$tmp/apt.log" >&2
        fail "apt-get install"
    }
fi
# Recommends too must exist in the archive (installed by users' apt by default, left out here).
apt-get -s install "$deb" >/dev/null 2>&1 || fail "apt-get -s install (with Recommends) does not resolve"
dpkg -L sahel-atlas | sort >"$tmp/files"

step "installed files"
expected=(
    /usr/bin/sahel-atlas
    /usr/lib/sahel-atlas/libsahel-gdal.so
    /usr/share/applications/$id.desktop
    /usr/share/metainfo/$id.metainfo.xml
    /usr/share/mime/packages/$id.xml
    /usr/share/icons/hicolor/scalable/apps/$id.svg
    /usr/share/man/man1/sahel-atlas.1.gz
    /usr/share/doc/sahel-atlas/copyright
    /usr/share/doc/sahel-atlas/changelog.gz
    /usr/share/doc/sahel-atlas/DATA-SOURCES.md
    /usr/share/doc/sahel-atlas/STORY-FORMAT.md
    /usr/share/doc/sahel-atlas/story.schema.json
    /usr/share/doc/sahel-atlas/examples/aes-2025-04-03.story.json
)
for size in 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
    file -b "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" | has "PNG image data, $size x $size" ||
        fail "the ${size}x${size} icon is not a $size x $size PNG"
done
for f in "${expected[@]}"; do
    grep -qx "$f" "$tmp/files" || fail "$f is not in the package"
    [ -f "$f" ] || fail "$f is not installed"
done
unexpected=$(grep -v -e '^/usr/bin' -e '^/usr/share' -e '^/usr/lib/sahel-atlas' "$tmp/files" | grep -vx '/\.\|/usr\|/usr/lib' || true)
[ -z "$unexpected" ] || fail "files outside /usr/bin, /usr/lib/sahel-atlas and /usr/share: $unexpected"

# --- Run the installed program ------------------------------------------------------------------------
# As a user would: from another folder, with a fresh home, no display and QT_QPA_PLATFORM unset.
run() { (cd "$tmp" && env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" "$@"); }
mkdir -p "$tmp/home" && mkdir -m 700 "$tmp/run"

step "sahel-atlas --version"
out=$(run sahel-atlas --version)
[ "$(command -v sahel-atlas)" = /usr/bin/sahel-atlas ] || fail "sahel-atlas is not /usr/bin/sahel-atlas"
[ "$out" = "sahel-atlas $version" ] || fail "--version says \"$out\", the package is $version"

step "headless export"
run sahel-atlas --export "$tmp/x.png" --size 800x600
file -b "$tmp/x.png" | has "PNG image data, 800 x 600" || fail "the export is not an 800x600 PNG"
run sahel-atlas --export "$tmp/x.pdf" >/dev/null
head -c 5 "$tmp/x.pdf" | has "%PDF-" || fail "the PDF export is not a PDF"
run sahel-atlas --check-story /usr/share/doc/sahel-atlas/examples/aes-2025-04-03.story.json >/dev/null ||
    fail "the example story does not validate"

# The whole window offscreen: loads every QML module the window imports at start. QML_IMPORT_TRACE
# names each module imported.
step "window screenshot (QML)"
run env QML_IMPORT_TRACE=1 sahel-atlas --screenshot "$tmp/window.png" --size 1280x800 2>"$tmp/trace.log" ||
    { tail -20 "$tmp/trace.log" >&2; fail "--screenshot"; }
file -b "$tmp/window.png" | has "PNG image data, 1280 x 800" || fail "the screenshot is not a 1280x800 PNG"

# Every QML module the app uses must come from a package in the closure of its Depends: those that
# the window loaded (trace) and every import of the source's .qml files (when the source is here),
# which covers dialogs that load only when opened. A module the machine has but the package does not
# depend on passes the install above and fails on a user's machine; this catches it.
step "QML modules against Depends"
qmldir=$(dirname "$(dirname "$(dpkg -L qml6-module-qtquick | grep '/qml/QtQuick/qmldir$')")")
modules=$(sed -n 's/.*addLibraryImport: [^ ]* "\([A-Za-z][A-Za-z0-9_.]*\)".*/\1/p' "$tmp/trace.log" | grep -v '^SahelAtlas$' || true)
[ -n "$modules" ] || fail "no QML import in the trace of --screenshot (QML_IMPORT_TRACE)"
if [ -d "$repo/app" ]; then
    # app/location (the basemap) is built only where Qt has QtLocation, which its dev package tells.
    skip_location=(-path "$repo/app/location" -prune -o)
    dpkg-query -W -f='${Status}' qt6-location-dev 2>/dev/null | grep -q "install ok installed" && skip_location=()
    modules+=$'\n'$(find "$repo/app" "${skip_location[@]}" -name '*.qml' \
        -exec sed -n 's/^import \([A-Za-z][A-Za-z0-9_.]*\).*/\1/p' {} + | grep -v '^SahelAtlas' || true)
fi
# The non-native FileDialog (QtQuick.Dialogs without a desktop's dialog helper) imports these.
modules+=$'\n'"QtQuick.Dialogs.quickimpl"$'\n'"Qt.labs.folderlistmodel"
declare -A depends_of=() closure=()
while IFS=$'\t' read -r p d; do
    depends_of[$p]=$d
done < <(dpkg-query -W -f='${db:Status-Abbrev}\t${Package}\t${Depends}, ${Pre-Depends}\n' | sed -n 's/^ii \t//p')
queue=(sahel-atlas)
while [ ${#queue[@]} -gt 0 ]; do
    p=${queue[-1]}
    unset 'queue[-1]'
    [ -n "${closure[$p]:-}" ] && continue
    closure[$p]=1
    for d in $(tr ',|' '  ' <<<"${depends_of[$p]:-}" | sed 's/([^)]*)//g; s/:any//g'); do
        [ -n "${depends_of[$d]+set}" ] && [ -z "${closure[$d]:-}" ] && queue+=("$d")
    done
done
for m in $(sort -u <<<"$modules"); do
    dir="$qmldir/${m//.//}"
    [ -f "$dir/qmldir" ] || fail "QML module $m is not installed ($dir)"
    owner=$(dpkg -S "$dir/qmldir" 2>/dev/null | cut -d: -f1)
    [ -n "$owner" ] || fail "QML module $m ($dir) belongs to no package"
    [ -n "${closure[$owner]:-}" ] || fail "QML module $m comes from $owner, which sahel-atlas does not depend on"
done

step "desktop entry, metainfo, icons, MIME type"
desktop-file-validate /usr/share/applications/$id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml >"$tmp/appstream.log" 2>&1 ||
    { cat "$tmp/appstream.log" >&2; fail "appstreamcli validate"; }
release=$(grep -o -m1 '<release version="[^"]*"' /usr/share/metainfo/$id.metainfo.xml | cut -d'"' -f2)
[ "$release" = "${version%%-*}" ] || fail "the metainfo's newest release is $release, the package is $version"
zcat /usr/share/doc/sahel-atlas/changelog.gz | sed -n 1p | has "^sahel-atlas ($version)" ||
    fail "the changelog's newest entry is not $version"
grep -q "^Icon=$id$" /usr/share/applications/$id.desktop || fail "Icon= is not $id"
# dpkg triggers of shared-mime-info and desktop-file-utils have updated their databases.
grep -qx "$mime" /usr/share/mime/types || fail "$mime is not in the MIME database (update-mime-database trigger)"
cp /usr/share/doc/sahel-atlas/examples/aes-2025-04-03.story.json "$tmp/lesson.story.json"
type=$(gio info -a standard::content-type "$tmp/lesson.story.json" | sed -n 's/^ *standard::content-type: //p')
[ "$type" = "$mime" ] || fail "a *.story.json file is $type, not $mime"
gio mime "$mime" | has "$id.desktop" || fail "no application opens $mime (update-desktop-database trigger)"

step "man page"
man -w sahel-atlas | has "/usr/share/man/man1/sahel-atlas.1.gz" || fail "man does not find sahel-atlas(1)"
zcat /usr/share/man/man1/sahel-atlas.1.gz | has "^\.TH .*\"Sahel Atlas ${version%%-*}\"" ||
    fail "the man page's .TH line does not give version ${version%%-*}"
zcat /usr/share/man/man1/sahel-atlas.1.gz | groff -man -Tutf8 -ww -z 2>"$tmp/groff.log"
[ ! -s "$tmp/groff.log" ] || { cat "$tmp/groff.log" >&2; fail "groff warnings in the man page"; }
help_options=$(run sahel-atlas --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
man_options=$(zcat /usr/share/man/man1/sahel-atlas.1.gz | grep -v '^\.\\"' | grep -o -- '\\-\\-[a-z][a-z\\-]*' |
    sed 's/\\//g' | sort -u)
diff <(echo "$help_options") <(echo "$man_options") >"$tmp/options.diff" ||
    { cat "$tmp/options.diff" >&2; fail "options of --help (<) and of the man page (>) differ"; }

# --- Remove, purge, nothing left ----------------------------------------------------------------------
step "apt-get remove, purge"
"${apt[@]}" remove sahel-atlas >/dev/null
installed=
# Without conffiles, remove already forgets the package and apt-get purge would not find it.
if dpkg-query -W sahel-atlas >/dev/null 2>&1; then
    "${apt[@]}" purge sahel-atlas >/dev/null
fi
! dpkg-query -W -f='${Status}' sahel-atlas 2>/dev/null | has "ok installed\|config-files" ||
    fail "sahel-atlas is still known to dpkg after the purge"
while read -r f; do
    [ -d "$f" ] && continue # shared folders (/usr/bin, the icon theme's) stay
    [ ! -e "$f" ] || fail "$f is left after the purge"
done <"$tmp/files"
[ ! -e /usr/share/doc/sahel-atlas ] || fail "/usr/share/doc/sahel-atlas is left after the purge"
! grep -q "$mime" /usr/share/mime/types || fail "$mime is left in the MIME database"
! grep -qs "$id" /usr/share/applications/mimeinfo.cache || fail "$id is left in the desktop database"

step "passed"

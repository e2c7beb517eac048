#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets with clang (installed on first use: `make test` never needs it),
# seeds them from the test fixtures, runs each for FUZZ_SECONDS (default 60), and keeps every input that
# crashed, leaked or hung as a regression fixture in tests/data/bad/fuzz-regressions/<target>/, which
# tst_fuzzregressions replays in every normal test run. Exits 1 when anything was found.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
build=build/fuzz

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
if ! command -v clang++ >/dev/null; then
    echo "make fuzz: installing clang"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang
fi
# libFuzzer comes with the compiler-rt package of the same LLVM version as clang.
llvm=$(clang++ --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n1)
if ! installed "libclang-rt-${llvm}-dev"; then
    echo "make fuzz: installing libclang-rt-${llvm}-dev (libFuzzer)"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "libclang-rt-${llvm}-dev"
fi

[ -f "$build/build.ninja" ] || cmake --preset fuzz
cmake --build "$build" --target fuzz_story fuzz_geodata fuzz_geopackage -j2

# Seeds: every story and geodata fixture. A geodata input starts with a byte that picks the file suffix
# (tests/fuzz/FuzzTargets.cpp): 0 .geojson, 1 .topojson, 2 .gpkg, 3 .fgb, 4 .csv, 5 .json.
rm -rf "$build/seeds"
mkdir -p "$build/seeds/story" "$build/seeds/geodata" "$build/seeds/geopackage" \
    "$build/corpus/story" "$build/corpus/geodata" "$build/corpus/geopackage"
cp tests/data/stories/*.json tests/data/bad/*.story.json resources/stories/*.story.json "$build/seeds/story/"
cp tests/data/bad/fuzz-regressions/story/* "$build/seeds/story/" 2>/dev/null || true
seed() { { printf "\\$(printf '%03o' "$1")"; cat "$2"; } >"$build/seeds/geodata/$(basename "$2")"; }
for f in tests/data/bad/*.geojson; do seed 0 "$f"; done
for f in tests/data/bad/*.gpkg; do seed 2 "$f"; done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ogr2ogr -f GPKG "$tmp/polygons.gpkg" tests/data/bad/self-intersecting.geojson && seed 2 "$tmp/polygons.gpkg"
ogr2ogr -f FlatGeobuf "$tmp/polygons.fgb" tests/data/bad/self-intersecting.geojson && seed 3 "$tmp/polygons.fgb"
printf 'name,lon,lat\nBamako,-8.0,12.65\nNiamey,2.11,13.51\n' >"$tmp/towns.csv" && seed 4 "$tmp/towns.csv"
cp tests/data/bad/fuzz-regressions/geodata/* "$build/seeds/geodata/" 2>/dev/null || true
# GeoPackages as they are (no selector byte): the hostile ones (views, triggers) and a plain one.
cp tests/data/bad/*.gpkg "$tmp/polygons.gpkg" "$build/seeds/geopackage/"
cp tests/data/bad/fuzz-regressions/geopackage/* "$build/seeds/geopackage/" 2>/dev/null || true

# Leaks count as findings, except the third-party ones tests/asan/lsan.supp lists (and explains).
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/asan/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen
found=0
for target in story geodata geopackage; do
    artifacts="$build/artifacts/$target"
    rm -rf "$artifacts" && mkdir -p "$artifacts"
    echo "== fuzz_$target for ${seconds}s"
    # -fork with -ignore_crashes keeps fuzzing after a finding, so one run reports all it can find.
    "$build/tests/fuzz/fuzz_$target" "$build/corpus/$target" "$build/seeds/$target" \
        -max_total_time="$seconds" -timeout=40 -rss_limit_mb=4096 -max_len=65536 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 2>"$build/fuzz_$target.log" || true
    tail -n 15 "$build/fuzz_$target.log"
    for artifact in "$artifacts"/*; do
        [ -e "$artifact" ] || continue
        name="$(basename "$artifact")"
        cp "$artifact" "tests/data/bad/fuzz-regressions/$target/$name"
        echo "fuzz_$target: kept $name as tests/data/bad/fuzz-regressions/$target/$name"
        found=1
    done
done
if [ "$found" -ne 0 ]; then
    echo "make fuzz: findings kept as regression fixtures; fix them, then commit the fixtures"
    exit 1
fi
echo "make fuzz: no crash, leak or hang found"

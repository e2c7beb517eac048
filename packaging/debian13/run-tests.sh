#!/usr/bin/env bash
# Builds Sahel Atlas with Qt 6.8 and GDAL 3.10 and runs the whole test suite (offscreen) in a Debian 13
# (trixie) chroot. The root is made once with debootstrap into a cache folder outside the clone and reused:
# a repeat run only installs packages that are missing, copies the working tree into /src with its
# timestamps and rebuilds incrementally in /build/debian13, both kept inside the root.
#
#   make test-debian13                      (needs root; re-runs itself through sudo otherwise)
#   SAHEL_DEBIAN13_ROOT=/path   the root (default /var/cache/sahel-atlas/debian13-root)
#   SAHEL_DEBIAN_MIRROR=URL     the Debian mirror (default: the one apt on this machine uses)
#   SAHEL_JOBS=N                build and ctest parallelism (default 2)
#   SAHEL_DEBIAN13_CLEAN=1      remove /build/debian13 first (a full rebuild)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
root=${SAHEL_DEBIAN13_ROOT:-/var/cache/sahel-atlas/debian13-root}
jobs=${SAHEL_JOBS:-2}
suite=trixie

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=SAHEL_DEBIAN13_ROOT,SAHEL_DEBIAN_MIRROR,SAHEL_JOBS,SAHEL_DEBIAN13_CLEAN "$0" "$@"
fi

# What the root holds: the toolchain, Qt 6.8 (with QtLocation for the coming basemap), GDAL 3.10, the
# tools the CLI tests call, fonts, and every QML runtime module that packaging/install-deps.sh lists.
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev
    libgdal-dev libgeos-dev libsqlite3-dev zlib1g-dev gdal-bin poppler-utils python3-jsonschema
    fontconfig fonts-dejavu-core fonts-dejavu-extra fonts-open-sans
    qt6-location-dev qt6-positioning-dev qml6-module-qtlocation qt6-location-plugins qml6-module-qtpositioning
)
mapfile -t qml_modules < <(grep -o 'qml6-module-[a-z0-9-]*' "$repo/packaging/install-deps.sh" | sort -u)
packages+=("${qml_modules[@]}")
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)
packages_hash=$(printf '%s\n' "${packages[@]}" | sha256sum | cut -d' ' -f1)

log() { printf '== debian13: %s (%ds)\n' "$*" "$SECONDS"; }

# The host's Debian mirror: the first archive (not -security) in apt's sources.
detect_mirror() {
    local uri
    uri=$({
        grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{ for (i = 2; i <= NF; i++) print $i }'
        grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list |
            awk '{ for (i = 2; i <= NF; i++) if ($i ~ /^(https?|ftp):/) { print $i; break } }'
    } | grep -E '/debian/?$' | head -n1 || true)
    echo "${uri:-http://deb.debian.org/debian}"
}
mirror=${SAHEL_DEBIAN_MIRROR:-$(detect_mirror)}

host_install() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing on the host: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing[@]}" ||
        { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; }
}

# Everything mounted below a path, deepest first.
mounts_under() {
    awk -v p="$1/" 'index($2 "/", p) == 1 { print $2 }' /proc/self/mounts | sort -r
}

unmount_all_under() {
    local m
    for m in $(mounts_under "$1"); do
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done
}

# Processes still running with their root in the chroot were started by this script: end them by pid.
kill_chroot_processes() {
    local pid
    for pid in /proc/[0-9]*; do
        [ "$(readlink "$pid/root" 2>/dev/null)" = "$root" ] && kill -KILL "${pid#/proc/}" 2>/dev/null || true
    done
}

cleanup() {
    local status=$?
    if [ -n "${mounted:-}" ]; then
        kill_chroot_processes
        unmount_all_under "$root"
        if [ -n "$(mounts_under "$root")" ]; then
            echo "debian13: could not unmount: $(mounts_under "$root" | tr '\n' ' ')" >&2
            [ "$status" -eq 0 ] && status=1
        fi
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
flock 9 # one run at a time per root

host_install debootstrap rsync
unmount_all_under "$root"          # left over by a run that was killed with SIGKILL
unmount_all_under "$root.partial"

# 1. The root, once: debootstrap into a temporary folder that becomes the root only when complete.
if [ ! -f "$root/.sahel-debootstrap-done" ]; then
    rm -rf --one-file-system "$root" "$root.partial"
    log "debootstrap $suite from $mirror into $root"
    debootstrap --variant=minbase "$suite" "$root.partial" "$mirror"
    # No documentation, no services, fast unsafe I/O (a throw-away build root), no recommends.
    cat >"$root.partial/etc/dpkg/dpkg.cfg.d/01-sahel" <<'EOF'
force-unsafe-io
path-exclude=/usr/share/doc/*
path-exclude=/usr/share/locale/*
EOF
    cat >"$root.partial/etc/apt/apt.conf.d/01-sahel" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
EOF
    printf '#!/bin/sh\nexit 101\n' >"$root.partial/usr/sbin/policy-rc.d"
    chmod +x "$root.partial/usr/sbin/policy-rc.d"
    touch "$root.partial/.sahel-debootstrap-done"
    mv "$root.partial" "$root"
fi

# 2. Mounts for apt, the build and the tests; the EXIT trap always takes them down again.
mounted=1
mount -t proc proc "$root/proc"
mount -t sysfs -o ro sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --make-private "$root/dev"
for d in pts shm; do
    if [ -d "/dev/$d" ]; then
        mkdir -p "$root/dev/$d"
        mount --bind "/dev/$d" "$root/dev/$d"
        mount --make-private "$root/dev/$d"
    fi
done
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# 3. Packages: installed when the list changed since the last run, and only those missing.
stamp="$root/var/lib/sahel-atlas/packages.sha256"
if [ "$(cat "$stamp" 2>/dev/null)" != "$packages_hash" ]; then
    missing=()
    for p in "${packages[@]}"; do
        in_root dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "apt-get install in the root: ${missing[*]}"
        in_root apt-get update -q
        in_root apt-get install -y -q "${missing[@]}"
        in_root apt-get clean
    fi
    mkdir -p "$(dirname "$stamp")"
    echo "$packages_hash" >"$stamp"
fi

# 4. The working tree (tracked and untracked files, not what .gitignore ignores) into /src. Compared by
#    content, not by time: a file whose content is unchanged keeps its old time in /src, so the build in
#    /build/debian13 stays incremental even from a fresh clone (CI), whose files are all new.
log "copying $repo into the root's /src"
mkdir -p "$root/src" "$root/build"
list="$root/build/.repo-files"
(cd "$repo" && git -c safe.directory="$repo" ls-files -z --cached --others --exclude-standard |
    xargs -0 -r sh -c 'for f; do [ -f "$f" ] && printf "%s\0" "$f"; done' sh | LC_ALL=C sort -z) >"$list"
rsync --recursive --links --perms --checksum --from0 --files-from="$list" "$repo/" "$root/src/"
# Files gone from the working tree go from /src too.
(cd "$root/src" && find . -type f -printf '%P\0' | LC_ALL=C sort -z) |
    LC_ALL=C comm -z -23 - "$list" | (cd "$root/src" && xargs -0 -r rm -f --)
rm -f "$list"

# 5. Configure, build (incremental), test.
[ -n "${SAHEL_DEBIAN13_CLEAN:-}" ] && rm -rf --one-file-system "$root/build/debian13"
log "building and testing with $(in_root dpkg-query -W -f='Qt ${Version}' qt6-base-dev), $(in_root dpkg-query -W -f='GDAL ${Version}' libgdal-dev)"
in_root QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-root JOBS="$jobs" bash -euo pipefail -c '
    mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
    # Configured every run (a few seconds): packages added to the root since the last run are found.
    cmake -S /src -B /build/debian13 -G Ninja -Werror=dev -DSAHEL_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build /build/debian13 -j"$JOBS"
    cd /build/debian13
    ctest --output-on-failure -j"$JOBS"
'
log "done"

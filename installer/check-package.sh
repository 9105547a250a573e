#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as an administrator gets it: made with CPack from an already built tree (no second
# build), checked with lintian, desktop-file-validate, appstreamcli and systemd-analyze, installed with
# dpkg, and its programs run from where the package put them.
#
#   installer/check-package.sh BUILD_DIR VISITOR_PROBE VERSION
#
# BUILD_DIR is a configured and built tree, VISITOR_PROBE the build's chat_visitor_probe and VERSION the
# version the programs must say (CTest passes all three: ctest -R installer.package).
#
# Where it installs: as root (CI, on a throwaway machine) system-wide with `dpkg -i`, and it says so; the
# package is purged again at the end unless it was installed before. As any other user it installs into
# a private dpkg root in a temporary directory (`dpkg --root`), which needs no privileges and leaves the
# system alone. WW_PACKAGE_ROOT=private forces the private root for root too.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 BUILD_DIR VISITOR_PROBE VERSION" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
probe=$2
version=$3
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
package=wegwijzer-desk
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
# dpkg looks for ldconfig and start-stop-daemon on the PATH, which a user's PATH may lack.
export PATH=$PATH:/usr/local/sbin:/usr/sbin:/sbin

fail() {
    echo "check-package: $*" >&2
    exit 1
}
step() {
    echo "== $* ($SECONDS s)"
}
need() {
    command -v "$1" >/dev/null || fail "$1 is missing: apt-get install $2 (installer/bootstrap.sh test installs it)"
}
need cpack cmake
need dpkg-deb dpkg
need lintian lintian
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need systemd-analyze systemd
need python3 python3
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir is not a configured build tree (no CPackConfig.cmake)"
[ -x "$probe" ] || fail "the visitor probe $probe is not built"

work=$(mktemp -d /tmp/wegwijzer-package.XXXXXX)
installed_by_us=
gateway_pid=
cleanup() {
    if [ -n "$gateway_pid" ]; then
        kill "$gateway_pid" 2>/dev/null || true
    fi
    if [ -n "$installed_by_us" ]; then
        echo "== purging $package again (it was not installed before this check)"
        dpkg --purge "$package" >/dev/null || echo "check-package: could not purge $package" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------------------
step "making the package with CPack from $build_dir"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/out/${package}_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single ${package}_*.deb in $work/out"
deb=${debs[0]}
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"

step "checking the package's contents"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expected=(
    /usr/bin/wegwijzer-desk /usr/bin/wegwijzer-admin /usr/bin/wegwijzer-chatd
    /usr/share/man/man1/wegwijzer-desk.1.gz /usr/share/man/man1/wegwijzer-admin.1.gz
    /usr/share/man/man8/wegwijzer-chatd.8.gz
    /usr/share/applications/nl.wegwijzerdesk.Desk.desktop /usr/share/metainfo/nl.wegwijzerdesk.Desk.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/nl.wegwijzerdesk.Desk.svg
    /usr/lib/systemd/system/wegwijzer-chatd.service
    /usr/share/wegwijzer-desk/tree/wegwijzer.tree.json /usr/share/wegwijzer-desk/directory/wegwijzer.directory.json
    /usr/share/wegwijzer-desk/schema/tree.schema.json /usr/share/wegwijzer-desk/schema/directory.schema.json
    /usr/share/wegwijzer-desk/web/chat-widget.js /usr/share/wegwijzer-desk/web/index.html
    /usr/share/doc/wegwijzer-desk/copyright /usr/share/doc/wegwijzer-desk/changelog.Debian.gz
    /usr/share/doc/wegwijzer-desk/operations.md /usr/share/doc/wegwijzer-desk/examples/chatd.conf
    /usr/share/doc/wegwijzer-desk/examples/haproxy-wegwijzer-chat.cfg
    /usr/share/lintian/overrides/wegwijzer-desk
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/nl.wegwijzerdesk.Desk.png")
done
missing=0
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/contents" || { echo "missing from the package: $path" >&2; missing=1; }
done
[ $missing -eq 0 ] || fail "the package lacks files (man pages need help2man, PNG icons rsvg-convert at build time)"
control=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t)
for script in postinst prerm postrm; do
    grep -qx "./$script" <<<"$control" || fail "the package has no $script"
done

step "lintian"
# Every override is in installer/debian/lintian-overrides, each with its reason.
lintian --fail-on error,warning --display-info "$deb" >"$work/lintian.log" 2>&1 \
    || { cat "$work/lintian.log" >&2; fail "lintian found problems (above)"; }
cat "$work/lintian.log"

step "desktop-file-validate and appstreamcli validate on the packaged files"
dpkg-deb --extract "$deb" "$work/extracted"
desktop-file-validate "$work/extracted/usr/share/applications/nl.wegwijzerdesk.Desk.desktop"
appstreamcli validate --no-net "$work/extracted/usr/share/metainfo/nl.wegwijzerdesk.Desk.metainfo.xml"

step "haproxy -c on the packaged load balancer example (added to a minimal global section, as to Debian's)"
need haproxy haproxy
printf 'global\n    maxconn 256\n\n' | cat - "$work/extracted/usr/share/doc/wegwijzer-desk/examples/haproxy-wegwijzer-chat.cfg" \
    >"$work/haproxy.cfg"
haproxy -c -f "$work/haproxy.cfg"

# ---------------------------------------------------------------------------------------------------------
mode=${WW_PACKAGE_ROOT:-}
if [ -z "$mode" ]; then
    if [ "$(id -u)" -eq 0 ]; then mode=system; else mode=private; fi
fi
case "$mode" in
system)
    [ "$(id -u)" -eq 0 ] || fail "WW_PACKAGE_ROOT=system needs root"
    # One system-wide check at a time on a machine: another one would install or purge the package under
    # this one's feet.
    need flock util-linux
    exec 9>/tmp/wegwijzer-package-check.lock
    if ! flock --nonblock 9; then
        echo "== waiting for another package check on this machine to finish"
        flock --wait 900 9 || fail "another package check has held /tmp/wegwijzer-package-check.lock for 15 minutes"
    fi
    if [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)" = "install ok installed" ]; then
        echo "NOTE: $package $(dpkg-query -W -f='${Version}' "$package") is installed on this machine;" \
             "this check replaces it with $(basename "$deb") and leaves that installed."
    else
        installed_by_us=yes
    fi
    step "running as root: installing $(basename "$deb") system-wide with dpkg -i"
    dpkg -i "$deb"
    root=
    ;;
private)
    root=$work/root
    step "installing $(basename "$deb") into the private dpkg root $root (dpkg --root; the system is left alone)"
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
    : >"$root/var/lib/dpkg/status"
    # The programs use the system's libraries: the private root holds only this package, so dpkg is told
    # that its dependencies are met elsewhere (its warnings about them are in $work/dpkg.log).
    dpkg --root="$root" --force-not-root --force-depends --force-script-chrootless --log=/dev/null -i "$deb" \
        >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg could not install into $root"; }
    grep -E '^(Unpacking|Setting up)' "$work/dpkg.log"
    # systemd-analyze looks for the targets the unit is ordered against inside that root too.
    find /usr/lib/systemd/system /lib/systemd/system -maxdepth 1 \( -name '*.target' -o -name '*.slice' \) \
        -exec cp -L -n {} "$root/usr/lib/systemd/system/" \; 2>/dev/null || true
    ;;
*)
    fail "WW_PACKAGE_ROOT must be system or private, not \"$mode\""
    ;;
esac
bin=$root/usr/bin
share=$root/usr/share/wegwijzer-desk

step "the installed programs say their version"
for program in wegwijzer-desk wegwijzer-admin wegwijzer-chatd; do
    said=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin/$program" --version)
    [ "$said" = "$program $version" ] || fail "$bin/$program --version said \"$said\", not \"$program $version\""
    echo "$said"
done

step "the installed wegwijzer-admin validates the installed tree and directory"
"$bin/wegwijzer-admin" tree validate "$share/tree/wegwijzer.tree.json" "$share/directory/wegwijzer.directory.json"

step "systemd-analyze on the installed service"
if [ -z "$root" ]; then
    systemd-analyze verify /usr/lib/systemd/system/wegwijzer-chatd.service
    systemd_root=()
else
    # Inside the private root: there is the unit's /usr/bin/wegwijzer-chatd (its man page is checked above).
    systemd-analyze verify --root="$root" --man=no /usr/lib/systemd/system/wegwijzer-chatd.service
    systemd_root=(--root="$root")
fi
# The exposure score runs from 0 (locked down) to 10; the unit scores 1.1, and over 1.5 (threshold 15 on
# systemd-analyze's scale of 100) would mean a hardening setting was lost.
systemd-analyze security --offline=true --threshold=15 --no-pager "${systemd_root[@]}" \
    /usr/lib/systemd/system/wegwijzer-chatd.service | tail -n 1

step "the installed gateway answers a visitor"
database=$work/gateway/cases.db
mkdir -p "$work/gateway"
"$bin/wegwijzer-admin" db migrate --db "sqlite://$database" | tail -n 1
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin/wegwijzer-chatd" --db "sqlite://$database" --listen "127.0.0.1:$port" 2>"$work/gateway.log" &
gateway_pid=$!
for _ in $(seq 1 100); do
    grep -q "listening on" "$work/gateway.log" && break
    kill -0 "$gateway_pid" 2>/dev/null || { cat "$work/gateway.log" >&2; fail "the installed gateway stopped"; }
    sleep 0.1
done
grep -q "listening on" "$work/gateway.log" || { cat "$work/gateway.log" >&2; fail "the gateway does not listen"; }
"$probe" "ws://127.0.0.1:$port/" | tee "$work/visitor.log"
grep -qx "queue position 1" "$work/visitor.log" || fail "the visitor was not told its place in the queue"
kill -TERM "$gateway_pid"
wait "$gateway_pid" || fail "the gateway did not stop cleanly on SIGTERM (exit status $?)"
gateway_pid=
cat "$work/gateway.log"

step "the installed wegwijzer-admin backs up the gateway's database"
"$bin/wegwijzer-admin" db backup --db "sqlite://$database" -o "$work/backup.db"
[ "$(stat -c %a "$work/backup.db")" = 600 ] || fail "the backup is not mode 0600"

step "package checked"

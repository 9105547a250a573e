#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs screen_reader.py against the real desktop: a private X server, a private D-Bus session with the
# accessibility bus (at-spi2-core) and a desktop of its own on a new SQLite database.
#
#   tests/desktop/screen-reader.sh PATH/TO/wegwijzer-desk
set -euo pipefail

desk=${1:?path to wegwijzer-desk}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
xvfb_pid=
wm_pid=
cleanup() {
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"

exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAIL: Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(head -n1 "$work/display")
export QT_QPA_PLATFORM=xcb
# A window manager activates new windows and gives the focus back when a dialog closes, as on a desk.
# The desktop starts only once it manages the screen: a manager that starts later takes the keyboard away.
openbox --sm-disable --startup "touch $work/wm-ready" >/dev/null 2>&1 &
wm_pid=$!
for _ in $(seq 100); do [ -e "$work/wm-ready" ] && break; sleep 0.1; done
[ -e "$work/wm-ready" ] || { echo "FAIL: the window manager did not start" >&2; exit 1; }
# As with a screen reader running: Qt puts the desktop on the accessibility bus.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0
# Debian's python3 has the pyatspi bindings; another python3 first on PATH would not.
python=/usr/bin/python3

# The script registers as a screen reader first and starts the desktop itself, so the desktop finds the
# listeners already there when it joins the accessibility bus.
dbus-run-session -- "$python" "$here/screen_reader.py" "$desk" "$work" \
    2> >(grep -v "dbus-daemon\|SpiRegistry" >&2)

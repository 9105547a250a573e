#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop is killed (SIGKILL) while the agent is typing a note; at the next start it offers
# to restore the unsaved work. Afterwards every note and referral is in the database exactly once
# and the half-typed note is back. Drives the real wegwijzer-desk on a private X server.
#
#   tests/desktop/kill-mid-typing.sh PATH/TO/wegwijzer-desk
set -euo pipefail

desk=${1:?path to wegwijzer-desk}
work=$(mktemp -d)
xvfb_pid=
desk_pid=
cleanup() {
    [ -n "$desk_pid" ] && kill -9 "$desk_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# A desktop of its own: settings, journal and database in the work directory.
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
db=$work/cases.db

# -displayfd picks a free display number and tells it.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start"
export DISPLAY=:$(head -n1 "$work/display")
export QT_QPA_PLATFORM=xcb

start_desk() {
    "$desk" --db "sqlite://$db" >"$work/desk.log" 2>&1 &
    desk_pid=$!
}

wait_for_window() { # NAME-PATTERN
    for _ in $(seq 150); do
        if xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; then return 0; fi
        sleep 0.2
    done
    cat "$work/desk.log" >&2
    fail "no window named '$1'"
}

sql() { sqlite3 -batch -noheader "$db" "$1"; }

quit_desk() { # as the agent would: Ctrl+Q in the main window
    xdotool search --onlyvisible --name "Wegwijzer Desk" windowfocus --sync key ctrl+q >/dev/null 2>&1 || true
    for _ in $(seq 50); do kill -0 "$desk_pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$desk_pid" 2>/dev/null; then
        kill -9 "$desk_pid"
        fail "the desktop did not quit on Ctrl+Q"
    fi
    wait "$desk_pid" 2>/dev/null || true
    desk_pid=
}

start_desk
wait_for_window "Wegwijzer"
sleep 1
xdotool key F2                # a new phone case; focus goes to the tree
sleep 1
xdotool key 1                 # "someone is in danger now": the urgent outcome suggests two parties
sleep 1
xdotool key alt+n             # to the note editor
sleep 0.3
xdotool type --delay 30 "Eerste notitie"
xdotool key ctrl+Return
sleep 0.5
xdotool type --delay 30 "Tweede notitie"
xdotool key ctrl+Return
sleep 0.5
xdotool type --delay 30 "Half getypt"
kill -9 "$desk_pid"           # mid-typing: the draft has not reached the database yet
wait "$desk_pid" 2>/dev/null || true
desk_pid=

case_id=$(sql "SELECT id FROM cases")
[ -n "$case_id" ] || fail "no case was saved before the kill"
[ "$(sql "SELECT count(*) FROM case_notes")" = 2 ] || fail "expected 2 notes before the kill"
[ -z "$(sql "SELECT body FROM note_drafts WHERE body = 'Half getypt'")" ] ||
    fail "the draft was already saved: the kill did not come mid-typing"
[ -n "$(find "$XDG_DATA_HOME" -name '*.jsonl')" ] || fail "nothing was journaled"

start_desk
wait_for_window "terugzetten"  # "Restore unsaved work?" in Dutch, the default language
xdotool key Return             # Yes
sleep 2
quit_desk


[ "$(sql "SELECT count(*) FROM case_notes")" = 2 ] || fail "notes doubled or lost: $(sql "SELECT count(*) FROM case_notes")"
[ "$(sql "SELECT count(DISTINCT body) FROM case_notes")" = 2 ] || fail "a note was saved twice"
[ "$(sql "SELECT group_concat(party_id, ',') FROM (SELECT party_id FROM referrals ORDER BY party_id)")" = \
  "alarmnummer-112,politie" ] || fail "referrals: $(sql "SELECT group_concat(party_id) FROM referrals")"
[ "$(sql "SELECT body FROM note_drafts WHERE case_id = '$case_id'")" = "Half getypt" ] ||
    fail "the half-typed note was not restored: '$(sql "SELECT body FROM note_drafts")'"
[ -z "$(find "$XDG_DATA_HOME" -name '*.jsonl')" ] || fail "the journal is still there after the restore"
echo "PASS: 2 notes, 2 referrals, the draft restored, the journal cleared"

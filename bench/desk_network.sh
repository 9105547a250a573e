#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desk against PostgreSQL through a network with 0, 30 and 100 ms round trips, measured from outside
# as a user feels it: under a bare Xvfb, xping sends _NET_WM_PING every 10 ms while xdotool works a phone
# case by keyboard (F2, three answers, two typed notes, F8, back to the list, open it again), and records how
# long the window takes to answer (a GUI thread that waits on the network cannot). bench/pgwire_proxy.py adds
# the delay and counts the statements and round trips that cross it.
# Then the same with the network going silent: how long until the desk shows it is offline, and whether
# everything typed meanwhile arrives exactly once when the network is back.
#
# Usage: WW_BENCH_POSTGRES_URL=postgresql://ADMIN@HOST:PORT/postgres bench/desk_network.sh BUILD_DIR [RUNS]
# Needs xvfb, xdotool, libx11-dev, psql, python3; BUILD_DIR holds wegwijzer-desk.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: desk_network.sh BUILD_DIR [RUNS]}" && pwd)
runs=${2:-3}
admin=${WW_BENCH_POSTGRES_URL:?set WW_BENCH_POSTGRES_URL to an admin URL of a PostgreSQL server}
desk=$(find "$build" -name wegwijzer-desk -type f -perm -u+x | head -n 1)
[[ -x "$desk" ]] || { echo "desk_network.sh: no wegwijzer-desk in $build" >&2; exit 1; }
work=$(mktemp -d)
results=${WW_BENCH_RESULTS:-$build/bench-results}
mkdir -p "$results"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

gcc -O2 -o "$work/xping" "$here/xping.c" -lX11
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display
sleep 1

server_port=$(python3 -c 'import sys,urllib.parse as u; print(u.urlparse(sys.argv[1]).port or 5432)' "$admin")
user=$(python3 -c 'import sys,urllib.parse as u; print(u.urlparse(sys.argv[1]).username)' "$admin")
database=ww_bench_network_$$
psql "$admin" -qc "CREATE DATABASE $database" > /dev/null
trap 'cleanup; psql "$admin" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" > /dev/null 2>&1 || true' EXIT
direct="postgresql://$user@127.0.0.1:$server_port/$database"
count() { psql "$direct" -tAc "$1"; }
admin_cli=$(find "$build" -name wegwijzer-admin -type f -perm -u+x | head -n 1)
"$admin_cli" db migrate --db "$direct" > /dev/null # the desks below find the schema current

# One desk through a proxy of DELAY_MS each way; prints its pid, leaves the proxy's log in $work/proxy.log.
start_desk() {
    local delay=$1 port=$((20000 + RANDOM % 20000))
    python3 "$here/pgwire_proxy.py" "$port" "$server_port" "$delay" "$work/proxy.log" &
    proxy=$!
    pids+=($proxy)
    sleep 0.5
    rm -rf "$work/home" && mkdir -p "$work/home"
    HOME=$work/home XDG_RUNTIME_DIR=$work/home "$desk" --lang en --db "postgresql://$user@127.0.0.1:$port/$database" \
        > "$work/desk.log" 2>&1 &
    desk_pid=$!
    pids+=($desk_pid)
    # The main window, not the "Connecting…" dialog that may come first: the one wider than 800 pixels.
    window=""
    for _ in $(seq 1 300); do
        for candidate in $(xdotool search --onlyvisible --pid "$desk_pid" 2> /dev/null || true); do
            width=$(xdotool getwindowgeometry --shell "$candidate" 2> /dev/null | sed -n 's/^WIDTH=//p')
            if [[ -n "$width" && "$width" -gt 800 ]]; then
                window=$candidate
            fi
        done
        [[ -n "$window" ]] && break
        sleep 0.1
    done
    [[ -n "$window" ]] || { echo "desk_network.sh: the desk showed no window" >&2; cat "$work/desk.log" >&2; exit 1; }
    xdotool windowfocus --sync "$window" 2> /dev/null || xdotool windowfocus "$window"
    sleep 2 # the home list and the first idle ping are in
}

stop_desk() {
    kill "$desk_pid" 2> /dev/null || true
    wait "$desk_pid" 2> /dev/null || true
    kill "$proxy" 2> /dev/null || true
    wait "$proxy" 2> /dev/null || true
}

# The phone case, by keyboard, as an agent works it.
phone_case() {
    local note=$1
    xdotool key F2; sleep 0.3
    xdotool key 2; sleep 0.2; xdotool key 2; sleep 0.2; xdotool key 1; sleep 0.3
    xdotool key alt+n; xdotool type --delay 40 "$note een"; xdotool key ctrl+Return; sleep 0.3
    xdotool key alt+n; xdotool type --delay 40 "$note twee"; xdotool key ctrl+Return
    # How long until the case with both notes is in the database, from the key that saved the second.
    local saved_at; saved_at=$(date +%s%3N)
    arrived=""
    for _ in $(seq 1 400); do
        if [[ $(count "SELECT count(*) FROM case_notes WHERE body LIKE '$note %'") == 2 ]]; then
            arrived=$(( $(date +%s%3N) - saved_at ))
            break
        fi
        sleep 0.02
    done
    xdotool key F8; sleep 0.3
    xdotool key Escape; sleep 0.5
    xdotool key Return; sleep 1 # the case just left, opened again from the list
    xdotool key Escape; sleep 0.3
}

echo "| round trip | run | pings | p50 ms | p99 ms | max ms | note in the database after Ctrl+Return (polled with psql) | statements / round trips per save (most) | round trips in all |"
echo "|---|---|---|---|---|---|---|---|---|"
for rtt in ${WW_BENCH_ROUND_TRIPS:-0 30 100}; do
    for run in $(seq 1 "$runs"); do
        start_desk $((rtt / 2))
        : > "$work/proxy.log"
        "$work/xping" "$window" 10 14 > "$work/xping.out" &
        xping=$!
        note="Notitie $rtt ms run $run"
        phone_case "$note"
        wait "$xping"
        read -r pings p50 p99 max < <(sed -E 's/n=([0-9]+) answered=[0-9]+ p50=([0-9.]+) p99=([0-9.]+) max=([0-9.]+) ms/\1 \2 \3 \4/' "$work/xping.out")
        saves=$(grep -aE ' (Q|E) .*ww_save_(case|draft)' "$work/proxy.log" | grep -avc ' PREPARE ' || true)
        statements=$(grep -acE ' (Q|E) ' "$work/proxy.log" || true)
        trips=$(awk '$3 == "Q" || $3 == "S"' "$work/proxy.log" | wc -l)
        # A save's round trips: its own statement, and BEGIN/COMMIT around it if any.
        save_trips=$(python3 "$here/pgwire_saves.py" "$work/proxy.log")
        cp "$work/proxy.log" "$results/desk-network-$rtt-ms-$run.log"
        echo "| $rtt ms | $run | $pings | $p50 | $p99 | $max | ${arrived:-never} ms | $save_trips | $trips ($statements statements, $saves saves) |"
        stop_desk
    done
done

echo
echo "Silent network (every packet held), 100 ms round trip before and after:"
start_desk 50
"$work/xping" "$window" 10 25 > "$work/xping.out" &
xping=$!
xdotool key F2; sleep 0.5
xdotool key alt+n; xdotool type --delay 40 "Stil netwerk voor"; xdotool key ctrl+Return; sleep 1
kill -USR1 "$proxy"
silent_at=$(date +%s%3N)
xdotool key alt+n; xdotool type --delay 40 "Stil netwerk tijdens een"; xdotool key ctrl+Return
xdotool key alt+n; xdotool type --delay 40 "Stil netwerk tijdens twee"; xdotool key ctrl+Return
# Twelve seconds of silence: longer than the desk's deadline (6 s), so it has given up and gone offline.
sleep 12
kill -USR2 "$proxy"
released_at=$(date +%s%3N)
arrived=""
for _ in $(seq 1 600); do
    if [[ $(count "SELECT count(*) FROM case_notes WHERE body LIKE 'Stil netwerk tijdens %'") -ge 2 ]]; then
        arrived=$(( $(date +%s%3N) - released_at ))
        break
    fi
    sleep 0.05
done
wait "$xping"
echo "- window while silent and after: $(cat "$work/xping.out")"
echo "- notes typed while silent, in the database $((${arrived:-0})) ms after the network came back;" \
     "copies of each: $(count "SELECT string_agg(n::text, ', ') FROM (SELECT count(*) AS n FROM case_notes WHERE body LIKE 'Stil netwerk%' GROUP BY body ORDER BY body) c")"
stop_desk

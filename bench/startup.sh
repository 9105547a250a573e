#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up: wegwijzer-desk --quit-when-ready against a bare Qt Widgets window, offscreen and under Xvfb.
# Usage: bench/startup.sh BUILD_DIR [RUNS] [CASES_DB] > startup.json   (needs python3 and xvfb-run)
# With CASES_DB (an SQLite file, see seed_cases.py) the desk is also timed on it, as an agent who owns cases.
set -euo pipefail

build=$(cd "$1" && pwd)
runs=${2:-30}
cases_db=${3:-}
here=$(cd "$(dirname "$0")" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/ww-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The generated 5,000-node tree, to show what a large tree adds to start-up.
"$build/bench/generate_bench_content" "$work"

common=(--runs "$runs"
        --bare "$build/bench/bench_bare_window"
        --desk "$build/app/desk/wegwijzer-desk"
        --tree "$work/bench.tree.json" --directory "$work/bench.directory.json")
if [[ -n "$cases_db" ]]; then
    common+=(--db "sqlite://$(cd "$(dirname "$cases_db")" && pwd)/$(basename "$cases_db")" --owner agent-01)
fi

python3 "$here/startup.py" --platform offscreen "${common[@]}" > "$work/offscreen.json"
# One X server for all runs: its own start-up is not what is measured.
xvfb-run -a -s "-screen 0 1920x1080x24" python3 "$here/startup.py" --platform xcb "${common[@]}" > "$work/xvfb.json"

printf '{"offscreen": %s, "xvfb": %s}\n' "$(cat "$work/offscreen.json")" "$(cat "$work/xvfb.json")"

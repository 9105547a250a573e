#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmarks (Release) and runs them all, each against its reference in the same run, then
# prints a markdown table. Usage: bench/run.sh [--quick] [BUILD_DIR]   (default: build-bench)
#   --quick (or WW_BENCH_QUICK=1): never seed the 1,000,000-case database; what needs it runs only when it is
#   already cached in BUILD_DIR/bench-data.
#   WW_BENCH_POSTGRES_URL=URL: also time saving on PostgreSQL (an admin URL: tests/postgres/test-server.sh
#   start DIR PORT prints one), and 50 agents saving at once against pgbench (WW_BENCH_AGENTS,
#   WW_BENCH_AGENT_SECONDS change the defaults 50 and 60). WW_BENCH_RESEED=1: seed again even when cached, to time the seeding.
# Needs: the project's build dependencies, Google Benchmark (libbenchmark-dev), libsqlite3-dev, sqlite3,
# python3, xvfb-run (xvfb); psql for PostgreSQL.
# Takes about 3 minutes on a 2-core machine after the build, plus about 6 minutes once for seeding.
set -euo pipefail

quick=${WW_BENCH_QUICK:-0}
if [[ "${1:-}" == --quick ]]; then
    quick=1
    shift
fi
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${1:-build-bench}

for file in resources/tree/wegwijzer.tree.json resources/directory/wegwijzer.directory.json; do
    if [[ ! -f "$src/$file" ]]; then
        echo "run.sh: $src/$file is missing; the shipped content is needed to build wegwijzer-desk" >&2
        exit 1
    fi
done

launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWW_BUILD_BENCH=ON -DWW_BUILD_TESTS=OFF \
      "${launcher[@]}" >&2
# The storage benchmarks need only core: a desktop that does not build costs only its own rows.
cmake --build "$build" --target bench_storage bench_agents wegwijzer-admin >&2
desk_built=1
if ! cmake --build "$build" --target bench_bare_window generate_bench_content wegwijzer-desk >&2; then
    desk_built=0
    echo "run.sh: wegwijzer-desk does not build; start-up is not measured" >&2
fi
tree_built=1
if ! cmake --build "$build" --target bench_tree >&2; then
    tree_built=0
    echo "run.sh: bench_tree does not build; the tree rows are not measured" >&2
fi
# wegwijzer-desk syncs its settings file (fdatasync) when it starts and quits; right after a build that
# waits for the build's own writes, which doubled its start-up time in trials. Flush them first.
sync

results="$build/bench-results"
mkdir -p "$results"
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== the 1,000,000-case database (seeded once, then cached in $build/bench-data)" >&2
seed_args=()
[[ "$quick" == 1 ]] && seed_args+=(--no-seed)
[[ "${WW_BENCH_RESEED:-0}" == 1 ]] && seed_args+=(--reseed)
python3 "$here/seed_cases.py" --admin "$build/app/admin/wegwijzer-admin" --cases 1000000 --dir "$build/bench-data" \
        --migrations "$src/resources/sql/sqlite/migrations" \
        --seeder "$src/core/storage/DemoSeeder.cpp" "$src/core/storage/DemoDistribution.cpp" \
        "${seed_args[@]}" > "$results/seed.json"
cases_db=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("path", ""))' "$results/seed.json")
# Seeding writes tens of GB through the page cache; what is still being flushed must not land in the timings.
sync

echo "== bench_storage: saving a case (sqlite3${WW_BENCH_POSTGRES_URL:+, psql}) and the home list" >&2
storage_args=()
[[ -n "$cases_db" ]] && storage_args+=(--home-db="$cases_db")
"$build/bench/bench_storage" "${storage_args[@]}" \
    --dump-statements="$results/storage-first-case.sql" \
    --benchmark_out="$results/storage.json" --benchmark_out_format=json >&2

report_args=(--storage "$results/storage.json" --seed "$results/seed.json")
if [[ -n "${WW_BENCH_POSTGRES_URL:-}" ]]; then
    echo "== bench_agents: ${WW_BENCH_AGENTS:-50} agents saving for ${WW_BENCH_AGENT_SECONDS:-60} s, and pgbench" >&2
    pgbench=$(ls -d /usr/lib/postgresql/*/bin/pgbench 2> /dev/null | sort -V | tail -n 1)
    "$build/bench/bench_agents" --postgres "$WW_BENCH_POSTGRES_URL" --agents "${WW_BENCH_AGENTS:-50}" \
        --seconds "${WW_BENCH_AGENT_SECONDS:-60}" --pgbench "${pgbench:-pgbench}" > "$results/agents.json"
    cat "$results/agents.json" >&2
fi
if [[ "$tree_built" == 1 ]]; then
    echo "== bench_tree, offscreen" >&2
    QT_QPA_PLATFORM=offscreen "$build/bench/bench_tree" \
        --benchmark_out="$results/tree-offscreen.json" --benchmark_out_format=json >&2
    echo "== bench_tree, panel step under Xvfb" >&2
    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb "$build/bench/bench_tree" \
        --benchmark_filter=BM_PanelStep \
        --benchmark_out="$results/tree-xvfb.json" --benchmark_out_format=json >&2
    report_args+=(--tree "$results/tree-offscreen.json" --tree-xvfb "$results/tree-xvfb.json")
fi
if [[ "$desk_built" == 1 ]]; then
    echo "== start-up, ${WW_STARTUP_RUNS:-30} runs of each program, offscreen and under Xvfb" >&2
    "$here/startup.sh" "$build" "${WW_STARTUP_RUNS:-30}" ${cases_db:+"$cases_db"} > "$results/startup.json"
    report_args+=(--startup "$results/startup.json")
fi

{
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //');" \
         "Qt $(qtpaths6 --qt-version 2> /dev/null || echo unknown);" \
         "SQLite $(sqlite3 --version | cut -d' ' -f1);" \
         "commit $(git -C "$src" rev-parse --short HEAD 2> /dev/null || echo none);" \
         "load average at start $load_at_start, at end $(cut -d' ' -f1-3 /proc/loadavg)"
    [[ "$desk_built" == 1 ]] || echo "(wegwijzer-desk did not build: no start-up rows)"
    [[ "$tree_built" == 1 ]] || echo "(bench_tree did not build: no tree rows)"
    echo
    python3 "$here/report.py" "${report_args[@]}"
} | tee "$results/table.md"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmarks (Release) and runs them all, each against its reference in the same run, then
# prints a markdown table. Usage: bench/run.sh [BUILD_DIR]   (default: build-bench)
# Needs: the project's build dependencies, Google Benchmark (libbenchmark-dev), python3, xvfb-run (xvfb).
# Takes about 2 minutes on a 2-core machine after the build.
set -euo pipefail

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
cmake --build "$build" --target bench_tree bench_bare_window generate_bench_content wegwijzer-desk >&2
# wegwijzer-desk syncs its settings file (fdatasync) when it starts and quits; right after a build that
# waits for the build's own writes, which doubled its start-up time in trials. Flush them first.
sync

results="$build/bench-results"
mkdir -p "$results"

echo "== bench_tree, offscreen" >&2
QT_QPA_PLATFORM=offscreen "$build/bench/bench_tree" \
    --benchmark_out="$results/tree-offscreen.json" --benchmark_out_format=json >&2
echo "== bench_tree, panel step under Xvfb" >&2
xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb "$build/bench/bench_tree" \
    --benchmark_filter=BM_PanelStep \
    --benchmark_out="$results/tree-xvfb.json" --benchmark_out_format=json >&2
echo "== start-up, ${WW_STARTUP_RUNS:-30} runs of each program, offscreen and under Xvfb" >&2
"$here/startup.sh" "$build" "${WW_STARTUP_RUNS:-30}" > "$results/startup.json"

{
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //');" \
         "Qt $(qtpaths6 --qt-version 2> /dev/null || echo unknown);" \
         "commit $(git -C "$src" rev-parse --short HEAD 2> /dev/null || echo none)"
    echo
    python3 "$here/report.py" --tree "$results/tree-offscreen.json" --tree-xvfb "$results/tree-xvfb.json" \
        --startup "$results/startup.json"
} | tee "$results/table.md"

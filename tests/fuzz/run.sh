#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (CMakeLists.txt here) in BUILD_DIR and runs each for SECONDS,
# all at once, on a copy of its seed corpus (corpus/TARGET). A crash, a leak, undefined behaviour, a broken
# invariant (FuzzTargets.cpp) or a hang of 10 s fails the run; the input that did it is kept in
# BUILD_DIR/findings/TARGET and belongs in corpus/TARGET as a regression once fixed (FuzzCorpusTest replays
# every file there in the ordinary test run).
#   tests/fuzz/run.sh BUILD_DIR [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
compiler=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$compiler" ]; then
    echo "FAIL: clang++ is needed (Debian packages clang-14 and libclang-rt-14-dev)" >&2
    exit 1
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER="$compiler" >/dev/null
cmake --build "$build" --parallel "$(nproc)"

status=0
pids=()
for target in Tree Directory ChatFrame; do
    seeds="$here/corpus/$(echo "$target" | sed 's/ChatFrame/chat_frame/' | tr '[:upper:]' '[:lower:]')"
    work="$build/work/$target"
    findings="$build/findings/$target"
    rm -rf "$work" && mkdir -p "$work" "$findings"
    cp "$seeds"/* "$work"/
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/fuzz_$target" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/" -print_final_stats=1 >"$build/$target.log" 2>&1 &
    pids+=("$!")
done
for index in "${!pids[@]}"; do
    target=$(echo Tree Directory ChatFrame | cut -d' ' -f$((index + 1)))
    if wait "${pids[$index]}"; then
        echo "$target: $(grep -m1 'stat::number_of_executed_units' "$build/$target.log" | awk '{print $2}') inputs in ${seconds} s, no problem"
    else
        status=1
        echo "FAIL: $target found a problem; the input is in $build/findings/$target:" >&2
        tail -40 "$build/$target.log" >&2
    fi
done
exit $status

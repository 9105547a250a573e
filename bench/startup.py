#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times process start -> exit of programs that quit as soon as their main window is ready.

The programs are run in interleaved rounds (the order rotates every round), so that drift in the
machine's load falls on all of them alike. Prints one JSON object with the samples and medians.
Every run must exit with status 0: a program that fails early would otherwise look fast.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def percentile(sorted_samples, p):
    """Nearest rank, as in bench_tree."""
    rank = max(1, min(len(sorted_samples), -(-int(p * 100) * len(sorted_samples) // 100)))
    return sorted_samples[rank - 1]


def run_once(command, env):
    start = time.perf_counter_ns()
    result = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    elapsed_ms = (time.perf_counter_ns() - start) / 1e6
    if result.returncode != 0:
        sys.exit("startup.py: %s exited with %d:\n%s"
                 % (" ".join(command), result.returncode, result.stderr.decode(errors="replace")))
    return elapsed_ms


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--platform", required=True, help="QT_QPA_PLATFORM for the programs: offscreen or xcb")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--bare", required=True, help="the bare Qt Widgets window (the reference)")
    parser.add_argument("--desk", required=True, help="wegwijzer-desk")
    parser.add_argument("--tree", help="a large tree file, to time the desk with it as well")
    parser.add_argument("--directory", help="the directory that --tree refers to")
    args = parser.parse_args()

    programs = {
        # The driver's own cost of starting a process, for scale.
        "true": ["/bin/true"],
        "bare": [args.bare],
        "desk": [args.desk, "--quit-when-ready"],
    }
    if args.tree:
        programs["desk_large_tree"] = [args.desk, "--quit-when-ready", "--tree", args.tree,
                                       "--directory", args.directory]

    with tempfile.TemporaryDirectory(prefix="ww-startup-") as home:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = args.platform
        # Throwaway settings and data: the user's own must neither be read nor written.
        env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
        env["XDG_DATA_HOME"] = os.path.join(home, "data")
        os.makedirs(env["XDG_CONFIG_HOME"])
        os.makedirs(env["XDG_DATA_HOME"])

        names = list(programs)
        for _ in range(args.warmup):
            for name in names:
                run_once(programs[name], env)
        samples = {name: [] for name in names}
        for round_index in range(args.runs):
            shift = round_index % len(names)
            for name in names[shift:] + names[:shift]:
                samples[name].append(run_once(programs[name], env))

    results = {}
    for name, values in samples.items():
        ordered = sorted(values)
        results[name] = {
            "median_ms": statistics.median(ordered),
            "min_ms": ordered[0],
            "p90_ms": percentile(ordered, 0.90),
            "max_ms": ordered[-1],
            "samples_ms": [round(v, 3) for v in values],
        }
    bare = results["bare"]["median_ms"]
    for name in names:
        results[name]["ratio_to_bare"] = results[name]["median_ms"] / bare
    json.dump({"platform": args.platform, "runs": args.runs, "warmup": args.warmup, "results": results},
              sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

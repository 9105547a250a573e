#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times process start -> exit of programs that quit as soon as their main window is ready.

The programs are run in interleaved rounds (the order rotates every round), so that drift in the
machine's load falls on all of them alike. Prints one JSON object with the samples and medians, and
each program's peak resident memory (ru_maxrss from wait4: with --quit-when-ready that is the memory
of the ready window). Every run must exit with status 0: a program that fails early would otherwise
look fast.
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
    """Wall time in ms and peak RSS in kB of one run."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter_ns()
        proc = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=stderr)
        # wait4 rather than wait: it brings the child's resource usage, peak RSS among it.
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed_ms = (time.perf_counter_ns() - start) / 1e6
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            stderr.seek(0)
            sys.exit("startup.py: %s exited with %d:\n%s"
                     % (" ".join(command), proc.returncode, stderr.read().decode(errors="replace")))
    return elapsed_ms, usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--platform", required=True, help="QT_QPA_PLATFORM for the programs: offscreen or xcb")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--bare", required=True, help="the bare Qt Widgets window (the reference)")
    parser.add_argument("--desk", required=True, help="wegwijzer-desk")
    parser.add_argument("--tree", help="a large tree file, to time the desk with it as well")
    parser.add_argument("--directory", help="the directory that --tree refers to")
    parser.add_argument("--db", help="a large case database (sqlite:///PATH), to time the desk with it as well")
    parser.add_argument("--owner", default="agent-01",
                        help="the agent whose home list the desk shows with --db (the desk takes $USER)")
    args = parser.parse_args()

    # name -> (command, environment added for it)
    programs = {
        # The driver's own cost of starting a process, for scale.
        "true": (["/bin/true"], {}),
        "bare": ([args.bare], {}),
        # Its own empty case database in the throwaway data directory (made in the first warm-up run).
        "desk": ([args.desk, "--quit-when-ready"], {}),
    }
    if args.tree:
        programs["desk_large_tree"] = ([args.desk, "--quit-when-ready", "--tree", args.tree,
                                        "--directory", args.directory], {})
    if args.db:
        # The home list the desk shows at start-up is the owner's: an agent with cases in the database.
        programs["desk_large_db"] = ([args.desk, "--quit-when-ready", "--db", args.db],
                                     {"USER": args.owner, "USERNAME": args.owner})

    with tempfile.TemporaryDirectory(prefix="ww-startup-") as home:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = args.platform
        # Throwaway settings and data: the user's own must neither be read nor written.
        env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
        env["XDG_DATA_HOME"] = os.path.join(home, "data")
        os.makedirs(env["XDG_CONFIG_HOME"])
        os.makedirs(env["XDG_DATA_HOME"])

        names = list(programs)
        environments = {name: dict(env, **extra) for name, (_, extra) in programs.items()}
        for _ in range(args.warmup):
            for name in names:
                run_once(programs[name][0], environments[name])
        samples = {name: [] for name in names}
        rss = {name: [] for name in names}
        for round_index in range(args.runs):
            shift = round_index % len(names)
            for name in names[shift:] + names[:shift]:
                elapsed_ms, max_rss_kb = run_once(programs[name][0], environments[name])
                samples[name].append(elapsed_ms)
                rss[name].append(max_rss_kb)

    results = {}
    for name, values in samples.items():
        ordered = sorted(values)
        results[name] = {
            "median_ms": statistics.median(ordered),
            "min_ms": ordered[0],
            "p90_ms": percentile(ordered, 0.90),
            "max_ms": ordered[-1],
            "samples_ms": [round(v, 3) for v in values],
            "max_rss_kb_median": statistics.median(rss[name]),
            "max_rss_kb_max": max(rss[name]),
        }
    bare = results["bare"]["median_ms"]
    for name in names:
        results[name]["ratio_to_bare"] = results[name]["median_ms"] / bare
    json.dump({"platform": args.platform, "runs": args.runs, "warmup": args.warmup, "db": args.db,
               "owner": args.owner if args.db else None, "results": results},
              sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

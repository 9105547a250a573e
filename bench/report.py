#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the results of bench_tree (Google Benchmark JSON) and startup.sh into one markdown table."""
import argparse
import json

FRAME_MS = 1000.0 / 60.0  # one display frame at 60 Hz
STEP_TARGET_MS = 16.0
LOAD_TARGET_MS = 100.0
STARTUP_TARGET_RATIO = 1.3


def duration(ms):
    if ms < 0.1:
        return "%.1f µs" % (ms * 1000.0)
    if ms < 10.0:
        return "%.2f ms" % ms
    return "%.0f ms" % ms


def met(ok):
    return "yes" if ok else "**no**"


def benchmarks(path):
    with open(path) as f:
        data = json.load(f)
    # Keep the counters of each benchmark by its base name (without "/iterations:N/manual_time").
    return {b["name"].split("/")[0]: b for b in data["benchmarks"] if b.get("run_type") == "iteration"}


def step_row(measure, bench):
    p50, p99, worst = bench["p50_ms"], bench["p99_ms"], bench["max_ms"]
    result = "p50 %s, p99 %s (max %s)" % (duration(p50), duration(p99), duration(worst))
    if "outcome_p99_ms" in bench:
        result += "; steps into an outcome p99 %s" % duration(bench["outcome_p99_ms"])
    return [measure, "one frame, %.1f ms" % FRAME_MS, result, "p99 < %g ms" % STEP_TARGET_MS,
            met(p99 < STEP_TARGET_MS)]


def startup_rows(label, platform):
    results = platform["results"]
    bare = results["bare"]["median_ms"]
    rows = []
    for name, what, counts in (("desk", "shipped content", True),
                               ("desk_large_tree", "generated 5,000-node tree (`--tree`)", False)):
        if name not in results:
            continue
        desk = results[name]
        ratio = desk["ratio_to_bare"]
        rows.append([
            "start → `--quit-when-ready`, %s, %s" % (label, what),
            "bare window: median %s" % duration(bare),
            "median %s = **%.2f×** (p90 %s)" % (duration(desk["median_ms"]), ratio, duration(desk["p90_ms"])),
            "≤ %g×" % STARTUP_TARGET_RATIO if counts else "(no target; for scale)",
            met(ratio <= STARTUP_TARGET_RATIO) if counts else ("%s" % ("within" if ratio <= STARTUP_TARGET_RATIO else "over")),
        ])
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tree", required=True, help="bench_tree JSON, offscreen")
    parser.add_argument("--tree-xvfb", help="bench_tree JSON of BM_PanelStep under Xvfb")
    parser.add_argument("--startup", required=True, help="startup.sh JSON")
    args = parser.parse_args()

    tree = benchmarks(args.tree)
    rows = []

    load = tree["BM_LoadTree"]
    parse = tree["BM_ParseJsonOnly"]
    read = tree["BM_ReadJson"]
    rows.append([
        "load + validate the 5,000-node tree from bytes (%.1f MB, %d options)" % (load["bytes"] / 1e6, load["options"]),
        "— (`QJsonDocument::fromJson` alone: median %s)" % duration(parse["p50_ms"]),
        "median %s, p99 %s; of which `JsonFileReader::readBytes` median %s"
        % (duration(load["p50_ms"]), duration(load["p99_ms"]), duration(read["p50_ms"])),
        "< %g ms" % LOAD_TARGET_MS,
        met(load["p50_ms"] < LOAD_TARGET_MS) + ("" if load["p50_ms"] < LOAD_TARGET_MS
                                                 else " (%.1f× the target)" % (load["p50_ms"] / LOAD_TARGET_MS)),
    ])
    if "BM_LoadShippedContent" in tree:
        shipped = tree["BM_LoadShippedContent"]
        rows.append([
            "load + validate the shipped tree and directory (%d nodes, %.0f kB), part of start-up"
            % (shipped["nodes"], shipped["bytes"] / 1e3),
            "—", "median %s, p99 %s" % (duration(shipped["p50_ms"]), duration(shipped["p99_ms"])),
            "(no target of its own)", "—",
        ])
    rows.append(step_row("one tree step, core `TreeWalker` (answer + read the current node)", tree["BM_CoreStep"]))
    rows.append(step_row("one tree step, `TreeWalkerPanel` offscreen (chooseOption → layout → paint)",
                         tree["BM_PanelStep"]))
    if args.tree_xvfb:
        rows.append(step_row("one tree step, `TreeWalkerPanel` under Xvfb", benchmarks(args.tree_xvfb)["BM_PanelStep"]))

    with open(args.startup) as f:
        startup = json.load(f)
    rows += startup_rows("offscreen", startup["offscreen"])
    rows += startup_rows("Xvfb", startup["xvfb"])

    print("| measure | reference | result | target | met? |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    off, xvfb = startup["offscreen"], startup["xvfb"]
    print()
    print("Start-up: %d runs of each program after %d warm-up runs, interleaved; starting `/bin/true` "
          "costs the driver %s offscreen and %s under Xvfb (median)."
          % (off["runs"], off["warmup"], duration(off["results"]["true"]["median_ms"]),
             duration(xvfb["results"]["true"]["median_ms"])))
    print("Panel steps into an outcome render its parties (`OutcomeView::setHtml`); %d of %d steps did."
          % (tree["BM_PanelStep"]["outcome_samples"], tree["BM_PanelStep"]["samples"]))


if __name__ == "__main__":
    main()

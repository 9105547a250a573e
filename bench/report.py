#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the results of bench_tree, bench_storage (Google Benchmark JSON), seed_cases.py and startup.sh into
one markdown table. Every part is optional: what was not run (or did not build) has no rows."""
import argparse
import json

FRAME_MS = 1000.0 / 60.0  # one display frame at 60 Hz
STEP_TARGET_MS = 16.0
LOAD_TARGET_MS = 100.0
STARTUP_TARGET_RATIO = 1.3
SAVE_TARGET_RATIO = 2.0
# The home list has no target of its own; it is held to the case-log filters' target.
LIST_TARGET_P95_MS = 100.0
LIST_TARGET_RATIO = 1.5
RSS_TARGET_MB = 150.0


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
    large_db = "1,000,000 cases (`--db`, home list of %s)" % platform.get("owner")
    for name, what, counts in (("desk", "shipped content, empty case database", True),
                               ("desk_large_db", large_db, True),
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


def megabytes(kb):
    return kb / 1024.0


def rss_rows(label, platform):
    results = platform["results"]
    bare = megabytes(results["bare"]["max_rss_kb_median"])
    rows = []
    for name, what in (("desk", "empty case database"), ("desk_large_db", "1,000,000 cases")):
        if name not in results:
            continue
        rss = megabytes(results[name]["max_rss_kb_median"])
        rows.append([
            "desktop memory after start (peak RSS, `--quit-when-ready`), %s, %s" % (label, what),
            "bare window: %.0f MB" % bare,
            "median %.0f MB (max %.0f MB)" % (rss, megabytes(results[name]["max_rss_kb_max"])),
            "< %g MB while scrolling the whole case log (not measured yet; this is start only)" % RSS_TARGET_MB,
            "start only: %s" % ("within" if rss < RSS_TARGET_MB else "**over**"),
        ])
    return rows


def save_row(bench, where, shell):
    ratio = bench["ratio_p99"]
    # Judged on the shell's time without the pipes' share (the conservative reading).
    net = bench["ratio_p99_net"]
    measure = ("saving a new case, %s: `SqlCaseStore::saveCase` (%d statements: header, 2 themes, 5 steps, "
               "2 referrals, 3 notes, 3 events, 3 deletes; BEGIN/COMMIT), %d cases"
               % (where, bench["statements"] - 2, bench["samples"]))
    if bench.get("as_agent") == 0:
        measure += "; **as the schema owner**, because saving as an agent fails (see notes)"
    return [
        measure,
        "the same statements in `%s`, one transaction at a time: p50 %s, p99 %s (pipe round trip %s)"
        % (shell, duration(bench["raw_p50_ms"]), duration(bench["raw_p99_ms"]), duration(bench["roundtrip_p50_ms"])),
        "p50 %s (%.2f×), p99 %s = **%.2f×** raw p99 (%.2f× without the round trip); max %s against %s"
        % (duration(bench["p50_ms"]), bench["ratio_p50"], duration(bench["p99_ms"]), ratio, net,
           duration(bench["max_ms"]), duration(bench["raw_max_ms"])),
        "p99 ≤ %g× raw" % SAVE_TARGET_RATIO,
        met(net <= SAVE_TARGET_RATIO),
    ]


def home_row(bench):
    ok = (bench["p95_ms"] < LIST_TARGET_P95_MS and bench["ratio_p50"] <= LIST_TARGET_RATIO
          and bench["ratio_p95"] <= LIST_TARGET_RATIO)
    return [
        "home list, {:,} cases: `homeList(owner, today, 50)`, %d owners in turn, %.0f rows a list, %d lists"
        .format(int(bench["cases"])) % (bench["owners"], bench["rows_per_list"], bench["samples"]),
        "the same two statements in `sqlite3`: p50 %s, p95 %s, p99 %s"
        % (duration(bench["raw_p50_ms"]), duration(bench["raw_p95_ms"]), duration(bench["raw_p99_ms"])),
        "p50 %s (%.2f×), p95 %s (%.2f×), p99 %s"
        % (duration(bench["p50_ms"]), bench["ratio_p50"], duration(bench["p95_ms"]), bench["ratio_p95"],
           duration(bench["p99_ms"])),
        "none of its own; as the case-log filters: p95 < %g ms, ≤ %g× raw" % (LIST_TARGET_P95_MS, LIST_TARGET_RATIO),
        met(ok),
    ]


def seed_row(seed):
    if not seed.get("available"):
        return ["seeding {:,} cases (`wegwijzer-admin demo seed`)".format(seed["cases"]), "—", "not run: " + seed["reason"],
                "(none)", "—"]
    seconds = seed["seconds"]
    result = ("%.1f min (%.0f cases/s); file %.1f GB; %.0f GB written; CPU user %.0f s + system %.0f s; peak RSS %.0f MB"
              % (seconds / 60.0, seed["cases"] / seconds, seed["size_bytes"] / 1e9, seed["written_bytes"] / 1e9,
                 seed["user_seconds"], seed["system_seconds"], megabytes(seed["max_rss_kb"])))
    if seed.get("cached"):
        result += " (seeded %s, cached since)" % seed["seeded_at"]
    return ["seeding {:,} cases once (`wegwijzer-admin demo seed`)".format(seed["cases"]), "—", result, "(none)", "—"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tree", help="bench_tree JSON, offscreen")
    parser.add_argument("--tree-xvfb", help="bench_tree JSON of BM_PanelStep under Xvfb")
    parser.add_argument("--startup", help="startup.sh JSON")
    parser.add_argument("--storage", help="bench_storage JSON")
    parser.add_argument("--seed", help="seed_cases.py JSON")
    args = parser.parse_args()

    rows = []
    notes = []
    if args.tree:
        rows += tree_rows(args, notes)
    storage = {}
    if args.storage:
        storage = {name: b for name, b in benchmarks(args.storage).items() if not b.get("error_occurred")}
        with open(args.storage) as f:
            failed = [b for b in json.load(f)["benchmarks"] if b.get("error_occurred")]
        for bench in failed:
            rows.append([bench["name"].split("/")[0], "—", "**failed**: " + bench.get("error_message", ""), "—", "**no**"])
        if "BM_SaveCaseSqlite" in storage:
            rows.append(save_row(storage["BM_SaveCaseSqlite"], "SQLite (WAL, synchronous=NORMAL)", "sqlite3"))
        if "BM_SaveCasePostgres" in storage:
            pg = storage["BM_SaveCasePostgres"]
            rows.append(save_row(pg, "PostgreSQL", "psql"))
            if pg.get("label"):
                notes.append("PostgreSQL: " + pg["label"].replace("\n", " "))
    if args.seed:
        with open(args.seed) as f:
            rows.append(seed_row(json.load(f)))
    if "BM_HomeList" in storage:
        home = storage["BM_HomeList"]
        rows.append(home_row(home))
        open_plan, _, recent_plan = home.get("label", "").partition(" || ")
        notes.append("`EXPLAIN QUERY PLAN` of the home list as the program prepares it: %s; %s. The shell alone: "
                     "open cases p50 %s, recent cases p50 %s."
                     % (open_plan, recent_plan, duration(home["raw_open_p50_ms"]), duration(home["raw_recent_p50_ms"])))

    startup = None
    if args.startup:
        with open(args.startup) as f:
            startup = json.load(f)
        rows += startup_rows("offscreen", startup["offscreen"])
        rows += startup_rows("Xvfb", startup["xvfb"])
        rows += rss_rows("offscreen", startup["offscreen"])

    print("| measure | reference | result | target | met? |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    if startup:
        off, xvfb = startup["offscreen"], startup["xvfb"]
        notes.append("Start-up: %d runs of each program after %d warm-up runs, interleaved; starting `/bin/true` "
                     "costs the driver %s offscreen and %s under Xvfb (median)."
                     % (off["runs"], off["warmup"], duration(off["results"]["true"]["median_ms"]),
                        duration(xvfb["results"]["true"]["median_ms"])))
    for note in notes:
        print(note)


def tree_rows(args, notes):
    tree = benchmarks(args.tree)
    rows = []

    load = tree["BM_LoadTree"]
    parse = tree["BM_ParseJsonOnly"]
    read = tree["BM_ReadJson"]
    rows.append([
        "load + validate the 5,000-node tree from bytes (%.1f MB, %d options), language check included (%d warnings)"
        % (load["bytes"] / 1e6, load["options"], load.get("language_warnings", 0)),
        "— (`QJsonDocument::fromJson` alone: median %s)" % duration(parse["p50_ms"]),
        "median %s, p99 %s; of which `JsonFileReader::readBytes` median %s"
        % (duration(load["p50_ms"]), duration(load["p99_ms"]), duration(read["p50_ms"])),
        "< %g ms" % LOAD_TARGET_MS,
        met(load["p50_ms"] < LOAD_TARGET_MS) + ("" if load["p50_ms"] < LOAD_TARGET_MS
                                                 else " (%.1f× the target)" % (load["p50_ms"] / LOAD_TARGET_MS)),
    ])
    if "BM_LoadTreeWithoutLanguageCheck" in tree:
        bare = tree["BM_LoadTreeWithoutLanguageCheck"]
        rows.append([
            "the same load + validate without the language check",
            "—", "median %s, p99 %s" % (duration(bare["p50_ms"]), duration(bare["p99_ms"])),
            "(reference)", "—",
        ])
    if "BM_LanguageCheck" in tree:
        language = tree["BM_LanguageCheck"]
        rows.append([
            "of which the language check of every caller text (sentence length, jargon, exceptions, locating warnings)",
            "—", "median %s, p99 %s" % (duration(language["p50_ms"]), duration(language["p99_ms"])),
            "(part of the above)", "—",
        ])
    if "BM_LanguageCheckTexts" in tree:
        texts = tree["BM_LanguageCheckTexts"]
        rows.append([
            "of which `LanguageCheck` on every text alone, as an editor calls it (%d hints)" % texts["hints"],
            "—", "median %s, p99 %s" % (duration(texts["p50_ms"]), duration(texts["p99_ms"])),
            "(part of the above)", "—",
        ])
    if "BM_LanguageCheckShippedTree" in tree:
        shipped = tree["BM_LanguageCheckShippedTree"]
        rows.append([
            "language check of the shipped tree (%d nodes, %d warnings), part of `tree validate`"
            % (shipped["nodes"], shipped["language_warnings"]),
            "—", "median %s, p99 %s" % (duration(shipped["p50_ms"]), duration(shipped["p99_ms"])),
            "(no target of its own)", "—",
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
    notes.append("Panel steps into an outcome render its parties (`OutcomeView::setHtml`); %d of %d steps did."
                 % (tree["BM_PanelStep"]["outcome_samples"], tree["BM_PanelStep"]["samples"]))
    return rows


if __name__ == "__main__":
    main()

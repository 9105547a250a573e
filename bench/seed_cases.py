#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes (once) and caches the large case database the storage and start-up benchmarks read.

Seeding 1,000,000 cases with `wegwijzer-admin demo seed` takes minutes, so the file is kept in DIR and
reused while the SQLite migrations and the seeder it was made with are unchanged (their hash is the cache
key). Prints one JSON object: where the database is, and what seeding it cost (wall time, the seeder's own
figure, CPU, peak RSS, bytes written), from the run that made it.
"""
import argparse
import datetime
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time


def migrations_key(folder, cases, seeder_sources, uniform=False):
    digest = hashlib.sha256(("cases=%d%s fts-optimized\n" % (cases, " uniform" if uniform else "")).encode())
    for name in sorted(os.listdir(folder)):
        if name.endswith(".sql"):
            digest.update(name.encode())
            with open(os.path.join(folder, name), "rb") as f:
                digest.update(f.read())
    # What the seeder writes (its distribution) is part of the key too: other data, other figures.
    for path in seeder_sources:
        with open(path, "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()


def remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def loadavg():
    with open("/proc/loadavg") as f:
        return [float(v) for v in f.read().split()[:3]]


def seed(admin, cases, path, uniform=False):
    """Runs the seeder into PATH.partial and renames it when it succeeded: a cut-off run leaves no cache."""
    partial = path + ".partial"
    remove_database(partial)
    before = loadavg()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        command = [admin, "demo", "seed", "--db", "sqlite://" + partial, "--cases", str(cases)]
        if uniform:
            command.append("--uniform")
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        # wait4, not wait: the child's own CPU time, peak RSS and blocks written come with it.
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        if proc.returncode != 0:
            sys.exit("seed_cases.py: wegwijzer-admin demo seed exited with %d:\n%s%s"
                     % (proc.returncode, stdout, err.read().decode(errors="replace")))
    if os.path.exists(partial + "-wal"):
        sys.exit("seed_cases.py: %s-wal is still there after the seeder exited" % partial)
    # Seeding in large batches leaves the notes' full-text index in many segments, which a database that
    # grew over months has merged long since (FTS5 merges as it goes): searching for a common word took
    # 5x as long on 100,000 freshly seeded cases (see docs/performance.md). Merge them as one would.
    start = time.perf_counter()
    subprocess.run(["sqlite3", partial, "INSERT INTO case_notes_fts(case_notes_fts) VALUES('optimize');"], check=True)
    optimize_seconds = time.perf_counter() - start
    os.rename(partial, path)
    # "1000000 synthetic cases written in 366.1 s": the seeder's own time, without loading the tree.
    seeder_seconds = None
    for word, following in zip(stdout.split(), stdout.split()[1:]):
        if following == "s" and word.replace(".", "", 1).isdigit():
            seeder_seconds = float(word)
    return {
        "seconds": seconds,
        "fts_optimize_seconds": optimize_seconds,
        "seeder_seconds": seeder_seconds,
        "user_seconds": usage.ru_utime,
        "system_seconds": usage.ru_stime,
        "max_rss_kb": usage.ru_maxrss,
        "written_bytes": usage.ru_oublock * 512,
        "loadavg_before": before,
        "loadavg_after": loadavg(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--admin", required=True, help="wegwijzer-admin")
    parser.add_argument("--cases", type=int, default=1000000)
    parser.add_argument("--dir", required=True, help="where the database is cached (under the build directory)")
    parser.add_argument("--migrations", required=True, help="resources/sql/sqlite/migrations of the source tree")
    parser.add_argument("--seeder", nargs="*", default=[],
                        help="the seeder's sources (core/storage/DemoSeeder.cpp, DemoDistribution.cpp): part of the key")
    parser.add_argument("--uniform", action="store_true",
                        help="every answer of the tree equally likely (demo seed --uniform), for comparing")
    parser.add_argument("--no-seed", action="store_true", help="use a cached database, never seed (--quick)")
    parser.add_argument("--reseed", action="store_true", help="seed even when the cache is valid (to time it)")
    args = parser.parse_args()

    os.makedirs(args.dir, exist_ok=True)
    path = os.path.abspath(os.path.join(args.dir, "cases-%d%s.db" % (args.cases, "-uniform" if args.uniform else "")))
    info_path = path[:-3] + ".json"
    key = migrations_key(args.migrations, args.cases, args.seeder, args.uniform)

    info = None
    if os.path.exists(path) and os.path.exists(info_path) and not args.reseed:
        with open(info_path) as f:
            info = json.load(f)
        if info.get("key") != key:
            info = None  # made with other migrations: the desk would migrate it, and that is not start-up
    if info is not None:
        info["cached"] = True
    elif args.no_seed:
        info = {"available": False, "cases": args.cases,
                "reason": "no cached %d-case database and seeding was skipped (--quick)" % args.cases}
    else:
        print("seeding %d cases into %s (takes minutes; cached afterwards)" % (args.cases, path), file=sys.stderr)
        remove_database(path)
        info = seed(args.admin, args.cases, path, args.uniform)
        info.update({"cases": args.cases, "uniform": args.uniform, "key": key, "path": path,
                     "seeded_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")})
        with open(info_path, "w") as f:
            json.dump(info, f, indent=1)
        info["cached"] = False
    if info.get("available", True):
        info["available"] = True
        info["size_bytes"] = os.path.getsize(path)
    json.dump(info, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Statements and round trips per case save, from a pgwire_proxy.py log.

A round trip is a simple query, or the statements sent before a Sync. A save is a round trip that runs
ww_save_case or ww_save_draft; it also owns the round trip right before it that prepares the statement (the
first time) and BEGIN or COMMIT round trips right around it. Prints
"STATEMENTS / ROUND_TRIPS" for the save that needed most of each.
"""
import sys

trips = {}  # connection -> list of round trips, each a list of statements
pending = {}
for line in open(sys.argv[1]):
    parts = line.rstrip("\n").split(" ", 3)
    if len(parts) < 3:
        continue
    connection, kind = parts[1], parts[2]
    sql = parts[3] if len(parts) > 3 else ""
    if kind == "Q":
        trips.setdefault(connection, []).append([sql])
    elif kind == "E":
        pending.setdefault(connection, []).append(sql)
    elif kind == "S":
        trips.setdefault(connection, []).append(pending.pop(connection, []))


def is_save(trip):
    return any(("ww_save_case" in s or "ww_save_draft" in s) and not s.startswith("PREPARE") for s in trip)


def is_prepare(trip):
    return not trip or (len(trip) == 1 and trip[0].startswith("PREPARE"))


def word(trip, first):
    return len(trip) == 1 and trip[0].upper().startswith(first)


most_statements = most_trips = 0
for connection, list_ in trips.items():
    for i, trip in enumerate(list_):
        if not is_save(trip):
            continue
        statements, count = len(trip), 1
        j = i - 1
        if j >= 0 and is_prepare(list_[j]):
            count += 1  # the statement prepared first
            j -= 1
        if j >= 0 and word(list_[j], "BEGIN"):
            statements, count = statements + 1, count + 1
        if i + 1 < len(list_) and word(list_[i + 1], "COMMIT"):
            statements, count = statements + 1, count + 1
        most_statements, most_trips = max(most_statements, statements), max(most_trips, count)
print(f"{most_statements} / {most_trips}")

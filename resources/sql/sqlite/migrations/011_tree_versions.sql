-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11 (SQLite): published versions of the tree and the referral directory, as on
-- PostgreSQL. A version is a tree (kept in trees under its identity, as cases keep theirs), the
-- directory that goes with it, who published it, when, and a note; it is never changed or removed.
-- On one workstation there are no accounts: "who" is the name the program was given.

CREATE TABLE tree_versions (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    tree_identity     TEXT NOT NULL REFERENCES trees (identity),
    directory_sha256  TEXT NOT NULL CHECK (length(directory_sha256) = 64),
    directory_content TEXT NOT NULL,
    published_by      TEXT NOT NULL,
    published_at      TEXT NOT NULL,
    note              TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 500)
);

CREATE TRIGGER tree_versions_are_append_only BEFORE UPDATE ON tree_versions
BEGIN
    SELECT RAISE(ABORT, 'tree_versions rows are append-only: they are never changed or removed; publish a new version');
END;

CREATE TRIGGER tree_versions_are_kept BEFORE DELETE ON tree_versions
BEGIN
    SELECT RAISE(ABORT, 'tree_versions rows are append-only: they are never changed or removed; publish a new version');
END;

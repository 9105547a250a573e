-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2 (SQLite): the tables of the shared schema's version 2, for one workstation.
-- Accounts and row-level security exist only on PostgreSQL; here the operating system account is
-- the one user.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE case_handovers (
    id        INTEGER PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES cases (id),
    from_role TEXT NOT NULL,
    to_role   TEXT NOT NULL,
    note      TEXT NOT NULL,
    handed_at TEXT NOT NULL
);
CREATE INDEX case_handovers_to ON case_handovers (to_role, case_id);

CREATE TABLE case_reviews (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    reviewer    TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    comment     TEXT NOT NULL
);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    case_id TEXT,
    detail  TEXT
);
CREATE INDEX audit_log_case ON audit_log (case_id, at);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

ALTER TABLE cases ADD COLUMN anonymised_at TEXT;

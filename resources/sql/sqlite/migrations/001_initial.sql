-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: cases with their tree path, append-only notes, referrals and history.
-- Times are ISO 8601 UTC text; ids are UUID text made by the client.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- Every tree a case was walked in, by identity, so a case always shows the texts it walked.
CREATE TABLE trees (
    identity  TEXT PRIMARY KEY,
    version   TEXT NOT NULL,
    content   TEXT NOT NULL,
    stored_at TEXT NOT NULL
);

CREATE TABLE cases (
    id                    TEXT PRIMARY KEY,
    channel               TEXT NOT NULL CHECK (channel IN ('phone', 'chat')),
    status                TEXT NOT NULL CHECK (status IN ('active', 'wrap-up', 'follow-up', 'closed')),
    owner                 TEXT NOT NULL,
    tree_identity         TEXT NOT NULL REFERENCES trees (identity),
    opened_at             TEXT NOT NULL,
    contact_ended_at      TEXT,
    closed_at             TEXT,
    updated_at            TEXT NOT NULL,
    hold_seconds          INTEGER NOT NULL DEFAULT 0 CHECK (hold_seconds >= 0),
    caller_role           TEXT,
    school_type           TEXT,
    province              TEXT,
    route_stage           TEXT,
    outcome_node          TEXT,
    white_spot            INTEGER NOT NULL DEFAULT 0 CHECK (white_spot IN (0, 1)),
    white_spot_reason     TEXT,
    follow_up_date        TEXT,
    follow_up_instruction TEXT,
    row_version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_owner_status ON cases (owner, status, follow_up_date);
CREATE INDEX cases_owner_updated ON cases (owner, updated_at);
CREATE INDEX cases_opened ON cases (opened_at);

CREATE TABLE case_themes (
    case_id TEXT NOT NULL REFERENCES cases (id),
    theme   TEXT NOT NULL,
    PRIMARY KEY (case_id, theme)
);

-- The path walked: one row per node, in order.
CREATE TABLE case_steps (
    case_id    TEXT NOT NULL REFERENCES cases (id),
    seq        INTEGER NOT NULL,
    node_id    TEXT NOT NULL,
    option_id  TEXT,
    reached_at TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
);

-- Append-only: a correction is a new note that points at the note it corrects.
CREATE TABLE case_notes (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id),
    seq              INTEGER NOT NULL,
    author           TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    body             TEXT NOT NULL,
    corrects_note_id TEXT REFERENCES case_notes (id)
);
CREATE INDEX case_notes_case ON case_notes (case_id, created_at, seq);

CREATE TRIGGER case_notes_are_append_only_update BEFORE UPDATE ON case_notes
BEGIN
    SELECT RAISE(ABORT, 'case notes are append-only: add a correcting note instead');
END;

CREATE TRIGGER case_notes_are_append_only_delete BEFORE DELETE ON case_notes
BEGIN
    SELECT RAISE(ABORT, 'case notes are append-only: add a correcting note instead');
END;

-- The note being typed, saved as the agent types so that no keystroke is lost.
CREATE TABLE note_drafts (
    case_id  TEXT PRIMARY KEY REFERENCES cases (id),
    body     TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

CREATE TABLE referrals (
    case_id       TEXT NOT NULL REFERENCES cases (id),
    party_id      TEXT NOT NULL,
    position      INTEGER NOT NULL,
    origin        TEXT NOT NULL CHECK (origin IN ('suggested', 'added')),
    decision      TEXT NOT NULL CHECK (decision IN ('confirmed', 'removed')),
    reason        TEXT,
    warm_handover INTEGER NOT NULL DEFAULT 0 CHECK (warm_handover IN (0, 1)),
    decided_at    TEXT NOT NULL,
    PRIMARY KEY (case_id, party_id),
    CHECK ((origin = 'suggested' AND decision = 'confirmed') OR coalesce(length(trim(reason)), 0) > 0)
);
CREATE INDEX referrals_party ON referrals (party_id);

-- State changes: opened, hold, resumed, contact-ended, follow-up, continued, closed.
CREATE TABLE case_events (
    case_id TEXT NOT NULL REFERENCES cases (id),
    seq     INTEGER NOT NULL,
    at      TEXT NOT NULL,
    kind    TEXT NOT NULL,
    detail  TEXT,
    PRIMARY KEY (case_id, seq)
);

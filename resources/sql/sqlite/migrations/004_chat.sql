-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4 (SQLite): the chat tables of the shared schema's version 4, for one workstation.

CREATE TABLE chats (
    id                  TEXT PRIMARY KEY,
    case_id             TEXT NOT NULL UNIQUE REFERENCES cases (id),
    resume_hash         TEXT NOT NULL UNIQUE,
    state               TEXT NOT NULL CHECK (state IN ('queued', 'active', 'ended')),
    agent               TEXT,
    lang                TEXT NOT NULL,
    visitor_tree        TEXT,
    visitor_path        TEXT,
    transfer_from       TEXT,
    transfer_note       TEXT,
    opened_at           TEXT NOT NULL,
    queued_at           TEXT NOT NULL,
    ended_at            TEXT
);
CREATE INDEX chats_open ON chats (state) WHERE state <> 'ended';

CREATE TABLE chat_messages (
    chat_id   TEXT NOT NULL REFERENCES chats (id),
    case_id   TEXT NOT NULL REFERENCES cases (id),
    seq       INTEGER NOT NULL CHECK (seq > 0),
    sender    TEXT NOT NULL CHECK (sender IN ('visitor', 'agent')),
    author    TEXT,
    client_id TEXT NOT NULL,
    body      TEXT NOT NULL,
    sent_at   TEXT NOT NULL,
    PRIMARY KEY (chat_id, seq),
    UNIQUE (chat_id, sender, client_id)
);
CREATE INDEX chat_messages_case ON chat_messages (case_id, seq);

CREATE TABLE chat_tickets (
    hash       TEXT PRIMARY KEY,
    role       TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- Retention reaches transcripts too: when a case is anonymised, its chat loses its free text.
CREATE TRIGGER cases_erase_chat_transcript AFTER UPDATE OF anonymised_at ON cases
WHEN OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL
BEGIN
    UPDATE chat_messages SET body = '' WHERE case_id = NEW.id;
    UPDATE chats SET transfer_note = NULL WHERE case_id = NEW.id;
END;

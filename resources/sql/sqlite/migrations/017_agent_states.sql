-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 17 (SQLite): agent states, when a chat was first answered, and (in settings) the wrap-up
-- maximum. ww::AgentStateStore keeps the rules the PostgreSQL functions keep there: the desk's user and
-- the time are filled in by the program, the state is checked against the list, rows are never changed.
-- As with everything on SQLite, whoever can read the file reads every row.

CREATE TABLE agent_state_changes (
    id         INTEGER PRIMARY KEY,
    agent      TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('available', 'on-call', 'in-chat', 'wrap-up', 'break', 'other-work',
                                              'offline')),
    changed_at TEXT NOT NULL,
    change_id  TEXT UNIQUE
);
CREATE INDEX agent_state_changes_agent ON agent_state_changes (agent, changed_at);
CREATE INDEX agent_state_changes_at ON agent_state_changes (changed_at);

-- Never changed; removed only by retention (RetentionJob), which is the one statement that deletes.
CREATE TRIGGER agent_state_changes_append_only BEFORE UPDATE ON agent_state_changes
BEGIN
    SELECT RAISE(ABORT, 'agent_state_changes rows are append-only: they are never changed');
END;

-- When a chat was first answered: set when the chat first gets a holder (earlier chats: when queued).
ALTER TABLE chats ADD COLUMN answered_at TEXT;
UPDATE chats SET answered_at = queued_at WHERE agent IS NOT NULL;
CREATE TRIGGER chats_answered_on_insert AFTER INSERT ON chats
WHEN NEW.agent IS NOT NULL AND NEW.answered_at IS NULL
BEGIN
    UPDATE chats SET answered_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER chats_answered AFTER UPDATE OF agent ON chats
WHEN NEW.agent IS NOT NULL AND OLD.answered_at IS NULL
BEGIN
    UPDATE chats SET answered_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

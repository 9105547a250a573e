-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5 (SQLite): supervisor review and monitoring.

-- Full-text search in notes: an FTS5 index over case_notes (external content, so the text is stored
-- once), kept by triggers. It is keyed on case_notes' rowid: after a VACUUM, which may renumber
-- rowids, run INSERT INTO case_notes_fts (case_notes_fts) VALUES ('rebuild').
CREATE VIRTUAL TABLE case_notes_fts USING fts5(
    body, content = 'case_notes', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER case_notes_fts_insert AFTER INSERT ON case_notes
BEGIN
    INSERT INTO case_notes_fts (rowid, body) VALUES (new.rowid, new.body);
END;

-- Only retention changes a note (it erases the text); the index must forget the old words.
CREATE TRIGGER case_notes_fts_update AFTER UPDATE OF body ON case_notes
BEGIN
    INSERT INTO case_notes_fts (case_notes_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
    INSERT INTO case_notes_fts (rowid, body) VALUES (new.rowid, new.body);
END;

CREATE TRIGGER case_notes_fts_delete AFTER DELETE ON case_notes
BEGIN
    INSERT INTO case_notes_fts (case_notes_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
END;

INSERT INTO case_notes_fts (case_notes_fts) VALUES ('rebuild');

-- How many notes hold each word: the case log searches a common word case by case, newest first,
-- and a rare word through the index (SQLite cannot tell the two apart by itself).
CREATE VIRTUAL TABLE case_notes_terms USING fts5vocab('case_notes_fts', 'row');

-- A review has a quality score and may flag the case for the expertise network.
ALTER TABLE case_reviews ADD COLUMN score INTEGER CHECK (score BETWEEN 1 AND 5);
ALTER TABLE case_reviews ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1));
CREATE INDEX case_reviews_case ON case_reviews (case_id, reviewed_at);

-- The case log's filters.
CREATE INDEX case_themes_theme ON case_themes (theme, case_id);
CREATE INDEX cases_status_follow_up ON cases (status, follow_up_date);
CREATE INDEX cases_owner_opened ON cases (owner, opened_at);

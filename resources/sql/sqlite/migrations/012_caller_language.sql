-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 12 (SQLite): the language the caller speaks, a code from a closed list (ISO 639-1 for
-- the languages listed, 'nl-limited' for Dutch with difficulty, 'other' for any other language).
-- Retention keeps it, as it keeps the case's other codes: it is never free text.

ALTER TABLE cases ADD COLUMN caller_language TEXT
    CHECK (caller_language IN ('nl', 'nl-limited', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'so', 'other'));

-- The case log filters and sorts on it as on the caller's role (migration 006).
CREATE INDEX cases_log_caller_language ON cases (coalesce(caller_language, ''), opened_at, id);

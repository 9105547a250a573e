-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5 (PostgreSQL): supervisor review and monitoring. The row-level security and
-- grants of version 2 stay as they are: only supervisors read and write reviews.

-- Full-text search in notes with the Dutch configuration (stemming, Dutch stop words).
CREATE INDEX case_notes_body_fts ON case_notes USING gin (to_tsvector('dutch', body));

-- A review has a quality score and may flag the case for the expertise network.
ALTER TABLE case_reviews
    ADD COLUMN score   integer CHECK (score BETWEEN 1 AND 5),
    ADD COLUMN flagged integer NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1));
CREATE INDEX case_reviews_case ON case_reviews (case_id, reviewed_at);

-- The case log's filters.
CREATE INDEX case_themes_theme ON case_themes (theme, case_id);
CREATE INDEX cases_status_follow_up ON cases (status, follow_up_date);
CREATE INDEX cases_owner_opened ON cases (owner, opened_at);

-- Supervisors may read every case already (ww_may_read_case says so), but only after a definer
-- function call per row, which made the case log and its text search seconds slow on a million
-- cases. A policy for their group says the same thing without the call; agents are unaffected.
DO $$
DECLARE
    child text;
BEGIN
    FOREACH child IN ARRAY ARRAY['cases', 'case_themes', 'case_steps', 'case_notes', 'referrals', 'case_events']
    LOOP
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO ww_supervisor USING (true)',
                       child || '_read_supervisors', child);
    END LOOP;
END;
$$;

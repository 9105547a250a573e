-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3 (PostgreSQL): who has a case open right now, and finding the current holder of
-- a handed-over case quickly.

-- One row per person who has the case on screen; the desktop touches it while the case is open and
-- removes it when the case is closed. A row not touched for a while belongs to a desktop that went away.
CREATE TABLE case_presence (
    case_id uuid NOT NULL REFERENCES cases (id),
    viewer  TEXT NOT NULL DEFAULT session_user,
    seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, viewer)
);

ALTER TABLE case_presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_presence_read ON case_presence FOR SELECT USING (ww_may_read_case(case_id));
CREATE POLICY case_presence_insert ON case_presence FOR INSERT
    WITH CHECK (viewer = session_user AND ww_may_read_case(case_id));
CREATE POLICY case_presence_update ON case_presence FOR UPDATE
    USING (viewer = session_user) WITH CHECK (viewer = session_user);
CREATE POLICY case_presence_delete ON case_presence FOR DELETE USING (viewer = session_user);
GRANT SELECT, INSERT, UPDATE, DELETE ON case_presence TO ww_agent, ww_supervisor;

-- The latest hand-over of a case names who holds it now.
CREATE INDEX case_handovers_case ON case_handovers (case_id, id);

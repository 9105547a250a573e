-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3 (SQLite): who has a case open right now, and finding the current holder of a
-- handed-over case quickly. See the PostgreSQL migration of the same version.

CREATE TABLE case_presence (
    case_id TEXT NOT NULL REFERENCES cases (id),
    viewer  TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (case_id, viewer)
);

CREATE INDEX case_handovers_case ON case_handovers (case_id, id);

-- The audit log records hand-overs here too (PostgreSQL does it with a definer trigger).
CREATE TRIGGER case_handovers_audit AFTER INSERT ON case_handovers
BEGIN
    INSERT INTO audit_log (at, actor, action, case_id, detail)
    VALUES (NEW.handed_at, NEW.from_role, 'handed-over', NEW.case_id, NEW.to_role);
END;

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8 (SQLite): the shapes of PostgreSQL's version 8, for one workstation. The embedded
-- database makes no multi-user promises: its file is readable by its owner only, and whoever can
-- read it can read every case in it (see docs/security.md).

-- A hand-over moves the case: the receiver holds it. Cases handed over before this version get
-- their last receiver as holder.
UPDATE cases SET owner = (SELECT h.to_role FROM case_handovers h WHERE h.case_id = cases.id ORDER BY h.id DESC LIMIT 1)
WHERE id IN (SELECT case_id FROM case_handovers);

-- PostgreSQL keeps the steps a step back left behind, marked withdrawn; the shared queries read
-- only the others.
ALTER TABLE case_steps ADD COLUMN withdrawn_at TEXT;

-- Erased text is empty on both databases. The rule that a removed or added party has a reason
-- moves out of the table (the case session and, on PostgreSQL, ww_save_case check it), so that
-- retention can erase the reason; SQLite changes a CHECK only by rebuilding the table.
CREATE TABLE referrals_rebuilt (
    case_id       TEXT NOT NULL REFERENCES cases (id),
    party_id      TEXT NOT NULL,
    position      INTEGER NOT NULL,
    origin        TEXT NOT NULL CHECK (origin IN ('suggested', 'added')),
    decision      TEXT NOT NULL CHECK (decision IN ('confirmed', 'removed', 'withdrawn')),
    reason        TEXT,
    warm_handover INTEGER NOT NULL DEFAULT 0 CHECK (warm_handover IN (0, 1)),
    decided_at    TEXT NOT NULL,
    opened_at     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, party_id)
);
INSERT INTO referrals_rebuilt (case_id, party_id, position, origin, decision, reason, warm_handover, decided_at, opened_at)
SELECT case_id, party_id, position, origin, decision, CASE WHEN reason = '-' THEN '' ELSE reason END, warm_handover,
       decided_at, opened_at
FROM referrals;
DROP TABLE referrals;
ALTER TABLE referrals_rebuilt RENAME TO referrals;
CREATE INDEX referrals_log ON referrals (party_id, decision, opened_at, case_id);
UPDATE cases SET white_spot_reason = '' WHERE white_spot_reason = '-' AND anonymised_at IS NOT NULL;

-- Retention reaches review comments and the path a website visitor sent, as on PostgreSQL.
DROP TRIGGER cases_erase_chat_transcript;
CREATE TRIGGER cases_erase_chat_transcript AFTER UPDATE OF anonymised_at ON cases
WHEN OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL
BEGIN
    UPDATE chat_messages SET body = '' WHERE case_id = NEW.id;
    UPDATE chats SET transfer_note = NULL, visitor_path = NULL WHERE case_id = NEW.id;
    UPDATE case_reviews SET comment = '' WHERE case_id = NEW.id;
END;

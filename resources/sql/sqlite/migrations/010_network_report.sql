-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10 (SQLite): what the monitoring report and the expertise network need.
-- Why a white spot has no party, and why an agent removed or added a party, as codes from closed lists
-- (the free-text reasons stay where they are and never leave the database); and the short summary a
-- supervisor writes when flagging a case for the expertise network (free text: only the export of cases
-- for the network reads it, and retention erases it with the case's other free text).

ALTER TABLE cases ADD COLUMN white_spot_category TEXT
    CHECK (white_spot_category IN ('outside-school', 'no-complaints-body', 'route-exhausted', 'no-binding-power',
                                   'wants-investigation', 'staff-without-support', 'other'));

ALTER TABLE referrals ADD COLUMN reason_category TEXT
    CHECK (reason_category IN ('already-contacted', 'does-not-fit', 'caller-declines', 'school-first',
                               'other-removal', 'better-fit', 'missing-from-tree', 'extra-support', 'caller-asked',
                               'other-addition'));

ALTER TABLE case_reviews ADD COLUMN network_summary TEXT
    CHECK (network_summary IS NULL OR length(network_summary) <= 1500);

CREATE TRIGGER cases_erase_network_summary AFTER UPDATE OF anonymised_at ON cases
WHEN OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL
BEGIN
    UPDATE case_reviews SET network_summary = NULL WHERE case_id = NEW.id;
END;

-- The export of cases for the network reads the latest review of each case.
CREATE INDEX case_reviews_flagged ON case_reviews (flagged, case_id);

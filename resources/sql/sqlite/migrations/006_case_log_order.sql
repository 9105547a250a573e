-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6 (SQLite): the case log read in index order, so that the first page of any filter
-- and sort on a million cases costs a few hundred index entries instead of a walk over every case.
-- Every index ends in (opened_at, id): the log's order within equal values and its paging key.

-- A theme or party filter walks its own index newest first; that needs the opening time there.
ALTER TABLE case_themes ADD COLUMN opened_at TEXT NOT NULL DEFAULT '';
UPDATE case_themes SET opened_at = (SELECT c.opened_at FROM cases c WHERE c.id = case_themes.case_id);
ALTER TABLE referrals ADD COLUMN opened_at TEXT NOT NULL DEFAULT '';
UPDATE referrals SET opened_at = (SELECT c.opened_at FROM cases c WHERE c.id = referrals.case_id);

-- The themes and confirmed parties as the log shows and sorts them, kept with the case by its store.
ALTER TABLE cases ADD COLUMN themes_key TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN parties_key TEXT NOT NULL DEFAULT '';
UPDATE cases SET
    themes_key = coalesce((SELECT group_concat(theme, ',')
                           FROM (SELECT theme FROM case_themes WHERE case_id = cases.id ORDER BY theme)), ''),
    parties_key = coalesce((SELECT group_concat(party_id, ',')
                            FROM (SELECT party_id FROM referrals
                                  WHERE case_id = cases.id AND decision = 'confirmed' ORDER BY position)), '');

DROP INDEX cases_opened;
DROP INDEX cases_owner_opened;
DROP INDEX case_themes_theme;
DROP INDEX referrals_party;
CREATE INDEX cases_log_opened ON cases (opened_at, id);
CREATE INDEX cases_log_channel ON cases (channel, opened_at, id);
CREATE INDEX cases_log_owner ON cases (owner, opened_at, id);
CREATE INDEX cases_log_caller_role ON cases (coalesce(caller_role, ''), opened_at, id);
CREATE INDEX cases_log_school_type ON cases (coalesce(school_type, ''), opened_at, id);
CREATE INDEX cases_log_outcome_node ON cases (coalesce(outcome_node, ''), opened_at, id);
CREATE INDEX cases_log_white_spot ON cases (white_spot, opened_at, id);
CREATE INDEX cases_log_status ON cases (status, opened_at, id);
CREATE INDEX cases_log_follow_up_date ON cases (coalesce(follow_up_date, ''), opened_at, id);
CREATE INDEX cases_log_themes ON cases (themes_key, opened_at, id);
CREATE INDEX cases_log_parties ON cases (parties_key, opened_at, id);
CREATE INDEX case_themes_log ON case_themes (theme, opened_at, case_id);
CREATE INDEX referrals_log ON referrals (party_id, decision, opened_at, case_id);

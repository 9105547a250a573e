-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6 (PostgreSQL): the case log read in index order, so that the first page of any
-- filter and sort on a million cases costs a few hundred index entries instead of a walk over every
-- case. Every index ends in (opened_at, id): the log's order within equal values and its paging key.

-- A theme or party filter walks its own index newest first; that needs the opening time there.
ALTER TABLE case_themes ADD COLUMN opened_at timestamptz;
UPDATE case_themes t SET opened_at = c.opened_at FROM cases c WHERE c.id = t.case_id;
ALTER TABLE case_themes ALTER COLUMN opened_at SET NOT NULL;
ALTER TABLE referrals ADD COLUMN opened_at timestamptz;
UPDATE referrals r SET opened_at = c.opened_at FROM cases c WHERE c.id = r.case_id;
ALTER TABLE referrals ALTER COLUMN opened_at SET NOT NULL;

-- The themes and confirmed parties as the log shows and sorts them, kept with the case by its store.
ALTER TABLE cases ADD COLUMN themes_key text NOT NULL DEFAULT '',
                  ADD COLUMN parties_key text NOT NULL DEFAULT '';
UPDATE cases c SET themes_key = t.themes
FROM (SELECT case_id, string_agg(theme, ',' ORDER BY theme) AS themes FROM case_themes GROUP BY case_id) t
WHERE t.case_id = c.id;
UPDATE cases c SET parties_key = r.parties
FROM (SELECT case_id, string_agg(party_id, ',' ORDER BY position) AS parties
      FROM referrals WHERE decision = 'confirmed' GROUP BY case_id) r
WHERE r.case_id = c.id;

DROP INDEX cases_opened;
DROP INDEX cases_owner_opened;
DROP INDEX case_themes_theme;
DROP INDEX referrals_party;
CREATE INDEX cases_log_opened ON cases (opened_at, id);
CREATE INDEX cases_log_channel ON cases (channel, opened_at, id);
CREATE INDEX cases_log_owner ON cases (owner, opened_at, id);
CREATE INDEX cases_log_caller_role ON cases ((coalesce(caller_role, '')), opened_at, id);
CREATE INDEX cases_log_school_type ON cases ((coalesce(school_type, '')), opened_at, id);
CREATE INDEX cases_log_outcome_node ON cases ((coalesce(outcome_node, '')), opened_at, id);
CREATE INDEX cases_log_white_spot ON cases (white_spot, opened_at, id);
CREATE INDEX cases_log_status ON cases (status, opened_at, id);
CREATE INDEX cases_log_follow_up_date ON cases ((coalesce(follow_up_date, DATE '0001-01-01')), opened_at, id);
CREATE INDEX cases_log_themes ON cases (themes_key, opened_at, id);
CREATE INDEX cases_log_parties ON cases (parties_key, opened_at, id);
CREATE INDEX case_themes_log ON case_themes (theme, opened_at, case_id);
CREATE INDEX referrals_log ON referrals (party_id, decision, opened_at, case_id);

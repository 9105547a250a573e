-- SPDX-License-Identifier: GPL-3.0-or-later
-- The SQLite parts of the case log (see common/queries/case_log_fragments.sql).

-- [themes]
(SELECT group_concat(theme, ',') FROM (SELECT theme FROM case_themes WHERE case_id = c.id ORDER BY theme))

-- [parties]
(SELECT group_concat(party_id, ',') FROM (SELECT party_id FROM referrals
     WHERE case_id = c.id AND decision = 'confirmed' ORDER BY position))

-- [text]
c.id IN (SELECT n.case_id FROM case_notes n
         WHERE n.rowid IN (SELECT rowid FROM case_notes_fts WHERE case_notes_fts MATCH :text))

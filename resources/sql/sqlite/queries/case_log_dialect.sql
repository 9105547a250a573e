-- SPDX-License-Identifier: GPL-3.0-or-later
-- The SQLite parts of the case log (see common/queries/case_log_fragments.sql).

-- [themes]
(SELECT group_concat(theme, ',') FROM (SELECT theme FROM case_themes WHERE case_id = c.id ORDER BY theme))

-- [parties]
(SELECT group_concat(party_id, ',') FROM (SELECT party_id FROM referrals
     WHERE case_id = c.id AND decision = 'confirmed' ORDER BY position))

-- [text]
-- For words in few notes: every matching note, then their cases.
c.id IN (SELECT n.case_id FROM case_notes n
         WHERE n.rowid IN (SELECT rowid FROM case_notes_fts WHERE case_notes_fts MATCH :text))

-- [text_common]
-- For words in many notes: case by case in the log's order, until the page is full.
EXISTS (SELECT 1 FROM case_notes n JOIN case_notes_fts f ON f.rowid = n.rowid
        WHERE n.case_id = c.id AND case_notes_fts MATCH :text)

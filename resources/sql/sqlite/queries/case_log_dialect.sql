-- SPDX-License-Identifier: GPL-3.0-or-later
-- The SQLite parts of the case log (see common/queries/case_log_fragments.sql).

-- [probe]
-- A unary plus keeps SQLite from using the index of the condition it stands before.
+

-- [fence]
-- Not needed: SQLite keeps the left side of a CROSS JOIN outside.


-- [follow_up_date_key]
-- As in the index cases_log_follow_up_date.
coalesce(c.follow_up_date, '')

-- [text]
-- For words in few notes: every matching note, then their cases.
c.id IN (SELECT n.case_id FROM case_notes n
         WHERE n.rowid IN (SELECT rowid FROM case_notes_fts WHERE case_notes_fts MATCH :text))

-- [text_common]
-- For words in many notes: case by case in the log's order, until the page is full.
EXISTS (SELECT 1 FROM case_notes n JOIN case_notes_fts f ON f.rowid = n.rowid
        WHERE n.case_id = c.id AND case_notes_fts MATCH :text)

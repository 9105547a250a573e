-- SPDX-License-Identifier: GPL-3.0-or-later
-- The PostgreSQL parts of the case log (see common/queries/case_log_fragments.sql).

-- [probe]
-- Not needed: PostgreSQL's planner knows how rare a value is.


-- [fence]
-- A subquery with OFFSET cannot be merged into the outer query.
OFFSET 0

-- [follow_up_date_key]
-- As in the index cases_log_follow_up_date.
coalesce(c.follow_up_date, DATE '0001-01-01')

-- [text]
-- For words in few notes: every matching note through the index, then their cases. OFFSET 0 keeps
-- the planner from walking all cases newest first instead (it guesses rare words far too common).
c.id IN (SELECT n.case_id FROM case_notes n
         WHERE to_tsvector('dutch', n.body) @@ plainto_tsquery('dutch', :text) OFFSET 0)

-- [text_common]
-- For words in many notes: case by case in the log's order, until the page is full.
c.id IN (SELECT n.case_id FROM case_notes n
         WHERE to_tsvector('dutch', n.body) @@ plainto_tsquery('dutch', :text))

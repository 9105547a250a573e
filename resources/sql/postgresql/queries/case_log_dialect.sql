-- SPDX-License-Identifier: GPL-3.0-or-later
-- The PostgreSQL parts of the case log (see common/queries/case_log_fragments.sql).

-- [themes]
(SELECT string_agg(theme, ',' ORDER BY theme) FROM case_themes WHERE case_id = c.id)

-- [parties]
(SELECT string_agg(party_id, ',' ORDER BY position) FROM referrals WHERE case_id = c.id AND decision = 'confirmed')

-- [text]
c.id IN (SELECT n.case_id FROM case_notes n
         WHERE to_tsvector('dutch', n.body) @@ plainto_tsquery('dutch', :text))

-- [text_common]
c.id IN (SELECT n.case_id FROM case_notes n
         WHERE to_tsvector('dutch', n.body) @@ plainto_tsquery('dutch', :text))

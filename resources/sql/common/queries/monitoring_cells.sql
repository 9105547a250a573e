-- Every count the monitoring report needs for one period, as (dimension, value, count) rows; values
-- of two dimensions are joined with ':'. Only codes: no free text, no ids, no names.
WITH period_cases AS (
    SELECT id, caller_role, school_type, white_spot, white_spot_category, outcome_node, tree_identity, caller_language
    FROM cases
    WHERE opened_at >= :period_start AND opened_at < :period_end
)
SELECT 'total', '', count(*) FROM period_cases
UNION ALL
SELECT 'theme', t.theme, count(*) FROM period_cases c JOIN case_themes t ON t.case_id = c.id GROUP BY t.theme
UNION ALL
SELECT 'caller_role', coalesce(caller_role, ''), count(*) FROM period_cases GROUP BY coalesce(caller_role, '')
UNION ALL
SELECT 'school_type', coalesce(school_type, ''), count(*) FROM period_cases GROUP BY coalesce(school_type, '')
UNION ALL
SELECT 'caller_language', coalesce(caller_language, ''), count(*) FROM period_cases
GROUP BY coalesce(caller_language, '')
UNION ALL
SELECT 'white_spot', 'yes', count(*) FROM period_cases WHERE white_spot = 1
UNION ALL
SELECT 'white_spot_reason', coalesce(white_spot_category, ''), count(*) FROM period_cases WHERE white_spot = 1
GROUP BY coalesce(white_spot_category, '')
UNION ALL
SELECT 'outcome', coalesce(outcome_node, ''), count(*) FROM period_cases GROUP BY coalesce(outcome_node, '')
UNION ALL
SELECT 'outcome_white_spot', coalesce(outcome_node, ''), count(*) FROM period_cases WHERE white_spot = 1
GROUP BY coalesce(outcome_node, '')
UNION ALL
SELECT 'tree', tree_identity, count(*) FROM period_cases GROUP BY tree_identity
UNION ALL
SELECT 'referred_party', r.party_id, count(*)
FROM period_cases c JOIN referrals r ON r.case_id = c.id AND r.decision = 'confirmed'
GROUP BY r.party_id
UNION ALL
SELECT 'removed', r.party_id || ':' || coalesce(r.reason_category, ''), count(*)
FROM period_cases c JOIN referrals r ON r.case_id = c.id AND r.origin = 'suggested' AND r.decision = 'removed'
GROUP BY r.party_id, coalesce(r.reason_category, '')
UNION ALL
SELECT 'added', r.party_id || ':' || coalesce(r.reason_category, ''), count(*)
FROM period_cases c JOIN referrals r ON r.case_id = c.id AND r.origin = 'added' AND r.decision = 'confirmed'
GROUP BY r.party_id, coalesce(r.reason_category, '')
UNION ALL
SELECT 'suggested', coalesce(c.outcome_node, '') || ':' || r.party_id, count(*)
FROM period_cases c JOIN referrals r ON r.case_id = c.id AND r.origin = 'suggested' AND r.decision <> 'withdrawn'
GROUP BY coalesce(c.outcome_node, ''), r.party_id
UNION ALL
SELECT 'theme:caller_role', t.theme || ':' || coalesce(c.caller_role, ''), count(*)
FROM period_cases c JOIN case_themes t ON t.case_id = c.id
GROUP BY t.theme, coalesce(c.caller_role, '')
UNION ALL
SELECT 'theme:school_type', t.theme || ':' || coalesce(c.school_type, ''), count(*)
FROM period_cases c JOIN case_themes t ON t.case_id = c.id
GROUP BY t.theme, coalesce(c.school_type, '')
UNION ALL
SELECT 'theme:white_spot', t.theme || ':yes', count(*)
FROM period_cases c JOIN case_themes t ON t.case_id = c.id
WHERE c.white_spot = 1
GROUP BY t.theme
UNION ALL
SELECT 'caller_role:white_spot', coalesce(caller_role, '') || ':yes', count(*) FROM period_cases
WHERE white_spot = 1
GROUP BY coalesce(caller_role, '')
UNION ALL
SELECT 'school_type:white_spot', coalesce(school_type, '') || ':yes', count(*) FROM period_cases
WHERE white_spot = 1
GROUP BY coalesce(school_type, '')

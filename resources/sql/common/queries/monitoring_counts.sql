SELECT 'theme', t.theme, count(DISTINCT c.id)
FROM cases c JOIN case_themes t ON t.case_id = c.id
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY t.theme
UNION ALL
SELECT 'caller_role', coalesce(c.caller_role, ''), count(*)
FROM cases c
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY coalesce(c.caller_role, '')
UNION ALL
SELECT 'school_type', coalesce(c.school_type, ''), count(*)
FROM cases c
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY coalesce(c.school_type, '')
UNION ALL
SELECT 'referred_party', r.party_id, count(DISTINCT c.id)
FROM cases c JOIN referrals r ON r.case_id = c.id AND r.decision = 'confirmed'
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY r.party_id
UNION ALL
SELECT 'white_spot', CASE WHEN c.white_spot = 1 THEN 'yes' ELSE 'no' END, count(*)
FROM cases c
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY CASE WHEN c.white_spot = 1 THEN 'yes' ELSE 'no' END

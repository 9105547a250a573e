SELECT r.party_id, count(*)
FROM cases c JOIN referrals r ON r.case_id = c.id AND r.decision = 'confirmed'
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY r.party_id
ORDER BY count(*) DESC, r.party_id

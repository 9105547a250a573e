SELECT c.tree_identity, t.version, count(*)
FROM cases c JOIN trees t ON t.identity = c.tree_identity
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY c.tree_identity, t.version
ORDER BY t.version, c.tree_identity

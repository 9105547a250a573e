SELECT date(substr(c.opened_at, 1, 10), 'weekday 0', '-6 days') AS week, t.theme, count(*)
FROM cases c JOIN case_themes t ON t.case_id = c.id
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY week, t.theme

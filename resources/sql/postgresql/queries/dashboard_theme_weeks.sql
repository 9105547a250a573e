SELECT to_char(date_trunc('week', c.opened_at AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD') AS week, t.theme,
       count(*)
FROM cases c JOIN case_themes t ON t.case_id = c.id
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY week, t.theme

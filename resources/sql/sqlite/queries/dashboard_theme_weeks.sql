-- Weeks in Dutch time, as in dashboard_weeks.sql.
SELECT json_extract(w.value, '$[0]') AS week, t.theme, count(*)
FROM json_each(:weeks) AS w CROSS JOIN cases c JOIN case_themes t ON t.case_id = c.id
WHERE c.opened_at >= json_extract(w.value, '$[1]') AND c.opened_at < json_extract(w.value, '$[2]')
  AND c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY week, t.theme

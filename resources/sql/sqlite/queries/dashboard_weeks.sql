-- SQLite knows no time zones. The weeks parameter holds each week of the period as [Monday, start, end],
-- start and end being Monday midnight in Dutch time as UTC text, worked out by DashboardData.
-- One index range per week on cases_opened; CROSS JOIN keeps the weeks as the outer loop.
SELECT json_extract(w.value, '$[0]') AS week, c.channel, c.white_spot, count(*)
FROM json_each(:weeks) AS w CROSS JOIN cases c
WHERE c.opened_at >= json_extract(w.value, '$[1]') AND c.opened_at < json_extract(w.value, '$[2]')
  AND c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY week, c.channel, c.white_spot

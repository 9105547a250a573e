SELECT date(substr(c.opened_at, 1, 10), 'weekday 0', '-6 days') AS week, c.channel, c.white_spot, count(*)
FROM cases c
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY week, c.channel, c.white_spot

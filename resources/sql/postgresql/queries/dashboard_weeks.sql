SELECT to_char(date_trunc('week', c.opened_at AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD') AS week, c.channel,
       c.white_spot, count(*)
FROM cases c
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
GROUP BY week, c.channel, c.white_spot

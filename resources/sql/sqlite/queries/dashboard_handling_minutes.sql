SELECT CAST(round((julianday(c.contact_ended_at) - julianday(c.opened_at)) * 86400) AS INTEGER) / 300 AS bucket,
       count(*)
FROM cases c
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end AND c.contact_ended_at IS NOT NULL
GROUP BY bucket

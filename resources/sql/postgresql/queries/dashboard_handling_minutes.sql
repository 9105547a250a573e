SELECT floor(extract(epoch FROM (c.contact_ended_at - c.opened_at)) / 300)::integer AS bucket, count(*)
FROM cases c
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end AND c.contact_ended_at IS NOT NULL
GROUP BY bucket

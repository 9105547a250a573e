SELECT at, actor, action, detail
FROM audit_log
WHERE case_id IS NULL AND at >= :period_start AND at < :period_end
ORDER BY at, id

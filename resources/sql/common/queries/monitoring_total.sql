SELECT count(*) FROM cases c WHERE c.opened_at >= :period_start AND c.opened_at < :period_end

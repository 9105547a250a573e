UPDATE case_events SET detail = NULL WHERE case_id IN (SELECT id FROM retention_batch)

UPDATE case_notes SET body = '' WHERE case_id IN (SELECT id FROM retention_batch)

UPDATE case_handovers SET note = '' WHERE case_id IN (SELECT id FROM retention_batch)

UPDATE referrals SET reason = '' WHERE reason IS NOT NULL AND case_id IN (SELECT id FROM retention_batch)

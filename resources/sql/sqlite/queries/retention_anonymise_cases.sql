UPDATE cases SET white_spot_reason = CASE WHEN white_spot_reason IS NULL THEN NULL ELSE '' END,
                 follow_up_instruction = NULL,
                 caller_number = CASE WHEN caller_number IS NULL THEN NULL ELSE '' END, anonymised_at = :now
WHERE id IN (SELECT id FROM retention_batch)

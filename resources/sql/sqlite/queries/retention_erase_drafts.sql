DELETE FROM note_drafts WHERE case_id IN (SELECT id FROM retention_batch)

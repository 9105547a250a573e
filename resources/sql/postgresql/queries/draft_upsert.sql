SELECT ww_save_draft(CAST(:case_id AS uuid), CAST(:body AS text))

SELECT ww_add_review(CAST(:case_id AS uuid), CAST(:comment AS text), CAST(:score AS integer), CAST(:flagged AS integer),
                     CAST(:network_summary AS text))

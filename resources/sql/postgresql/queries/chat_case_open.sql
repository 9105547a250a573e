SELECT ww_open_chat_case(CAST(:case_id AS uuid), CAST(:tree_identity AS text), CAST(:at AS timestamptz))

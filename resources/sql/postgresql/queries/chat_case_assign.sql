SELECT ww_assign_chat_case(CAST(:case_id AS uuid), CAST(:agent AS text), CAST(:note AS text))

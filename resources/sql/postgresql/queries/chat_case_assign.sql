SELECT ww_assign_chat_case(CAST(:chat_id AS uuid), CAST(:agent AS text), CAST(:note AS text))

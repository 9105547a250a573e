SELECT ww_apply_chat_changes(CAST(:changes AS jsonb))

SELECT ww_append_chat_messages(CAST(:messages AS jsonb))

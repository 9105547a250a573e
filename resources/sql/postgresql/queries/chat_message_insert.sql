SELECT ww_append_chat_message(CAST(:chat_id AS uuid), CAST(:seq AS integer), CAST(:sender AS text), CAST(:author AS text),
                              CAST(:client_id AS text), CAST(:body AS text), CAST(:sent_at AS timestamptz))

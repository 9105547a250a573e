SELECT ww_save_chat_state(CAST(:id AS uuid), CAST(:state AS text), CAST(:agent AS text), CAST(:queued_at AS timestamptz),
                          CAST(:transfer_from AS text), CAST(:transfer_note AS text))

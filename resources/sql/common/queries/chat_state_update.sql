UPDATE chats SET state = :state, agent = :agent, queued_at = :queued_at, ended_at = :ended_at,
                 transfer_from = :transfer_from, transfer_note = :transfer_note
WHERE id = :id

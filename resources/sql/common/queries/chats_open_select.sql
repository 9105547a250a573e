SELECT id, case_id, resume_hash, state, agent, lang, visitor_tree, visitor_path, transfer_from, transfer_note,
       opened_at, queued_at,
       (SELECT COALESCE(MAX(seq), 0) FROM chat_messages m WHERE m.chat_id = chats.id)
FROM chats
WHERE state <> 'ended'
ORDER BY queued_at

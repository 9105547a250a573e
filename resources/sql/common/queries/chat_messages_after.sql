SELECT seq, sender, author, client_id, body, sent_at
FROM chat_messages
WHERE chat_id = :chat_id AND seq > :after
ORDER BY seq

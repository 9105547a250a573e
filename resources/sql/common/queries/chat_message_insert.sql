INSERT INTO chat_messages (chat_id, case_id, seq, sender, author, client_id, body, sent_at)
VALUES (:chat_id, :case_id, :seq, :sender, :author, :client_id, :body, :sent_at)

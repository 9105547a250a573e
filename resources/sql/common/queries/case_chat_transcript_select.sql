SELECT seq, sender, author, body, sent_at FROM chat_messages WHERE case_id = :case_id ORDER BY seq

DELETE FROM chat_tickets WHERE hash = :hash RETURNING role, expires_at

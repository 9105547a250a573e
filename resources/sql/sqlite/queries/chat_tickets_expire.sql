DELETE FROM chat_tickets WHERE expires_at < :now

INSERT INTO chat_tickets (hash, role, expires_at) VALUES (:hash, :role, :expires_at)

UPDATE chats SET visitor_acked = :visitor_acked, agent_acked = :agent_acked WHERE id = :id

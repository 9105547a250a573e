SELECT opened_at, answered_at, ended_at FROM chats WHERE opened_at >= :from AND opened_at < :to

SELECT opened_at, answered_at, ended_at FROM ww_staffing_chats(:from, :to)

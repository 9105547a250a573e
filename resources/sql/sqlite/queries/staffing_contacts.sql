SELECT c.owner, c.channel, c.opened_at,
       c.contact_ended_at,
       c.closed_at
FROM cases c
WHERE c.opened_at >= :from AND c.opened_at < :to
  AND NOT EXISTS (SELECT 1 FROM chats ch WHERE ch.case_id = c.id AND ch.answered_at IS NULL)

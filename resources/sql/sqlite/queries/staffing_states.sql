SELECT c.agent, c.state, c.changed_at FROM agent_state_changes c
WHERE c.changed_at < :from
  AND c.id = (SELECT d.id FROM agent_state_changes d WHERE d.agent = c.agent AND d.changed_at < :from
              ORDER BY d.changed_at DESC, d.id DESC LIMIT 1)
UNION ALL
SELECT c.agent, c.state, c.changed_at FROM agent_state_changes c WHERE c.changed_at >= :from AND c.changed_at < :to

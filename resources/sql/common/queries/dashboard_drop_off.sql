SELECT s.node_id, count(*)
FROM cases c JOIN case_steps s ON s.case_id = c.id AND s.withdrawn_at IS NULL
WHERE c.opened_at >= :period_start AND c.opened_at < :period_end
  AND c.outcome_node IS NULL AND c.contact_ended_at IS NOT NULL
  AND s.seq = (SELECT max(last.seq) FROM case_steps last WHERE last.case_id = c.id AND last.withdrawn_at IS NULL)
GROUP BY s.node_id
ORDER BY count(*) DESC, s.node_id

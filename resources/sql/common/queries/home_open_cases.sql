SELECT id, channel, status, opened_at, updated_at, follow_up_date, follow_up_instruction, caller_role, outcome_node
FROM cases
WHERE owner = :owner AND status IN ('active', 'wrap-up', 'follow-up')
ORDER BY CASE WHEN status = 'follow-up' AND follow_up_date <= :today THEN 0
              WHEN status IN ('active', 'wrap-up') THEN 1
              ELSE 2 END,
         follow_up_date, updated_at DESC
LIMIT :limit

SELECT id, channel, status, opened_at, updated_at, follow_up_date, follow_up_instruction, caller_role, outcome_node,
       NULL AS handed_over_by, NULL AS handover_note
FROM cases
WHERE owner = :owner AND status = 'closed'
ORDER BY updated_at DESC
LIMIT :limit
